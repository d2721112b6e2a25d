"""A remix of a remix starts from its parent's published, already marked image: its own mark
replaces its parent's (and, in a chain published before marks were replaced, its ancestors'),
so that every level of a chain, to the longest, reads back as itself and never as a remix it
was made from. End to end through the pipeline, and on several real photographs and a graphic
with the publishing steps (caption, label, checked watermark) and the effects engine."""

import io

import numpy as np
import pytest
import skimage.data
from PIL import Image, ImageDraw

from apps.provenance.label import label_draw, label_text
from apps.provenance.signing import JPEG_QUALITY
from apps.provenance.watermark import (
    watermark_embed,
    watermark_embed_checked,
    watermark_marks_remove,
    watermark_read,
    watermark_read_keyed,
)
from apps.remix.captions import caption_draw
from apps.remix.engines.base import RemixRequest
from apps.remix.engines.effects import EffectsEngine
from apps.remix.models import CHAIN_MAX_DEPTH, RemixJob

Status = RemixJob.Status


def _published(field) -> Image.Image:
    with field.open("rb") as stored:
        return Image.open(io.BytesIO(stored.read())).convert("RGB")


def _jpeg(image: Image.Image, quality: int = JPEG_QUALITY) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _psnr(a: Image.Image, b: Image.Image) -> float:
    difference = np.asarray(a, np.float64) - np.asarray(b, np.float64)
    return float(10 * np.log10(255**2 / np.mean(difference**2)))


# Caption-only at every level is the hard case (the picture barely changes, so the parent's
# marks stay where the new one goes); the mixed chain changes the picture at some levels.
CAPTION_ONLY = [("caption_only", "")] * (CHAIN_MAX_DEPTH + 1)
MIXED = [("restyle", "turn it into a watercolour painting"), ("caption_only", "")] * (
    CHAIN_MAX_DEPTH // 2 + 1
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("source", "kinds"),
    [
        ("shapes", CAPTION_ONLY),
        ("person", CAPTION_ONLY),
        ("flat", CAPTION_ONLY),
        ("person", MIXED),
    ],
    ids=["shapes-caption_only", "person-caption_only", "flat-caption_only", "person-mixed"],
)
def test_every_level_of_a_chain_reads_back_as_itself(
    real_video, flat_video, user_factory, remix, kinds, source
):
    video = flat_video if source == "flat" else real_video(person=source == "person")
    chain: list[RemixJob] = []
    for depth in range(CHAIN_MAX_DEPTH + 1):
        kind, prompt = kinds[depth]
        job = remix(
            user_factory(),
            video,
            kind=kind,
            prompt=prompt,
            caption=f"Level {depth}",
            parent=chain[-1] if chain else None,
        )
        assert job.status == Status.PUBLISHED, (depth, job.reason)
        assert job.chain_depth == depth
        chain.append(job)

    for depth, job in enumerate(chain):
        image = _published(job.output_image)
        reading = watermark_read(image)
        assert (reading.keyed, reading.remix_id) == (True, job.pk), depth
        # Its own mark comes first; under it, at most a faint trace of its own chain (the
        # parent's, in about one chain in six: docs/provenance.md), never a stranger's.
        _, found = watermark_marks_remove(image)
        ancestors = [j.pk for j in chain[:depth]]
        assert found[0] == job.pk, (depth, found, ancestors)
        assert set(found[1:]) <= set(ancestors), (depth, found, ancestors)


def _photos() -> list[Image.Image]:
    names = ("astronaut", "coffee", "chelsea", "rocket")
    photos = [Image.fromarray(getattr(skimage.data, name)()).convert("RGB") for name in names]
    slide = Image.new("RGB", (640, 512), (40, 120, 200))
    draw = ImageDraw.Draw(slide)
    draw.rectangle([200, 150, 380, 330], fill=(255, 255, 255))
    draw.text((30, 30), "Quarterly slide", fill=(255, 220, 0))
    return [*photos, slide]


