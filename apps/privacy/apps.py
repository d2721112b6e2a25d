from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "apps.privacy"
    label = "privacy"

    def ready(self) -> None:
        from apps.privacy import receivers
        from apps.videos.signals import video_created

        video_created.connect(receivers.video_created, dispatch_uid="privacy-video-settings")
