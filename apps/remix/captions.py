"""Meme captions drawn on a remix: white text, black outline, top or bottom, sized to fit.

The font is the first TrueType font found on the system that can draw the most of the caption
(DejaVu Sans Bold on Debian; a CJK font where one is installed), else Pillow's own. Characters
the chosen font has no glyph for (an emoji, CJK on a machine without a CJK font) are left out
rather than drawn as empty boxes.
"""

import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw, ImageFont

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arialbd.ttf",
)
BUILTIN = "builtin"  # Pillow's bundled font, through ImageFont.load_default(size)

MAX_LINES = 3
MIN_SIZE = 10  # the smallest font size at all; a readable minimum scales with the image
MARGIN = 0.04  # of the image's width, on each side and from the top or bottom edge
MAX_HEIGHT = 0.3  # of the image's height: a caption never covers more than this
LINE_SPACING = 0.12  # of the font size, between lines
# Well past any code point a font defines: what the font draws for it is its "missing" glyph.
_MISSING_PROBE = "\U0010fffd"
_KEEP_ALWAYS = {" "}


@dataclass(frozen=True)
class CaptionLayout:
    font_path: str
    size: int
    lines: tuple[str, ...]
    box: tuple[int, int, int, int]  # left, top, right, bottom of the drawn text, outline included


def _load(path: str, size: int) -> Font:
    if path == BUILTIN:
        return ImageFont.load_default(size)
    return ImageFont.truetype(path, size)


@cache
def _available_fonts() -> tuple[str, ...]:
    found = [path for path in FONT_CANDIDATES if Path(path).is_file()]
    return (*found, BUILTIN)


@cache
def _glyph_mask(path: str, text: str) -> bytes:
    font = _load(path, 24)
    mask = font.getmask(text)
    return bytes(mask) + bytes(str(mask.size), "ascii")


@cache
def _has_glyph(path: str, char: str) -> bool:
    if char in _KEEP_ALWAYS:
        return True
    category = unicodedata.category(char)
    if category.startswith("C") or category == "Zl" or category == "Zp":
        return False  # controls, format characters (ZWJ, variation selectors), unassigned
    if category.startswith("M"):
        return True  # combining marks: drawn with their base character
    try:
        drawn = _glyph_mask(path, char)
    except (OSError, ValueError):
        return False
    return drawn != _glyph_mask(path, _MISSING_PROBE)


def _font_for(text: str) -> str:
    """The font that can draw the most of ``text``; the first such in the candidate order."""
    fonts = _available_fonts()
    chars = set(text)
    best, best_count = fonts[0], -1
    for path in fonts:
        count = sum(_has_glyph(path, ch) for ch in chars)
        if count > best_count:
            best, best_count = path, count
        if count == len(chars):
            break
    return best


