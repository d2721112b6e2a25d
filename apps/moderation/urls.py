from django.urls import path

from apps.moderation import views

app_name = "moderation"

urlpatterns = [
    path("settings/standing", views.standing, name="standing"),
    path("settings/standing/cases/<int:case_id>/appeal", views.case_appeal, name="case_appeal"),
    path(
        "settings/standing/strikes/<int:strike_id>/appeal",
        views.strike_appeal,
        name="strike_appeal",
    ),
]
