import hashlib
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from apps.accounts.http import request_viewer
from apps.core.cache import fragments_get, fragments_set
from apps.core.errors import ApplicationError
from apps.core.http import client_ip
from apps.core.ratelimit import rate_limit_hit
from apps.search.query import search_query_parse
from apps.search.selectors.discover import discover_sections
from apps.search.selectors.search import SEARCH_TYPES, search_first_type_finding, search_page

DEFAULT_TYPE = "videos"
_TAB_ORDER = [DEFAULT_TYPE, *(name for name in SEARCH_TYPES if name != DEFAULT_TYPE)]
TAB_LABELS = {"people": _("People"), "videos": _("Videos"), "hashtags": _("Hashtags")}


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """Results for ``q`` in one tab; a refused query is shown beside the form, which keeps it."""
    text = request.GET.get("q", "")
    asked = request.GET.get("type")
    type = asked if asked in SEARCH_TYPES else DEFAULT_TYPE
    context: dict[str, Any] = {
        "q": text,
        "type": type,
        "tabs": [(name, TAB_LABELS[name]) for name in SEARCH_TYPES],
        "page": None,
        "error": None,
    }
    status = 200
    if text.strip():
        try:
            rate_limit_hit(scope="search", key=client_ip(request))
            query, viewer = search_query_parse(text=text), request_viewer(request)
            cursor = request.GET.get("cursor") or None
            # A search typed in the header names no tab: the first tab that finds something
            # is shown ("dem" finds @demo, not "Nothing"), asked of all tabs in one query.
            if asked not in SEARCH_TYPES and not cursor:
                found = search_first_type_finding(query=query, viewer=viewer, types=_TAB_ORDER)
                type = found or DEFAULT_TYPE
            page = search_page(query=query, type=type, viewer=viewer, cursor=cursor)
            context["page"], context["type"] = page, type
            context["results"] = _sections_render({"results": _RESULTS[type](page.items)})[
                "results"
            ]
        except ApplicationError as refusal:
            context["error"], status = refusal.message, refusal.status
    return render(request, "search/search.html", context, status=status)


# Per result type: what a result shows (its cache key), the template and its context.
_RESULTS: dict[str, Callable[[list[Any]], tuple[object, str, dict[str, Any]]]] = {
    "people": lambda people: (
        [(p.pk, p.username, p.display_name, p.avatar.name, p.followers_count) for p in people],
        "search/_people.html",
        {"people": people},
    ),
    "videos": lambda videos: (
        [(v.pk, v.caption, v.poster.name, v.status, v.likes_count) for v in videos],
        "videos/_grid.html",
        {"videos": videos},
    ),
    "hashtags": lambda tags: (
        [(tag.name, tag.videos_count) for tag in tags],
        "search/_hashtags.html",
        {"tags": tags},
    ),
}


def _section_key(name: str, shown: object) -> str:
    """Everything a section shows, and the language and day it is shown in: any change to
    it is a new key, so a cached section is never out of date and never someone else's."""
    context = (shown, get_language(), timezone.localdate().isoformat())
    return (
        f"search:section:{name}:"
        + hashlib.blake2b(repr(context).encode(), digest_size=16).hexdigest()
    )


def _sections_render(sections: dict[str, tuple[object, str, dict[str, Any]]]) -> dict[str, str]:
    """Each ``name: (shown, template, context)`` rendered, or taken from the cache (one round
    trip for all). What a viewer gets is chosen beforehand, by the selectors, for this viewer
    and now: a cached fragment is only markup for rows they may see, keyed by what it shows
    (``_section_key``)."""
    keys = {name: _section_key(name, shown) for name, (shown, _, _) in sections.items()}
    cached = fragments_get(list(keys.values()))
    rendered: dict[str, str] = {}
    missing: dict[str, str] = {}
    for name, (shown, template, context) in sections.items():
        html = cached.get(keys[name])
        if not isinstance(html, str):
            html = missing[keys[name]] = render_to_string(template, context) if shown else ""
        rendered[name] = mark_safe(html)  # noqa: S308 - rendered by a template, autoescaped
    fragments_set(missing)
    return rendered


@require_safe
def discover(request: HttpRequest) -> HttpResponse:
    found = discover_sections(viewer=request_viewer(request))
    trending = [(gettext("Today"), found.trending_day), (gettext("This week"), found.trending_week)]
    sections = _sections_render(
        {
            "trending": (
                [(label, [(tag.name, tag.people) for tag in tags]) for label, tags in trending],
                "search/_trending.html",
                {"trending_sections": trending},
            ),
            "suggested": (
                [
                    (p.pk, p.username, p.display_name, p.avatar.name, p.followed_by_your_follows)  # type: ignore[attr-defined]
                    for p in found.suggested
                ],
                "search/_people.html",
                {"people": found.suggested, "note": "followed_by"},
            ),
            "new_creators": (
                [
                    (p.pk, p.username, p.display_name, p.avatar.name, p.date_joined)
                    for p in found.new_creators
                ],
                "search/_people.html",
                {"people": found.new_creators, "note": "joined"},
            ),
            "most_remixed": (
                [(v.pk, v.caption, v.poster.name, v.remixes_count) for v in found.most_remixed],  # type: ignore[attr-defined]
                "search/_remixed.html",
                {"videos": found.most_remixed},
            ),
        }
    )
    return render(request, "search/discover.html", {"sections": sections})
