from django.contrib.auth.views import LogoutView
from django.urls import path, re_path

from apps.accounts import views

app_name = "accounts"

HANDLE = r"(?P<handle>[A-Za-z0-9_.]+)"

urlpatterns = [
    path("signup", views.sign_up, name="sign_up"),
    path("login", views.LogInView.as_view(), name="login"),
    path("logout", LogoutView.as_view(), name="logout"),
    path("settings/profile", views.profile_edit, name="profile_edit"),
    re_path(rf"^@{HANDLE}$", views.profile, name="profile"),
    re_path(rf"^@{HANDLE}/follow$", views.follow, name="follow"),
    re_path(rf"^@{HANDLE}/block$", views.block, name="block"),
]
