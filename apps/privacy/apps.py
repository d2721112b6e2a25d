from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "apps.privacy"
    label = "privacy"

    def ready(self) -> None:
        from apps.privacy import erasure, export

        erasure.register()
        export.register()
        from apps.core.media import MediaRule, media_rule_register
        from apps.privacy import receivers
        from apps.privacy.selectors import video_media_readable
        from apps.videos.signals import video_created

        video_created.connect(receivers.video_created, dispatch_uid="privacy-video-settings")
        from django.db.models.signals import post_delete, post_save

        from apps.privacy.models import VideoPrivacy

        saved = receivers.video_privacy_saved
        post_save.connect(saved, sender=VideoPrivacy, dispatch_uid="privacy-pages-save")
        post_delete.connect(saved, sender=VideoPrivacy, dispatch_uid="privacy-pages-delete")
        # A video's own files are read by whoever may view the video (privacy owns that rule).
        for folder in ("videos", "posters", "frames"):
            media_rule_register(folder, MediaRule(may_read=video_media_readable))
