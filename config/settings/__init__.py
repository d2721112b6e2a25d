"""Clipmix settings, in the cookiecutter-django manner: ``base.py`` holds what every environment
shares, ``development.py`` and ``production.py`` what differs. ``DJANGO_ENV`` picks one
(``development`` unless set), so ``DJANGO_SETTINGS_MODULE`` stays ``config.settings``.

With no environment set, Clipmix runs embedded on a laptop: SQLite and media under ``var/``,
Celery in eager mode, an in-memory channel layer and a local-memory cache. DEBUG is off unless
``DJANGO_DEBUG=true``: whoever looks sees the product's own error pages, not Django's.
``DJANGO_ENV=production`` requires the database, Redis, the secret key and the allowed hosts
and turns on the secure defaults; nothing secret has a default there. Importing the settings
writes nothing: ``manage.py development_prepare`` (run by ``make run``) makes ``var/`` and the
development secret key.
"""

from environ import ImproperlyConfigured

from config.settings.base import env

DJANGO_ENV = env.str("DJANGO_ENV", default="development")

if DJANGO_ENV == "production":
    from config.settings.production import *  # noqa: F403
elif DJANGO_ENV == "development":
    from config.settings.development import *  # noqa: F403
else:
    raise ImproperlyConfigured(
        f"DJANGO_ENV must be 'development' or 'production', not {DJANGO_ENV!r}."
    )
