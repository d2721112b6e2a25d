from PIL import Image

from apps.provenance.fingerprint import image_phashes
from apps.provenance.models import StoredManifest, phash_signed
from apps.provenance.watermark import SCHEME


def stored_manifest_save(
    *,
    remix_id: int,
    manifest_store: bytes,
    manifest: dict,
    image: Image.Image,
    source_video_id: int | None,
) -> StoredManifest:
    """Keep what was signed for ``remix_id``. Idempotent: a retried job replaces its row."""
    hashes = [phash_signed(value) for value in image_phashes(image)]
    stored, _ = StoredManifest.objects.update_or_create(
        remix_id=remix_id,
        defaults={
            "source_video_id": source_video_id,
            "manifest_store": manifest_store,
            "manifest": manifest,
            "watermark_scheme": SCHEME,
            "phash": hashes[0],
            "phash_crops": hashes,
        },
    )
    return stored
