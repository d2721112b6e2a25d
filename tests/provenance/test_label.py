"""The visible label on every published remix: the right words for how it was made, legible on
light and dark pictures, in the pixels a download keeps (drawn before the watermark and the
signature, which still hold), and named in the manifest."""

import io

import numpy as np
import pytest
from PIL import Image

from apps.provenance.label import EDITED_LABEL, GENERATED_LABEL, label_box, label_draw, label_text
from apps.provenance.signing import remix_image_finish
from apps.provenance.verification import credentials_read
from apps.provenance.watermark import watermark_read

pytestmark = pytest.mark.django_db


def test_the_words_follow_how_the_image_was_made():
    assert label_text("diffusion") == GENERATED_LABEL == "AI remix · Clipmix"
    assert label_text("effects") == EDITED_LABEL == "Edited · Clipmix"


@pytest.mark.parametrize("background", ["white", "black", (128, 128, 128)])
def test_the_label_contrasts_with_light_dark_and_grey_pictures(background):
    picture = Image.new("RGB", (512, 512), background)

    labelled = np.asarray(label_draw(picture, GENERATED_LABEL).convert("L"), dtype=float)

    left, top, right, bottom = label_box(picture.size, GENERATED_LABEL)
    box = labelled[top:bottom, left:right]
    text, pill = box[box > 128], box[box <= 128]
    assert text.size > 100  # the letters are there...
    assert pill.mean() < 60  # ...light on a dark pill, whatever lies behind it
    assert text.mean() - pill.mean() > 150
    outside = labelled[bottom + 5 :, :]
    assert np.allclose(outside, np.asarray(picture.convert("L"))[bottom + 5 :, :])


def test_the_label_scales_with_the_picture():
    small = label_box((512, 512), GENERATED_LABEL)
    large = label_box((1024, 1024), GENERATED_LABEL)

    assert (large[3] - large[1]) > 1.8 * (small[3] - small[1])
    assert (small[3] - small[1]) >= 20  # legible at the smallest published size


def test_a_published_image_carries_the_label_and_its_watermark_and_credentials(
    frames, provenance_of
):
    signed = remix_image_finish(frames[0], provenance_of(engine="effects", caption=""))
    downloaded = Image.open(io.BytesIO(signed)).convert("RGB")

    left, top, right, bottom = label_box(downloaded.size, EDITED_LABEL)
    box = np.asarray(downloaded.convert("L"), dtype=float)[top:bottom, left:right]
    assert (box < 60).mean() > 0.5  # the pill
    assert (box > 180).mean() > 0.05  # its letters
    assert watermark_read(downloaded).remix_id is not None
    assert credentials_read(signed, "image/jpeg").valid
