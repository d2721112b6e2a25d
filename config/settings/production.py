"""``DJANGO_ENV=production``: every secret from the environment, none with a default; secure
cookies, HTTPS redirect, HSTS; ``manage.py check --deploy --fail-level WARNING`` passes."""

from config.settings.base import *  # noqa: F403
from config.settings.base import (
    BASE_DIR,
    CONTENT_SECURITY_POLICY,
    MEDIA_STORAGE,
    database_config,
    env,
)

IS_PRODUCTION = True
DEBUG = False
SECRET_KEY = env.str("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")
DATABASES = {"default": database_config(env.db("DATABASE_URL"))}
# Required here; base.py built the cache, channel layer and Celery broker from it.
REDIS_URL = env.str("REDIS_URL")
# Required: password resets and address checks are mailed (smtp+tls://user:pass@host:587).
globals().update({k: v for k, v in env.email_url("EMAIL_URL").items() if v is not None})

# collectstatic's target, served compressed with hashed names by WhiteNoise.
STATIC_ROOT = BASE_DIR / "staticfiles"
WHITENOISE_USE_FINDERS = False
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Content Credentials: a certificate from a real CA, named by the environment
# (docs/operations.md); empty means remixes cannot be signed.
CLIPMIX_C2PA_CERT_CHAIN = env.str("CLIPMIX_C2PA_CERT_CHAIN", default="")
CLIPMIX_C2PA_PRIVATE_KEY = env.str("CLIPMIX_C2PA_PRIVATE_KEY", default="")
CLIPMIX_C2PA_TRUST_ANCHORS = env.str("CLIPMIX_C2PA_TRUST_ANCHORS", default="")

# Only secure sockets.
CONTENT_SECURITY_POLICY["DIRECTIVES"]["connect-src"] = ["'self'", "wss:"]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
