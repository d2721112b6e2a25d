"""Checking any image: its Content Credentials and its watermark, and, for a copy that lost
its credentials, the ones Clipmix stored when it signed the remix.

Reading is offline: no remote manifest fetch and no OCSP. The configured trust anchors decide
"trusted"; without them a valid Clipmix signature is "valid" but "untrusted".

Where the answer comes from (``recovered_from``): the image's own valid manifest; else the stored
credentials of the remix its watermark names, when the image also resembles that remix (its
perceptual hash within ``MATCH_DISTANCE``: a mark alone never names a remix); else, when no mark
is found at all, the stored remix whose perceptual hash is within ``MATCH_DISTANCE``.

Which marks are believed is a question of who can make them (``mark_names_remix``): our keyed
mark only the key's holder; the earlier ``dwtDctSvd`` mark anyone, with the public library.
"""

import io
import json
import logging
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal

import av
import c2pa
from django.conf import settings
from django.utils import formats
from PIL import Image

from apps.core.errors import ApplicationError
from apps.core.images import image_check_reduced, image_decode, image_open_validated
from apps.core.isomedia import iso_layout
from apps.provenance.fingerprint import MATCH_DISTANCE, image_phash, phash_nearest
from apps.provenance.keys import trust_anchors_pem
from apps.provenance.models import StoredManifest
from apps.provenance.selectors import (
    source_is_public,
    stored_manifest_for_remix,
    stored_manifest_nearest,
    stored_manifest_nearest_other,
)
from apps.provenance.vocabulary import GENERATED
from apps.provenance.watermark import SCHEME, WatermarkReading, watermark_read
from apps.provenance.watermark_legacy import METHOD as LEGACY_SCHEME

RECOVERED_FROM_WATERMARK = (
    "This image matches a remix made on Clipmix on {date}; its credentials were recovered from "
    "the invisible watermark."
)
RECOVERED_FROM_FINGERPRINT = (
    "This image matches a remix made on Clipmix on {date}; its credentials were recovered by "
    "matching its appearance (perceptual hash, {distance} of 64 bits apart, at most "
    "{threshold} count as a match)."
)
MARK_MATCHES_NOTHING = "A watermark was found, but it does not match any remix made on Clipmix."
SOURCE_HIDDEN = (
    "Made from a Clipmix video that is private or deleted: its link and owner are not shown."
)

logger = logging.getLogger(__name__)

VIDEO_INVALID = "This MP4 could not be read: it is damaged, or not a video."
VIDEO_TOO_LARGE = "Choose a clip of at most {limit} MB."
VIDEO_NO_PICTURE = "This MP4 has no picture to check."
VIDEO_EXTRA_DATA = "This MP4 carries other data after the video, so it is not checked."

MIME_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif"}
TRAINING_USES = {
    "cawg.ai_training": "AI training",
    "cawg.ai_generative_training": "generative AI training",
    "cawg.ai_inference": "AI inference",
    "cawg.data_mining": "data mining",
}


@dataclass(frozen=True)
class CredentialsReport:
    present: bool
    valid: bool = False
    trusted: bool = False
    ai_generated: bool = False
    validation_codes: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Recovery:
    """Stored credentials shown for a copy that lost its own."""

    remix_id: int
    created_at: datetime
    message: str
    ai_generated: bool
    summary: list[str]


@dataclass(frozen=True)
class VerificationReport:
    c2pa: CredentialsReport
    watermark: WatermarkReading
    # The remix the mark names, only when the image also resembles it.
    watermark_match: int | None = None
    recovered_from: Literal["manifest", "watermark", "fingerprint"] | None = None
    recovery: Recovery | None = None

    @property
    def watermark_message(self) -> str:
        if not self.watermark.present:
            return ""
        if self.watermark_match is None:
            return MARK_MATCHES_NOTHING
        return f"A Clipmix watermark is present: this image is remix #{self.watermark_match}."

    def as_dict(self) -> dict[str, Any]:
        recovery = self.recovery
        return {
            "c2pa": {
                "present": self.c2pa.present,
                "valid": self.c2pa.valid,
                "trusted": self.c2pa.trusted,
                "ai_generated": self.c2pa.ai_generated,
                "validation_codes": self.c2pa.validation_codes,
                "summary": self.c2pa.summary,
            },
            "watermark": {
                "present": self.watermark.present,
                "remix_id": self.watermark_match,
                "matches_remix": self.watermark_match is not None,
                "message": self.watermark_message,
            },
            "recovered_from": self.recovered_from,
            "recovered": None
            if recovery is None
            else {
                "remix_id": recovery.remix_id,
                "created_at": recovery.created_at.isoformat(),
                "message": recovery.message,
                "ai_generated": recovery.ai_generated,
                "summary": recovery.summary,
            },
        }


