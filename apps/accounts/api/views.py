from typing import Any

from django.contrib.auth import logout, update_session_auth_hash
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_serializer
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts import credentials, errors, selectors, services
from apps.accounts.api.serializers import AccountSummarySerializer
from apps.accounts.http import request_user, request_viewer
from apps.accounts.models import ApiToken, BrowserSession, RemixesInComments, User
from apps.core.api.drf import StrictBooleanField, StrictCharField
from apps.core.http import client_ip
from apps.core.ratelimit import rate_limit_hit
from apps.remix.services import revoking


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
    email_verified = serializers.BooleanField()
    remixes_in_comments = serializers.ChoiceField(
        choices=RemixesInComments.choices,
        help_text="Which AI remixes you see in comments, live updates and notifications.",
    )


class MessageSerializer(serializers.Serializer):
    message = serializers.CharField()


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


class TokenOutputSerializer(serializers.Serializer):
    """A token as its owner sees it in a list: never its key."""

    id = serializers.IntegerField()
    name = serializers.CharField()
    client = serializers.CharField()
    prefix = serializers.CharField()
    created_at = serializers.DateTimeField()
    last_used_at = serializers.DateTimeField(allow_null=True)
    expires_at = serializers.DateTimeField(allow_null=True)
    current = serializers.SerializerMethodField()

    def get_current(self, token: ApiToken) -> bool:
        """Whether this request came with this token."""
        auth = getattr(self.context.get("request"), "auth", None)
        return isinstance(auth, ApiToken) and auth.pk == token.pk


class AuthTokenApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list[type] = []

    @extend_schema_serializer(component_name="TokenInput")
    class InputSerializer(serializers.Serializer):
        username = StrictCharField(max_length=254)
        password = StrictCharField(max_length=128, trim_whitespace=False)
        name = StrictCharField(max_length=100, required=False, default="", allow_blank=True)
        expires_in_days = serializers.IntegerField(
            required=False, allow_null=True, default=None, min_value=1, max_value=3650
        )

    @extend_schema_serializer(component_name="Token")
    class OutputSerializer(TokenOutputSerializer):
        token = serializers.SerializerMethodField()

        def get_token(self, token: ApiToken) -> str:
            """The key: shown this once, never stored."""
            return str(self.context["key"])

    @extend_schema(request=InputSerializer, responses={200: OutputSerializer})
    def post(self, request: Request) -> Response:
        services.log_in_attempt_count(
            client=client_ip(request),
            username=request.data.get("username") if isinstance(request.data, dict) else "",
        )
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        token, key = services.auth_token_issue(
            **serializer.validated_data, client=request.headers.get("User-Agent", "")
        )
        output = self.OutputSerializer(token, context={"request": request, "key": key})
        return Response(output.data)


