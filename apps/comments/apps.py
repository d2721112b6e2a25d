from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "apps.comments"
    label = "comments"

    def ready(self) -> None:
        from apps.comments import erasure, export

        erasure.register()
        export.register()
        from apps.comments.threads import receivers_connect

        receivers_connect()
        from apps.comments.handlers import CommentModeration
        from apps.comments.moderation import CONTENT_TYPE
        from apps.comments.selectors import comment_media_readable
        from apps.core.media import MediaRule, media_rule_register
        from apps.moderation.handlers import handler_register

        handler_register(CONTENT_TYPE, CommentModeration())
        media_rule_register("comments", MediaRule(may_read=comment_media_readable))
