"""In Chromium: a creator turns face edits off for one video, chooses to remove the face
remix already published (the page says how many first); a viewer's open page loses it live and
the viewer's composer greys "Face effect" out with the creator's words while restyles work."""

import re

import pytest
from django.core.files.base import ContentFile
from django.db import transaction
from playwright.sync_api import expect

from apps.notifications.models import Notification
from apps.privacy.models import RemixKind
from apps.remix.models import RemixJob
from apps.remix.services.outcomes import remix_job_publish
from tests.e2e.conftest import wait_until_live
from tests.factories import RemixJobFactory
from tests.security.conftest import jpeg_bytes

pytestmark = pytest.mark.django_db(transaction=True)


def _published_face_remix(video, requester) -> RemixJob:
    job = RemixJobFactory(
        requester=requester,
        video=video,
        kind=RemixKind.FACE,
        prompt="add cool sunglasses",
        status=RemixJob.Status.IN_REVIEW,
    )
    job.output_image.save("fAcEoUtPuTe2eAbCdE.jpg", ContentFile(jpeg_bytes()), save=False)
    job.save(update_fields=["output_image"])
    with transaction.atomic():
        return remix_job_publish(job=job)


def test_face_edits_off_with_removal_and_the_composer_greys_face_out(
    asgi_server, new_page, shot, log_in, user_factory, video_factory
):
    creator, viewer, fan = (user_factory(username=name) for name in ("ana", "bo", "cy"))
    video = video_factory(owner=creator, privacy__remix_kinds=list(RemixKind.values))
    job = _published_face_remix(video, fan)
    base = asgi_server.url

    viewer_page = new_page()
    log_in(viewer_page, viewer)
    viewer_page.goto(f"{base}/v/{video.pk}")
    expect(viewer_page.locator(f"#comment-{job.comment_id}")).to_be_visible()
    wait_until_live(viewer_page)

    creator_page = new_page()
    log_in(creator_page, creator)
    creator_page.goto(f"{base}/v/{video.pk}/privacy")
    kinds = creator_page.get_by_role("group", name="Which kinds of remix they may make")
    expect(kinds.locator("img")).to_have_count(5)
    expect(kinds.get_by_text("it changes how a person looks")).to_be_visible()
    kinds.get_by_label("Face effect").uncheck()
    kinds.get_by_label("Voice effect").uncheck()  # the other likeness kind goes with it
    shot(creator_page, "kinds")
    creator_page.get_by_role("button", name="Save").click()

    # Asked first, with the count; nothing saved until answered.
    expect(
        creator_page.get_by_role("heading", name="Also remove published remixes?")
    ).to_be_visible()
    expect(creator_page.locator("[data-removal-count]")).to_have_text("1 remix")
    shot(creator_page, "confirm-removal")
    creator_page.get_by_role("button", name="Save and also remove 1 remix").click()
    expect(creator_page).to_have_url(re.compile(rf"/v/{video.pk}/privacy$"))
    expect(creator_page.get_by_text("Removed 1 published remix")).to_be_visible()
    expect(creator_page.get_by_text("Not allowed: face edits, voice effects.")).to_be_visible()

    # The viewer's open page loses it live; its requester was told why.
    expect(viewer_page.locator(f"#comment-{job.comment_id}")).to_have_count(0)
    shot(viewer_page, "remix-gone")
    assert Notification.objects.filter(recipient=fan, kind="remix.removed").exists()

    # The viewer's composer: Face greyed out with the creator's words, Restyle works.
    viewer_page.goto(f"{base}/v/{video.pk}/remix")
    expect(viewer_page.get_by_label("Face effect")).to_be_disabled()
    expect(
        viewer_page.get_by_text(
            "@ana allows restyles, background changes and caption-only remixes but not face edits."
        )
    ).to_be_visible()
    expect(viewer_page.get_by_label("Restyle the frame")).to_be_enabled()
    expect(viewer_page.get_by_label("Restyle the frame")).to_be_checked()
    shot(viewer_page, "composer-face-refused")

    # The creator's studio lists it as removed, restorable.
    creator_page.goto(f"{base}/studio/remixes")
    removed = creator_page.locator(f"#studio-job-{job.pk}")
    expect(removed.locator("[data-removed]")).to_be_visible()
    expect(removed.get_by_role("button", name="Restore")).to_be_visible()