class AuthLogoutApi(APIView):
    """Revoke the token this request came with; with a session, end the session."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses={204: None})
    def post(self, request: Request) -> Response:
        if isinstance(request.auth, ApiToken):
            credentials.api_token_revoke(user=request_user(request), token_id=request.auth.pk)
        else:
            logout(request._request)
        return Response(status=status.HTTP_204_NO_CONTENT)


class AuthTokenListApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={200: TokenOutputSerializer(many=True)})
    def get(self, request: Request) -> Response:
        tokens = selectors.api_tokens_of(user=request_user(request))
        return Response(TokenOutputSerializer(tokens, many=True, context={"request": request}).data)


class AuthTokenDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses={204: None})
    def delete(self, request: Request, token_id: int) -> Response:
        credentials.api_token_revoke(user=request_user(request), token_id=token_id)
        return Response(status=status.HTTP_204_NO_CONTENT)


class SessionOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    client = serializers.CharField()
    ip_address = serializers.IPAddressField(allow_null=True)
    created_at = serializers.DateTimeField()
    last_seen_at = serializers.DateTimeField()
    current = serializers.SerializerMethodField()

    def get_current(self, session: BrowserSession) -> bool:
        """Whether this request came from this browser session."""
        request = self.context.get("request")
        key = getattr(getattr(request, "session", None), "session_key", None)
        return request is not None and request.auth is None and key == session.session_key


class AuthSessionListApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={200: SessionOutputSerializer(many=True)})
    def get(self, request: Request) -> Response:
        sessions = selectors.browser_sessions_of(user=request_user(request))
        data = SessionOutputSerializer(sessions, many=True, context={"request": request}).data
        return Response(data)


class AuthSessionDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses={204: None})
    def delete(self, request: Request, session_id: int) -> Response:
        credentials.browser_session_revoke(user=request_user(request), session_id=session_id)
        return Response(status=status.HTTP_204_NO_CONTENT)


class AccountPasswordApi(APIView):
    """Change the password; every other session and token ends (this one too, unless
    ``keep_current``)."""

    permission_classes = [IsAuthenticated]

    @extend_schema_serializer(component_name="PasswordChangeInput")
    class InputSerializer(serializers.Serializer):
        current_password = StrictCharField(max_length=128, trim_whitespace=False)
        new_password = StrictCharField(max_length=128, trim_whitespace=False)
        keep_current = serializers.BooleanField(required=False, default=True)

    @extend_schema(request=InputSerializer, responses={204: None})
    def post(self, request: Request) -> Response:
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        keep = serializer.validated_data["keep_current"]
        token = request.auth if isinstance(request.auth, ApiToken) else None
        old_key = None if token else request.session.session_key
        user = credentials.password_change(
            user=request_user(request),
            current_password=serializer.validated_data["current_password"],
            new_password=serializer.validated_data["new_password"],
            keep_token_id=token.pk if token and keep else None,
            keep_session_key=old_key if keep else None,
        )
        if token is None and keep:
            update_session_auth_hash(request._request, user)
            if old_key and request.session.session_key:
                credentials.browser_session_rekey(
                    old_key=old_key, new_key=request.session.session_key
                )
        elif token is None:
            logout(request._request)
        return Response(status=status.HTTP_204_NO_CONTENT)


class PasswordResetApi(APIView):
    """Mail a reset link to the accounts with this address. The same 202 whether or not one
    exists."""

    permission_classes = [AllowAny]
    authentication_classes: list[type] = []

    @extend_schema_serializer(component_name="PasswordResetInput")
    class InputSerializer(serializers.Serializer):
        email = StrictCharField(max_length=254)

    @extend_schema(request=InputSerializer, responses={202: MessageSerializer})
    def post(self, request: Request) -> Response:
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        credentials.password_reset_request(
            email=serializer.validated_data["email"], client=client_ip(request)
        )
        return Response({"message": errors.PASSWORD_RESET_SENT}, status=status.HTTP_202_ACCEPTED)


class AccountEmailVerificationApi(APIView):
    """Mail a new link that verifies the account's address."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses={202: MessageSerializer})
    def post(self, request: Request) -> Response:
        user = request_user(request)
        credentials.email_verification_send(user=user)
        message = errors.SIGN_UP_CHECK_MAIL.format(email=user.email)
        return Response({"message": message}, status=status.HTTP_202_ACCEPTED)


class AccountMeApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema_serializer(component_name="ProfileUpdateInput")
    class InputSerializer(serializers.Serializer):
        display_name = StrictCharField(max_length=50, required=False, allow_blank=True)
        bio = StrictCharField(max_length=300, required=False, allow_blank=True)
        remixes_in_comments = serializers.ChoiceField(
            choices=RemixesInComments.choices, required=False
        )

    @extend_schema(responses={200: MeOutputSerializer})
    def get(self, request: Request) -> Response:
        user = selectors.user_get_me(user=request_user(request))
        return Response(MeOutputSerializer(user, context={"request": request}).data)

    @extend_schema(request=InputSerializer, responses={200: MeOutputSerializer})
    def patch(self, request: Request) -> Response:
        serializer = self.InputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        changes = dict(serializer.validated_data)
        user = request_user(request)
        if "remixes_in_comments" in changes:
            services.remixes_in_comments_set(user=user, value=changes.pop("remixes_in_comments"))
        services.profile_update(user=user, **changes)
        return self.get(request)


class AccountDetailApi(APIView):
    @extend_schema(responses={200: AccountOutputSerializer})
    def get(self, request: Request, handle: str) -> Response:
        user = selectors.user_get_by_handle(handle=handle, viewer=request_viewer(request))
        return Response(AccountOutputSerializer(user, context={"request": request}).data)


class _RelationApi(APIView):
    """POST creates the relation to the account, DELETE removes it; both answer 204 (a block's
    POST answers with what it removed: ``AccountBlockApi``)."""

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
    """POST blocks the account (their remixes of your videos in progress stop) and, with
    ``remove_remixes``, takes down their published remixes of your videos through the one
    take-down service (restorable from the studio for a while, audited, their author told);
    DELETE unblocks (204)."""

    @extend_schema_serializer(component_name="BlockInput")
    class InputSerializer(serializers.Serializer):
        remove_remixes = StrictBooleanField(
            required=False,
            default=False,
            help_text="Also remove this person's published remixes of your videos.",
        )

    @extend_schema_serializer(component_name="Blocked")
    class OutputSerializer(serializers.Serializer):
        removed = serializers.IntegerField(
            help_text="Their published remixes of your videos taken down (0 unless asked)."
        )

    @extend_schema(request=InputSerializer, responses={200: OutputSerializer})
    def post(self, request: Request, handle: str) -> Response:
        other = selectors.user_get_by_handle(handle=handle)
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        removed = revoking.requester_block(
            creator=request_user(request),
            requester=other,
            also_remove=serializer.validated_data["remove_remixes"],
        )
        return Response({"removed": removed})

    def _unrelate(self, request: Request, other: User) -> Any:
        return services.block_delete(blocker=request_user(request), blocked=other)
