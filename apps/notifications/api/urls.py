from django.urls import path

from apps.notifications.api import views

urlpatterns = [
    path("notifications/", views.NotificationListApi.as_view(), name="notification-list"),
    path("notifications/read/", views.NotificationsReadApi.as_view(), name="notifications-read"),
]
