"""Seed the community guidelines, version 1 of apps/moderation/data/guidelines.json.

A later version of the data file ships with its own migration calling the same loader.
"""

from django.db import migrations

from apps.moderation.screening.seed import guidelines_seed


class Migration(migrations.Migration):
    dependencies = [("moderation", "0002_audit_log_append_only")]

    operations = [migrations.RunPython(guidelines_seed, migrations.RunPython.noop)]
