import io

import numpy as np
import pytest
import skimage.data
from PIL import Image

from apps.moderation.models import (
    AuditEntry,
    BlockedImageHash,
    Category,
    GuidelineRule,
    Verdict,
)
from apps.moderation.screening import image as image_module
from apps.moderation.screening.fingerprint import (
    dhash_distance,
    image_dhash,
    image_fingerprint,
    image_sha256,
)
from apps.moderation.screening.image import (
    CLASS_THRESHOLDS,
    HAAR_FACE_CLASS,
    NUDENET_FACE_THRESHOLD,
    image_detections,
    image_screen,
    image_screener_warm,
    image_verdict,
)
from apps.moderation.screening.result import SCREENER_FAILED
from apps.moderation.services.images import PREVIOUSLY_BLOCKED, output_image_screen

SIDE = 512
SKIN_TONES = [(224, 172, 140), (198, 134, 66), (141, 85, 36), (255, 219, 172)]
EXPOSED_BLOCKING = sorted(name for name, rule in CLASS_THRESHOLDS.items() if rule.block_at)
REVIEW_ONLY = sorted(name for name, rule in CLASS_THRESHOLDS.items() if rule.block_at is None)


def photo(name: str) -> Image.Image:
    return Image.fromarray(getattr(skimage.data, name)()).convert("RGB").resize((SIDE, SIDE))


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue()))


def skin_ellipse(tone: tuple[int, int, int]) -> Image.Image:
    """One skin-coloured ellipse on a dark background: NudeNet's default cut-off (0.2) calls
    it exposed buttocks."""
    pixels = np.full((SIDE, SIDE, 3), (40, 60, 90), dtype=np.uint8)
    rows, cols = np.mgrid[0:SIDE, 0:SIDE]
    pixels[((cols - 256) / 150) ** 2 + ((rows - 256) / 200) ** 2 < 1] = tone
    return Image.fromarray(pixels)


def detection(name: str, score: float) -> dict:
    return {"class": name, "score": score, "box": [10, 20, 100, 120]}


@pytest.fixture
def detector_reports(monkeypatch):
    """Make NudeNet report given detections. Real nudity is not something to ship in a test
    suite, so the blocking path is driven by the detector's answer, not by such an image."""

    def report(*detections: dict) -> None:
        monkeypatch.setattr(image_module, "_nudenet_detections", lambda bgr: list(detections))

    return report


# ---- real images through the real detectors --------------------------------------------------


@pytest.mark.django_db
def test_a_clothed_portrait_is_allowed():
    screening = image_screen(image=photo("astronaut"))

    assert screening.verdict == Verdict.ALLOW
    assert screening.screener == "image"
    assert screening.error == ""


@pytest.mark.django_db
def test_a_face_in_a_public_figure_face_remix_goes_to_review():
    screening = image_screen(image=photo("astronaut"), public_figure_face_check=True)

    assert screening.verdict == Verdict.REVIEW
    assert screening.category == Category.PUBLIC_FIGURE_DEEPFAKE
    assert screening.message
    detectors = {item["detector"] for item in screening.evidence}
    assert detectors == {"nudenet", "opencv_haar"}
    for item in screening.evidence:
        assert set(item) >= {"class", "score", "box", "threshold"}
        assert item["score"] >= item["threshold"]


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["coffee", "chelsea"])
def test_a_photo_without_a_face_is_allowed_even_with_the_face_check(name):
    screening = image_screen(image=photo(name), public_figure_face_check=True)

    assert screening.verdict == Verdict.ALLOW


@pytest.mark.django_db
@pytest.mark.parametrize("tone", SKIN_TONES)
def test_a_plain_skin_coloured_image_is_not_flagged(tone):
    plain = Image.new("RGB", (SIDE, SIDE), tone)

    assert image_screen(image=plain, public_figure_face_check=True).verdict == Verdict.ALLOW


@pytest.mark.django_db
def test_a_skin_coloured_shape_that_nudenets_default_flags_is_allowed_by_our_thresholds():
    blob = skin_ellipse(SKIN_TONES[0])

    assert image_detections(blob), "NudeNet's own 0.2 cut-off reports this shape"
    assert image_screen(image=blob).verdict == Verdict.ALLOW


def test_warming_the_screener_loads_both_detectors():
    image_screener_warm()

    assert image_module._nude_detector.cache_info().currsize == 1


# ---- the thresholds, without images ----------------------------------------------------------


@pytest.mark.parametrize("name", EXPOSED_BLOCKING)
def test_an_exposed_class_blocks_at_and_above_its_threshold(name):
    block_at = CLASS_THRESHOLDS[name].block_at
    assert block_at is not None

    for score in (block_at, min(1.0, block_at + 0.1)):
        decided = image_verdict(detections=[detection(name, score)])
        assert decided.verdict == Verdict.BLOCK
        assert decided.category == Category.SEXUAL_NONCONSENSUAL
        assert decided.evidence[0]["threshold"] == block_at


