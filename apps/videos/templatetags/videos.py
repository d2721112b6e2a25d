import re

from django import template
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

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
