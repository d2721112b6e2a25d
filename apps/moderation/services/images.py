"""Screening a generated image, and remembering the ones that were blocked.

A blocked output is kept only as fingerprints (``BlockedImageHash``), never as an image, so
that the same output submitted again (retried, re-encoded, resized) is blocked without
depending on the detector scoring it the same way twice.
"""

import logging
from typing import Any

from django.db import transaction
from PIL import Image

from apps.moderation.models import BlockedImageHash, Category, Verdict
from apps.moderation.screening.fingerprint import dhash_bit_count, dhash_distance, image_fingerprint
from apps.moderation.screening.image import SCREENER, guideline_for, image_screen
from apps.moderation.screening.result import Screening, screening_failed
from apps.moderation.services.audit import audit_record

logger = logging.getLogger(__name__)

# On scikit-image's test photos at 512 px, a JPEG 90 re-encode or a resize to 300 px moves the
# 64-bit dHash by 0 or 1 bit, JPEG 60 by up to 5; unrelated images differ by 32 on average and
# 16 at the closest. Six catches re-encoded copies and stays far from chance.
DHASH_MAX_DISTANCE = 6
# A near-flat image's dHash has almost every bit 0 (or 1), and every other near-flat image
# would match it: such hashes only match exactly, by SHA-256.
DHASH_MIN_INFORMATIVE_BITS = 8

PREVIOUSLY_BLOCKED = "previously blocked"


def _informative(perceptual_hash: str) -> bool:
    bits = dhash_bit_count(perceptual_hash)
    return DHASH_MIN_INFORMATIVE_BITS <= bits <= 64 - DHASH_MIN_INFORMATIVE_BITS


def blocked_image_match(*, sha256: str, perceptual_hash: str) -> dict[str, Any] | None:
    """Evidence that this fingerprint was blocked before, or None.

    Perceptual matches are found by scanning every stored hash: blocked outputs are rare, so
    the table stays small; if it grows, index the hash by its 8 bytes (two of them must agree
    within distance 6) instead."""
    exact = BlockedImageHash.objects.filter(sha256=sha256).first()
    if exact is not None:
        return _match_evidence(exact, distance=0)
    if not _informative(perceptual_hash):
        return None
    closest: tuple[int, BlockedImageHash] | None = None
    for blocked in BlockedImageHash.objects.only("sha256", "perceptual_hash", "category"):
        if not _informative(blocked.perceptual_hash):
            continue
        distance = dhash_distance(perceptual_hash, blocked.perceptual_hash)
        if distance <= DHASH_MAX_DISTANCE and (closest is None or distance < closest[0]):
            closest = (distance, blocked)
    return _match_evidence(closest[1], distance=closest[0]) if closest else None


def _match_evidence(blocked: BlockedImageHash, *, distance: int) -> dict[str, Any]:
    return {
        "class": PREVIOUSLY_BLOCKED,
        "score": 1.0 - distance / 64,
        "box": [],
        "threshold": DHASH_MAX_DISTANCE,
        "distance": distance,
        "sha256": blocked.sha256,
        "category": blocked.category,
        "verdict": Verdict.BLOCK.value,
        "detector": "fingerprint",
    }


@transaction.atomic
def blocked_image_hash_record(
    *, sha256: str, perceptual_hash: str, screening: Screening, subject: str = ""
) -> BlockedImageHash:
    """Keep the fingerprint of a blocked image (idempotent by SHA-256) and audit the block.

    Every block is audited, a repeat included: the log records decisions, not images."""
    blocked, _ = BlockedImageHash.objects.get_or_create(
        sha256=sha256,
        defaults={
            "perceptual_hash": perceptual_hash,
            "category": screening.category or Category.SEXUAL_NONCONSENSUAL.value,
            "detections": screening.evidence,
        },
    )
    audit_record(
        actor=None,
        action="image_blocked",
        target_type="image",
        target_id=sha256[:16],
        category=screening.category,
        reason=screening.message,
        details={
            **screening.as_evidence(),
            "subject": subject,
            "sha256": sha256,
            "perceptual_hash": perceptual_hash,
        },
    )
    return blocked


def output_image_screen(
    *, image: Image.Image, public_figure_face_check: bool = False, subject: str = ""
) -> Screening:
    """Screen a generated image: blocked before (by fingerprint), else the detectors.

    A block stores the fingerprint and an audit entry; the image itself is never stored.
    ``subject`` names what was screened (e.g. ``"remix:42"``) for the audit log. Fail closed:
    an image that cannot be fingerprinted goes to review."""
    try:
        sha256, perceptual_hash = image_fingerprint(image)
    except Exception as exc:
        logger.exception("Could not fingerprint an output image; holding it for review")
        return screening_failed(screener=SCREENER, error=exc)

    match = blocked_image_match(sha256=sha256, perceptual_hash=perceptual_hash)
    if match is not None:
        # The detector cannot overturn a block, so it is not run again.
        message, rule, escalate = guideline_for(category=match["category"], verdict=Verdict.BLOCK)
        screening = Screening(
            verdict=Verdict.BLOCK,
            category=match["category"],
            message=message,
            rule=rule,
            escalate=escalate,
            evidence=[match],
            screener=SCREENER,
        )
    else:
        screening = image_screen(image=image, public_figure_face_check=public_figure_face_check)

    if screening.verdict == Verdict.BLOCK:
        blocked_image_hash_record(
            sha256=sha256, perceptual_hash=perceptual_hash, screening=screening, subject=subject
        )
    return screening
