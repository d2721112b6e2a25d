from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from apps.accounts.http import request_viewer
from apps.core.errors import ApplicationError
from apps.core.http import client_ip
from apps.core.ratelimit import rate_limit_hit
from apps.search.query import search_query_parse
from apps.search.selectors import discover as discover_selectors
from apps.search.selectors.search import SEARCH_TYPES, search_page

DEFAULT_TYPE = "videos"
TAB_LABELS = {"people": "People", "videos": "Videos", "hashtags": "Hashtags"}


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """Results for ``q`` in one tab; a refused query is shown beside the form, which keeps it."""
    text = request.GET.get("q", "")
    type = request.GET.get("type", DEFAULT_TYPE)
    type = type if type in SEARCH_TYPES else DEFAULT_TYPE
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
            context["page"] = search_page(
                query=search_query_parse(text=text),
                type=type,
                viewer=request_viewer(request),
                cursor=request.GET.get("cursor") or None,
            )
        except ApplicationError as refusal:
            context["error"], status = refusal.message, refusal.status
    return render(request, "search/search.html", context, status=status)


@require_safe
def discover(request: HttpRequest) -> HttpResponse:
    viewer = request_viewer(request)
    context = {
        "trending_sections": [
            ("Today", discover_selectors.trending_hashtags(window="day")),
            ("This week", discover_selectors.trending_hashtags(window="week")),
        ],
        "suggested": discover_selectors.suggested_accounts(viewer=viewer),
        "new_creators": discover_selectors.new_creators(viewer=viewer),
        "most_remixed": discover_selectors.most_remixed_videos(viewer=viewer),
    }
    return render(request, "search/discover.html", context)
