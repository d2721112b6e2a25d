"""A stored image the browser cannot load (its storage unreachable, the file gone) becomes a
placeholder that says what it was, not a broken-image icon."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_poster_that_cannot_be_loaded_becomes_a_placeholder_with_its_caption(
    asgi_server, page, video_factory
):
    # The factory's poster is a name only: no file behind it, as when the bucket is down.
    video = video_factory(caption="Sunset over the pier")
    page.goto(f"{asgi_server.url}/@{video.owner.username}")

    placeholder = page.locator(".media-placeholder")
    expect(placeholder).to_have_count(1)
    expect(placeholder).to_have_attribute("aria-label", "Sunset over the pier")
    expect(page.get_by_role("img", name="Sunset over the pier")).to_be_visible()
    expect(page.locator(f'img[src$="{video.poster.name}"]')).to_have_count(0)
