from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "apps.search"
    label = "search"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from apps.search import receivers
        from apps.search.backends import sqlite_functions_install

        connection_created.connect(sqlite_functions_install, dispatch_uid="search_sqlite_fold")
        receivers.discover_version_register()
