from django.urls import path

from apps.search.api import views

urlpatterns = [
    path("search/", views.SearchApi.as_view(), name="search"),
]
