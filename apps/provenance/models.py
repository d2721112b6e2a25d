from django.db import models

from apps.core.models import TimeStampedModel


def phash_signed(value: int) -> int:
    """A 64-bit hash as PostgreSQL's signed bigint holds it."""
    return value - 2**64 if value >= 2**63 else value


def phash_unsigned(value: int) -> int:
    return value + 2**64 if value < 0 else value


class StoredManifest(TimeStampedModel):
    """The Content Credentials Clipmix signed for one remix image, kept so that a copy that
    lost them (a screenshot, a re-save) can be shown them again: found by the remix id its
    watermark carries, or by its perceptual hash."""

    remix_id = models.PositiveBigIntegerField(unique=True)
    # The source video, to show its link and owner only while it is public; null once deleted.
    source_video = models.ForeignKey(
        "videos.Video", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    manifest_store = models.BinaryField()  # the signed C2PA manifest store, as embedded
    manifest = models.JSONField()  # the active manifest as a C2PA reader reported it
    watermark_scheme = models.CharField(max_length=32)
    phash = models.BigIntegerField(db_index=True)  # the whole image (signed 64-bit)
    phash_crops = models.JSONField(default=list)  # the whole image and its centre crops

    def __str__(self) -> str:
        return f"Credentials of remix {self.remix_id}"

    @property
    def phashes(self) -> list[int]:
        return [phash_unsigned(value) for value in self.phash_crops]
