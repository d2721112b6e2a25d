"""Voice remixes: who allowed face edits allows voice effects too.

A voice effect changes how a person sounds, as a face effect changes how they look, so it is
off for new accounts (``CLIPMIX_REMIX_DEFAULT_KINDS``). Existing videos and account defaults
that allow face edits have chosen to let their likeness be changed: they get ``voice`` as well;
those that do not allow face edits do not get it. Reversing takes ``voice`` out again.
"""

from django.db import migrations

ORDER = ["restyle", "background", "face", "caption_only", "voice"]


def _ordered(kinds):
    return [kind for kind in ORDER if kind in set(kinds)]


def voice_where_face(registry, schema_editor):
    for name in ("AccountPrivacy", "VideoPrivacy"):
        model = registry.get_model("privacy", name)
        changed = []
        for row in model.objects.only("pk", "remix_kinds").iterator(chunk_size=500):
            kinds = list(row.remix_kinds or [])
            if "face" in kinds and "voice" not in kinds:
                row.remix_kinds = _ordered([*kinds, "voice"])
                changed.append(row)
        model.objects.bulk_update(changed, ["remix_kinds"], batch_size=500)


def voice_removed(registry, schema_editor):
    for name in ("AccountPrivacy", "VideoPrivacy"):
        model = registry.get_model("privacy", name)
        changed = []
        for row in model.objects.only("pk", "remix_kinds").iterator(chunk_size=500):
            if "voice" in (row.remix_kinds or []):
                row.remix_kinds = [kind for kind in row.remix_kinds if kind != "voice"]
                changed.append(row)
        model.objects.bulk_update(changed, ["remix_kinds"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("privacy", "0003_remix_kinds_keep_every_kind_for_existing")]

    operations = [migrations.RunPython(voice_where_face, voice_removed)]
