from django.urls import path

from apps.privacy.api import views

urlpatterns = [
    path("videos/<int:video_id>/privacy/", views.VideoPrivacyApi.as_view(), name="video-privacy"),
    path("me/privacy/", views.AccountPrivacyApi.as_view(), name="account-privacy"),
    path(
        "me/privacy/apply-to-all/",
        views.PrivacyApplyToAllApi.as_view(),
        name="account-privacy-apply-to-all",
    ),
]