def _is_latin(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")


def _prepare(caption: str, path: str, uppercase: bool) -> str:
    text = unicodedata.normalize("NFC", caption)
    text = " ".join(text.split())  # newlines and runs of spaces become single spaces
    if uppercase:
        # Classic meme capitals for Latin script only; other scripts stay as written.
        text = "".join(ch.upper() if _is_latin(ch) else ch for ch in text)
    kept = "".join(ch for ch in text if _has_glyph(path, ch))
    return " ".join(kept.split())


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _tokens(text: str) -> list[str]:
    """Break opportunities: words, and every wide (CJK) character on its own."""
    tokens: list[str] = []
    current = ""
    for ch in text:
        if ch == " ":
            if current:
                tokens.append(current)
            tokens.append(" ")
            current = ""
        elif _is_wide(ch):
            if current:
                tokens.append(current)
            tokens.append(ch)
            current = ""
        else:
            current += ch
    if current:
        tokens.append(current)
    return tokens


def _width(font: Font, text: str, stroke: int) -> float:
    left, _, right, _ = font.getbbox(text, stroke_width=stroke)
    return right - left


def _wrap(text: str, font: Font, max_width: float, stroke: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for piece in _tokens(text):
        candidate = line + piece
        if _width(font, candidate.strip(), stroke) <= max_width:
            line = candidate
            continue
        if line.strip():
            lines.append(line.strip())
        line = "" if piece == " " else piece
        # A single word wider than the line: split it by characters.
        while line and _width(font, line, stroke) > max_width:
            cut = len(line) - 1
            while cut > 1 and _width(font, line[:cut], stroke) > max_width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.strip())
    return lines


def _stroke(size: int) -> int:
    return max(1, round(size / 12))


def _block_height(font: Font, lines: list[str], size: int, stroke: int) -> int:
    line_height = _line_height(font, stroke)
    return line_height * len(lines) + round(size * LINE_SPACING) * (len(lines) - 1)


def _line_height(font: Font, stroke: int) -> int:
    _, top, _, bottom = font.getbbox("ÀjgÉ", stroke_width=stroke)
    return int(bottom - top)


def _truncate(
    lines: list[str], font: Font, size: int, stroke: int, max_width: float, max_height: int
) -> list[str]:
    count = MAX_LINES
    while count > 1 and _block_height(font, lines[:count], size, stroke) > max_height:
        count -= 1
    kept = lines[:count]
    last = kept[-1]
    while last and _width(font, last + "…", stroke) > max_width:
        last = last[:-1].rstrip()
    kept[-1] = last + "…"
    return kept


def caption_layout(
    width: int,
    height: int,
    caption: str,
    *,
    position: Literal["top", "bottom"] = "bottom",
    uppercase: bool = True,
) -> CaptionLayout | None:
    """Where and how big ``caption`` goes on a ``width`` x ``height`` image: the largest font
    size whose wrapped lines (at most ``MAX_LINES``) fit inside the margins and ``MAX_HEIGHT``.
    None when nothing drawable is left."""
    path = _font_for(caption)
    text = _prepare(caption, path, uppercase)
    if not text:
        return None
    margin = max(2, round(width * MARGIN))
    max_width = width - 2 * margin
    max_height = max(MIN_SIZE, round(height * MAX_HEIGHT))

    # Words are only split across lines when no readable size keeps them whole ("VACATIO/N").
    words = [word for word in text.split() if not any(_is_wide(char) for char in word)]

    def fits(size: int) -> list[str] | None:
        font = _load(path, size)
        stroke = _stroke(size)
        if any(_width(font, word, stroke) > max_width for word in words):
            return None
        lines = _wrap(text, font, max_width, stroke)
        if len(lines) > MAX_LINES or _block_height(font, lines, size, stroke) > max_height:
            return None
        return lines

    # Below a readable size a long caption is cut short with an ellipsis instead.
    readable = max(MIN_SIZE, round(min(width, height) / 28))
    low, high = readable, max(readable, min(max_height, width // 5))
    best: list[str] | None = None
    best_size = readable
    while low <= high:  # the largest size that fits
        middle = (low + high) // 2
        lines = fits(middle)
        if lines is not None:
            best, best_size = lines, middle
            low = middle + 1
        else:
            high = middle - 1
    font = _load(path, best_size)
    stroke = _stroke(best_size)
    if best is None:  # even the smallest size needs too many lines: cut the end off
        lines = _wrap(text, font, max_width, stroke)
        best = _truncate(lines, font, best_size, stroke, max_width, max_height)
    block = _block_height(font, best, best_size, stroke)
    top = margin if position == "top" else height - margin - block
    widest = max(_width(font, line, stroke) for line in best)
    left = round((width - widest) / 2)
    return CaptionLayout(
        font_path=path,
        size=best_size,
        lines=tuple(best),
        box=(left, max(0, top), round(left + widest), min(height, top + block)),
    )


def caption_draw(
    image: Image.Image,
    caption: str,
    *,
    position: Literal["top", "bottom"] = "bottom",
    uppercase: bool = True,
) -> Image.Image:
    """A copy of ``image`` (RGB) with ``caption`` drawn on it in classic meme style."""
    out = image.convert("RGB")  # always a new image
    layout = caption_layout(out.width, out.height, caption, position=position, uppercase=uppercase)
    if layout is None:
        return out
    font = _load(layout.font_path, layout.size)
    stroke = _stroke(layout.size)
    line_height = _line_height(font, stroke)
    gap = round(layout.size * LINE_SPACING)
    _, glyph_top, _, _ = font.getbbox("ÀjgÉ", stroke_width=stroke)
    draw = ImageDraw.Draw(out)
    y = layout.box[1] - glyph_top
    for line in layout.lines:
        draw.text(
            (out.width / 2, y),
            line,
            font=font,
            fill=(255, 255, 255),
            anchor="ma",
            stroke_width=stroke,
            stroke_fill=(0, 0, 0),
        )
        y += line_height + gap
    return out
