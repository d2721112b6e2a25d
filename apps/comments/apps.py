from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "apps.comments"
    label = "comments"

    def ready(self) -> None:
        from apps.comments.handlers import CommentModeration
        from apps.comments.moderation import CONTENT_TYPE
        from apps.moderation.handlers import handler_register

        handler_register(CONTENT_TYPE, CommentModeration())
