from functools import partial
from typing import TYPE_CHECKING

from django.apps import AppConfig

if TYPE_CHECKING:
    from apps.notifications.models import Notification


def _group_text(kind: str, count: int, newest: "Notification") -> str:
    from apps.remix.errors import notice_group

    return notice_group(kind, count, newest.subject)


class RemixConfig(AppConfig):
    name = "apps.remix"
    label = "remix"
    verbose_name = "Remixes"

    def ready(self) -> None:
        from apps.remix import checks, erasure, export  # noqa: F401  (checks registers itself)

        erasure.register()
        export.register()
        from apps.comments.handlers import comment_image_source_register
        from apps.core.media import MediaRule, media_rule_register
        from apps.moderation.handlers import handler_register
        from apps.notifications.grouping import group_text_register
        from apps.privacy.remixes import published_remixes_register
        from apps.privacy.signals import video_privacy_changed
        from apps.provenance.selectors import source_visibility_register
        from apps.remix import receivers, selectors
        from apps.remix.errors import GROUPED_NOTICE_KINDS
        from apps.remix.handlers import RemixModeration, comment_image_source
        from apps.remix.models import CONTENT_TYPE
        from apps.remix.selectors import remix_frame_readable, remix_output_readable
        from apps.remix.services.revoking import RemixPublications
        from apps.videos.signals import video_deleted

        for kind in GROUPED_NOTICE_KINDS:
            group_text_register(kind, partial(_group_text, kind))
        handler_register(CONTENT_TYPE, RemixModeration())
        comment_image_source_register(comment_image_source)
        published_remixes_register(RemixPublications())
        source_visibility_register(selectors.video_visible_to_anyone)
        video_privacy_changed.connect(receivers.video_privacy_changed, dispatch_uid="remix-consent")
        video_deleted.connect(receivers.video_deleted, dispatch_uid="remix-video-deleted")
        media_rule_register("remixes", MediaRule(may_read=remix_output_readable))
        media_rule_register("remix-clips", MediaRule(may_read=remix_output_readable))
        media_rule_register("remix-frames", MediaRule(may_read=remix_frame_readable))