def reader_context() -> c2pa.Context:
    """How Clipmix reads credentials: offline, trusting the configured anchors. Signing a remix
    of a remix reads its parent's the same way (the ingredient's validation is recorded)."""
    config: dict[str, Any] = {
        "verify": {"remote_manifest_fetch": False, "ocsp_fetch": False},
    }
    anchors = trust_anchors_pem()
    if anchors:
        config["trust"] = {"trust_anchors": anchors}
    return c2pa.Context.from_dict(config)


def _codes(store: dict[str, Any]) -> list[str]:
    results = (store.get("validation_results") or {}).get("activeManifest") or {}
    failures = [item["code"] for item in results.get("failure", [])]
    status = [item["code"] for item in store.get("validation_status") or []]
    return list(dict.fromkeys(failures + status))


def _summary(
    manifest: dict[str, Any],
    *,
    source_public: bool = True,
    manifests: dict[str, Any] | None = None,
) -> tuple[bool, list[str]]:
    """(whether it declares AI generation, the manifest in plain sentences). Without
    ``source_public`` the ingredient's title, link and creator are left out. ``manifests``
    (the whole store) lets an ingredient that carries its own manifest (the remix a remix was
    made from) be followed back, so that the chain to the original video reads in words."""
    lines: list[str] = []
    generator = ", ".join(
        f"{info.get('name', '')} {info.get('version', '')}".strip()
        for info in manifest.get("claim_generator_info", [])
    )
    signer = manifest.get("signature_info") or {}
    if generator:
        lines.append(f"Made with {generator}.")
    if signer:
        who = signer.get("common_name") or signer.get("issuer") or "an unknown signer"
        lines.append(f"Signed by {who}.")
    ai_generated = False
    for assertion in manifest.get("assertions", []):
        label, data = assertion.get("label", ""), assertion.get("data") or {}
        if label.startswith("c2pa.actions"):
            for action in data.get("actions", []):
                source = action.get("digitalSourceType", "")
                ai_generated = ai_generated or source == GENERATED
                description = (action.get("parameters") or {}).get("description", "")
                verb = action.get("action", "").removeprefix("c2pa.")
                lines.append(f"Action: {verb}" + (f" ({description})" if description else "") + ".")
        elif label == "stds.schema-org.CreativeWork":
            authors = ", ".join(author.get("name", "") for author in data.get("author", []))
            if authors:
                lines.append(f"Created by {authors}.")
        elif label.startswith("cawg.training-mining"):
            refused = [
                TRAINING_USES.get(use, use)
                for use, entry in (data.get("entries") or {}).items()
                if entry.get("use") == "notAllowed"
            ]
            if refused:
                lines.append(f"Not allowed: {', '.join(refused)}.")
    lines += _made_from(manifest, manifests or {}, source_public=source_public)
    if ai_generated:
        lines.insert(0, "This image was generated by AI.")
    return ai_generated, lines


# How far back a chain is followed in words (Clipmix makes at most `CHAIN_MAX_DEPTH` remixes
# between a remix and its video; a foreign file could nest more).
CHAIN_WORDS_MAX = 6


def _made_from(
    manifest: dict[str, Any],
    manifests: dict[str, Any],
    *,
    source_public: bool,
    depth: int = 0,
) -> list[str]:
    """Each ingredient in words; one that carries its own manifest is followed back
    ("Made from: Remix #3 by @ana ... That remix was made from: ...")."""
    lines: list[str] = []
    # The ingredients that carry their own manifest (the remix this one was made from) first.
    ingredients = sorted(
        manifest.get("ingredients", []),
        key=lambda item: item.get("active_manifest") not in manifests,
    )
    for ingredient in ingredients:
        if not source_public:
            if SOURCE_HIDDEN not in lines:
                lines.append(SOURCE_HIDDEN)
            continue
        title = ingredient.get("title", "an ingredient")
        creator = ", ".join((ingredient.get("metadata") or {}).get("dc:creator", []))
        by = f", by {creator}" if creator and creator not in title else ""
        if ingredient.get("relationship") == "componentOf":
            lead = "The chain starts at"
        else:
            lead = "Made from" if depth == 0 else "That remix was made from"
        own = manifests.get(ingredient.get("active_manifest") or "")
        if own is None or depth >= CHAIN_WORDS_MAX:
            lines.append(f"{lead}: {title}{by}.")
            continue
        results = (ingredient.get("validation_results") or {}).get("activeManifest") or {}
        state = "not valid" if results.get("failure") else "valid"
        lines.append(f"{lead}: {title}{by}; its own Content Credentials come with it ({state}).")
        lines += _made_from(own, manifests, source_public=source_public, depth=depth + 1)
    return lines


