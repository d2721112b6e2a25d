"""In Chromium, at phone (390 px) and desktop (1280 px) widths: the places issue 18 found where
a creator, a viewer or a moderator tripped. Each flow is walked as a person would, checked
with axe-core, and its pages are saved as screenshots (test-artifacts/e2e/)."""

import re

import pytest
from django.core.files.base import ContentFile
from django.db import transaction
from playwright.sync_api import expect

from apps.comments.models import CommentReport
from apps.notifications.models import Notification
from apps.privacy.models import RemixKind
from apps.privacy.services import account_privacy_update, video_privacy_update
from apps.remix.models import RemixJob
from apps.remix.services.outcomes import file_name_unguessable, remix_job_publish
from tests.factories import RemixJobFactory
from tests.security.conftest import jpeg_bytes

pytestmark = pytest.mark.django_db(transaction=True)

PHONE, DESKTOP = {"width": 390, "height": 844}, {"width": 1280, "height": 900}
WIDTHS = [("390", PHONE), ("1280", DESKTOP)]


@pytest.fixture(autouse=True)
def _served_media(settings, asgi_server):
    """Images made here (remix outputs) go where the server serves them from."""
    settings.MEDIA_ROOT = asgi_server.media_root


def _published(video, requester, *, prompt="turn it into a watercolour", colour="teal"):
    job = RemixJobFactory(
        requester=requester,
        video=video,
        kind=RemixKind.RESTYLE,
        prompt=prompt,
        status=RemixJob.Status.IN_REVIEW,
    )
    image = ContentFile(jpeg_bytes((256, 256), colour))
    job.output_image.save(file_name_unguessable(), image, save=False)
    frame = ContentFile(jpeg_bytes((256, 256), "gray"))
    job.source_frame.save(file_name_unguessable(), frame, save=False)
    job.save(update_fields=["output_image", "source_frame"])
    with transaction.atomic():
        return remix_job_publish(job=job)


def test_studio_remove_asks_then_undo_and_filters(
    asgi_server, new_page, shot, log_in, axe_check, user_factory, video_factory
):
    creator, ann, bob = (user_factory(username=name) for name in ("demo", "ann", "bob"))
    beach = video_factory(owner=creator, caption="Beach day")
    city = video_factory(owner=creator, caption="City lights")
    jobs = [
        _published(beach, ann, colour="teal"),
        _published(beach, bob, colour="orange"),
        _published(city, ann, colour="purple"),
    ]
    held = RemixJobFactory(
        requester=bob,
        video=city,
        prompt="put her in a bikini",
        status=RemixJob.Status.IN_REVIEW,
        moderation={"prompt": {"verdict": "review"}},
    )
    base = asgi_server.url
    for name, viewport in WIDTHS:
        page = new_page(viewport=viewport)
        log_in(page, creator)
        page.goto(f"{base}/studio/remixes")
        expect(page.locator("[data-studio-count]")).to_contain_text("4 remixes")
        held_card = page.locator(f"#studio-job-{held.pk}")
        expect(held_card.get_by_text("Waiting for a moderator").first).to_be_visible()
        axe_check(page)
        shot(page, f"studio-{name}")
        page.close()

    page = new_page(viewport=PHONE)
    log_in(page, creator)
    page.goto(f"{base}/studio/remixes")
    # Filters: one video, one requester; each option says how many it gives.
    page.get_by_label("Video", exact=True).select_option(label="Beach day (2)")
    page.get_by_label("Requester").select_option(label="@ann (2)")
    page.get_by_role("button", name="Show").click()
    expect(page.locator("[data-studio-job]")).to_have_count(1)
    expect(page.locator(f"#studio-job-{jobs[0].pk}")).to_be_visible()

    # Remove asks first, says who is told, and offers an undo.
    card = page.locator(f"#studio-job-{jobs[0].pk}")
    card.get_by_role("link", name="Remove").click()
    expect(page.get_by_role("heading", name="Remove this remix?")).to_be_visible()
    expect(page.get_by_text("@ann is told that you removed it")).to_be_visible()
    axe_check(page)
    shot(page, "remove-confirm-390")
    page.get_by_role("button", name="Remove remix").click()
    undo = page.locator("[data-undo]")
    expect(undo).to_be_visible()
    expect(page.locator(f"#studio-job-{jobs[0].pk} .badge")).to_have_text("Removed")
    axe_check(page)
    shot(page, "removed-with-undo-390")
    jobs[0].refresh_from_db()
    assert jobs[0].status == RemixJob.Status.REMOVED
    told = Notification.objects.filter(recipient=ann).latest("pk")
    assert told.text.startswith("Your remix was removed")
    undo.get_by_role("button", name="Undo").click()
    expect(page.get_by_text("Remix restored")).to_be_visible()
    jobs[0].refresh_from_db()
    assert jobs[0].status == RemixJob.Status.PUBLISHED


