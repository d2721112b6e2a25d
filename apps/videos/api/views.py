from typing import Any

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_serializer
from rest_framework import serializers, status
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.api.serializers import AccountSummarySerializer, absolute_media_url
from apps.accounts.http import request_user, request_viewer
from apps.core.api.drf import StrictCharField
from apps.core.errors import ApplicationError
from apps.privacy import selectors as privacy_selectors
from apps.privacy import services as privacy_services
from apps.privacy.models import RemixAudience, RemixKind
from apps.videos import errors, selectors, services
from apps.videos.models import Video
from apps.videos.uploads import upload_limit_install, upload_was_too_large


class FrameOutputSerializer(serializers.Serializer):
    index = serializers.IntegerField()
    at_seconds = serializers.FloatField()
    image_url = serializers.SerializerMethodField()

    def get_image_url(self, frame: Any) -> str | None:
        return absolute_media_url(frame.image, self.context)


class VideoOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    owner = AccountSummarySerializer()
    caption = serializers.CharField()
    hashtags = serializers.SerializerMethodField()
    status = serializers.CharField()
    failure_reason = serializers.CharField()
    video_url = serializers.SerializerMethodField()
    poster_url = serializers.SerializerMethodField()
    duration = serializers.FloatField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    container = serializers.CharField()
    codec = serializers.CharField()
    likes_count = serializers.IntegerField()
    comments_count = serializers.IntegerField()
    liked = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField()

    def get_hashtags(self, video: Video) -> list[str]:
        return services.hashtags_in(video.caption)

    def get_video_url(self, video: Video) -> str | None:
        return absolute_media_url(video.file, self.context)

    def get_poster_url(self, video: Video) -> str | None:
        return absolute_media_url(video.poster, self.context)

    def get_liked(self, video: Video) -> bool | None:
        """Whether the requester likes the video; null when anonymous."""
        return getattr(video, "viewer_liked", None)


class VideoDetailOutputSerializer(VideoOutputSerializer):
    frames = FrameOutputSerializer(many=True)


class VideoUploadApi(APIView):
    permission_classes = [IsAuthenticated]
    parser_classes = [MultiPartParser, FormParser]

    """Upload a video. ``remix_audience`` and ``remix_kinds``, the page's first-upload question,
    are optional here: given, they become the account's defaults (as ``PATCH
    /api/v1/me/privacy/`` would) before the video copies them, in the same transaction as the
    upload; left out, the video gets the account's defaults as before (the site's for an
    account that never chose), so clients written before the question keep working."""

    @extend_schema_serializer(component_name="VideoUploadInput")
    class InputSerializer(serializers.Serializer):
        file = serializers.FileField(required=False, allow_empty_file=True)
        caption = StrictCharField(required=False, allow_blank=True, default="")
        remix_audience = serializers.ChoiceField(
            choices=RemixAudience.choices,
            required=False,
            help_text="Who may remix your videos from now on (becomes your default).",
        )
        remix_kinds = serializers.MultipleChoiceField(
            choices=RemixKind.choices,
            required=False,
            help_text="Which kinds of remix your videos allow from now on (becomes your "
            "default); repeat the field for each kind.",
        )

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        upload_limit_install(request, limit=settings.CLIPMIX_VIDEO_MAX_BYTES)
        return super().dispatch(request, *args, **kwargs)

    @extend_schema(request=InputSerializer, responses={201: VideoDetailOutputSerializer})
    def post(self, request: Request) -> Response:
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        if upload_was_too_large(request):  # DRF proxies attributes of the Django request
            raise services.video_too_large_error()
        # Only what was sent: a form's missing list reads as an empty one.
        choice = {
            name: serializer.validated_data[name]
            for name in ("remix_audience", "remix_kinds")
            if name in request.data
        }
        if "remix_kinds" in choice:
            choice["remix_kinds"] = sorted(choice["remix_kinds"])
        with transaction.atomic():
            if choice:
                privacy_services.account_privacy_update(user=request_user(request), **choice)
            video = services.video_upload(
                owner=request_user(request),
                upload=serializer.validated_data.get("file"),
                caption=serializer.validated_data["caption"],
            )
        video = privacy_selectors.video_get_for_viewer(
            video_id=video.pk, viewer=request_user(request)
        )
        data = VideoDetailOutputSerializer(video, context={"request": request}).data
        return Response(data, status=status.HTTP_201_CREATED)


class VideoDetailApi(APIView):
    @extend_schema(responses={200: VideoDetailOutputSerializer})
    def get(self, request: Request, video_id: int) -> Response:
        video = privacy_selectors.video_get_for_viewer(
            video_id=video_id, viewer=request_viewer(request)
        )
        return Response(VideoDetailOutputSerializer(video, context={"request": request}).data)

    @extend_schema(responses={204: None})
    def delete(self, request: Request, video_id: int) -> Response:
        video = privacy_selectors.video_get_for_owner(video_id=video_id, user=request_user(request))
        services.video_delete(video=video)
        return Response(status=status.HTTP_204_NO_CONTENT)


class VideoLikeApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema_serializer(component_name="LikeState")
    class OutputSerializer(serializers.Serializer):
        liked = serializers.BooleanField()
        likes_count = serializers.IntegerField()

    def _state(self, request: Request, video_id: int, *, like: bool) -> Response:
        user = request_user(request)
        video = privacy_selectors.video_get_for_viewer(video_id=video_id, viewer=user)
        if like:
            if not video.is_ready:
                raise ApplicationError(errors.VIDEO_NOT_READY, code="video_not_ready", status=409)
            services.like_create(user=user, video=video)
        else:
            services.like_delete(user=user, video=video)
        video.refresh_from_db(fields=["likes_count"])
        return Response({"liked": like, "likes_count": video.likes_count})

    @extend_schema(request=None, responses={200: OutputSerializer})
    def post(self, request: Request, video_id: int) -> Response:
        return self._state(request, video_id, like=True)

    @extend_schema(request=None, responses={200: OutputSerializer})
    def delete(self, request: Request, video_id: int) -> Response:
        return self._state(request, video_id, like=False)


class FeedApi(APIView):
    @extend_schema_serializer(component_name="FeedPage")
    class OutputSerializer(serializers.Serializer):
        results = VideoOutputSerializer(many=True)
        next_cursor = serializers.CharField(allow_null=True)

    @extend_schema(
        parameters=[
            OpenApiParameter("tab", enum=list(selectors.FEED_TABS), default="for_you"),
            OpenApiParameter("cursor", str, description="next_cursor of the previous page"),
        ],
        responses={200: OutputSerializer},
    )
    def get(self, request: Request) -> Response:
        tab = request.query_params.get("tab", "for_you")
        if tab not in selectors.FEED_TABS:
            raise ApplicationError(
                f"Unknown feed tab {tab!r}.",
                code="invalid_tab",
                extra={"allowed": list(selectors.FEED_TABS)},
            )
        viewer = request_viewer(request)
        if tab == "following" and viewer is None:
            raise ApplicationError(
                "Log in to see who you follow.", code="not_authenticated", status=401
            )
        page = privacy_selectors.feed_page(
            tab=tab,
            viewer=viewer,
            cursor=request.query_params.get("cursor"),
            limit=settings.CLIPMIX_FEED_PAGE_SIZE,
        )
        context = {"request": request}
        return Response(
            {
                "results": VideoOutputSerializer(page.videos, many=True, context=context).data,
                "next_cursor": page.next_cursor,
            }
        )
