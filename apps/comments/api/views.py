from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_serializer
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.http import request_user, request_viewer
from apps.accounts.models import RemixesInComments
from apps.comments import selectors, services
from apps.comments.api.serializers import (
    CommentCreatedOutputSerializer,
    CommentThreadOutputSerializer,
)
from apps.comments.models import BODY_MAX_LENGTH, CommentReport
from apps.core.api.drf import StrictCharField
from apps.privacy import selectors as privacy_selectors


class VideoCommentsApi(APIView):
    @extend_schema_serializer(component_name="CommentInput")
    class InputSerializer(serializers.Serializer):
        # Length and emptiness are the service's to judge, with its own messages.
        body = StrictCharField(
            allow_blank=True, trim_whitespace=False, max_length=BODY_MAX_LENGTH * 4
        )
        parent = serializers.IntegerField(required=False, allow_null=True)  # type: ignore[assignment]

    @extend_schema_serializer(component_name="CommentPage")
    class OutputSerializer(serializers.Serializer):
        results = CommentThreadOutputSerializer(many=True)
        next_before = serializers.IntegerField(allow_null=True)
        hidden_remixes = serializers.IntegerField(
            help_text="How many comments on this page are AI remixes the filter hides "
            "(each is in ``results`` with ``remix_hidden``)."
        )
        remixes = serializers.ChoiceField(
            choices=RemixesInComments.choices, help_text="The filter this page was made with."
        )

    class FilterSerializer(serializers.Serializer):
        before = serializers.IntegerField(required=False)
        remixes = serializers.ChoiceField(choices=RemixesInComments.choices, required=False)

    @extend_schema(
        parameters=[
            OpenApiParameter("before", int, description="next_before of the previous page"),
            OpenApiParameter(
                "remixes",
                str,
                enum=RemixesInComments.values,
                description="Which AI remixes to show, for this request only (default: the "
                "account's setting, ``all`` when anonymous). Your own always show.",
            ),
        ],
        responses={200: OutputSerializer},
    )
    def get(self, request: Request, video_id: int) -> Response:
        viewer = request_viewer(request)
        video = privacy_selectors.video_get_for_viewer(video_id=video_id, viewer=viewer)
        filters = self.FilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        remixes = selectors.remix_filter_for(
            viewer=viewer, override=filters.validated_data.get("remixes")
        )
        page = selectors.comments_for_video(
            video=video,
            viewer=viewer,
            before_id=filters.validated_data.get("before"),
            remixes=remixes,
        )
        context = {"request": request, "hidden_ids": page.hidden_ids}
        data = CommentThreadOutputSerializer(page.threads, many=True, context=context).data
        return Response(
            {
                "results": data,
                "next_before": page.next_before,
                "hidden_remixes": page.hidden_remixes,
                "remixes": remixes.mode,
            }
        )

    @extend_schema(request=InputSerializer, responses={201: CommentCreatedOutputSerializer})
    def post(self, request: Request, video_id: int) -> Response:
        author = request_user(request)
        video = privacy_selectors.video_get_for_viewer(video_id=video_id, viewer=author)
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        comment = services.comment_create(
            author=author,
            video=video,
            body=serializer.validated_data["body"],
            parent_id=serializer.validated_data.get("parent"),
        )
        data = CommentCreatedOutputSerializer(comment, context={"request": request}).data
        return Response(data, status=status.HTTP_201_CREATED)


class CommentDetailApi(APIView):
    @extend_schema(responses={204: None})
    def delete(self, request: Request, comment_id: int) -> Response:
        actor = request_user(request)
        comment = selectors.comment_get_for_viewer(comment_id=comment_id, viewer=actor)
        services.comment_delete(actor=actor, comment=comment)
        return Response(status=status.HTTP_204_NO_CONTENT)


class CommentReportApi(APIView):
    @extend_schema_serializer(component_name="CommentReportInput")
    class InputSerializer(serializers.Serializer):
        reason = serializers.ChoiceField(choices=CommentReport.Reason.choices)
        text = StrictCharField(required=False, allow_blank=True, max_length=500, default="")

    @extend_schema(request=InputSerializer, responses={201: None})
    def post(self, request: Request, comment_id: int) -> Response:
        reporter = request_user(request)
        comment = selectors.comment_get_for_viewer(comment_id=comment_id, viewer=reporter)
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.comment_report(reporter=reporter, comment=comment, **serializer.validated_data)
        return Response(status=status.HTTP_201_CREATED)
