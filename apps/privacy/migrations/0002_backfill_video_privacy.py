from django.conf import settings
from django.db import migrations


def backfill(apps, schema_editor):
    """Videos uploaded before privacy settings existed get the defaults they were shown with."""
    Video = apps.get_model("videos", "Video")
    VideoPrivacy = apps.get_model("privacy", "VideoPrivacy")
    missing = Video.objects.filter(privacy__isnull=True).values_list("pk", flat=True)
    VideoPrivacy.objects.bulk_create(
        VideoPrivacy(
            video_id=pk,
            visibility="public",
            comment_audience="everyone",
            remix_audience=settings.CLIPMIX_REMIX_DEFAULT_AUDIENCE,
            remix_requires_approval=False,
        )
        for pk in missing.iterator()
    )


class Migration(migrations.Migration):
    dependencies = [
        ("privacy", "0001_initial"),
        ("videos", "0001_initial"),
    ]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
