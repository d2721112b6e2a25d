from collections.abc import Callable

from apps.provenance.fingerprint import MATCH_DISTANCE, phash_nearest
from apps.provenance.models import StoredManifest, phash_unsigned

# Provenance sits below the apps that know videos and their privacy: the remix app registers
# the question "may anyone see this video now?" (``source_visibility_register``). Until it is
# answered, no source is shown (fail closed).
_source_visible: Callable[[int], bool] | None = None


def source_visibility_register(answer: Callable[[int], bool]) -> None:
    global _source_visible
    _source_visible = answer


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


def stored_manifest_nearest_other(*, phash: int, remix_id: int) -> int:
    """The perceptual-hash distance from ``phash`` to the nearest stored remix other than
    ``remix_id`` (64 when there is none)."""
    best = 64
    rows = StoredManifest.objects.exclude(remix_id=remix_id).values_list("phash_crops", flat=True)
    for hashes in rows.iterator():
        best = min(best, phash_nearest(phash, [phash_unsigned(value) for value in hashes]))
    return best


def source_is_public(stored: StoredManifest) -> bool:
    """Whether the remix's source video may still be shown to anyone: not deleted, public."""
    if stored.source_video_id is None or _source_visible is None:
        return False
    return _source_visible(stored.source_video_id)
