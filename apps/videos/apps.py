from django.apps import AppConfig


class VideosConfig(AppConfig):
    name = "apps.videos"
    label = "videos"

    def ready(self) -> None:
        from apps.videos import erasure, export

        erasure.register()
        export.register()
        from apps.videos.pages import receivers_connect

        receivers_connect()
