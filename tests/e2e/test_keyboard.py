"""The main flows with the keyboard only (Tab, Shift+Tab, Enter, Space, arrows): focus always
shows where it is, and lands where the next step needs it."""

import re

import pytest
from playwright.sync_api import expect

from apps.comments.models import Comment
from apps.comments.services import comment_create
from apps.moderation.models import ModerationCase
from apps.moderation.services.moderators import moderator_grant
from apps.remix.models import RemixJob
from apps.videos.demo import synthetic_video_write
from apps.videos.models import Video
from tests.e2e.conftest import composer_submit

pytestmark = pytest.mark.django_db(transaction=True)

# Held by text screening (harassment) for a moderator.
HARASSING = "You are a worthless loser and everyone laughs at you"

# Focus is visible when the focused element, or for a visually hidden radio the thumbnail it
# labels, draws an outline or a box shadow.
FOCUS_SHOWN = """() => {
    const shown = (node) => {
        if (!node) return false;
        const style = getComputedStyle(node);
        const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
        return outline || style.boxShadow !== "none";
    };
    const focused = document.activeElement;
    return shown(focused) || (getComputedStyle(focused).opacity === "0"
                              && shown(focused.nextElementSibling));
}"""


def focused(page, selector: str) -> bool:
    return page.evaluate("s => document.activeElement.matches(s)", selector)


def assert_focus_shown(page) -> None:
    described = page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
    assert page.evaluate(FOCUS_SHOWN), f"no visible focus on {described}"


