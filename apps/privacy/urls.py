from django.urls import path

from apps.privacy import views

app_name = "privacy"

urlpatterns = [
    path("v/<int:video_id>/privacy", views.video_privacy, name="video"),
    path("settings/privacy", views.account_privacy, name="account"),
    path("settings/privacy/apply-to-all", views.apply_to_all, name="apply_to_all"),
]
