from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_serializer
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.api.serializers import AccountSummarySerializer
from apps.accounts.http import request_user
from apps.notifications import selectors, services

MARK_READ_MAX_IDS = 500


class NotificationOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    text = serializers.CharField()
    url = serializers.CharField()
    image_url = serializers.CharField(help_text="A picture of what it is about, or empty.")
    group_key = serializers.CharField(
        help_text="Notifications of one kind with the same key are about one thing (a video)."
    )
    actor = AccountSummarySerializer(allow_null=True)
    read_at = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()


class NotificationListApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema_serializer(component_name="NotificationPage")
    class OutputSerializer(serializers.Serializer):
        results = NotificationOutputSerializer(many=True)
        next_before = serializers.IntegerField(allow_null=True)
        unread = serializers.IntegerField()

    class FilterSerializer(serializers.Serializer):
        before = serializers.IntegerField(required=False)

    @extend_schema(
        parameters=[
            OpenApiParameter("before", int, description="next_before of the previous page")
        ],
        responses={200: OutputSerializer},
    )
    def get(self, request: Request) -> Response:
        user = request_user(request)
        filters = self.FilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        page = selectors.notifications_for_user(
            user=user, before_id=filters.validated_data.get("before")
        )
        context = {"request": request}
        data = NotificationOutputSerializer(page.notifications, many=True, context=context).data
        return Response(
            {
                "results": data,
                "next_before": page.next_before,
                "unread": selectors.unread_count(user=user),
            }
        )


class NotificationsReadApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema_serializer(component_name="NotificationsReadInput")
    class InputSerializer(serializers.Serializer):
        ids = serializers.ListField(
            child=serializers.IntegerField(min_value=1),
            required=False,
            max_length=MARK_READ_MAX_IDS,
            help_text="Mark these read; without it, all of them.",
        )

    @extend_schema_serializer(component_name="NotificationsReadOutput")
    class OutputSerializer(serializers.Serializer):
        unread = serializers.IntegerField()

    @extend_schema(request=InputSerializer, responses={200: OutputSerializer})
    def post(self, request: Request) -> Response:
        user = request_user(request)
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.notifications_mark_read(recipient=user, ids=serializer.validated_data.get("ids"))
        return Response({"unread": selectors.unread_count(user=user)})
