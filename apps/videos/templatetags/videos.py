import hashlib
import re
from collections.abc import Iterable

from django import template
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from apps.core.cache import fragments_get, fragments_set
from apps.videos.models import Video

register = template.Library()

_TOKEN = re.compile(
    r"(?<![\w#@&])(?:#(?P<tag>\w{1,50})|@(?P<handle>[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?))"
)


@register.filter
def linkify(text: str) -> SafeString:
    """Escape ``text`` and turn #hashtags and @mentions into links."""
    parts: list[str] = []
    position = 0
    for match in _TOKEN.finditer(text or ""):
        parts.append(escape(text[position : match.start()]))
        if match.group("tag"):
            url = reverse("videos:hashtag", kwargs={"name": match.group("tag").lower()})
            parts.append(format_html('<a href="{}">#{}</a>', url, match.group("tag")))
        else:
            handle = match.group("handle")
            url = reverse("accounts:profile", kwargs={"handle": handle.lower()})
            parts.append(format_html('<a href="{}">@{}</a>', url, handle))
        position = match.end()
    parts.append(escape((text or "")[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped or format_html


@register.filter
def duration(seconds: float) -> str:
    total = round(seconds or 0)
    return f"{total // 60}:{total % 60:02d}"


def _card_key(video: Video) -> str:
    """Everything ``videos/_card.html`` shows, so that any change to it is a new key: the
    key follows the row the feed just read, and an edited, liked or commented video (or a
    renamed owner) never finds its old card."""
    owner = video.owner
    shown = (
        video.pk, video.updated_at.isoformat(), video.caption, video.likes_count,
        video.comments_count, video.duration, video.file.name, video.poster.name,
        owner.username, owner.display_name, owner.avatar.name, get_language(),
    )  # fmt: skip
    return "videos:card:" + hashlib.blake2b(repr(shown).encode(), digest_size=16).hexdigest()


@register.filter
def video_cards(videos: Iterable[Video]) -> list[SafeString]:
    """The feed's cards, rendered once for every viewer and kept in the cache (one round trip
    for the page). Which videos a viewer gets is decided by the feed's query beforehand; a
    card holds nothing about its viewer."""
    keys = {_card_key(video): video for video in videos}
    cached = fragments_get(list(keys))
    cards, missing = [], {}
    for key, video in keys.items():
        card = cached.get(key)
        if not isinstance(card, str):
            card = missing[key] = render_to_string("videos/_card.html", {"video": video})
        cards.append(mark_safe(card))  # noqa: S308 - rendered by the template, autoescaped
    fragments_set(missing)
    return cards
