"""The whole Clipmix story in one run, across five browsers: a creator, a follower, a stranger
watching the video page, and a moderator. Each step leaves a numbered screenshot in
``test-artifacts/e2e/story/``."""

import re

import pytest
from playwright.sync_api import expect

from apps.accounts.models import Follow, User
from apps.comments.models import Comment
from apps.moderation.models import GuidelineRule, ModerationCase
from apps.moderation.services.moderators import moderator_grant
from apps.privacy.models import RemixAudience
from apps.privacy.policy import REMIX_FOLLOWERS_ONLY
from apps.remix.errors import REMOVED_BY_CREATOR
from apps.remix.models import RemixJob
from apps.videos.demo import synthetic_video_write
from apps.videos.models import Video
from tests.e2e.conftest import ARTIFACTS, composer_submit, wait_until_live

pytestmark = pytest.mark.django_db(transaction=True)

STORY = ARTIFACTS / "story"
HARMFUL = "make the refugees look like rats"
# The text screener answers `review` (borderline-substances): a moderator decides.
BORDERLINE = "make my cousin look drunk at the party"


@pytest.fixture
def step(axe_check):
    """``step(page, "name")``: the story's next numbered screenshot, of a page that must pass
    axe-core and, on a phone, fit the screen's width (nothing to scroll sideways)."""
    STORY.mkdir(parents=True, exist_ok=True)
    for old in STORY.glob("*.png"):
        old.unlink()
    taken = []

    def take(page, name: str) -> None:
        taken.append(name)
        page.evaluate("window.scrollTo(0, 0)")  # else the sticky top bar lands mid-picture
        page.screenshot(path=str(STORY / f"{len(taken):02d}-{name}.png"), full_page=True)
        axe_check(page)
        width = page.viewport_size["width"]
        if width < 600:
            overflow = page.evaluate("document.documentElement.scrollWidth")
            assert overflow <= width, f"{name}: {overflow} px wide on a {width} px phone"

    return take


def watch_statuses(page) -> None:
    """Record every status the page's job cards show, in order, as ``window.statusesSeen``."""
    page.evaluate(
        """() => {
        window.statusesSeen = [];
        const record = () => {
            const status = document.querySelector("[data-remix-status] [data-job-status]");
            const text = status?.textContent;
            if (text && text !== window.statusesSeen.at(-1)) window.statusesSeen.push(text);
        };
        new MutationObserver(record).observe(
            document.querySelector("[data-remix-status]"),
            {subtree: true, childList: true, characterData: true},
        );
    }"""
    )


