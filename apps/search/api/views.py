from typing import Any

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_serializer
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.api.serializers import AccountSummarySerializer
from apps.accounts.http import request_viewer
from apps.core.http import client_ip
from apps.core.ratelimit import rate_limit_hit
from apps.search.query import search_query_parse
from apps.search.selectors.discover import discover_sections
from apps.search.selectors.search import SEARCH_TYPES, search_page
from apps.videos.api.views import VideoOutputSerializer

DEFAULT_TYPE = "videos"


class PersonOutputSerializer(AccountSummarySerializer):
    followers_count = serializers.IntegerField()


class HashtagOutputSerializer(serializers.Serializer):
    name = serializers.CharField()
    videos_count = serializers.IntegerField(help_text="Videos with it that you may see.")


_SERIALIZERS: dict[str, Any] = {
    "people": PersonOutputSerializer,
    "videos": VideoOutputSerializer,
    "hashtags": HashtagOutputSerializer,
}


class SearchApi(APIView):
    """People, videos or hashtags, ranked by relevance and then engagement; only what the
    caller may see. Rate limited per client."""

    @extend_schema_serializer(component_name="SearchPage")
    class OutputSerializer(serializers.Serializer):
        type = serializers.ChoiceField(choices=SEARCH_TYPES)
        results = serializers.ListField(child=serializers.DictField())
        next_cursor = serializers.CharField(allow_null=True)

    @extend_schema(
        parameters=[
            OpenApiParameter("q", str, required=True, description="At most 100 characters."),
            OpenApiParameter("type", enum=list(SEARCH_TYPES), default=DEFAULT_TYPE),
            OpenApiParameter("cursor", str, description="next_cursor of the previous page"),
        ],
        responses={200: OutputSerializer},
    )
    def get(self, request: Request) -> Response:
        rate_limit_hit(scope="search", key=client_ip(request))
        type = request.query_params.get("type", DEFAULT_TYPE)
        query = search_query_parse(text=request.query_params.get("q", ""))
        page = search_page(
            query=query,
            type=type,
            viewer=request_viewer(request),
            cursor=request.query_params.get("cursor") or None,
        )
        serializer = _SERIALIZERS[type](page.items, many=True, context={"request": request})
        return Response({"type": type, "results": serializer.data, "next_cursor": page.next_cursor})


class TrendingHashtagOutputSerializer(serializers.Serializer):
    name = serializers.CharField()
    people = serializers.IntegerField(help_text="Different people who engaged with it.")


class SuggestedAccountOutputSerializer(AccountSummarySerializer):
    followed_by_your_follows = serializers.IntegerField()


class RemixedVideoOutputSerializer(VideoOutputSerializer):
    remixes_count = serializers.IntegerField(help_text="Published remixes this week.")


class DiscoverApi(APIView):
    """Trending hashtags (last day and week, by distinct people), accounts followed by people
    you follow, new creators, and this week's most remixed videos that allow remixes."""

    @extend_schema_serializer(component_name="Discover")
    class OutputSerializer(serializers.Serializer):
        trending_day = TrendingHashtagOutputSerializer(many=True)
        trending_week = TrendingHashtagOutputSerializer(many=True)
        suggested_accounts = SuggestedAccountOutputSerializer(many=True)
        new_creators = AccountSummarySerializer(many=True)
        most_remixed = RemixedVideoOutputSerializer(many=True)

    @extend_schema(responses={200: OutputSerializer})
    def get(self, request: Request) -> Response:
        found = discover_sections(viewer=request_viewer(request))
        sections = {
            "trending_day": found.trending_day,
            "trending_week": found.trending_week,
            "suggested_accounts": found.suggested,
            "new_creators": found.new_creators,
            "most_remixed": found.most_remixed,
        }
        return Response(self.OutputSerializer(sections, context={"request": request}).data)
