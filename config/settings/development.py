"""Embedded mode, the default: a laptop with nothing installed but the requirements."""

import os
import secrets

from config.settings.base import *  # noqa: F403
from config.settings.base import (
    MEDIA_STORAGE,
    REST_FRAMEWORK,
    VAR_DIR,
    database_config,
    env,
)

IS_PRODUCTION = False
# Off unless DJANGO_DEBUG=true: whoever looks sees the product's own error pages, not Django's.
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])


def _development_secret_key() -> str:
    """The key `manage.py development_prepare` (run by `make run`) keeps in var/secret_key.

    Before that command has run (a fresh clone's `make test` or CI), a random key for this
    process, put in the environment so that the processes it starts (a test server, workers,
    runserver's reloaded child) share it; nothing is written."""
    path = VAR_DIR / "secret_key"
    if path.is_file():
        return path.read_text().strip()
    return os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))


SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="") or _development_secret_key()

# Mail (password resets, address checks) is printed by the server unless EMAIL_URL names a
# server, e.g. smtp+tls://user:password@smtp.example.com:587.
globals().update(
    {k: v for k, v in env.email_url("EMAIL_URL", default="consolemail://").items() if v is not None}
)

DATABASES = {
    "default": database_config(
        env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
    )
}

# collectstatic's target; WhiteNoise serves straight from the finders here.
STATIC_ROOT = VAR_DIR / "static"
WHITENOISE_USE_FINDERS = True
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

REST_FRAMEWORK["DEFAULT_RENDERER_CLASSES"] = [
    *REST_FRAMEWORK["DEFAULT_RENDERER_CLASSES"],
    "rest_framework.renderers.BrowsableAPIRenderer",
]

# Content Credentials: the development chain `manage.py provenance_keys` makes (its root is
# trusted only here).
CLIPMIX_C2PA_CERT_CHAIN = env.str(
    "CLIPMIX_C2PA_CERT_CHAIN", default=str(VAR_DIR / "keys" / "chain.pem")
)
CLIPMIX_C2PA_PRIVATE_KEY = env.str(
    "CLIPMIX_C2PA_PRIVATE_KEY", default=str(VAR_DIR / "keys" / "signer.key")
)
CLIPMIX_C2PA_TRUST_ANCHORS = env.str(
    "CLIPMIX_C2PA_TRUST_ANCHORS", default=str(VAR_DIR / "keys" / "root.pem")
)
CLIPMIX_WATERMARK_KEY_FILE = str(VAR_DIR / "keys" / "watermark.key")