def test_grouped_notifications_with_image_and_link(
    asgi_server, new_page, shot, log_in, axe_check, user_factory, video_factory
):
    creator, fan = user_factory(username="demo"), user_factory(username="fan")
    video = video_factory(owner=creator, caption="Sunset")
    jobs = [_published(video, fan) for _ in range(5)]
    base = asgi_server.url
    for name, viewport in WIDTHS:
        page = new_page(viewport=viewport)
        log_in(page, fan)
        page.goto(f"{base}/notifications")
        entry = page.locator("[data-count='5']")
        expect(entry).to_contain_text("5 of your remixes were published on @demo's video")
        expect(entry.locator("img")).to_be_visible()
        axe_check(page)
        shot(page, f"notifications-{name}")
        page.close()

    page = new_page(viewport=PHONE)
    log_in(page, fan)
    page.goto(f"{base}/notifications")
    page.get_by_role("link", name=re.compile("5 of your remixes")).click()
    expect(page).to_have_url(re.compile(rf"/v/{video.pk}#comment-{jobs[-1].comment_id}$"))
    expect(page.locator(f"#comment-{jobs[-1].comment_id}")).to_be_visible()


def test_report_a_comment_through_the_form(
    asgi_server, new_page, shot, log_in, axe_check, user_factory, video_factory, comment_factory
):
    reporter = user_factory(username="viewer")
    video = video_factory(caption="Dance")
    comment = comment_factory(video=video, body="Nobody wants to see you dance, loser")
    base = asgi_server.url
    for name, viewport in WIDTHS:
        page = new_page(viewport=viewport)
        log_in(page, reporter)
        page.goto(f"{base}/v/{video.pk}")
        page.locator(f"#comment-{comment.pk}").get_by_role("link", name="Report").click()
        expect(page.get_by_role("heading", name="Report a comment")).to_be_visible()
        expect(page.get_by_role("radio")).to_have_count(len(CommentReport.Reason.choices))
        page.get_by_role("button", name="Send report").click()  # nothing chosen yet
        expect(page.get_by_role("alert")).to_contain_text("Choose which guideline")
        axe_check(page)
        page.get_by_role("radio", name=re.compile("Harassment or bullying")).check()
        page.get_by_label("Anything the moderators should know?").fill("Mocks the dancer.")
        shot(page, f"report-form-{name}")
        page.get_by_role("button", name="Send report").click()
        expect(page.get_by_role("heading", name="Report sent")).to_be_visible()
        axe_check(page)
        shot(page, f"report-sent-{name}")
        page.close()
    report = CommentReport.objects.get(comment=comment, reporter=reporter)
    assert (report.reason, report.text) == ("harassment", "Mocks the dancer.")


def test_apply_to_all_lists_loosenings_and_keeps_stricter_videos(
    asgi_server, new_page, shot, log_in, axe_check, user_factory, video_factory
):
    creator = user_factory(username="demo")
    strict = video_factory(owner=creator, caption="Family dinner")
    other = video_factory(owner=creator, caption="Skate park")
    video_privacy_update(video=strict, comment_audience="no_one", remix_audience="no_one")
    account_privacy_update(user=creator, comment_audience="followers", remix_audience="followers")
    base = asgi_server.url
    for name, viewport in WIDTHS:
        page = new_page(viewport=viewport)
        log_in(page, creator)
        page.goto(f"{base}/settings/privacy/apply-to-all")
        loosened = page.locator(f"[data-loosened-video='{strict.pk}']")
        expect(loosened).to_contain_text("Who can comment: No one → Followers")
        expect(loosened).to_contain_text("Who can remix: No one → Followers")
        expect(page.locator(f"[data-loosened-video='{other.pk}']")).to_have_count(0)
        axe_check(page)
        shot(page, f"apply-to-all-{name}")
        page.close()

    page = new_page(viewport=PHONE)
    log_in(page, creator)
    page.goto(f"{base}/settings/privacy/apply-to-all")
    expect(page.get_by_label(re.compile("Keep the stricter video"))).to_be_checked()
    page.get_by_role("button", name="Apply to my videos").click()
    expect(page.get_by_text("Kept 1 stricter video as it was.")).to_be_visible()
    strict.privacy.refresh_from_db()
    other.privacy.refresh_from_db()
    assert (strict.privacy.comment_audience, other.privacy.comment_audience) == (
        "no_one",
        "followers",
    )


def test_header_is_one_line_at_390_and_the_feed_says_when_it_ends(
    asgi_server, new_page, shot, log_in, user_factory, video_factory
):
    viewer = user_factory(username="a_rather_long_handle")
    video_factory.create_batch(2)
    page = new_page(viewport=PHONE)
    log_in(page, viewer)  # lands on the feed
    header = page.locator("header.topbar")
    brand = page.locator(".brand")
    box, brand_box = header.bounding_box(), brand.bounding_box()
    assert box["height"] < brand_box["height"] + 40, box  # one row, not two
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    expect(page.locator("[data-feed-end]")).to_contain_text("You've reached the end")
    shot(page, "feed-end-390")


HARASSING = "You are a worthless loser and everyone laughs at you"


