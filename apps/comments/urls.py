from django.urls import path

from apps.comments import views

app_name = "comments"

urlpatterns = [
    path("v/<int:video_id>/comments", views.comment_create, name="create"),
    path("comments/<int:comment_id>/delete", views.comment_delete, name="delete"),
    path("comments/<int:comment_id>/report", views.comment_report, name="report"),
]
