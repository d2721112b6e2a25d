"""The two APIs under /api/v1/: REST framework for the social resources, Ninja for remixes."""

from csp.decorators import csp_update
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from apps.accounts.api.ninja import ApiTokenAuth
from apps.core.api.ninja import ninja_api_create
from apps.core.views import page_not_found
from apps.moderation.api.ninja import router as moderation_router
from apps.provenance.api.ninja import router as provenance_router
from apps.remix.api.ninja import router as remix_router

remix_api = ninja_api_create(
    token_auth=ApiTokenAuth(),
    title="Clipmix remix API",
    version="1",
    description="Create, follow and cancel AI remixes; verify Content Credentials.",
    urls_namespace="remix_api",
    docs_url="/docs",
)
remix_api.add_router("", provenance_router)
remix_api.add_router("", moderation_router)
remix_api.add_router("", remix_router)

urlpatterns = [
    path("", include("apps.accounts.api.urls")),
    path("", include("apps.videos.api.urls")),
    path("", include("apps.comments.api.urls")),
    path("", include("apps.privacy.api.urls")),
    path("", include("apps.notifications.api.urls")),
    path("", include("apps.search.api.urls")),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # The split view loads its script from a URL, which the Content Security Policy allows;
    # only the page's small inline stylesheet needs an exception.
    path(
        "docs/",
        csp_update({"style-src": ["'unsafe-inline'"]})(
            SpectacularSwaggerSplitView.as_view(url_name="api-schema")
        ),
        name="api-docs",
    ),
    path("remix/", remix_api.urls),
    # Unknown API addresses answer JSON in the error shape, with DEBUG on too.
    re_path(r"", page_not_found),
]
