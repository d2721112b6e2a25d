from django.urls import path

from apps.provenance import views

app_name = "provenance"

urlpatterns = [
    path("credentials/", views.credentials, name="credentials"),
]
