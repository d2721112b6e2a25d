from django.contrib.auth.views import LogoutView
from django.urls import path, re_path

from apps.accounts import views, views_security

app_name = "accounts"

HANDLE = r"(?P<handle>[A-Za-z0-9_.]+)"

urlpatterns = [
    path("signup", views.sign_up, name="sign_up"),
    path("login", views.LogInView.as_view(), name="login"),
    path("logout", LogoutView.as_view(), name="logout"),
    path("settings/profile", views.profile_edit, name="profile_edit"),
    path("settings/remixes-in-comments", views.remixes_in_comments, name="remixes_in_comments"),
    path("settings/security", views_security.security, name="security"),
    path("settings/security/tokens", views_security.token_create, name="token_create"),
    path(
        "settings/security/tokens/<int:token_id>/revoke",
        views_security.token_revoke,
        name="token_revoke",
    ),
    path(
        "settings/security/sessions/<int:session_id>/revoke",
        views_security.session_revoke,
        name="session_revoke",
    ),
    path("settings/password", views_security.password_change, name="password_change"),
    path("settings/delete", views_security.account_delete, name="account_delete"),
    path("settings/export", views_security.data_export, name="data_export"),
    path(
        "settings/export/<int:export_id>/download",
        views_security.data_export_download,
        name="data_export_download",
    ),
    path(
        "settings/verify-email",
        views_security.email_verification_send,
        name="email_verification_send",
    ),
    path("password-reset", views_security.password_reset, name="password_reset"),
    path(
        "password-reset/<uidb64>/<token>",
        views_security.PasswordResetConfirm.as_view(),
        name="password_reset_confirm",
    ),
    path("verify-email/<uidb64>/<token>", views_security.email_verify, name="email_verify"),
    re_path(rf"^@{HANDLE}$", views.profile, name="profile"),
    re_path(rf"^@{HANDLE}/follow$", views.follow, name="follow"),
    re_path(rf"^@{HANDLE}/block$", views.block, name="block"),
]
