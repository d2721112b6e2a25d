from django.urls import path

from apps.comments.api import views

urlpatterns = [
    path(
        "videos/<int:video_id>/comments/", views.VideoCommentsApi.as_view(), name="video-comments"
    ),
    path("comments/<int:comment_id>/", views.CommentDetailApi.as_view(), name="comment-detail"),
    path(
        "comments/<int:comment_id>/report/", views.CommentReportApi.as_view(), name="comment-report"
    ),
]
