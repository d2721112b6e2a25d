from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from rest_framework import serializers

from apps.accounts.models import User


def absolute_media_url(field: object, context: Mapping[str, Any]) -> str | None:
    """The URL of a file field, absolute when the serializer has a request."""
    if not field:
        return None
    url: str = field.url  # type: ignore[attr-defined]
    request: HttpRequest | None = context.get("request")
    return request.build_absolute_uri(url) if request else url


class AccountSummarySerializer(serializers.Serializer):
    """An account as shown next to its videos and comments."""

    handle = serializers.CharField(source="username")
    display_name = serializers.CharField()
    avatar_url = serializers.SerializerMethodField()
    is_verified = serializers.BooleanField()

    def get_avatar_url(self, user: User) -> str | None:
        return absolute_media_url(user.avatar, self.context)
