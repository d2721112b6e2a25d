from django.urls import path

from apps.remix import views

app_name = "remix"

urlpatterns = [
    path("v/<int:video_id>/remix", views.composer, name="composer"),
    path("remixes", views.mine, name="mine"),
    path("remixes/<int:remix_id>/remix", views.composer_of_remix, name="composer_of_remix"),
    path("studio/remixes", views.studio, name="studio"),
    path("studio/remixes/<int:job_id>", views.studio_decide, name="studio_decide"),
    path("studio/remixes/<int:job_id>/as-remixer", views.remixer_decide, name="remixer_decide"),
    path("studio/remixes/<int:job_id>/block", views.studio_block, name="studio_block"),
    path("studio/remixes/<int:job_id>/remove", views.studio_remove, name="studio_remove"),
    path("credentials/<int:remix_id>", views.credentials, name="credentials"),
]