def tab_to(page, selector: str, *, backwards: bool = False, limit: int = 40) -> None:
    """Press Tab (or Shift+Tab) until ``selector`` has focus, which must then be visible."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        if focused(page, selector):
            assert_focus_shown(page)
            return
    raise AssertionError(f"{selector} never got focus")


def test_sign_up_with_the_keyboard_only(asgi_server, page):
    page.goto(f"{asgi_server.url}/signup")

    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    assert_focus_shown(page)
    page.keyboard.press("Enter")
    tab_to(page, "#id_username")
    page.keyboard.type("keys.only")
    page.keyboard.press("Tab")
    page.keyboard.type("keys@example.com")
    page.keyboard.press("Tab")
    page.keyboard.type("typed-with-keys-42")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/@keys\.only(#main)?$"))


def test_log_in_remix_and_comment_with_the_keyboard_only(
    asgi_server, new_page, log_in, user_factory, password, tmp_path
):
    creator, fan = user_factory(username="ana"), user_factory(username="kai")
    clip = synthetic_video_write(tmp_path / "keys.mp4", seconds=2, title="Keys")
    base = asgi_server.url

    # (Set-up, with the mouse: the creator posts a video.)
    creator_page = new_page()
    log_in(creator_page, creator)
    creator_page.goto(f"{base}/upload")
    creator_page.get_by_label("Video", exact=True).set_input_files(str(clip))
    creator_page.get_by_role("button", name="Post").click()
    expect(creator_page).to_have_url(re.compile(r"/v/\d+$"))
    video = Video.objects.get(owner=creator)

    page = new_page()
    # Log in: the page opens with focus in the Handle field, Tab goes on to the password and
    # Enter submits.
    page.goto(f"{base}/login")
    expect(page.get_by_label("Handle")).to_be_focused()
    assert_focus_shown(page)
    page.keyboard.type(fan.username)
    page.keyboard.press("Tab")
    page.keyboard.type(password)
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{base}/")

    # The feed from the main navigation, then the video from the feed.
    tab_to(page, "nav a[href='/']")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{base}/")
    tab_to(page, f"[data-video-id='{video.pk}'] a.feed-media")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{base}/v/{video.pk}")

    # The Remix button opens the composer.
    tab_to(page, "[data-remix-button]")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Remix @ana's video")).to_be_visible()

    # A moment with the arrow keys: the thumbnails are one radio group.
    tab_to(page, ".frame-choice input:checked")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert_focus_shown(page)
    third = page.locator(".frame-choice input").nth(2)
    expect(third).to_be_checked()
    moment = float(third.get_attribute("value"))
    expect(page.locator("[data-moment-label]")).to_have_text(f"{moment:.1f} s")
    # The kind with the arrows too, then a prompt taken from the examples.
    tab_to(page, "input[name=kind]:checked")
    page.keyboard.press("ArrowDown")
    expect(page.get_by_label("Replace the background")).to_be_checked()
    page.keyboard.press("ArrowUp")
    expect(page.get_by_label("Restyle the frame")).to_be_checked()
    tab_to(page, "details.examples > summary")
    page.keyboard.press("Enter")
    expect(page.locator("details.examples")).to_have_attribute("open", "")
    tab_to(page, "[data-example]")
    example = page.evaluate("document.activeElement.dataset.example")
    page.keyboard.press("Space")
    expect(page.get_by_label("Prompt")).to_have_value(example)
    tab_to(page, "#remix-caption")
    page.keyboard.type("Keys only")
    expect(page.locator("[data-caption-preview]")).to_have_text("Keys only")
    tab_to(page, "button[type=submit]")
    page.keyboard.press("Enter")

    card = page.locator("[data-remix-status] .remix-job").first
    expect(card.locator("[data-job-status]")).to_have_text("Published", timeout=30_000)
    job = RemixJob.objects.get(requester=fan)
    assert (job.prompt, job.caption, job.kind) == (example, "Keys only", "restyle")
    assert job.at_seconds == pytest.approx(moment)
    # Focus stayed on the button (not lost to the page), so Tab goes on to the result.
    expect(page.get_by_role("button", name="Remix", exact=True)).to_be_focused()
    tab_to(page, "[data-job-done] a")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{base}/v/{video.pk}#comment-{job.comment_id}")

    # Back up from the remix to the comment box with Shift+Tab, and post.
    tab_to(page, "#comment-body", backwards=True)
    page.keyboard.type("Made this with the keyboard")
    tab_to(page, "[data-comment-form] button[type=submit]")
    page.keyboard.press("Enter")
    posted = page.locator(".comment", has_text="Made this with the keyboard")
    expect(posted).to_be_visible()
    expect(page.locator("#comment-body")).to_have_value("")
    expect(page.locator("[data-comment-form] button[type=submit]")).to_be_focused()
    assert Comment.objects.filter(author=fan, body="Made this with the keyboard").exists()

    # Reply moves focus into the box; cancelling the reply brings it back to the Reply button.
    tab_to(page, f"#comment-{job.comment_id} [data-reply-to]")
    page.keyboard.press("Enter")
    expect(page.locator("#comment-body")).to_be_focused()
    expect(page.locator(".replying")).to_contain_text("Replying to @kai")
    tab_to(page, "[data-cancel-reply]", backwards=True)
    page.keyboard.press("Enter")
    expect(page.locator(".replying")).to_be_hidden()
    expect(page.locator(f"#comment-{job.comment_id} [data-reply-to]")).to_be_focused()
    assert_focus_shown(page)


def test_post_restrict_follow_and_remove_a_remix_with_the_keyboard_only(
    asgi_server, new_page, log_in, user_factory, tmp_path
):
    creator, fan = user_factory(username="ana"), user_factory(username="kai")
    clip = synthetic_video_write(tmp_path / "keys.mp4", seconds=2, title="Keys")
    base = asgi_server.url

    # Post a video: the file field opens the file chooser with Space, Enter posts.
    page = new_page()
    # A listener turns Chromium's file-chooser interception on, without waiting for it: added
    # here, it is on long before Space is pressed (added by ``expect_file_chooser`` itself, it
    # raced the key press and the chooser opened uncaught under load).
    page.on("filechooser", lambda chooser: None)
    log_in(page, creator)
    tab_to(page, "nav a[href='/upload']")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Post a video")).to_be_visible()
    tab_to(page, "#id_file")
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(str(clip))
    tab_to(page, "#id_caption")
    page.keyboard.type("Typed, not clicked")
    tab_to(page, "[data-upload-form] button[type=submit]")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/v/\d+$"))
    video = Video.objects.get(owner=creator, caption="Typed, not clicked")

    # Remixes for followers only: the video's privacy page, a radio group walked with arrows.
    tab_to(page, f"a[href='/v/{video.pk}/privacy']")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{base}/v/{video.pk}/privacy")
    tab_to(page, "input[name=remix_audience]:checked")
    remixers = page.get_by_role("group", name="Who can make AI remixes")
    while not remixers.get_by_label("Followers").is_checked():
        page.keyboard.press("ArrowDown")
    assert_focus_shown(page)
    tab_to(page, ".privacy-form button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Privacy settings saved.")).to_be_visible()
    video.privacy.refresh_from_db()
    assert video.privacy.remix_audience == "followers"

    # A fan follows from the profile page; focus stays on the button, which now says so.
    fan_page = new_page()
    log_in(fan_page, fan)
    fan_page.goto(f"{base}/@ana")
    tab_to(fan_page, "[data-follow-form] button")
    fan_page.keyboard.press("Enter")
    expect(fan_page.get_by_role("button", name="Following")).to_be_focused()
    # (then remixes, with the mouse: the keyboard composer is the test above)
    fan_page.goto(f"{base}/v/{video.pk}/remix")
    fan_page.get_by_label("Prompt").fill("a cartoon, bright colours")
    composer_submit(fan_page)
    card = fan_page.locator("[data-remix-status] .remix-job").first
    expect(card.locator("[data-job-status]")).to_have_text("Published", timeout=30_000)
    job = RemixJob.objects.get(requester=fan)

    # The creator removes it from the studio, reached from the video's privacy page.
    page.goto(f"{base}/v/{video.pk}/privacy")
    tab_to(page, "a[href='/studio/remixes']")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{base}/studio/remixes")
    tab_to(page, f"#studio-job-{job.pk} a[href$='/remove']")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Remove this remix?")).to_be_visible()  # asked first
    tab_to(page, "button[value=remove]")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Remix removed.")).to_be_visible()
    job.refresh_from_db()
    assert job.status == RemixJob.Status.REMOVED
    tab_to(page, "[data-undo] button")  # and it can be undone
    page.keyboard.press("Enter")
    expect(page.get_by_text("Remix restored")).to_be_visible()


def test_a_moderator_decides_a_case_with_the_keyboard_only(
    asgi_server, new_page, log_in, user_factory, video_factory
):
    held = comment_create(author=user_factory(), video=video_factory(), body=HARASSING)
    case = ModerationCase.objects.get()
    page = new_page(viewport={"width": 1280, "height": 900})
    log_in(page, moderator_grant(user=user_factory(username="mo")))
    page.goto(f"{asgi_server.url}/admin/moderation/moderationcase/")

    tab_to(page, f"#result_list a[href$='/moderationcase/{case.pk}/change/']", limit=80)
    page.keyboard.press("Enter")
    expect(page.locator("[data-case-text]")).to_have_text(HARASSING)
    tab_to(page, "input[name=decision][value=approve]")
    page.keyboard.press("Space")
    tab_to(page, "input[type=submit][value='Save decision']")
    page.keyboard.press("Enter")
    expect(page.get_by_text(f"Case {case.pk} approved.")).to_be_visible()
    held.refresh_from_db()
    assert held.status == Comment.Status.VISIBLE