def test_the_clipmix_story_from_sign_up_to_verified_credentials(
    asgi_server, new_page, step, log_in, user_factory, password, tmp_path, mailed_link
):
    base = asgi_server.url
    clip = synthetic_video_write(tmp_path / "morning.mp4", seconds=2, title="Morning")
    follower, stranger = user_factory(username="bo"), user_factory(username="cy")
    moderator = moderator_grant(user=user_factory(username="mo"))

    # A creator signs up with the real form and uploads a video made by PyAV.
    creator_page = new_page()
    creator_page.goto(f"{base}/signup")
    creator_page.get_by_label("Handle").fill("ana")
    creator_page.get_by_label("Email").fill("ana@example.com")
    creator_page.get_by_label("Password").fill("first-coffee-of-2026")
    creator_page.get_by_role("button", name="Sign up").click()
    expect(creator_page).to_have_url(re.compile(r"/@ana$"))
    step(creator_page, "creator-signed-up")
    # Uploads wait for a confirmed address: the creator follows the mailed link.
    creator_page.goto(base + mailed_link("ana@example.com", "/verify-email/"))
    creator_page.get_by_role("button", name="Confirm my address").click()
    expect(creator_page.get_by_text("ana@example.com is confirmed")).to_be_visible()
    creator_page.get_by_role("link", name="Upload").click()
    creator_page.get_by_label("Video", exact=True).set_input_files(str(clip))
    creator_page.get_by_label("Caption", exact=True).fill("That first morning sip")
    creator_page.get_by_role("button", name="Post").click()
    expect(creator_page).to_have_url(re.compile(r"/v/\d+$"))
    expect(creator_page.locator(".player video")).to_be_visible()
    video = Video.objects.get(owner__username="ana")
    assert video.status == Video.Status.READY
    assert video.frames.count() >= 3
    step(creator_page, "creator-uploaded")

    # Remixes for followers only, on the video's privacy page.
    creator_page.get_by_role("link", name="Privacy").click()
    remixers = creator_page.get_by_role("group", name="Who can make AI remixes")
    remixers.get_by_label("Followers").check()
    creator_page.get_by_role("button", name="Save").click()
    expect(creator_page.get_by_text("Privacy settings saved.")).to_be_visible()
    video.privacy.refresh_from_db()
    assert video.privacy.remix_audience == RemixAudience.FOLLOWERS
    step(creator_page, "creator-remixes-for-followers")

    # A stranger watches the video page: the Remix button is disabled and says why.
    stranger_page = new_page()
    log_in(stranger_page, stranger)
    stranger_page.goto(f"{base}/v/{video.pk}")
    expect(stranger_page.get_by_role("button", name="Remix")).to_be_disabled()
    expect(stranger_page.get_by_role("button", name="Remix")).to_have_accessible_description(
        REMIX_FOLLOWERS_ONLY.format(handle="ana")
    )
    wait_until_live(stranger_page)
    step(stranger_page, "stranger-remix-disabled")

    # A follower follows through the profile page, then composes a remix.
    fan_page = new_page()
    log_in(fan_page, follower)
    fan_page.goto(f"{base}/@ana")
    fan_page.get_by_role("button", name="Follow", exact=True).click()
    expect(fan_page.get_by_role("button", name="Following")).to_be_visible()
    assert Follow.objects.filter(follower=follower, followee__username="ana").exists()
    step(fan_page, "follower-follows")
    fan_page.goto(f"{base}/v/{video.pk}")
    fan_page.get_by_role("link", name="Remix", exact=True).click()
    expect(fan_page.get_by_role("heading", name="Remix @ana's video")).to_be_visible()
    fan_page.locator(".frame-choice").nth(2).click()
    moment = float(fan_page.locator(".frame-choice input").nth(2).get_attribute("value"))
    expect(fan_page.locator("[data-moment-label]")).to_have_text(f"{moment:.1f} s")
    fan_page.get_by_label("Restyle the frame").check()
    fan_page.get_by_label("Prompt").fill("a cartoon, bright colours")
    fan_page.get_by_label("Meme caption (optional)").fill("When the coffee kicks in")
    expect(fan_page.locator("[data-caption-preview]")).to_have_text("When the coffee kicks in")
    step(fan_page, "follower-composes")
    watch_statuses(fan_page)
    composer_submit(fan_page)
    card = fan_page.locator("[data-remix-status] .remix-job").first
    expect(card.locator("[data-job-status]")).to_have_text("Published", timeout=30_000)
    seen = fan_page.evaluate("window.statusesSeen")
    assert seen[0] in {"Queued", "Running"}, seen
    assert seen[-1] == "Published", seen
    expect(card.get_by_role("link", name="Published: see it in the comments")).to_be_visible()
    expect(card.get_by_role("img", name="Your remix")).to_be_visible()
    first = RemixJob.objects.get(requester=follower, caption="When the coffee kicks in")
    assert first.status == RemixJob.Status.PUBLISHED
    assert first.at_seconds == pytest.approx(moment)
    step(fan_page, "follower-remix-published")

    # It arrives in the stranger's open page, live, labelled as an AI remix with its caption.
    remix = stranger_page.locator(f"#comment-{first.comment_id}")
    expect(remix.locator("img")).to_be_visible()
    expect(remix.get_by_text("AI remix")).to_be_visible()
    expect(remix.locator(".comment-body")).to_have_text("When the coffee kicks in")
    expect(stranger_page.locator("[data-comments-count]")).to_have_text("1")
    step(stranger_page, "stranger-sees-remix-live")

    # A harmful prompt is refused with the guideline's own words; nothing is queued.
    fan_page.get_by_label("Prompt").fill(HARMFUL)
    fan_page.get_by_label("Meme caption (optional)").fill("")
    composer_submit(fan_page)
    hate = GuidelineRule.objects.filter(category="hate").values_list("guideline", flat=True)
    refusal = fan_page.locator("[data-remix-error]")
    expect(refusal).to_have_text(hate[0])
    assert set(hate) == {hate[0]}  # every hate rule says it the same way
    assert not RemixJob.objects.filter(prompt=HARMFUL).exists()
    step(fan_page, "harmful-prompt-refused")

    # A borderline prompt is made, then waits for a moderator.
    fan_page.get_by_label("Prompt").fill(BORDERLINE)
    composer_submit(fan_page)
    expect(refusal).to_be_hidden()
    held_card = fan_page.locator("[data-remix-status] .remix-job").first
    held_status = held_card.locator("[data-job-status]")
    expect(held_status).to_have_text("Waiting for approval", timeout=30_000)
    expect(held_card.get_by_text("Waiting for approval before it appears.")).to_be_visible()
    held = RemixJob.objects.get(prompt=BORDERLINE)
    assert held.status == RemixJob.Status.IN_REVIEW
    assert held.comment_id is None
    step(fan_page, "borderline-waits")

    mod_page = new_page(viewport={"width": 1280, "height": 900})
    log_in(mod_page, moderator)
    mod_page.get_by_role("link", name="Moderation").click()
    mod_page.get_by_role("link", name="Moderation cases").click()
    mod_page.get_by_role("link", name=re.compile("look drunk")).click()
    expect(mod_page.locator("[data-case-text]")).to_have_text(BORDERLINE)
    expect(mod_page.locator("[data-evidence]").first).to_contain_text("borderline")
    step(mod_page, "moderator-reviews-case")
    mod_page.get_by_role("radio", name=re.compile("^Approve")).check()
    mod_page.get_by_role("button", name="Save decision").click()
    expect(mod_page.get_by_text(re.compile(r"Case \d+ approved\."))).to_be_visible()
    assert ModerationCase.objects.get(object_id=held.pk).status == ModerationCase.Status.APPROVED
    held.refresh_from_db()
    assert held.status == RemixJob.Status.PUBLISHED
    step(mod_page, "moderator-approved")

    # Approved, it appears for the stranger live, and the follower's card says so.
    expect(stranger_page.locator(f"#comment-{held.comment_id} img")).to_be_visible()
    expect(stranger_page.locator("[data-comments-count]")).to_have_text("2")
    expect(held_card.locator("[data-job-status]")).to_have_text("Published")
    step(stranger_page, "approved-remix-appears")

    # The creator removes the first remix from the studio; it leaves the stranger's page.
    creator_page.goto(f"{base}/v/{video.pk}/privacy")
    creator_page.get_by_role("link", name="Remix studio").click()
    removed = creator_page.locator(f"#studio-job-{first.pk}")
    removed.get_by_role("link", name="Remove").click()
    creator_page.get_by_role("button", name="Remove remix").click()
    expect(creator_page.locator("[data-undo]")).to_be_visible()
    expect(removed.get_by_text(str(REMOVED_BY_CREATOR))).to_be_visible()
    first.refresh_from_db()
    assert first.status == RemixJob.Status.REMOVED
    assert not Comment.objects.filter(pk=first.comment_id, status=Comment.Status.VISIBLE).exists()
    expect(stranger_page.locator(f"#comment-{first.comment_id}")).to_have_count(0)
    expect(stranger_page.locator("[data-comments-count]")).to_have_text("1")
    step(creator_page, "creator-removed-remix")

    # The approved image's Content Credentials check out: signed, trusted, watermarked.
    stranger_page.locator(f"#comment-{held.comment_id}").get_by_role(
        "link", name="Content Credentials"
    ).click()
    expect(stranger_page.locator("[data-c2pa-state]")).to_have_attribute(
        "data-c2pa-state", "trusted"
    )
    expect(stranger_page.get_by_text("Valid and trusted")).to_be_visible()
    expect(stranger_page.locator("[data-watermark]")).to_have_text(
        f"A Clipmix watermark is present: this image is remix #{held.pk}."
    )
    step(stranger_page, "credentials-verified")
    assert User.objects.filter(username="ana", email="ana@example.com").exists()