def credentials_read(data: bytes, mime_type: str) -> CredentialsReport:
    try:
        with c2pa.Reader(mime_type, io.BytesIO(data), context=reader_context()) as reader:
            state = reader.get_validation_state() or ""
            store = json.loads(reader.json())
    except c2pa.C2paError as error:
        if "ManifestNotFound" in type(error).__name__ or "no JUMBF" in str(error):
            return CredentialsReport(present=False)
        return CredentialsReport(present=True, validation_codes=[f"read.error: {error}"[:200]])
    manifests = store.get("manifests") or {}
    manifest = manifests.get(store.get("active_manifest") or "", {})
    ai_generated, summary = _summary(manifest, manifests=manifests)
    return CredentialsReport(
        present=True,
        valid=state in {"Valid", "Trusted"},
        trusted=state == "Trusted",
        ai_generated=ai_generated,
        validation_codes=_codes(store),
        summary=summary,
    )


def manifest_active(data: bytes, mime_type: str) -> dict[str, Any]:
    """The active manifest of a signed asset, as a C2PA reader reports it."""
    with c2pa.Reader(mime_type, io.BytesIO(data), context=reader_context()) as reader:
        store = json.loads(reader.json())
    return (store.get("manifests") or {}).get(store.get("active_manifest") or "", {})


# A mark of the earlier, public format proves nothing by itself: anyone can stamp any id with
# the public library. It is believed only where it cannot mislead: for a remix that was
# published with that mark (before ``clipmix-tile-v2``: a newer remix never carried one, so a
# legacy mark naming it is forged by definition), when the image is a close copy of it (a
# stricter distance than for the keyed mark) and no other stored remix is as close. The mark
# then agrees with what the perceptual hash alone shows, and cannot point at a look-alike.
LEGACY_MATCH_DISTANCE = 6


def mark_names_remix(
    reading: WatermarkReading, *, published_scheme: str, distance: int, nearest_other: int
) -> bool:
    """Whether ``reading`` may name the stored remix it points to: ``published_scheme`` is the
    mark that remix was published with, ``distance`` the image's perceptual-hash distance to it,
    ``nearest_other`` the distance to the nearest *other* stored remix (64 when none)."""
    if not reading.present or reading.remix_id is None:
        return False
    if reading.keyed:
        return published_scheme == SCHEME and distance <= MATCH_DISTANCE
    return (
        reading.scheme == LEGACY_SCHEME
        and published_scheme == LEGACY_SCHEME
        and distance <= LEGACY_MATCH_DISTANCE
        and nearest_other > distance
    )


def _recovery(stored: StoredManifest, message: str) -> Recovery:
    ai_generated, summary = _summary(stored.manifest, source_public=source_is_public(stored))
    return Recovery(
        remix_id=stored.remix_id,
        created_at=stored.created_at,
        message=message,
        ai_generated=ai_generated,
        summary=summary,
    )


def _date(stored: StoredManifest) -> str:
    return formats.date_format(stored.created_at, "DATE_FORMAT")


def credentials_recover(
    image: Image.Image, *, c2pa_report: CredentialsReport, reading: WatermarkReading
) -> VerificationReport:
    """Decide where the credentials shown for ``image`` come from (see the module's doc)."""
    phash = image_phash(image)
    match = None
    if reading.present and reading.remix_id is not None:
        stored = stored_manifest_for_remix(remix_id=reading.remix_id)
        if stored is not None:
            distance = phash_nearest(phash, stored.phashes)
            nearest_other = 64
            if not reading.keyed and distance <= LEGACY_MATCH_DISTANCE:
                nearest_other = stored_manifest_nearest_other(phash=phash, remix_id=stored.remix_id)
            trusted = mark_names_remix(
                reading,
                published_scheme=stored.watermark_scheme,
                distance=distance,
                nearest_other=nearest_other,
            )
            match = stored if trusted else None
    report = VerificationReport(
        c2pa=c2pa_report,
        watermark=reading,
        watermark_match=match.remix_id if match is not None else None,
    )
    if c2pa_report.present and c2pa_report.valid:
        return replace(report, recovered_from="manifest")
    if match is not None:
        message = RECOVERED_FROM_WATERMARK.format(date=_date(match))
        return replace(report, recovered_from="watermark", recovery=_recovery(match, message))
    if reading.present:
        return report
    nearest = stored_manifest_nearest(phash=phash)
    if nearest is None:
        return report
    stored, distance = nearest
    message = RECOVERED_FROM_FINGERPRINT.format(
        date=_date(stored), distance=distance, threshold=MATCH_DISTANCE
    )
    return replace(report, recovered_from="fingerprint", recovery=_recovery(stored, message))


