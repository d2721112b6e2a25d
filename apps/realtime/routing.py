from django.urls import path

from apps.realtime.consumers import UserEventsConsumer, VideoEventsConsumer

websocket_urlpatterns = [
    path("ws/me/", UserEventsConsumer.as_asgi()),
    path("ws/videos/<int:video_id>/", VideoEventsConsumer.as_asgi()),
]
