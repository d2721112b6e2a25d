from django.contrib import admin

from apps.comments.models import Comment, CommentReport


class CommentReportInline(admin.TabularInline):
    model = CommentReport
    extra = 0
    fields = ["reporter", "reason", "text", "created_at", "resolved_at"]
    readonly_fields = ["reporter", "reason", "text", "created_at"]


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["id", "author", "video", "body", "status", "created_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["body", "author__username"]
    list_select_related = ["author", "video"]
    raw_id_fields = ["author", "video", "parent"]
    # Status changes go through moderation cases, which keep counters, live updates and the
    # audit log true.
    readonly_fields = ["status"]
    inlines = [CommentReportInline]


@admin.register(CommentReport)
class CommentReportAdmin(admin.ModelAdmin):
    list_display = ["comment", "reporter", "reason", "created_at", "resolved_at"]
    list_filter = ["reason", "resolved_at"]
    search_fields = ["comment__body", "reporter__username", "text"]
    list_select_related = ["comment", "reporter"]
    raw_id_fields = ["comment", "reporter"]
