"""The two APIs under /api/v1/: REST framework for the social resources, Ninja for remixes."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from apps.core.api.ninja import ninja_api_create
from apps.core.views import page_not_found
from apps.provenance.api.ninja import router as provenance_router

remix_api = ninja_api_create(
    title="Clipmix remix API",
    version="1",
    description="Create, follow and cancel AI remixes; verify Content Credentials.",
    urls_namespace="remix_api",
    docs_url="/docs",
)
remix_api.add_router("", provenance_router)

urlpatterns = [
    path("", include("apps.accounts.api.urls")),
    path("", include("apps.videos.api.urls")),
    path("", include("apps.comments.api.urls")),
    path("", include("apps.privacy.api.urls")),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("remix/", remix_api.urls),
    # Unknown API addresses answer JSON in the error shape, with DEBUG on too.
    re_path(r"", page_not_found),
]
