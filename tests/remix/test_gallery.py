"""`manage.py remix_gallery` writes docs/remix-gallery.md and one small JPEG per example."""

import io

from django.core.management import call_command
from PIL import Image

from apps.remix.management.commands.remix_gallery import EXAMPLES


def test_the_gallery_has_one_picture_per_example_and_links_each(tmp_path, settings):
    settings.BASE_DIR = tmp_path

    call_command("remix_gallery", stdout=io.StringIO())

    page = (tmp_path / "docs" / "remix-gallery.md").read_text()
    pictures = sorted((tmp_path / "docs" / "gallery").glob("*.jpg"))
    # and the two source photos, and the voice clip's first picture
    assert len(pictures) == len(EXAMPLES) + 3
    for picture in pictures:
        assert f"gallery/{picture.name}" in page
        assert min(Image.open(picture).size) == 320
    assert "sunglasses effect on 1 face" in page
    assert "neural oil painting style" in page
    assert "`voice` | make me sound like a chipmunk" in page
    assert "higher (chipmunk) voice" in page
    spectrogram = tmp_path / "docs" / "gallery" / "astronaut-voice-chipmunk-spectrogram.png"
    assert f"gallery/{spectrogram.name}" in page
    assert Image.open(spectrogram).size == (480, 348)