@pytest.mark.parametrize("name", EXPOSED_BLOCKING)
def test_an_exposed_class_just_below_its_block_threshold_goes_to_review(name):
    rule = CLASS_THRESHOLDS[name]
    assert rule.block_at is not None

    decided = image_verdict(detections=[detection(name, rule.block_at - 0.01)])

    assert decided.verdict == Verdict.REVIEW
    assert decided.category == Category.SEXUAL_NONCONSENSUAL


@pytest.mark.parametrize("name", EXPOSED_BLOCKING + REVIEW_ONLY)
def test_a_class_below_its_review_threshold_is_allowed(name):
    review_at = CLASS_THRESHOLDS[name].review_at

    decided = image_verdict(detections=[detection(name, review_at - 0.01)])

    assert decided.verdict == Verdict.ALLOW
    assert decided.evidence == []


@pytest.mark.parametrize("name", REVIEW_ONLY)
def test_a_covered_or_swimwear_class_goes_to_review_at_and_above_its_threshold(name):
    review_at = CLASS_THRESHOLDS[name].review_at

    for score in (review_at, 0.99):
        decided = image_verdict(detections=[detection(name, score)])
        assert decided.verdict == Verdict.REVIEW
        assert decided.category == Category.BORDERLINE


def test_the_thresholds_are_stricter_than_nudenets_default():
    for rule in CLASS_THRESHOLDS.values():
        assert rule.review_at > 0.2
        assert rule.block_at is None or rule.block_at > rule.review_at


@pytest.mark.parametrize("name", ["FEET_EXPOSED", "ARMPITS_EXPOSED", "BELLY_COVERED"])
def test_harmless_classes_are_ignored(name):
    assert image_verdict(detections=[detection(name, 0.99)]).verdict == Verdict.ALLOW


def test_a_block_outranks_a_review_and_keeps_all_the_evidence():
    decided = image_verdict(
        detections=[detection("FEMALE_BREAST_COVERED", 0.9), detection("ANUS_EXPOSED", 0.8)]
    )

    assert decided.verdict == Verdict.BLOCK
    assert decided.category == Category.SEXUAL_NONCONSENSUAL
    assert [item["class"] for item in decided.evidence] == ["ANUS_EXPOSED", "FEMALE_BREAST_COVERED"]


def test_faces_count_only_when_the_public_figure_check_asks():
    faces = [detection("FACE_MALE", NUDENET_FACE_THRESHOLD), detection(HAAR_FACE_CLASS, 20)]

    assert image_verdict(detections=faces).verdict == Verdict.ALLOW
    checked = image_verdict(detections=faces, public_figure_face_check=True)
    assert checked.verdict == Verdict.REVIEW
    assert checked.category == Category.PUBLIC_FIGURE_DEEPFAKE
    assert len(checked.evidence) == 2


def test_a_weak_face_score_does_not_trigger_the_public_figure_check():
    weak = [detection("FACE_FEMALE", NUDENET_FACE_THRESHOLD - 0.01)]

    assert image_verdict(detections=weak, public_figure_face_check=True).verdict == Verdict.ALLOW


# ---- guideline wording, failure ---------------------------------------------------------------


@pytest.mark.django_db
def test_a_block_says_the_guidelines_words(detector_reports):
    GuidelineRule.objects.update(enabled=False)
    GuidelineRule.objects.create(
        slug="test-nudification",
        category=Category.SEXUAL_NONCONSENSUAL,
        title="Nudification",
        guideline="Never undress a real person.",
        action=GuidelineRule.Action.BLOCK,
        severity=3,
    )
    detector_reports(detection("FEMALE_BREAST_EXPOSED", 0.9))

    screening = image_screen(image=photo("astronaut"))

    assert screening.verdict == Verdict.BLOCK
    assert screening.message == "Never undress a real person."
    assert screening.rule == "test-nudification"


@pytest.mark.django_db
def test_a_held_image_without_a_review_guideline_gets_our_own_words(detector_reports):
    GuidelineRule.objects.update(enabled=False)
    detector_reports(detection("BELLY_EXPOSED", 0.8))

    screening = image_screen(image=photo("astronaut"))

    assert screening.verdict == Verdict.REVIEW
    assert screening.category == Category.BORDERLINE
    assert screening.message == image_module.SWIMWEAR_HELD


@pytest.mark.django_db
def test_a_detector_error_fails_closed(monkeypatch):
    def broken() -> None:
        raise RuntimeError("model file missing")

    monkeypatch.setattr(image_module, "_nude_detector", broken)

    screening = output_image_screen(image=photo("astronaut"))

    assert screening.verdict == Verdict.REVIEW
    assert screening.message == SCREENER_FAILED
    assert screening.error == "RuntimeError: model file missing"
    assert screening.screener == "image"
    assert not BlockedImageHash.objects.exists()


