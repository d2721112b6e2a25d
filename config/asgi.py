"""One ASGI application for HTTP and websockets.

Request bodies are bounded before Django reads them (uploads of videos get the video limit).

Behind a reverse proxy (``CLIPMIX_TRUSTED_PROXIES``), the client's address and scheme come
from the proxy's ``X-Forwarded-*`` headers, whichever ASGI server runs the app.

Websockets get the Django session (``AuthMiddlewareStack``) and are refused unless their
``Origin`` is one of ``ALLOWED_HOSTS``, so another site cannot open a socket with a visitor's
cookies.
"""

import os
from typing import Any

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

# Django must be set up before the consumers (and the models they import) are imported.
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402
from django.conf import settings  # noqa: E402

from apps.core.asgi import (  # noqa: E402
    BodySizeLimitMiddleware,
    ConcurrencyLimitMiddleware,
    ProxyHeadersMiddleware,
)
from apps.core.pagecache import PageCacheAsgi  # noqa: E402
from apps.moderation.screening.warm import WarmUpOnFirstRequest  # noqa: E402
from apps.realtime.routing import websocket_urlpatterns  # noqa: E402
from apps.videos.uploads import MULTIPART_OVERHEAD  # noqa: E402

_video_upload_limit = settings.CLIPMIX_VIDEO_MAX_BYTES + MULTIPART_OVERHEAD

application: Any = ProtocolTypeRouter(
    {
        # Cached pages (anonymous visitors', and logged-in viewers' own kept copies) are
        # answered before Django (apps/core/pagecache.py).
        # Then at most CLIPMIX_HTTP_CONCURRENCY requests at once inside Django (its threads).
        "http": PageCacheAsgi(
            ConcurrencyLimitMiddleware(
                BodySizeLimitMiddleware(
                    django_asgi_app,
                    default=settings.CLIPMIX_REQUEST_MAX_BYTES,
                    limits={
                        "/upload": _video_upload_limit,
                        "/api/v1/videos/": _video_upload_limit,
                    },
                ),
                limit=settings.CLIPMIX_HTTP_CONCURRENCY,
            )
        ),
        "websocket": AllowedHostsOriginValidator(
            AuthMiddlewareStack(URLRouter(websocket_urlpatterns))
        ),
    }
)
if settings.CLIPMIX_TRUSTED_PROXIES:  # behind nginx: the client's address, not the proxy's
    application = ProxyHeadersMiddleware(application, trusted=settings.CLIPMIX_TRUSTED_PROXIES)
application = WarmUpOnFirstRequest(application)
