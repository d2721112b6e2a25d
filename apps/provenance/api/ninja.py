from typing import Literal

from django.http import HttpRequest
from ninja import File, Router, Schema
from ninja.files import UploadedFile

from apps.core.errors import ApplicationError
from apps.core.http import client_ip
from apps.core.ratelimit import rate_limit_hit
from apps.provenance.verification import media_verify

router = Router(tags=["credentials"])

IMAGE_MISSING = "Choose an image to check."


class CredentialsOut(Schema):
    present: bool
    valid: bool
    trusted: bool
    ai_generated: bool
    validation_codes: list[str]
    summary: list[str]


class WatermarkOut(Schema):
    present: bool
    remix_id: int | None  # only when the image also resembles that remix
    matches_remix: bool
    message: str


class RecoveredOut(Schema):
    remix_id: int
    created_at: str
    message: str
    ai_generated: bool
    summary: list[str]


class VerificationOut(Schema):
    c2pa: CredentialsOut
    watermark: WatermarkOut
    recovered_from: Literal["manifest", "watermark", "fingerprint"] | None
    recovered: RecoveredOut | None


@router.post("/verify", response=VerificationOut, auth=None, summary="Check an image")
def verify(request: HttpRequest, image: UploadedFile = File(None)) -> dict:  # noqa: B008
    """Anyone may check any image, or a voice remix's MP4: its Content Credentials (present,
    valid, trusted, AI generated, in plain words) and whether it carries a Clipmix watermark,
    and of which remix.
    A copy without valid credentials gets the ones Clipmix stored for the remix it matches
    (``recovered_from``: ``watermark`` or ``fingerprint``)."""
    rate_limit_hit(scope="verify", key=client_ip(request))
    if image is None:
        raise ApplicationError(IMAGE_MISSING, code="image_missing")
    return media_verify(image, size=image.size or 0).as_dict()
