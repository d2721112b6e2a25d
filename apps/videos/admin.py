from django.contrib import admin

from apps.privacy.admin import VideoPrivacyInline
from apps.videos.models import Hashtag, Video, VideoFrame


class VideoFrameInline(admin.TabularInline):
    model = VideoFrame
    extra = 0
    fields = ["index", "at_seconds", "image"]
    readonly_fields = ["index", "at_seconds", "image"]
    can_delete = False


@admin.register(Video)
class VideoAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "owner",
        "caption",
        "status",
        "duration",
        "likes_count",
        "comments_count",
        "created_at",
    ]
    list_filter = ["status", "container", "codec", "created_at"]
    search_fields = ["caption", "owner__username"]
    list_select_related = ["owner"]
    raw_id_fields = ["owner"]
    readonly_fields = [
        "file", "poster", "container", "codec", "duration", "width", "height", "size_bytes",
        "likes_count", "comments_count", "rank", "processed_at", "created_at", "updated_at",
    ]  # fmt: skip
    exclude = ["hashtags"]
    inlines = [VideoPrivacyInline, VideoFrameInline]


@admin.register(Hashtag)
class HashtagAdmin(admin.ModelAdmin):
    search_fields = ["name"]
