from django.urls import path

from apps.videos import views

app_name = "videos"

urlpatterns = [
    path("", views.feed, name="feed"),
    path("feed/more", views.feed_more, name="feed_more"),
    path("upload", views.upload, name="upload"),
    path("v/<int:video_id>", views.detail, name="detail"),
    path("v/<int:video_id>/like", views.like, name="like"),
    path("v/<int:video_id>/delete", views.delete, name="delete"),
    path("tags/<str:name>", views.hashtag, name="hashtag"),
]
