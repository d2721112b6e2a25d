from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path

from apps.core import views as core_views
from apps.core.pagecache import ACCOUNTS_VERSION, page_cached_by_name
from apps.core.views import healthz
from apps.search.selectors.discover import DISCOVER_VERSION

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

# /discover from the page cache, anonymous visitors' and each logged-in viewer's own copy:
# what it shows of videos and people is drawn anew by the discover version (privacy, a
# removal, a withdrawn remix, a deactivation), the accounts version (names, avatars, a
# suspension) and, for a viewer, their own version (their follows, blocks either way, likes,
# notifications). Trending and counts catch up within the page's lifetime, as the sections'
# own cache does; so do a viewer's suggestions, which also follow the follows of the people
# they follow (not versioned): "who else you might like" can lag by CLIPMIX_PAGE_CACHE_SECONDS,
# never anything privacy hides (tests/search/test_discover_viewer_copy.py).
page_cached_by_name("search:discover", versions=lambda: [ACCOUNTS_VERSION, DISCOVER_VERSION])

# Every stored file goes through one access check, in every mode (apps.core.media); behind
# nginx the bytes come from an internal location (docs/operations.md).
urlpatterns += [
    re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", core_views.media, name="media"),
]

handler400 = "apps.core.views.bad_request"
handler403 = "apps.core.views.permission_denied"
handler404 = "apps.core.views.page_not_found"
handler500 = "apps.core.views.server_error"