def image_verify(file: io.BytesIO | Any, *, size: int) -> VerificationReport:
    """Check an uploaded image. Refuses what is not an allowed image, before decoding it.

    Anyone may ask, so the work is bounded by the image's declared size, not its bytes: the
    watermark is read (the costly part, about a second per megapixel) only from images no
    larger than ``CLIPMIX_VERIFY_WATERMARK_MAX_PIXELS``, which every remix output is (a mark
    does not survive scaling anyway); a larger image is checked without a full decode and
    reported unmarked. Its Content Credentials are read from the bytes either way."""
    image = image_open_validated(
        file,
        size=size,
        max_bytes=settings.CLIPMIX_VERIFY_MAX_BYTES,
        max_pixels=settings.CLIPMIX_VERIFY_MAX_PIXELS,
        decode=False,
    )
    mime_type = MIME_TYPES[image.format or ""]  # image_open_validated allows only these
    width, height = image.size
    small = width * height <= settings.CLIPMIX_VERIFY_WATERMARK_MAX_PIXELS
    if small:
        image_decode(image)
    else:
        image_check_reduced(image)
    file.seek(0)
    c2pa_report = credentials_read(file.read(), mime_type)
    if small:
        return credentials_recover(image, c2pa_report=c2pa_report, reading=watermark_read(image))
    # Too large to be a remix output: its own credentials only, nothing recovered.
    report = VerificationReport(c2pa=c2pa_report, watermark=WatermarkReading(present=False))
    if c2pa_report.present and c2pa_report.valid:
        return replace(report, recovered_from="manifest")
    return report


def is_mp4(head: bytes) -> bool:
    """Whether ``head`` (a file's first bytes) starts an ISO media file (MP4, MOV)."""
    return len(head) >= 12 and head[4:8] == b"ftyp"


def media_verify(file: io.BytesIO | Any, *, size: int) -> VerificationReport:
    """``image_verify`` for an image; for an MP4 (a voice remix, or a copy of one), its Content
    Credentials from the bytes and the watermark from its first frame (every frame of a
    Clipmix clip carries it), which is also what a copy that lost the manifest is matched by."""
    head = file.read(12)
    file.seek(0)
    if not is_mp4(head):
        return image_verify(file, size=size)
    if size > settings.CLIPMIX_VERIFY_MAX_BYTES:
        raise ApplicationError(
            VIDEO_TOO_LARGE.format(limit=settings.CLIPMIX_VERIFY_MAX_BYTES // (1024 * 1024)),
            code="video_too_large",
            extra={"max_bytes": settings.CLIPMIX_VERIFY_MAX_BYTES},
        )
    data = file.read()
    layout = iso_layout(io.BytesIO(data), len(data))
    if layout == "truncated":
        raise ApplicationError(VIDEO_INVALID, code="video_invalid")
    frame = _first_frame(data)  # a file that is no video at all is refused as such first
    if layout == "extra":
        raise ApplicationError(VIDEO_EXTRA_DATA, code="video_extra_data")
    c2pa_report = credentials_read(data, "video/mp4")
    if frame.width * frame.height > settings.CLIPMIX_VERIFY_WATERMARK_MAX_PIXELS:
        report = VerificationReport(c2pa=c2pa_report, watermark=WatermarkReading(present=False))
        if c2pa_report.present and c2pa_report.valid:
            return replace(report, recovered_from="manifest")
        return report
    return credentials_recover(frame, c2pa_report=c2pa_report, reading=watermark_read(frame))


def _first_frame(data: bytes) -> Image.Image:
    """The first picture of an MP4, refusing one that claims more pixels than allowed before
    decoding it."""
    try:
        with av.open(io.BytesIO(data), mode="r", format="mp4") as container:
            if not container.streams.video:
                raise ApplicationError(VIDEO_NO_PICTURE, code="video_no_picture")
            stream = container.streams.video[0]
            if stream.width * stream.height > settings.CLIPMIX_VERIFY_MAX_PIXELS:
                raise ApplicationError(VIDEO_INVALID, code="video_invalid")
            for frame in container.decode(stream):
                return frame.to_image().convert("RGB")
    except (av.FFmpegError, ValueError, IndexError) as exc:
        logger.info("An MP4 to verify could not be decoded: %s", exc)
        raise ApplicationError(VIDEO_INVALID, code="video_invalid") from exc
    raise ApplicationError(VIDEO_NO_PICTURE, code="video_no_picture")
