"""Remix kinds: what existed before keeps every kind it allowed.

Before this, a video allowed every kind of remix its audience could ask for. Existing videos and
account defaults get every kind (``remix_kinds`` filled for each row); accounts that never saved
their defaults get a row that says what they were getting (the site's audience at this moment
and every kind), so that the new site default for face edits (off) applies only to accounts
made from now on.
"""

from django.conf import settings
from django.db import migrations, models

import apps.privacy.models

EVERY_KIND = ["restyle", "background", "face", "caption_only"]


def defaults_for_existing_accounts(registry, schema_editor):
    User = registry.get_model(*settings.AUTH_USER_MODEL.split("."))
    AccountPrivacy = registry.get_model("privacy", "AccountPrivacy")
    without = User.objects.filter(privacy_defaults__isnull=True).values_list("pk", flat=True)
    AccountPrivacy.objects.bulk_create(
        (
            AccountPrivacy(
                user_id=pk,
                visibility="public",
                comment_audience="everyone",
                remix_audience=settings.CLIPMIX_REMIX_DEFAULT_AUDIENCE,
                remix_requires_approval=False,
                remix_kinds=EVERY_KIND,
            )
            for pk in without.iterator()
        ),
        batch_size=500,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("privacy", "0002_backfill_video_privacy"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # Every existing row gets every kind (the one-off default), then new rows the site's.
        migrations.AddField(
            model_name="accountprivacy",
            name="remix_kinds",
            field=models.JSONField(blank=True, default=EVERY_KIND),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="videoprivacy",
            name="remix_kinds",
            field=models.JSONField(blank=True, default=EVERY_KIND),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="accountprivacy",
            name="remix_kinds",
            field=models.JSONField(
                blank=True,
                default=apps.privacy.models.default_remix_kinds,
                help_text="The kinds of remix allowed (RemixKind values, in their order).",
            ),
        ),
        migrations.AlterField(
            model_name="videoprivacy",
            name="remix_kinds",
            field=models.JSONField(
                blank=True,
                default=apps.privacy.models.default_remix_kinds,
                help_text="The kinds of remix allowed (RemixKind values, in their order).",
            ),
        ),
        migrations.RunPython(defaults_for_existing_accounts, migrations.RunPython.noop),
    ]
