from django.urls import path

from apps.accounts.api import views

urlpatterns = [
    path("accounts/", views.AccountSignUpApi.as_view(), name="account-sign-up"),
    path("accounts/me/", views.AccountMeApi.as_view(), name="account-me"),
    path("accounts/<str:handle>/", views.AccountDetailApi.as_view(), name="account-detail"),
    path("accounts/<str:handle>/follow/", views.AccountFollowApi.as_view(), name="account-follow"),
    path("accounts/<str:handle>/block/", views.AccountBlockApi.as_view(), name="account-block"),
    path("auth/token/", views.AuthTokenApi.as_view(), name="auth-token"),
]