@pytest.mark.django_db
def test_an_image_that_cannot_be_read_fails_closed():
    screening = image_screen(image=Image.new("I;16", (0, 0)))

    assert screening.verdict == Verdict.REVIEW
    assert screening.error


# ---- blocked outputs: fingerprints, not images ------------------------------------------------


@pytest.mark.django_db
def test_a_blocked_output_keeps_its_fingerprint_and_not_the_image(detector_reports, settings):
    output = photo("astronaut")
    detector_reports(detection("MALE_GENITALIA_EXPOSED", 0.8))

    screening = output_image_screen(image=output, subject="remix:7")

    assert screening.verdict == Verdict.BLOCK
    stored = BlockedImageHash.objects.get()
    assert (stored.sha256, stored.perceptual_hash) == image_fingerprint(output)
    assert stored.category == Category.SEXUAL_NONCONSENSUAL
    assert stored.detections[0]["class"] == "MALE_GENITALIA_EXPOSED"
    assert not settings.MEDIA_ROOT.exists() or not any(settings.MEDIA_ROOT.rglob("*"))


@pytest.mark.django_db
def test_a_blocked_output_is_audited(detector_reports):
    output = photo("astronaut")
    detector_reports(detection("ANUS_EXPOSED", 0.7))

    output_image_screen(image=output, subject="remix:7")

    entry = AuditEntry.objects.get()
    assert entry.actor == "automatic"
    assert entry.action == "image_blocked"
    assert (entry.target_type, entry.target_id) == ("image", image_sha256(output)[:16])
    assert entry.category == Category.SEXUAL_NONCONSENSUAL
    assert entry.reason
    assert entry.details["subject"] == "remix:7"
    assert entry.details["matches"][0]["class"] == "ANUS_EXPOSED"


@pytest.mark.django_db
def test_allowed_and_held_outputs_leave_no_fingerprint(detector_reports):
    output_image_screen(image=photo("coffee"))
    detector_reports(detection("BUTTOCKS_COVERED", 0.9))
    output_image_screen(image=photo("chelsea"))

    assert not BlockedImageHash.objects.exists()
    assert not AuditEntry.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("resubmit", [lambda image: image.copy(), lambda image: jpeg(image, 90)])
def test_a_resubmitted_blocked_output_is_blocked_as_previously_blocked(
    detector_reports, monkeypatch, resubmit
):
    output = photo("astronaut")
    detector_reports(detection("FEMALE_GENITALIA_EXPOSED", 0.9))
    output_image_screen(image=output)
    monkeypatch.undo()  # the real detector again: it finds nothing wrong with this image

    screening = output_image_screen(image=resubmit(output))

    assert screening.verdict == Verdict.BLOCK
    assert screening.category == Category.SEXUAL_NONCONSENSUAL
    assert screening.message
    assert screening.evidence[0]["class"] == PREVIOUSLY_BLOCKED
    assert screening.evidence[0]["distance"] <= 6
    assert AuditEntry.objects.count() == 2


@pytest.mark.django_db
def test_a_different_image_is_not_matched_to_a_blocked_one(detector_reports, monkeypatch):
    detector_reports(detection("FEMALE_GENITALIA_EXPOSED", 0.9))
    output_image_screen(image=photo("astronaut"))
    monkeypatch.undo()

    assert output_image_screen(image=photo("coffee")).verdict == Verdict.ALLOW


@pytest.mark.django_db
def test_flat_images_match_a_blocked_one_only_exactly(detector_reports, monkeypatch):
    detector_reports(detection("FEMALE_BREAST_EXPOSED", 0.9))
    output_image_screen(image=Image.new("RGB", (SIDE, SIDE), (200, 150, 120)))
    monkeypatch.undo()

    other_flat = Image.new("RGB", (SIDE, SIDE), (90, 60, 40))

    assert output_image_screen(image=other_flat).verdict == Verdict.ALLOW


# ---- fingerprints ------------------------------------------------------------------------------


def test_the_exact_fingerprint_hashes_pixels_not_file_bytes():
    output = photo("coffee")
    png = io.BytesIO()
    output.save(png, "PNG", compress_level=1)
    changed = output.copy()
    changed.putpixel((0, 0), (0, 0, 0))

    assert image_sha256(Image.open(io.BytesIO(png.getvalue()))) == image_sha256(output)
    assert image_sha256(output.convert("RGBA")) == image_sha256(output)
    assert image_sha256(changed) != image_sha256(output)


def test_the_perceptual_fingerprint_is_64_bits_and_survives_jpeg():
    output = photo("astronaut")

    dhash = image_dhash(output)

    assert len(dhash) == 16
    int(dhash, 16)
    assert dhash_distance(dhash, image_dhash(jpeg(output, 90))) <= 2
    assert dhash_distance(dhash, image_dhash(photo("coffee"))) > 6
