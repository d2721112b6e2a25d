from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from apps.notifications.models import Notification


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    """For looking into what someone was told; only services write notifications."""

    list_display = ["id", "recipient", "kind", "text", "created_at", "read_at"]
    list_filter = ["kind", "created_at", "read_at"]
    search_fields = ["recipient__username", "text"]
    list_select_related = ["recipient"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
