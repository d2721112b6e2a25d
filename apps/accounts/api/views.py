from typing import Any

from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_serializer
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts import selectors, services
from apps.accounts.api.serializers import AccountSummarySerializer
from apps.accounts.http import request_user, request_viewer
from apps.accounts.models import User
from apps.core.api.drf import StrictCharField
from apps.core.http import client_ip
from apps.core.ratelimit import rate_limit_hit


@extend_schema_field(
    {"type": "string", "pattern": r"^\d{4}-\d{2}$", "example": "2026-12", "description": "month"}
)
class JoinedMonthField(serializers.Field):
    """When an account joined, to the month (as its profile page says it): a timestamp to the
    microsecond would tell others when someone signed up, and link accounts made together."""

    def to_representation(self, value: Any) -> str:
        return str(value.strftime("%Y-%m"))


class AccountOutputSerializer(AccountSummarySerializer):
    bio = serializers.CharField()
    followers_count = serializers.IntegerField()
    following_count = serializers.IntegerField()
    is_following = serializers.SerializerMethodField()
    date_joined = JoinedMonthField(read_only=True)

    def get_is_following(self, user: User) -> bool | None:
        """Whether the requester follows this account; null when anonymous."""
        return getattr(user, "viewer_follows", None)


class MeOutputSerializer(AccountOutputSerializer):
    email = serializers.EmailField()


class AccountSignUpApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list[type] = []

    @extend_schema_serializer(component_name="SignUpInput")
    class InputSerializer(serializers.Serializer):
        username = StrictCharField(max_length=100)
        email = StrictCharField(max_length=254)
        password = StrictCharField(max_length=128, trim_whitespace=False)
        display_name = StrictCharField(max_length=50, required=False, default="")

    @extend_schema(request=InputSerializer, responses={201: MeOutputSerializer})
    def post(self, request: Request) -> Response:
        rate_limit_hit(scope="sign_up", key=client_ip(request))
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = services.user_sign_up(**serializer.validated_data)
        data = MeOutputSerializer(selectors.user_get_me(user=user), context={"request": request})
        return Response(data.data, status=status.HTTP_201_CREATED)


class AuthTokenApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list[type] = []

    @extend_schema_serializer(component_name="TokenInput")
    class InputSerializer(serializers.Serializer):
        username = StrictCharField(max_length=254)
        password = StrictCharField(max_length=128, trim_whitespace=False)

    @extend_schema_serializer(component_name="Token")
    class OutputSerializer(serializers.Serializer):
        token = serializers.CharField()

    @extend_schema(request=InputSerializer, responses={200: OutputSerializer})
    def post(self, request: Request) -> Response:
        services.log_in_attempt_count(
            client=client_ip(request),
            username=request.data.get("username") if isinstance(request.data, dict) else "",
        )
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        token = services.auth_token_issue(**serializer.validated_data)
        return Response({"token": token.key})


class AccountMeApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema_serializer(component_name="ProfileUpdateInput")
    class InputSerializer(serializers.Serializer):
        display_name = StrictCharField(max_length=50, required=False, allow_blank=True)
        bio = StrictCharField(max_length=300, required=False, allow_blank=True)

    @extend_schema(responses={200: MeOutputSerializer})
    def get(self, request: Request) -> Response:
        user = selectors.user_get_me(user=request_user(request))
        return Response(MeOutputSerializer(user, context={"request": request}).data)

    @extend_schema(request=InputSerializer, responses={200: MeOutputSerializer})
    def patch(self, request: Request) -> Response:
        serializer = self.InputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        services.profile_update(user=request_user(request), **serializer.validated_data)
        return self.get(request)


class AccountDetailApi(APIView):
    @extend_schema(responses={200: AccountOutputSerializer})
    def get(self, request: Request, handle: str) -> Response:
        user = selectors.user_get_by_handle(handle=handle, viewer=request_viewer(request))
        return Response(AccountOutputSerializer(user, context={"request": request}).data)


class _RelationApi(APIView):
    """POST creates the relation to the account, DELETE removes it; both answer 204."""

    permission_classes = [IsAuthenticated]

    def _relate(self, request: Request, other: User) -> Any:
        raise NotImplementedError

    def _unrelate(self, request: Request, other: User) -> Any:
        raise NotImplementedError

    @extend_schema(request=None, responses={204: None})
    def post(self, request: Request, handle: str) -> Response:
        self._relate(request, selectors.user_get_by_handle(handle=handle))
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(request=None, responses={204: None})
    def delete(self, request: Request, handle: str) -> Response:
        self._unrelate(request, selectors.user_get_by_handle(handle=handle))
        return Response(status=status.HTTP_204_NO_CONTENT)


class AccountFollowApi(_RelationApi):
    def _relate(self, request: Request, other: User) -> Any:
        return services.follow_create(follower=request_user(request), followee=other)

    def _unrelate(self, request: Request, other: User) -> Any:
        return services.follow_delete(follower=request_user(request), followee=other)


class AccountBlockApi(_RelationApi):
    def _relate(self, request: Request, other: User) -> Any:
        return services.block_create(blocker=request_user(request), blocked=other)

    def _unrelate(self, request: Request, other: User) -> Any:
        return services.block_delete(blocker=request_user(request), blocked=other)
