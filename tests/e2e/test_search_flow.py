"""Search and discover in a real browser: the header's search as you type (by keyboard), a
hashtag found without its accents, privacy in results, recent searches kept in the browser,
and the discover page."""

import re

import pytest
from playwright.sync_api import expect

from apps.comments.models import Comment
from apps.privacy.models import Visibility
from apps.videos.models import Hashtag

pytestmark = pytest.mark.django_db(transaction=True)


def _tagged(video_factory, **kwargs):
    video = video_factory(**kwargs)
    for name in re.findall(r"#(\w+)", video.caption):
        video.hashtags.add(Hashtag.objects.get_or_create(name=name.lower())[0])
    return video


def test_typing_part_of_a_handle_in_the_header_lands_on_the_person(
    asgi_server, page, user_factory, axe_check
):
    user_factory(username="marguerite_d", display_name="Marguerite Duras")
    page.goto(asgi_server.url)
    field = page.get_by_role("combobox", name="Search Clipmix")
    field.focus()
    page.keyboard.type("margu")
    option = page.get_by_role("option", name=re.compile(r"^@marguerite_d"))
    expect(option).to_be_visible()
    expect(field).to_have_attribute("aria-expanded", "true")
    axe_check(page)
    page.keyboard.press("ArrowDown")
    expect(field).to_have_attribute("aria-activedescendant", option.get_attribute("id"))
    expect(option).to_have_attribute("aria-selected", "true")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{asgi_server.url}/@marguerite_d")


def test_a_hashtag_is_found_without_its_accents(asgi_server, page, video_factory):
    _tagged(video_factory, caption="Desayuno #CaféConLeche")
    page.goto(asgi_server.url)
    page.get_by_role("combobox").fill("cafeconleche")
    page.get_by_role("option", name=re.compile("#caféconleche")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("#caféconleche")
    page.goto(f"{asgi_server.url}/search?q=cafe+con+leche&type=hashtags")
    expect(page.get_by_role("link", name="#caféconleche")).to_be_visible()


def test_a_private_video_is_found_by_its_owner_and_never_by_a_stranger(
    asgi_server, new_page, log_in, video_factory, user_factory
):
    secret = _tagged(
        video_factory, caption="Grandma's secret paella", privacy__visibility=Visibility.PRIVATE
    )
    shared = _tagged(video_factory, owner=secret.owner, caption="Public paella")
    stranger, owner = new_page(), new_page()
    log_in(stranger, user_factory())
    log_in(owner, secret.owner)
    for page in (stranger, owner):
        page.goto(asgi_server.url)
        page.get_by_role("combobox").fill("paella")
        page.keyboard.press("Enter")
        expect(page).to_have_url(re.compile(r"/search\?q=paella"))
        expect(page.locator(f'a[href="/v/{shared.pk}"]')).to_be_visible()
    expect(stranger.locator(f'a[href="/v/{secret.pk}"]')).to_have_count(0)
    expect(owner.locator(f'a[href="/v/{secret.pk}"]')).to_be_visible()


def test_recent_searches_stay_in_the_browser(asgi_server, page):
    page.goto(asgi_server.url)
    page.get_by_role("combobox").fill("sunset beach")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q=sunset"))
    stored = page.evaluate("localStorage.getItem('clipmix:recent-searches')")
    assert stored == '["sunset beach"]'
    page.get_by_role("combobox").focus()
    expect(page.get_by_role("listbox", name="Recent searches")).to_be_visible()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q=sunset\+beach"))
    page.get_by_role("combobox").focus()
    page.keyboard.press("Escape")
    expect(page.get_by_role("listbox", name="Recent searches")).to_be_hidden()


def test_discover_shows_trending_tags_and_remixable_videos(
    asgi_server, page, video_factory, user_factory, axe_check
):
    first = _tagged(video_factory, caption="#verano at the beach")
    _tagged(video_factory, caption="#verano again")
    Comment.objects.create(video=first, author=user_factory(), image="comments/remix.jpg")
    page.goto(asgi_server.url)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Discover").click()
    expect(page).to_have_url(f"{asgi_server.url}/discover")
    trending = page.get_by_role("region", name="Trending hashtags")
    expect(trending.get_by_role("link", name="#verano").first).to_be_visible()
    remixed = page.get_by_role("region", name="Most remixed this week")
    expect(remixed.locator(f'a[href="/v/{first.pk}"]')).to_contain_text("1 remix")
    axe_check(page)