def _at_512(image: Image.Image) -> Image.Image:
    scale = 512 / min(image.size)
    size = (max(512, round(image.width * scale)), max(512, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS)


ENGINE_KINDS = [("caption_only", ""), ("restyle", "make it pixel art"), ("caption_only", "")]


def _remade(image: Image.Image, depth: int, kind: str, prompt: str) -> Image.Image:
    """What a remix at ``depth`` makes of ``image`` before it is marked: the effects engine,
    the caption, the visible label (as ``remix_image_finish`` draws it)."""
    request = RemixRequest(kind=kind, prompt=prompt, caption="", seed=depth)  # type: ignore[arg-type]
    made = EffectsEngine().generate(image, request, lambda *_: None).image
    return label_draw(caption_draw(made, f"level {depth}"), label_text("effects"))


@pytest.mark.parametrize("kinds", ["caption_only", "mixed"])
@pytest.mark.parametrize("index", range(5))
def test_a_chain_on_a_real_picture_reads_its_newest_mark_at_every_level(index, kinds):
    image = _at_512(_photos()[index])
    remix_ids = [index * 1000 + depth * 37 + 11 for depth in range(CHAIN_MAX_DEPTH + 1)]
    for depth, remix_id in enumerate(remix_ids):
        kind, prompt = ("caption_only", "") if kinds == "caption_only" else ENGINE_KINDS[depth % 3]
        made = _remade(image, depth, kind, prompt)
        jpeg = watermark_embed_checked(
            made, remix_id=remix_id, quality=JPEG_QUALITY, replaces=tuple(remix_ids[:depth][::-1])
        )
        image = Image.open(io.BytesIO(jpeg)).convert("RGB")
        assert watermark_read_keyed(image) == remix_id, (depth, remix_ids)
        # A harsher re-save does not bring an ancestor back either.
        assert watermark_read_keyed(_jpeg(image, 75)) == remix_id, depth


@pytest.mark.parametrize("index", range(5))
def test_a_chain_published_before_marks_were_replaced_gets_a_mark_that_reads(index):
    """Old chains carry every level's mark laid over the others (embedded without taking the
    parent's out): a remix of the deepest one replaces them all, told their ids."""
    image = _at_512(_photos()[index])
    stacked = []
    for depth in range(CHAIN_MAX_DEPTH):
        remix_id = 50_000 + index * 100 + depth
        marked = watermark_embed(caption_draw(image, f"old {depth}"), remix_id=remix_id)
        image = _jpeg(marked)
        stacked.append(remix_id)

    made = label_draw(caption_draw(image, "new"), label_text("effects"))
    jpeg = watermark_embed_checked(
        made, remix_id=777, quality=JPEG_QUALITY, replaces=tuple(stacked[::-1])
    )
    published = Image.open(io.BytesIO(jpeg)).convert("RGB")

    assert watermark_read_keyed(published) == 777
    assert watermark_read_keyed(_jpeg(published, 75)) == 777


@pytest.mark.parametrize("index", range(5))
def test_a_replaced_mark_is_as_faint_as_a_first_one(index):
    """The replaced mark keeps the PSNR promise against the picture without any mark: the
    parent's is taken out, not buried under the new one."""
    unmarked = _at_512(_photos()[index])
    parent = Image.open(
        io.BytesIO(watermark_embed_checked(unmarked, remix_id=41, quality=JPEG_QUALITY))
    ).convert("RGB")
    child = Image.open(
        io.BytesIO(
            watermark_embed_checked(parent, remix_id=42, quality=JPEG_QUALITY, replaces=(41,))
        )
    ).convert("RGB")

    assert watermark_read_keyed(child) == 42
    # Against the never-marked picture, both published the same way (JPEG, then JPEG again):
    # the child is no further from it than one mark is.
    reference = _jpeg(_jpeg(unmarked))
    assert _psnr(reference, child) >= 38.0