def test_moderation_queue_thumbnails_evidence_and_save_and_next_by_keyboard(
    asgi_server, new_page, shot, log_in, axe_check, user_factory, video_factory
):
    from apps.comments.services import comment_create
    from apps.moderation.models import ModerationCase
    from apps.moderation.services.moderators import moderator_grant
    from apps.moderation.services.strikes import strike_issue

    author = user_factory(username="bo")
    video = video_factory(owner=user_factory(username="demo"))
    strike_issue(user=author, category="harassment", reason="Insults under another video.")
    for n in range(3):
        comment_create(author=author, video=video, body=f"{HARASSING} ({n})")
    first, second, third = ModerationCase.objects.order_by("created_at", "id")
    from apps.comments.services import comment_report

    remix = _published(video, user_factory(username="fan"))
    # A report of a published remix: its case shows the image and the frame it started from.
    comment_report(reporter=author, comment=remix.comment, reason="privacy")
    reported = ModerationCase.objects.get(object_id=remix.comment_id, stage="report")
    moderator = moderator_grant(user=user_factory(username="mo"))
    base = asgi_server.url
    for name, viewport in WIDTHS:
        page = new_page(viewport=viewport)
        log_in(page, moderator)
        page.goto(f"{base}/admin/moderation/moderationcase/")
        expect(page.locator("#result_list tbody tr")).to_have_count(4)
        expect(page.locator("#result_list img.moderation-thumb")).to_have_count(1)
        if name == "1280":  # every column fits beside the filters
            assert page.evaluate("document.documentElement.scrollWidth") <= 1280
        axe_check(page)
        shot(page, f"queue-{name}")
        page.goto(f"{base}/admin/moderation/moderationcase/{first.pk}/change/")
        expect(page.locator("[data-case-text] mark").first).to_have_text("worthless")
        expect(page.locator("[data-author-history]")).to_contain_text(
            "Insults under another video."
        )
        width = int(name)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        axe_check(page)
        shot(page, f"case-{name}")
        page.close()

    # A: approve, Ctrl+Enter: saved, and the next case opens; n skips to the one after.
    page = new_page(viewport=DESKTOP)
    log_in(page, moderator)
    page.goto(f"{base}/admin/moderation/moderationcase/{first.pk}/change/")
    page.locator("body").press("a")
    expect(page.get_by_role("radio", name=re.compile("^Approve"))).to_be_checked()
    page.keyboard.press("Control+Enter")
    expect(page).to_have_url(re.compile(rf"/moderationcase/{second.pk}/change/$"))
    expect(page.get_by_text(f"Case {first.pk} approved.")).to_be_visible()
    page.locator("body").press("n")
    expect(page).to_have_url(re.compile(rf"/moderationcase/{third.pk}/change/$"))
    first.refresh_from_db()
    assert first.status == ModerationCase.Status.APPROVED

    page.goto(f"{base}/admin/moderation/moderationcase/{reported.pk}/change/")
    expect(page.get_by_text("Source frame")).to_be_visible()
    shot(page, "report-case-with-source-frame-1280")


def test_an_appeal_is_never_decided_by_the_cases_decider(
    asgi_server, new_page, shot, log_in, axe_check, user_factory, video_factory
):
    from apps.comments.services import comment_create
    from apps.moderation.models import Appeal, GuidelineRule, ModerationCase
    from apps.moderation.services.appeals import appeal_create
    from apps.moderation.services.cases import case_reject
    from apps.moderation.services.moderators import moderator_grant

    author = user_factory(username="bo")
    comment_create(author=author, video=video_factory(), body=HARASSING)
    decider = moderator_grant(user=user_factory(username="mo"))
    rule = GuidelineRule.objects.filter(category="harassment").first()
    case = case_reject(case=ModerationCase.objects.get(), moderator=decider, rule=rule)
    appeal = appeal_create(appellant=author, case=case, text="It was a joke between friends.")
    admin = user_factory(username="root", is_staff=True, is_superuser=True)
    base = asgi_server.url

    page = new_page(viewport=DESKTOP)
    log_in(page, decider)
    page.goto(f"{base}/admin/moderation/appeal/{appeal.pk}/change/")
    expect(page.locator("[data-own-decision]")).to_be_visible()
    expect(page.get_by_role("button", name="Save decision")).to_have_count(0)
    axe_check(page)
    shot(page, "decider-cannot-decide")

    page = new_page(viewport=DESKTOP)
    log_in(page, admin)
    page.goto(f"{base}/admin/moderation/appeal/{appeal.pk}/change/")
    expect(page.locator("[data-needs-administrator]")).to_be_visible()
    page.get_by_role("radio", name=re.compile("^Grant")).check()
    page.get_by_label(re.compile("Message")).fill("Fair: it reads as a joke between friends.")
    page.get_by_role("button", name="Save decision").click()
    expect(page.get_by_text(f"Appeal {appeal.pk} granted.")).to_be_visible()
    appeal.refresh_from_db()
    assert (appeal.status, appeal.decided_by_id) == (Appeal.Status.GRANTED, admin.pk)
