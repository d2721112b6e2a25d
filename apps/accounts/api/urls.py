from django.urls import path

from apps.accounts.api import views

urlpatterns = [
    path("accounts/", views.AccountSignUpApi.as_view(), name="account-sign-up"),
    path("accounts/me/", views.AccountMeApi.as_view(), name="account-me"),
    path("accounts/me/password/", views.AccountPasswordApi.as_view(), name="account-password"),
    path(
        "accounts/me/email-verification/",
        views.AccountEmailVerificationApi.as_view(),
        name="account-email-verification",
    ),
    path("accounts/<str:handle>/", views.AccountDetailApi.as_view(), name="account-detail"),
    path("accounts/<str:handle>/follow/", views.AccountFollowApi.as_view(), name="account-follow"),
    path("accounts/<str:handle>/block/", views.AccountBlockApi.as_view(), name="account-block"),
    path("auth/token/", views.AuthTokenApi.as_view(), name="auth-token"),
    path("auth/logout/", views.AuthLogoutApi.as_view(), name="auth-logout"),
    path("auth/tokens/", views.AuthTokenListApi.as_view(), name="auth-tokens"),
    path(
        "auth/tokens/<int:token_id>/", views.AuthTokenDetailApi.as_view(), name="auth-token-detail"
    ),
    path("auth/sessions/", views.AuthSessionListApi.as_view(), name="auth-sessions"),
    path(
        "auth/sessions/<int:session_id>/",
        views.AuthSessionDetailApi.as_view(),
        name="auth-session-detail",
    ),
    path("auth/password-reset/", views.PasswordResetApi.as_view(), name="auth-password-reset"),
]
