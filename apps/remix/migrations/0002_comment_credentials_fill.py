"""Comments published before they carried their own credentials link get it from the remix that
made them (the comments app no longer looks remixes up)."""

from django.db import migrations


def credentials_fill(apps, schema_editor):
    RemixJob = apps.get_model("remix", "RemixJob")
    Comment = apps.get_model("comments", "Comment")
    published = RemixJob.objects.exclude(comment=None).values_list("pk", "comment_id")
    for remix_id, comment_id in published.iterator():
        # The path of `remix:credentials`, as it was when this migration was written.
        Comment.objects.filter(pk=comment_id, credentials_url="").update(
            credentials_url=f"/credentials/{remix_id}", image_label="AI remix"
        )


def credentials_clear(apps, schema_editor):
    RemixJob = apps.get_model("remix", "RemixJob")
    Comment = apps.get_model("comments", "Comment")
    comment_ids = RemixJob.objects.exclude(comment=None).values_list("comment_id", flat=True)
    Comment.objects.filter(pk__in=comment_ids).update(credentials_url="")


class Migration(migrations.Migration):
    dependencies = [
        ("remix", "0001_initial"),
        ("comments", "0002_image_label_and_credentials_url"),
    ]

    operations = [migrations.RunPython(credentials_fill, credentials_clear)]
