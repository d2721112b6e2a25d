from django.conf import settings
from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import include, path, re_path
from django.views.static import serve

from apps.core.views import healthz
from apps.videos import views as video_views

admin.site.site_header = "Clipmix moderation"
admin.site.site_title = "Clipmix admin"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("config.api")),
    path("", include("apps.videos.urls")),
    path("", include("apps.comments.urls")),
    path("", include("apps.privacy.urls")),
    path("", include("apps.provenance.urls")),
    path("", include("apps.moderation.urls")),
    path("", include("apps.remix.urls")),
    path("", include("apps.notifications.urls")),
    path("", include("apps.search.urls")),
    path("", include("apps.accounts.urls")),
]


def _media(request: HttpRequest, path: str) -> HttpResponse:
    return serve(request, path, document_root=settings.MEDIA_ROOT)


# A video's files are only for those who may view it, in every mode.
_media_prefix = settings.MEDIA_URL.lstrip("/")
urlpatterns += [
    re_path(
        rf"^{_media_prefix}(?P<name>(?:videos|posters|frames)/[\w./-]+)$",
        video_views.protected_media,
        name="protected_media",
    ),
]

if not settings.IS_PRODUCTION:
    # Embedded mode has no proxy in front: Django serves uploads itself. In production the
    # proxy (or object storage) serves MEDIA_URL; see docs/operations.md.
    urlpatterns += [re_path(rf"^{_media_prefix}(?P<path>.*)$", _media)]

handler400 = "apps.core.views.bad_request"
handler403 = "apps.core.views.permission_denied"
handler404 = "apps.core.views.page_not_found"
handler500 = "apps.core.views.server_error"
