from django.apps import AppConfig


class VideosConfig(AppConfig):
    name = "apps.videos"
    label = "videos"

    def ready(self) -> None:
        from apps.videos import checks, erasure, export  # noqa: F401  (checks registers itself)

        erasure.register()
        export.register()
        from apps.videos.pages import receivers_connect

        receivers_connect()
