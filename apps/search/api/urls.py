from django.urls import path

from apps.search.api import views

urlpatterns = [
    path("search/", views.SearchApi.as_view(), name="search"),
    path("discover/", views.DiscoverApi.as_view(), name="discover"),
]
