from django.apps import AppConfig


class VideosConfig(AppConfig):
    name = "apps.videos"
    label = "videos"

    def ready(self) -> None:
        from apps.core.media import MediaRule, media_rule_register
        from apps.videos.selectors import video_media_readable

        for folder in ("videos", "posters", "frames"):
            media_rule_register(folder, MediaRule(may_read=video_media_readable))
