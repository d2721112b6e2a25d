from django.contrib import admin
from django.db.models import Model
from django.http import HttpRequest

from apps.privacy.models import AccountPrivacy, VideoPrivacy
from apps.videos.admin import VideoAdmin


@admin.register(AccountPrivacy)
class AccountPrivacyAdmin(admin.ModelAdmin):
    list_display = [
        "user",
        "visibility",
        "comment_audience",
        "remix_audience",
        "remix_requires_approval",
    ]
    list_filter = ["visibility", "comment_audience", "remix_audience", "remix_requires_approval"]
    search_fields = ["user__username"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]


class VideoPrivacyInline(admin.StackedInline):
    """Shown read-only on a video: the creator decides these, not moderators."""

    model = VideoPrivacy
    can_delete = False
    fields = ["visibility", "comment_audience", "remix_audience", "remix_requires_approval"]
    readonly_fields = [
        "visibility",
        "comment_audience",
        "remix_audience",
        "remix_requires_approval",
    ]

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


# Privacy depends on videos, never the reverse: the video's page in the admin gets its settings
# from here, shown first.
VideoAdmin.inlines = [VideoPrivacyInline, *VideoAdmin.inlines]
