from typing import Any

from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_serializer
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.http import request_user
from apps.core.api.drf import StrictBooleanField, StrictCharField
from apps.privacy import selectors, services
from apps.privacy.models import (
    CommentAudience,
    RemixAudience,
    RemixesOfRemixes,
    RemixKind,
    Visibility,
)
from apps.videos.models import Video


@extend_schema_serializer(component_name="PrivacySettings")
class PrivacyOutputSerializer(serializers.Serializer):
    visibility = serializers.ChoiceField(choices=Visibility.choices)
    comment_audience = serializers.ChoiceField(choices=CommentAudience.choices)
    remix_audience = serializers.ChoiceField(choices=RemixAudience.choices)
    remix_requires_approval = serializers.BooleanField()
    remix_kinds = serializers.ListField(
        child=serializers.ChoiceField(choices=RemixKind.choices),
        help_text="The kinds of remix allowed.",
    )
    summary = serializers.SerializerMethodField()

    def get_summary(self, settings: Any) -> list[str]:
        return selectors.privacy_summary(settings)


@extend_schema_field(
    serializers.ListField(child=serializers.ChoiceField(choices=RemixKind.choices))
)
class KindsField(serializers.JSONField):
    """A list of kinds; checked by the service (400 naming ``remix_kinds`` otherwise)."""


@extend_schema_serializer(component_name="PrivacySettingsUpdate")
class PrivacyInputSerializer(serializers.Serializer):
    """Any subset of the settings. Values are checked by the service, which lists the allowed
    ones when a value is not."""

    visibility = StrictCharField(required=False)
    comment_audience = StrictCharField(required=False)
    remix_audience = StrictCharField(required=False)
    remix_requires_approval = serializers.BooleanField(required=False)
    remix_kinds = KindsField(required=False)


@extend_schema_serializer(component_name="VideoPrivacySettingsUpdate")
class VideoPrivacyInputSerializer(PrivacyInputSerializer):
    remove_disallowed_remixes = StrictBooleanField(
        required=False,
        default=False,
        help_text="Also take down the published remixes the new settings no longer allow "
        "(restorable by you for a while); the answer's `removed` says how many.",
    )


@extend_schema_serializer(component_name="VideoPrivacySettings")
class VideoPrivacyOutputSerializer(PrivacyOutputSerializer):
    removed = serializers.IntegerField(
        help_text="Published remixes taken down by this request (0 unless asked)."
    )


def _owned_video(request: Request, video_id: int) -> Video:
    return selectors.video_get_for_owner(video_id=video_id, user=request_user(request))


class VideoPrivacyApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={200: PrivacyOutputSerializer})
    def get(self, request: Request, video_id: int) -> Response:
        video = _owned_video(request, video_id)
        return Response(PrivacyOutputSerializer(video.privacy).data)

    @extend_schema(
        request=VideoPrivacyInputSerializer, responses={200: VideoPrivacyOutputSerializer}
    )
    def patch(self, request: Request, video_id: int) -> Response:
        video = _owned_video(request, video_id)
        serializer = VideoPrivacyInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        change = services.video_privacy_change(video=video, **serializer.validated_data)
        data = PrivacyOutputSerializer(change.privacy).data
        return Response({**data, "removed": change.removed})


@extend_schema_serializer(component_name="AccountPrivacySettings")
class AccountPrivacyOutputSerializer(PrivacyOutputSerializer):
    remixes_of_remixes = serializers.ChoiceField(
        choices=RemixesOfRemixes.choices,
        help_text="Who may remix your remixes: `follow_defaults` (the audience, kinds and "
        "approval above; the original video's creator must allow it too) or `no_one`.",
    )


@extend_schema_serializer(component_name="AccountPrivacySettingsUpdate")
class AccountPrivacyInputSerializer(PrivacyInputSerializer):
    remixes_of_remixes = StrictCharField(required=False)


class AccountPrivacyApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={200: AccountPrivacyOutputSerializer})
    def get(self, request: Request) -> Response:
        defaults = selectors.account_privacy_get(user=request_user(request))
        return Response(AccountPrivacyOutputSerializer(defaults).data)

    @extend_schema(
        request=AccountPrivacyInputSerializer, responses={200: AccountPrivacyOutputSerializer}
    )
    def patch(self, request: Request) -> Response:
        serializer = AccountPrivacyInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        defaults = services.account_privacy_update(
            user=request_user(request), **serializer.validated_data
        )
        return Response(AccountPrivacyOutputSerializer(defaults).data)


class PrivacyApplyToAllApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema_serializer(component_name="PrivacyApplyToAll")
    class InputSerializer(serializers.Serializer):
        remove_disallowed_remixes = StrictBooleanField(required=False, default=False)
        keep_stricter = StrictBooleanField(
            required=False,
            default=False,
            help_text="Leave as they are the videos the defaults would loosen in any way.",
        )

    @extend_schema_serializer(component_name="PrivacyApplied")
    class OutputSerializer(serializers.Serializer):
        changed = serializers.IntegerField()
        removed = serializers.IntegerField()
        kept = serializers.IntegerField(help_text="Stricter videos left as they were.")

    @extend_schema(request=InputSerializer, responses={200: OutputSerializer})
    def post(self, request: Request) -> Response:
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        applied = services.privacy_apply_to_all(
            user=request_user(request), **serializer.validated_data
        )
        return Response(
            {"changed": applied.changed, "removed": applied.removed, "kept": applied.kept}
        )
