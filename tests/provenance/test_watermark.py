import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance

from apps.provenance import watermark, watermark_legacy
from apps.provenance.watermark import (
    WatermarkError,
    payload_for,
    watermark_embed,
    watermark_embed_checked,
    watermark_read,
)


def _jpeg_roundtrip(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue()))


def _scaled(image: Image.Image, factor: float) -> Image.Image:
    size = (round(image.width * factor), round(image.height * factor))
    return image.resize(size, Image.Resampling.BICUBIC)


def _centre_crop(image: Image.Image, area: float) -> Image.Image:
    side = area**0.5
    width, height = round(image.width * side), round(image.height * side)
    left, top = (image.width - width) // 2, (image.height - height) // 2
    return image.crop((left, top, left + width, top + height))


def _psnr(a: Image.Image, b: Image.Image) -> float:
    difference = np.asarray(a, np.float64) - np.asarray(b, np.float64)
    return float(10 * np.log10(255**2 / np.mean(difference**2)))


def test_the_payload_is_the_id_and_a_tag_only_the_key_can_make(settings):
    payload = payload_for(258)
    assert len(payload) * 8 == 48
    assert payload[:4] == bytes([0, 0, 1, 2])
    settings.CLIPMIX_WATERMARK_KEY = "another key"
    assert payload_for(258)[:4] == payload[:4]
    assert payload_for(258)[4:] != payload[4:]
    with pytest.raises(ValueError, match="does not fit"):
        payload_for(2**32)


def test_the_error_correcting_code_recovers_flipped_and_faded_bits():
    bits = watermark._bits(payload_for(77))
    received = watermark._encode(bits).copy()
    rng = np.random.default_rng(3)
    received[rng.choice(received.size, 20, replace=False)] *= -1  # 12 % of the bits wrong
    received *= rng.uniform(0.2, 1.0, received.size)

    assert np.array_equal(watermark._viterbi(received), bits)


@pytest.mark.parametrize("remix_id", [1, 77, 65_537, 2**32 - 1])
def test_frames_marked_with_any_id_read_back_after_jpeg_85(frames, remix_id):
    frame = frames[remix_id % 3].resize((576, 1024))

    copy = _jpeg_roundtrip(watermark_embed(frame, remix_id=remix_id), 85)

    reading = watermark_read(copy)
    assert (reading.remix_id, reading.scheme, reading.keyed) == (remix_id, watermark.SCHEME, True)


@pytest.mark.parametrize(
    "attack",
    [
        lambda image: _jpeg_roundtrip(image, 50),
        lambda image: _scaled(image, 0.5),
        lambda image: _scaled(_scaled(image, 0.5), 2),
        lambda image: _centre_crop(image, 0.8),
        lambda image: _jpeg_roundtrip(_scaled(image, 0.75), 80),
        lambda image: ImageEnhance.Brightness(image).enhance(0.8),
        lambda image: ImageEnhance.Contrast(image).enhance(1.2),
    ],
    ids=["jpeg50", "half", "half-and-back", "crop80", "screenshot", "darker", "contrast"],
)
def test_the_mark_survives_common_handling(frames, attack):
    marked = _jpeg_roundtrip(watermark_embed(frames[1].resize((576, 1024)), remix_id=4242), 92)

    assert watermark_read(attack(marked)).remix_id == 4242


def _flat_with_square(background, square) -> Image.Image:
    image = Image.new("RGB", (512, 910), background)
    ImageDraw.Draw(image).rectangle([150, 300, 350, 500], fill=square)
    return image


