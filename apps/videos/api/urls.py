from django.urls import path

from apps.videos.api import views

urlpatterns = [
    path("videos/", views.VideoUploadApi.as_view(), name="video-upload"),
    path("videos/<int:video_id>/", views.VideoDetailApi.as_view(), name="video-detail"),
    path("videos/<int:video_id>/like/", views.VideoLikeApi.as_view(), name="video-like"),
    path("feed/", views.FeedApi.as_view(), name="feed"),
]
