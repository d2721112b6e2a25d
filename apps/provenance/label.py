"""The visible mark every published remix carries in its top-right corner, so that a copy
saved or forwarded without its Content Credentials still tells the eye what it is: "AI remix ·
Clipmix" for generated images, "Edited · Clipmix" for the effects engine's non-generative edits
(the same distinction as the manifest's digital source type). Light text on a dark,
mostly opaque pill reads on light and dark pictures alike. Drawn before the watermark and the
signature, and listed as an action in the manifest."""

from functools import cache
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw, ImageFont

GENERATED_LABEL = "AI remix · Clipmix"
EDITED_LABEL = "Edited · Clipmix"
# Bold sans fonts that Debian and the usual desktops have; else Pillow's bundled font.
_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf",
)
SIZE = 0.034  # of the short side: 17 px on a 512 px image
MIN_SIZE = 14
BACKGROUND = (0, 0, 0, 200)
TEXT = (255, 255, 255, 255)


def label_text(engine: Literal["diffusion", "effects"]) -> str:
    return GENERATED_LABEL if engine == "diffusion" else EDITED_LABEL


@cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in _FONTS:
        if Path(path).is_file():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def label_box(size: tuple[int, int], text: str) -> tuple[int, int, int, int]:
    """Where the label goes on an image of ``size``: left, top, right, bottom."""
    width = size[0]
    font_size = max(MIN_SIZE, round(min(size) * SIZE))
    left, top, right, bottom = _font(font_size).getbbox(text)
    pad, margin = round(font_size * 0.45), round(min(size) * 0.02)
    box_width, box_height = round(right - left) + 2 * pad, round(bottom - top) + 2 * pad
    return (width - margin - box_width, margin, width - margin, margin + box_height)


def label_draw(image: Image.Image, text: str) -> Image.Image:
    """``image`` (RGB) with the label drawn in its top-right corner; a new image."""
    font_size = max(MIN_SIZE, round(min(image.size) * SIZE))
    font = _font(font_size)
    box = label_box(image.size, text)
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    draw.rounded_rectangle(box, radius=round(font_size * 0.4), fill=BACKGROUND)
    left, top, _, _ = font.getbbox(text)
    pad = round(font_size * 0.45)
    draw.text((box[0] + pad - left, box[1] + pad - top), text, font=font, fill=TEXT)
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