def _poster(seed: int) -> Image.Image:
    """Flat blocks of pure colours, black and white, like a cartoon or pop-art remix."""
    rng = np.random.default_rng(seed)
    colours = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0), (0, 0, 0), (255, 255, 255)]
    image = Image.new("RGB", (512, 768), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y, width, height = (int(v) for v in rng.integers([0, 0, 30, 30], [512, 768, 250, 250]))
        draw.rectangle([x, y, x + width, y + height], fill=colours[rng.integers(len(colours))])
    return image


def _text_meme() -> Image.Image:
    image = Image.new("RGB", (640, 640), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    for line in range(8):
        draw.text((40, 60 + 60 * line), "WHEN THE BUILD IS GREEN ON FRIDAY", fill=(0, 0, 0))
    return image


@pytest.mark.parametrize(
    "image",
    [
        _flat_with_square((40, 120, 200), (255, 255, 255)),
        _flat_with_square((255, 255, 255), (0, 0, 0)),
        _flat_with_square((0, 0, 0), (255, 0, 0)),
        _flat_with_square((128, 128, 128), (128, 128, 128)),
        _poster(0),
        _poster(1),
        _text_meme(),
    ],
    ids=["blue", "white", "black", "grey", "poster0", "poster1", "text"],
)
def test_flat_and_graphic_images_are_marked_and_read_back_after_jpeg_85(image):
    jpeg = watermark_embed_checked(image, remix_id=4321, quality=92)

    published = Image.open(io.BytesIO(jpeg))
    assert watermark_read(published).remix_id == 4321
    assert watermark_read(_jpeg_roundtrip(published, 85)).remix_id == 4321
    assert _psnr(image, watermark_embed(image, remix_id=4321)) >= 38


def test_an_ordinary_frame_keeps_a_psnr_of_38_db(frames):
    frame = frames[0].resize((576, 1024))

    assert _psnr(frame, watermark_embed(frame, remix_id=9)) >= 38


def test_unmarked_images_read_as_no_watermark(frames):
    rng = np.random.default_rng(7)
    unmarked = [
        *[frame.resize((576, 1024)) for frame in frames],
        Image.fromarray(rng.integers(0, 256, (600, 600, 3), dtype=np.uint8)),
        Image.new("RGB", (512, 512), (128, 128, 128)),
        Image.new("RGB", (40, 40)),
    ]

    assert [watermark_read(image).present for image in unmarked] == [False] * len(unmarked)


def test_a_mark_made_with_another_key_reads_as_no_watermark(frames, settings):
    settings.CLIPMIX_WATERMARK_KEY = "someone else's key"
    forged = _jpeg_roundtrip(watermark_embed(frames[0].resize((576, 1024)), remix_id=1), 92)
    settings.CLIPMIX_WATERMARK_KEY = "test-watermark-key-not-for-production"

    assert not watermark_read(forged).present


def test_marks_of_the_earlier_scheme_still_read_and_say_they_are_not_keyed(frames):
    old = watermark_legacy.watermark_embed(frames[2].resize((576, 1024)), remix_id=12)

    reading = watermark_read(_jpeg_roundtrip(old, 92))

    assert (reading.present, reading.remix_id, reading.scheme, reading.keyed) == (
        True,
        12,
        "dwtDctSvd",
        False,
    )


def test_without_a_key_production_refuses_to_mark(settings, frames):
    settings.CLIPMIX_WATERMARK_KEY = ""
    settings.CLIPMIX_WATERMARK_KEY_FILE = ""
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="CLIPMIX_WATERMARK_KEY"):
        watermark_embed(frames[0], remix_id=1)


def test_an_image_that_cannot_keep_its_mark_is_refused(monkeypatch):
    monkeypatch.setattr(watermark, "GAIN_STEPS", (0.0,))

    with pytest.raises(WatermarkError, match="remix 4321"):
        watermark_embed_checked(_poster(0), remix_id=4321, quality=92)


def test_a_large_copy_is_read_from_a_reduced_image(frames):
    large = frames[1].resize((2304, 4096))

    copy = _jpeg_roundtrip(watermark_embed(large, remix_id=31337), 85)

    assert watermark_read(copy).remix_id == 31337


DATA = Path(__file__).parent / "data"


def test_a_remix_published_before_the_decoder_changed_still_reads():
    # Marked and published (JPEG 92, read-back checked) by the clipmix-tile-v2 embedder of
    # commit b5eaee9, with the test key: published remixes must keep decoding.
    published = Image.open(DATA / "published_v2_remix_4242.jpg")

    assert watermark_read(published).remix_id == 4242
    assert watermark_read(_jpeg_roundtrip(_scaled(published, 0.75), 80)).remix_id == 4242
    assert watermark_read(ImageEnhance.Brightness(published).enhance(1.2)).remix_id == 4242


def _meme(background, ink) -> Image.Image:
    """Lines of text on a plain page: the case where brightness or contrast clips the page."""
    image = Image.new("RGB", (512, 768), background)
    draw = ImageDraw.Draw(image)
    for line in range(14):
        draw.text((20, 12 + 52 * line), "WHEN THE BUILD IS GREEN", fill=ink, font_size=34)
    return image


def _brighter(image: Image.Image) -> Image.Image:
    return ImageEnhance.Brightness(image).enhance(1.2)


def _more_contrast(image: Image.Image) -> Image.Image:
    return ImageEnhance.Contrast(image).enhance(1.2)


@pytest.mark.parametrize(
    ("image", "attack"),
    [
        (_meme((255, 255, 255), (0, 0, 0)), _brighter),
        (_meme((255, 255, 255), (0, 0, 0)), _more_contrast),
        (_meme((0, 0, 0), (255, 255, 255)), _more_contrast),
        (_flat_with_square((255, 220, 0), (255, 0, 0)), _brighter),
    ],
    ids=["white-page-brighter", "white-page-contrast", "black-page-contrast", "yellow-brighter"],
)
def test_the_mark_survives_where_brightness_or_contrast_clips_the_page(image, attack):
    published = Image.open(io.BytesIO(watermark_embed_checked(image, remix_id=808, quality=92)))
    attacked = attack(published.convert("RGB"))
    pixels = np.asarray(attacked)
    assert (pixels == 255).mean() > 0.5 or (pixels == 0).mean() > 0.5  # the attack clipped

    assert watermark_read(attacked).remix_id == 808


def _busy(seed: int) -> Image.Image:
    """Fine noise everywhere: the strength map is at its cap on every pixel."""
    rng = np.random.default_rng(seed)
    noise = rng.normal(128, 60, (256, 256, 3)).clip(0, 255).astype(np.uint8)
    return Image.fromarray(noise).resize((512, 768), Image.Resampling.NEAREST)


@pytest.mark.parametrize(
    "image", [_busy(1), _poster(2), _text_meme()], ids=["busy", "poster", "text"]
)
def test_every_published_image_is_within_38_db_of_its_unmarked_jpeg(image):
    unmarked = _jpeg_roundtrip(image, 92)

    published = Image.open(io.BytesIO(watermark_embed_checked(image, remix_id=99, quality=92)))

    assert _psnr(unmarked, published.convert("RGB")) >= watermark.PUBLISHED_PSNR_MIN_DB
    # and whatever the gain, the mark alone stays at the floor in pixels
    assert (
        _psnr(image, watermark_embed(image, remix_id=99, gain=4.0))
        >= watermark.PSNR_FLOOR_DB - 0.05
    )
