"""In Chromium: a viewer finds "Remix this remix" on a published remix in the comments, the
composer opens on that remix's image, the remix of it is published, and its credentials page
shows the chain back to the original video, in the reader's words too."""

import re

import pytest
from playwright.sync_api import expect

from apps.privacy.models import RemixKind
from apps.remix.models import RemixJob
from apps.remix.services import requesting
from apps.videos import services as video_services
from tests.e2e.conftest import composer_submit

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_viewer_remixes_a_remix_and_its_credentials_show_the_chain(
    asgi_server, new_page, shot, log_in, user_factory, upload_of, settings
):
    # Made here, in the live server's media folder: the video and @alice's published remix.
    settings.MEDIA_ROOT = asgi_server.media_root
    creator, remixer, viewer = (user_factory(username=name) for name in ("carol", "alice", "rob"))
    video = video_services.video_upload(owner=creator, upload=upload_of("mp4"), caption="Beach")
    type(video.privacy).objects.filter(pk=video.privacy.pk).update(
        remix_kinds=list(RemixKind.values)
    )
    video.refresh_from_db()  # processed meanwhile (eagerly)
    parent = requesting.remix_job_create(
        requester=remixer,
        video=video,
        at_seconds=0.5,
        kind="restyle",
        prompt="a cartoon, bright colours",
        caption="",
    )
    parent.refresh_from_db()
    assert parent.status == RemixJob.Status.PUBLISHED, parent.reason
    base = asgi_server.url

    page = new_page()
    log_in(page, viewer)
    page.goto(f"{base}/v/{video.pk}")
    comment = page.locator(f"#comment-{parent.comment_id}")
    comment.get_by_role("link", name="Remix this remix").click()
    expect(page.get_by_role("heading", name="Remix @alice's remix")).to_be_visible()
    expect(page.locator("[data-remix-preview]")).to_have_attribute("src", parent.output_image.url)
    expect(page.locator("[data-kind-refused=voice]")).to_be_visible()
    page.get_by_label("Restyle the frame").check()
    page.get_by_label("Prompt").fill("pixel art")
    shot(page, "composer-of-remix")
    composer_submit(page)

    card = page.locator("[data-remix-status] .remix-job")
    expect(card.locator("[data-job-status]")).to_have_text("Published", timeout=60_000)
    child = RemixJob.objects.get(parent=parent)
    assert (child.requester, child.chain_depth) == (viewer, 1)

    page.goto(f"{base}/credentials/{child.pk}")
    chain = page.locator("[data-remix-chain]")
    expect(chain.get_by_role("link", name=f"Remix #{parent.pk} by @alice")).to_be_visible()
    expect(chain.get_by_text("@carol's video, at 0.5 s")).to_be_visible()
    expect(page.locator("[data-c2pa-state]")).to_have_attribute(
        "data-c2pa-state", re.compile("trusted|valid")
    )
    expect(
        page.get_by_text(re.compile(r"its own Content Credentials come with it"))
    ).to_be_visible()
    shot(page, "credentials-chain")
