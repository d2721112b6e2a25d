from django.urls import path

from apps.notifications import views

app_name = "notifications"

urlpatterns = [
    path("notifications", views.notification_list, name="list"),
    path("notifications/read", views.notifications_read, name="read"),
]
