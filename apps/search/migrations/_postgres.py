"""What this app's migrations share (the loader skips modules starting with "_")."""

from django.db import migrations


class PostgresSQL(migrations.RunSQL):
    """Raw SQL that runs only on PostgreSQL: SQLite's search needs none of it."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)
