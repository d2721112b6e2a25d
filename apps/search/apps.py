from typing import Any

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "apps.search"
    label = "search"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_delete, post_save

        from apps.accounts.models import User
        from apps.comments.models import Comment
        from apps.privacy.models import VideoPrivacy
        from apps.privacy.signals import video_privacy_changed
        from apps.search import receivers
        from apps.search.backends import sqlite_functions_install
        from apps.videos.models import Video
        from apps.videos.signals import video_deleted

        connection_created.connect(sqlite_functions_install, dispatch_uid="search_sqlite_fold")
        # What may hide something the shared discover sections were computed from.
        stale_when: list[tuple[Any, Any, Any]] = [
            (post_save, VideoPrivacy, receivers.privacy_saved),
            (video_privacy_changed, None, receivers.changed),
            (post_save, Video, receivers.video_saved),
            (post_delete, Video, receivers.changed),
            (video_deleted, None, receivers.changed),
            (post_save, Comment, receivers.comment_saved),
            (post_delete, Comment, receivers.changed),
            (post_save, User, receivers.user_saved),
        ]
        for n, (signal, sender, receiver) in enumerate(stale_when):
            signal.connect(receiver, sender=sender, dispatch_uid=f"search-discover-{n}")
