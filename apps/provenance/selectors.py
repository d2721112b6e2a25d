from django.http import Http404

from apps.provenance.fingerprint import MATCH_DISTANCE, phash_nearest
from apps.provenance.models import StoredManifest, phash_unsigned
from apps.videos.selectors import video_get_for_viewer


def stored_manifest_for_remix(*, remix_id: int) -> StoredManifest | None:
    return StoredManifest.objects.filter(remix_id=remix_id).first()


def stored_manifest_nearest(*, phash: int) -> tuple[StoredManifest, int] | None:
    """The stored remix whose image is nearest ``phash``, when within ``MATCH_DISTANCE``.

    Scans every stored hash (a few ms per 10,000 remixes); a multi-index hash table is the next
    step at millions."""
    best: tuple[int, int] | None = None
    for pk, hashes in StoredManifest.objects.values_list("pk", "phash_crops").iterator():
        distance = phash_nearest(phash, [phash_unsigned(value) for value in hashes])
        if distance <= MATCH_DISTANCE and (best is None or distance < best[1]):
            best = (pk, distance)
    if best is None:
        return None
    return StoredManifest.objects.get(pk=best[0]), best[1]


def source_is_public(stored: StoredManifest) -> bool:
    """Whether the remix's source video may still be shown to anyone: not deleted, public."""
    if stored.source_video_id is None:
        return False
    try:
        video_get_for_viewer(video_id=stored.source_video_id, viewer=None)
    except Http404:
        return False
    return True
