from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from apps.videos import services
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
        "id", "owner", "caption", "status", "duration", "likes_count", "comments_count",
        "created_at",
    ]  # fmt: skip
    list_filter = ["status", "container", "codec", "created_at"]
    search_fields = ["caption", "owner__username"]
    list_select_related = ["owner"]
    # What a video is and says belongs to its creator; moderators see it, and may delete it.
    readonly_fields = [
        "owner", "caption", "status", "failure_reason", "file", "poster", "container", "codec",
        "duration", "width", "height", "size_bytes", "likes_count", "comments_count", "rank",
        "processed_at", "created_at", "updated_at",
    ]  # fmt: skip
    exclude = ["hashtags"]
    inlines = [VideoFrameInline]  # the privacy app adds its settings (privacy/admin.py)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # videos are uploaded by their creators

    def delete_model(self, request: HttpRequest, obj: Video) -> None:
        services.video_delete(video=obj)  # removes the files too

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Video]) -> None:
        for video in queryset:
            services.video_delete(video=video)


@admin.register(Hashtag)
class HashtagAdmin(admin.ModelAdmin):
    search_fields = ["name"]
