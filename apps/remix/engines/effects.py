"""The effects engine: deterministic, offline image processing instead of a generative model.

Every remix kind is classic computer vision with OpenCV, Pillow and numpy, so a machine with no
model weights still makes real remixes in well under a second on a CPU: styles picked from the
prompt's words, a person cut out (Haar face detection + GrabCut) over a backdrop drawn from the
prompt's scene words, and effects drawn on detected faces. The same frame, request and seed
always give the same pixels. ``detail`` names the effect, for the credentials.
"""

import math
import re
import unicodedata
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from apps.core.images import face_cascade
from apps.remix.engines.base import EngineOutput, Progress, RemixRequest

SHORT_SIDE = 512
# GrabCut is the slow part of background replacement: it runs on a smaller copy.
MASK_SHORT_SIDE = 192

Box = tuple[int, int, int, int]  # x, y, width, height
Rgb = tuple[int, int, int]


# --- reading the prompt ------------------------------------------------------------------------


def _words(text: str) -> str:
    """Lowercase, accents and punctuation gone, padded: "Dessin animé!" -> " dessin anime "."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " " + re.sub(r"[^0-9a-z]+", " ", plain).strip() + " "


def _pick(text: str, table: dict[str, Sequence[str]]) -> str | None:
    """The key whose keyword matches ``text``; the longest keyword wins ("dibujo animado" over
    "dibujo"), then the earliest in the text. Keywords match at a word start, so plurals and
    "-ed" forms match too."""
    words = _words(text)
    best: tuple[int, int, str] | None = None  # (-length, position, key)
    for key, keywords in table.items():
        for keyword in keywords:
            position = words.find(" " + keyword)
            if position >= 0:
                candidate = (-len(keyword), position, key)
                if best is None or candidate < best:
                    best = candidate
    return best[2] if best else None


def _picks(text: str, table: dict[str, Sequence[str]]) -> list[str]:
    words = _words(text)
    return [key for key, kws in table.items() if any(" " + kw in words for kw in kws)]


STYLE_WORDS: dict[str, Sequence[str]] = {
    "cartoon": (
        "cartoon",
        "toon",
        "dibujo animado",
        "dibujos animados",
        "caricatura",
        "dessin anime",
        "dessins animes",
        "zeichentrick",
        "comicfigur",
        "desenho animado",
        "desenho",
        "disney",
        "pixar",
    ),
    "sketch": (
        "sketch",
        "pencil",
        "drawing",
        "drawn",
        "graphite",
        "charcoal",
        "boceto",
        "lapiz",
        "dibujo",
        "carboncillo",
        "croquis",
        "crayon",
        "dessin",
        "fusain",
        "skizze",
        "bleistift",
        "zeichnung",
        "kohle",
        "esboco",
        "lapis",
        "carvao",
    ),
    "colour pencil": (
        "colour pencil",
        "color pencil",
        "coloured pencil",
        "colored pencil",
        "crayons de couleur",
        "lapices de colores",
        "lapiz de color",
        "buntstift",
        "lapis de cor",
        "lapis de cores",
    ),
    "pixel art": (
        "pixel",
        "8 bit",
        "8bit",
        "16 bit",
        "16bit",
        "retro game",
        "video game",
        "videojuego",
        "jeu video",
        "videospiel",
        "minecraft",
        "pixelado",
        "pixelise",
        "verpixelt",
    ),
    "watercolour": (
        "watercolour",
        "watercolor",
        "water colour",
        "water color",
        "acuarela",
        "aquarelle",
        "aquarell",
        "aquarela",
        "gouache",
    ),
    "comic": (
        "comic",
        "graphic novel",
        "superhero",
        "historieta",
        "tebeo",
        "bande dessinee",
        "quadrinhos",
        "gibi",
        "halftone",
    ),
    "neon": (
        "neon",
        "cyberpunk",
        "synthwave",
        "vaporwave",
        "tron",
        "glow",
        "leuchtreklame",
        "ciberpunk",
    ),
    "vintage": (
        "vintage",
        "retro",
        "sepia",
        "old photo",
        "old photograph",
        "old film",
        "antique",
        "nostalgi",
        "polaroid",
        "foto antigua",
        "foto vieja",
        "antiguo",
        "ancienne photo",
        "vieille photo",
        "ancien",
        "altes foto",
        "alte foto",
        "nostalgisch",
        "foto antiga",
        "antigo",
        "1920s",
        "1950s",
        "1970s",
        "70s",
    ),
    "noir": (
        "noir",
        "black and white",
        "black white",
        "b w",
        "monochrome",
        "grayscale",
        "greyscale",
        "blanco y negro",
        "monocromo",
        "noir et blanc",
        "schwarz weiss",
        "schwarzweiss",
        "preto e branco",
        "preto branco",
    ),
    "oil painting": (
        "oil",
        "painting",
        "painted",
        "paint",
        "impressionis",
        "van gogh",
        "canvas",
        "oleo",
        "pintura",
        "pintado",
        "lienzo",
        "peinture",
        "huile",
        "peint",
        "toile",
        "olgemalde",
        "gemalde",
        "malerei",
        "gemalt",
        "leinwand",
        "tela",
    ),
    "pop art": ("pop art", "popart", "warhol", "arte pop", "pop arte"),
    "anime": ("anime", "manga", "ghibli", "kawaii", "chibi", "animes"),
}
DEFAULT_STYLE = "cartoon"

# Multiplicative tints for colour and mood words, applied after the style.
TINT_WORDS: dict[str, Sequence[str]] = {
    "pink": ("pink", "rosa", "rose", "pastel"),
    "warm": ("warm", "golden", "gold", "calido", "dorado", "chaud", "dore", "quente", "dourado"),
    "cold": ("cold", "cool", "icy", "frio", "helado", "froid", "glace", "kalt", "kuhl", "gelado"),
    "blue": ("blue", "azul", "bleu", "blau"),
    "green": ("green", "verde", "vert", "grun"),
    "purple": ("purple", "violet", "morado", "lila", "roxo", "violeta"),
    "red": ("red", "rojo", "rouge", "vermelho", "rot "),
    "dark": ("dark", "moody", "gloomy", "oscuro", "sombre", "dunkel", "escuro", "sombrio"),
    "bright": ("bright", "sunny", "luminous", "brillante", "lumineux", "hell", "claro"),
}
TINT_COLOURS: dict[str, Rgb] = {
    "pink": (255, 205, 228),
    "warm": (255, 226, 190),
    "cold": (205, 225, 255),
    "blue": (190, 210, 255),
    "green": (205, 245, 205),
    "purple": (225, 200, 255),
    "red": (255, 200, 195),
}

SETTING_WORDS: dict[str, Sequence[str]] = {
    "beach": (
        "beach",
        "seaside",
        "tropical",
        "island",
        "ocean",
        "sea ",
        "playa",
        "isla",
        "mar ",
        "oceano",
        "plage",
        "ile ",
        "mer ",
        "strand",
        "insel",
        "meer",
        "praia",
        "ilha",
    ),
    "space": (
        "space",
        "outer space",
        "galaxy",
        "cosmos",
        "universe",
        "nebula",
        "planet",
        "astronaut",
        "espacio",
        "galaxia",
        "universo",
        "planeta",
        "espace",
        "galaxie",
        "univers",
        "planete",
        "weltraum",
        "weltall",
        "all ",
        "espaco",
    ),
    "snow": (
        "snow",
        "winter",
        "ski",
        "christmas",
        "arctic",
        "nieve",
        "invierno",
        "navidad",
        "neige",
        "hiver",
        "noel",
        "schnee",
        "weihnacht",
        "neve",
        "inverno",
        "natal",
    ),
    "city": (
        "city",
        "town",
        "downtown",
        "skyline",
        "skyscraper",
        "new york",
        "tokyo",
        "urban",
        "street",
        "ciudad",
        "calle",
        "rascacielos",
        "ville",
        "rue",
        "gratte ciel",
        "stadt",
        "strasse",
        "wolkenkratzer",
        "cidade",
        "rua",
        "arranha",
    ),
    "forest": (
        "forest",
        "woods",
        "jungle",
        "trees",
        "park",
        "bosque",
        "selva",
        "arboles",
        "parque",
        "foret",
        "jungle",
        "arbres",
        "parc",
        "wald",
        "dschungel",
        "baume",
        "floresta",
        "arvores",
    ),
    "desert": ("desert", "dune", "sahara", "desierto", "duna", "wuste", "deserto"),
    "underwater": (
        "underwater",
        "under water",
        "under the sea",
        "undersea",
        "coral",
        "reef",
        "aquarium",
        "bajo el agua",
        "submarin",
        "arrecife",
        "sous l eau",
        "sous marin",
        "recif",
        "unterwasser",
        "riff",
        "debaixo d agua",
        "subaquatic",
        "embaixo d agua",
        "fundo do mar",
        "fondo del mar",
    ),
    "mountains": (
        "mountain",
        "alps",
        "peak",
        "summit",
        "hills",
        "montana",
        "montanas",
        "cumbre",
        "montagne",
        "sommet",
        "alpes",
        "berg",
        "gebirge",
        "gipfel",
        "alpen",
        "montanha",
        "serra",
    ),
}
TIME_WORDS: dict[str, Sequence[str]] = {
    "sunset": (
        "sunset",
        "sundown",
        "dusk",
        "golden hour",
        "sunrise",
        "dawn",
        "atardecer",
        "puesta de sol",
        "ocaso",
        "amanecer",
        "coucher de soleil",
        "crepuscule",
        "aube",
        "lever du soleil",
        "sonnenuntergang",
        "abendrot",
        "dammerung",
        "sonnenaufgang",
        "por do sol",
        "entardecer",
        "crepusculo",
        "nascer do sol",
        "amanhecer",
    ),
    "night": (
        "night",
        "midnight",
        "moon",
        "stars",
        "starry",
        "noche",
        "nocturn",
        "luna",
        "estrellas",
        "estrellado",
        "nuit",
        "lune",
        "etoile",
        "nacht",
        "mond",
        "sterne",
        "noite",
        "lua",
        "estrelas",
    ),
}

FACE_WORDS: dict[str, Sequence[str]] = {
    "sunglasses": (
        "sunglasses",
        "shades",
        "glasses",
        "gafas",
        "lentes",
        "anteojos",
        "lunettes",
        "sonnenbrille",
        "brille",
        "oculos",
    ),
    "glow": (
        "glow",
        "radiant",
        "shine",
        "shiny",
        "halo",
        "angel",
        "brillo",
        "resplandor",
        "radiante",
        "lueur",
        "eclat",
        "rayonnant",
        "leuchten",
        "strahlen",
        "glanz",
        "brilho",
        "radiante",
    ),
    "clown nose": (
        "clown",
        "red nose",
        "payaso",
        "nariz roja",
        "nez rouge",
        "clownsnase",
        "rote nase",
        "palhaco",
        "nariz vermelho",
        "nariz vermelha",
    ),
    "cartoon face": (
        "cartoon",
        "toon",
        "anime",
        "caricatura",
        "dibujo animado",
        "dessin anime",
        "zeichentrick",
        "desenho",
    ),
    "blush": (
        "blush",
        "rosy",
        "cheeks",
        "rubor",
        "sonrojad",
        "mejillas",
        "joues",
        "rougir",
        "errot",
        "wangen",
        "bochechas",
        "corad",
    ),
    "pixelate": (
        "pixel",
        "anonym",
        "anonim",
        "hide",
        "censor",
        "mosaic",
        "blur",
        "ocult",
        "censur",
        "mosaico",
        "borros",
        "flout",
        "cacher",
        "masquer",
        "verpixel",
        "unkenntlich",
        "zensur",
        "esconder",
        "desfoc",
    ),
    "big eyes": (
        "big eyes",
        "large eyes",
        "huge eyes",
        "bigger eyes",
        "ojos grandes",
        "grandes ojos",
        "grands yeux",
        "gros yeux",
        "grosse augen",
        "olhos grandes",
    ),
    "moustache": ("moustache", "mustache", "bigote", "schnurrbart", "bigode"),
}
DEFAULT_FACE_EFFECT = "sunglasses"
# Effects that still make sense on the middle of a frame with no face in it.
CENTRE_FACE_EFFECTS = {"glow", "pixelate", "cartoon face"}


# --- small image helpers -----------------------------------------------------------------------


def _working_copy(frame: Image.Image) -> np.ndarray:
    image = frame.convert("RGB")
    scale = SHORT_SIDE / min(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    if size != image.size:
        resample = Image.Resampling.LANCZOS if scale < 1 else Image.Resampling.BICUBIC
        image = image.resize(size, resample)
    return np.asarray(image, dtype=np.uint8).copy()


def _u8(array: np.ndarray) -> np.ndarray:
    return np.clip(array, 0, 255).astype(np.uint8)


def _resize(image: np.ndarray, width: int, height: int, interpolation: int) -> np.ndarray:
    return np.asarray(cv2.resize(image, (width, height), interpolation=interpolation))


def _half(image: np.ndarray) -> np.ndarray:
    h, w = image.shape[:2]
    return _resize(image, max(1, w // 2), max(1, h // 2), cv2.INTER_AREA)


def _gray(image: np.ndarray) -> np.ndarray:
    return np.asarray(cv2.cvtColor(image, cv2.COLOR_RGB2GRAY))


def _saturate(image: np.ndarray, factor: float, value: float = 1.0) -> np.ndarray:
    hsv = cv2.cvtColor(image, cv2.COLOR_RGB2HSV).astype(np.float32)
    hsv[..., 1] *= factor
    hsv[..., 2] *= value
    return np.asarray(cv2.cvtColor(_u8(hsv), cv2.COLOR_HSV2RGB))


def _quantize(image: np.ndarray, colours: int) -> np.ndarray:
    """A palette of ``colours`` by Pillow's fast octree: deterministic (unlike cv2.kmeans) and
    about a hundred times faster than median cut at this size."""
    quantized = Image.fromarray(image).quantize(
        colors=colours, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE
    )
    return np.asarray(quantized.convert("RGB"), dtype=np.uint8)


def _cel(image: np.ndarray, levels: int, chroma_step: float = 12.0) -> np.ndarray:
    """Cel shading: lightness in ``levels`` flat bands, colour in coarse steps (in Lab, so skin
    keeps its hue where a global palette would spend its colours elsewhere)."""
    lab = cv2.cvtColor(image, cv2.COLOR_RGB2LAB).astype(np.float32)
    step = 255.0 / levels
    lab[..., 0] = (np.floor(lab[..., 0] / step) + 0.5) * step
    lab[..., 1:] = np.round((lab[..., 1:] - 128.0) / chroma_step) * chroma_step + 128.0
    return np.asarray(cv2.cvtColor(_u8(lab), cv2.COLOR_LAB2RGB))


def _vignette(height: int, width: int, strength: float) -> np.ndarray:
    ys = np.linspace(-1.0, 1.0, height, dtype=np.float32)[:, None]
    xs = np.linspace(-1.0, 1.0, width, dtype=np.float32)[None, :]
    return 1.0 - strength * np.clip((xs**2 + ys**2) / 2.0, 0.0, 1.0) ** 1.2


def _grain(rng: np.random.Generator, height: int, width: int, sigma: float) -> np.ndarray:
    return rng.normal(0.0, sigma, (height, width, 1)).astype(np.float32)


def _screen(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    fa, fb = a.astype(np.float32) / 255.0, b.astype(np.float32) / 255.0
    return _u8((1.0 - (1.0 - fa) * (1.0 - fb)) * 255.0)


def _smooth_edges(image: np.ndarray) -> np.ndarray:
    """Flat colour regions that keep their edges: bilateral filtering at half size."""
    h, w = image.shape[:2]
    small = _half(image)
    for _ in range(3):
        small = np.asarray(cv2.bilateralFilter(small, 7, 40, 5))
    return _resize(small, w, h, cv2.INTER_LINEAR)


def _ink_lines(image: np.ndarray, smooth: np.ndarray, block: int = 11, c: int = 8) -> np.ndarray:
    """1.0 where there is no line, 0.0 on an ink line: pixels darker than their surroundings
    (adaptive threshold) that lie on an edge of the smoothed picture, so shadows stay shadows
    instead of turning into black blotches."""
    gray = np.asarray(cv2.medianBlur(_gray(image), 7))
    lighter = np.asarray(
        cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, c)
    )
    near_edge = np.asarray(cv2.dilate(_edges(smooth, 30, 90), np.ones((3, 3), np.uint8)))
    ink = np.where(near_edge > 0, 255 - lighter, 0).astype(np.uint8)
    ink = np.asarray(cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8)))
    return (255 - ink).astype(np.float32) / 255.0


def _edges(image: np.ndarray, low: int, high: int) -> np.ndarray:
    gray = np.asarray(cv2.GaussianBlur(_gray(image), (5, 5), 0))
    return np.asarray(cv2.Canny(gray, low, high))


# --- styles (restyle) --------------------------------------------------------------------------


def _style_cartoon(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    smooth = _smooth_edges(image)
    lines = _ink_lines(image, smooth)
    flat = _cel(smooth, 8).astype(np.float32) * lines[..., None]
    return _saturate(_u8(flat), 1.35, 1.05)


def _style_sketch(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    gray, _ = cv2.pencilSketch(image, sigma_s=60, sigma_r=0.07, shade_factor=0.06)
    h, w = image.shape[:2]
    paper = np.array([250, 246, 236], np.float32)
    texture = 1.0 + _grain(rng, h, w, 0.025)
    out = np.asarray(gray, np.float32)[..., None] / 255.0 * paper * texture
    return _u8(out)


def _style_colour_pencil(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    gray, _ = cv2.pencilSketch(image, sigma_s=60, sigma_r=0.07, shade_factor=0.03)
    h, w = image.shape[:2]
    # Pale, grainy colour hatched under the pencil strokes.
    colour = _saturate(_smooth_edges(image), 1.6).astype(np.float32)
    colour = 255.0 - (255.0 - colour) * 0.75
    strokes = np.asarray(gray, np.float32)[..., None] / 255.0
    noise = rng.normal(0.0, 1.0, (h, w)).astype(np.float32)
    hatch = cv2.filter2D(noise, -1, np.eye(9, dtype=np.float32)[::-1] / 9.0)
    texture = 1.0 + 0.08 * hatch[..., None]
    return _u8(colour * (0.45 + 0.55 * strokes) * texture)


def _style_pixel_art(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    block = max(4, min(h, w) // 85)
    small = _resize(image, max(1, w // block), max(1, h // block), cv2.INTER_AREA)
    small = _quantize(_saturate(small, 1.4, 1.05), 24)
    return _resize(small, w, h, cv2.INTER_NEAREST)


def _style_watercolour(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    washed = np.asarray(cv2.edgePreservingFilter(_half(image), flags=1, sigma_s=60, sigma_r=0.5))
    washed = _cel(_resize(washed, w, h, cv2.INTER_LINEAR), 10, 8.0).astype(np.float32)
    # Colour bleeds a little past its edges, and pools darker where each wash ends.
    washed = washed * 0.6 + cv2.GaussianBlur(washed, (0, 0), 4) * 0.4
    lum = cv2.GaussianBlur(washed.mean(axis=2), (0, 0), 1.5)
    edge = np.abs(cv2.Laplacian(lum, cv2.CV_32F, ksize=3))
    washed *= (1.0 - np.clip(edge / 50.0, 0, 0.15))[..., None]
    # Light, transparent colour over a faint pencil drawing, on textured paper.
    washed = 255.0 - (255.0 - washed) * 0.62
    pencil, _ = cv2.pencilSketch(image, sigma_s=40, sigma_r=0.06, shade_factor=0.02)
    washed *= (0.85 + 0.15 * np.asarray(pencil, np.float32) / 255.0)[..., None]
    paper = cv2.GaussianBlur(rng.normal(1.0, 0.06, (h, w)).astype(np.float32), (0, 0), 1.0)
    out = washed * paper[..., None] * np.array([1.0, 0.99, 0.96], np.float32)
    return _saturate(_u8(out), 1.45)


def _style_comic(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    smooth = _smooth_edges(image)
    flat = _saturate(_cel(smooth, 5, 16.0), 1.5).astype(np.float32)
    h, w = image.shape[:2]
    # Halftone dots in the shadows.
    darkness = 1.0 - cv2.GaussianBlur(_gray(image), (0, 0), 2).astype(np.float32) / 255.0
    cell = 6
    ys, xs = np.mgrid[0:h, 0:w]
    dist = np.hypot((xs % cell) - cell / 2 + 0.5, (ys % cell) - cell / 2 + 0.5)
    radius = cell * 0.8 * np.clip(darkness - 0.45, 0, 1) ** 0.5
    flat[dist < radius] *= 0.55
    ink = np.asarray(cv2.dilate(_edges(smooth, 40, 120), np.ones((2, 2), np.uint8)))
    flat[ink > 0] = 15
    return _u8(flat)


def _style_neon(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    edges = np.asarray(cv2.dilate(_edges(image, 40, 110), np.ones((2, 2), np.uint8)))
    edges_f = edges.astype(np.float32)[..., None] / 255.0
    # Magenta to cyan across the frame.
    t = (
        np.linspace(0, 1, w, dtype=np.float32)[None, :] * 0.6
        + np.linspace(0, 1, h, dtype=np.float32)[:, None] * 0.4
    )[..., None]
    hue = (1 - t) * np.array([255, 40, 200], np.float32) + t * np.array([30, 220, 255], np.float32)
    lines = edges_f * hue
    glow = cv2.GaussianBlur(lines, (0, 0), 7) * 2.2 + cv2.GaussianBlur(lines, (0, 0), 2) * 1.2
    base = image.astype(np.float32) * 0.3 * np.array([0.8, 0.7, 1.1], np.float32)
    base *= _vignette(h, w, 0.6)[..., None]
    neon = glow + lines
    return _screen(_u8(base), _u8(neon))


def _style_vintage(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    sepia = np.array(
        [[0.393, 0.769, 0.189], [0.349, 0.686, 0.168], [0.272, 0.534, 0.131]], np.float32
    )
    soft = cv2.GaussianBlur(image, (0, 0), 0.8).astype(np.float32)
    toned = soft @ sepia.T
    toned = 28.0 + toned * 0.8  # faded blacks
    toned = toned * _vignette(h, w, 0.55)[..., None] + _grain(rng, h, w, 7.0)
    return _u8(toned)


def _style_noir(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    gray = _gray(image)
    clahe = cv2.createCLAHE(clipLimit=2.5, tileGridSize=(8, 8))
    contrast = np.asarray(clahe.apply(gray), np.float32) / 255.0
    curve = contrast * contrast * (3 - 2 * contrast)  # S-curve: deep blacks, bright highlights
    out = curve * 255.0 * _vignette(h, w, 0.7) + _grain(rng, h, w, 9.0)[..., 0]
    return np.repeat(_u8(out)[..., None], 3, axis=2)


def _style_oil_painting(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    base = np.asarray(cv2.edgePreservingFilter(image, flags=1, sigma_s=40, sigma_r=0.35))
    brush = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5))
    strokes = np.asarray(cv2.morphologyEx(base, cv2.MORPH_OPEN, brush))
    strokes = np.asarray(cv2.morphologyEx(strokes, cv2.MORPH_CLOSE, brush))
    # Brush texture: streaked noise, lit from the top left like thick paint.
    noise = rng.normal(0.0, 1.0, (h, w)).astype(np.float32)
    streaks = cv2.filter2D(noise, -1, np.eye(7, dtype=np.float32) / 7.0)
    relief = cv2.filter2D(streaks, -1, np.array([[-1, -1, 0], [-1, 0, 1], [0, 1, 1]], np.float32))
    out = strokes.astype(np.float32) * (1.0 + 0.12 * relief[..., None])
    return _saturate(_u8(out), 1.3, 1.03)


POP_PALETTES: tuple[tuple[Rgb, Rgb, Rgb, Rgb], ...] = (
    ((20, 20, 60), (230, 40, 120), (255, 200, 0), (255, 250, 220)),
    ((10, 40, 20), (0, 160, 220), (255, 120, 40), (250, 240, 110)),
    ((50, 0, 60), (255, 70, 70), (120, 230, 120), (240, 250, 255)),
    ((30, 20, 0), (140, 60, 220), (0, 220, 200), (255, 220, 230)),
)


def _style_pop_art(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    tile = _half(image)
    th, tw = tile.shape[:2]
    gray = np.asarray(cv2.GaussianBlur(_gray(_smooth_edges(tile)), (0, 0), 1.0))
    # Four tones at the luminance quartiles so every tile uses all its colours.
    cuts = np.percentile(gray, [25, 50, 75])
    levels = np.digitize(gray, cuts)
    ink = _edges(tile, 60, 150) > 0
    out = np.zeros((th * 2, tw * 2, 3), np.uint8)
    for index, palette in enumerate(POP_PALETTES):
        colours = np.array(palette, np.uint8)[levels]
        colours[ink] = (10, 10, 10)
        y, x = (index // 2) * th, (index % 2) * tw
        out[y : y + th, x : x + tw] = colours
    return _resize(out, w, h, cv2.INTER_NEAREST)


def _style_anime(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    smooth = np.asarray(cv2.edgePreservingFilter(_half(image), flags=1, sigma_s=60, sigma_r=0.4))
    smooth = _resize(smooth, w, h, cv2.INTER_LINEAR)
    flat = _saturate(_cel(smooth, 9, 10.0), 1.35, 1.08).astype(np.float32)
    # Soft bloom in the highlights.
    highlights = np.clip(flat - 170.0, 0, None)
    flat += cv2.GaussianBlur(highlights, (0, 0), 8) * 0.6
    lines = _ink_lines(image, smooth, block=11, c=7)
    line_colour = np.array([60, 35, 40], np.float32)
    out = flat * lines[..., None] + line_colour * (1.0 - lines[..., None])
    return _u8(out)


STYLES: dict[str, Callable[[np.ndarray, np.random.Generator], np.ndarray]] = {
    "cartoon": _style_cartoon,
    "sketch": _style_sketch,
    "colour pencil": _style_colour_pencil,
    "pixel art": _style_pixel_art,
    "watercolour": _style_watercolour,
    "comic": _style_comic,
    "neon": _style_neon,
    "vintage": _style_vintage,
    "noir": _style_noir,
    "oil painting": _style_oil_painting,
    "pop art": _style_pop_art,
    "anime": _style_anime,
}
STYLE_LABELS = {
    "sketch": "pencil sketch",
    "vintage": "vintage sepia",
    "noir": "film noir black-and-white",
}


def _tint(image: np.ndarray, prompt: str, style: str) -> tuple[np.ndarray, list[str]]:
    tints = [t for t in _picks(prompt, TINT_WORDS) if not (style == "noir" and t in TINT_COLOURS)]
    out = image.astype(np.float32)
    for tint in tints:
        if tint in TINT_COLOURS:
            out *= np.array(TINT_COLOURS[tint], np.float32) / 255.0
            out *= 1.08  # keep the brightness the tint took away
        elif tint == "dark":
            out = 255.0 * (out / 255.0) ** 1.4
        elif tint == "bright":
            out = 255.0 * (out / 255.0) ** 0.75
    return _u8(out), tints


def style_apply(image: np.ndarray, style: str, seed: int) -> np.ndarray:
    """One named style (a key of ``STYLES``) on an RGB array; deterministic for ``seed``."""
    rng = np.random.default_rng([seed, zlib.crc32(style.encode())])
    return STYLES[style](image, rng)


# --- faces -------------------------------------------------------------------------------------


def faces_find(image: np.ndarray) -> list[Box]:
    """Frontal faces in an RGB array, largest first, as (x, y, width, height)."""
    h, w = image.shape[:2]
    scale = min(1.0, 384 / min(h, w))
    gray = _gray(image)
    if scale < 1.0:
        gray = _resize(gray, round(w * scale), round(h * scale), cv2.INTER_AREA)
    gray = np.asarray(cv2.equalizeHist(gray))
    smallest = max(24, round(min(gray.shape) * 0.08))
    found = face_cascade().detectMultiScale(
        gray, scaleFactor=1.1, minNeighbors=6, minSize=(smallest, smallest)
    )
    boxes = [
        (round(x / scale), round(y / scale), round(fw / scale), round(fh / scale))
        for x, y, fw, fh in (tuple(int(v) for v in box) for box in found)
    ]
    return sorted(boxes, key=lambda b: -b[2] * b[3])[:6]


def _centre_box(image: np.ndarray) -> Box:
    h, w = image.shape[:2]
    side = round(min(h, w) * 0.36)
    return ((w - side) // 2, round(h * 0.42) - side // 2, side, side)


def _ellipse_mask(h: int, w: int, box: Box, grow: float, feather: float) -> np.ndarray:
    x, y, bw, bh = box
    mask = np.zeros((h, w), np.float32)
    centre = (round(x + bw / 2), round(y + bh / 2))
    axes = (max(1, round(bw * grow / 2)), max(1, round(bh * grow * 1.15 / 2)))
    cv2.ellipse(mask, centre, axes, 0, 0, 360, 1.0, -1)
    return np.asarray(cv2.GaussianBlur(mask, (0, 0), max(1.0, bw * feather)))


def _face_sunglasses(image: np.ndarray, box: Box) -> np.ndarray:
    x, y, w, h = box
    overlay = Image.new("RGBA", (image.shape[1], image.shape[0]), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    eye_y = y + h * 0.43
    lens_w, lens_h = w * 0.36, h * 0.25
    frame_width = max(2, round(w * 0.035))
    for eye_x in (x + w * 0.30, x + w * 0.70):
        lens = (eye_x - lens_w / 2, eye_y - lens_h / 2, eye_x + lens_w / 2, eye_y + lens_h / 2)
        draw.rounded_rectangle(
            lens,
            radius=lens_h * 0.45,
            fill=(12, 12, 18, 240),
            outline=(0, 0, 0, 255),
            width=frame_width,
        )
        # A glint across the top of each lens.
        glint = (
            eye_x - lens_w * 0.3,
            eye_y - lens_h * 0.32,
            eye_x - lens_w * 0.02,
            eye_y - lens_h * 0.18,
        )
        draw.rounded_rectangle(glint, radius=lens_h * 0.07, fill=(255, 255, 255, 120))
    bridge_y = eye_y - lens_h * 0.2
    draw.line(
        (x + w * 0.47, bridge_y, x + w * 0.53, bridge_y), fill=(0, 0, 0, 255), width=frame_width
    )
    for side_x, edge_x in ((x + w * 0.13, x + w * 0.01), (x + w * 0.87, x + w * 0.99)):
        draw.line(
            (side_x, bridge_y, edge_x, bridge_y - h * 0.02), fill=(0, 0, 0, 255), width=frame_width
        )
    base = Image.fromarray(image).convert("RGBA")
    return np.asarray(Image.alpha_composite(base, overlay).convert("RGB"))


def _face_clown_nose(image: np.ndarray, box: Box) -> np.ndarray:
    x, y, w, h = box
    cx, cy, r = x + w * 0.5, y + h * 0.63, w * 0.13
    ih, iw = image.shape[:2]
    ys, xs = np.mgrid[0:ih, 0:iw].astype(np.float32)
    dist = np.hypot(xs - cx, ys - cy) / r
    inside = np.clip((1.0 - dist) * r / 1.5, 0, 1)[..., None]  # anti-aliased disc
    # Lit from the top left: brighter red there, a white highlight, darker rim.
    light = np.hypot(xs - (cx - r * 0.35), ys - (cy - r * 0.35)) / (r * 1.6)
    red = np.stack([235 - 110 * light, 25 - 20 * light, 35 - 25 * light], axis=-1)
    highlight = np.clip(
        1.0 - np.hypot(xs - (cx - r * 0.35), ys - (cy - r * 0.4)) / (r * 0.28), 0, 1
    )[..., None]
    nose = red + highlight * 200
    shadow = np.clip(1.0 - np.hypot(xs - cx, ys - (cy + r * 0.25)) / (r * 1.35), 0, 1)[..., None]
    out = image.astype(np.float32) * (1.0 - 0.35 * shadow * (1 - inside))
    return _u8(out * (1 - inside) + nose * inside)


def _face_blush(image: np.ndarray, box: Box) -> np.ndarray:
    x, y, w, h = box
    ih, iw = image.shape[:2]
    mask = np.zeros((ih, iw), np.float32)
    for cheek_x in (x + w * 0.27, x + w * 0.73):
        cv2.ellipse(
            mask,
            (round(cheek_x), round(y + h * 0.66)),
            (max(1, round(w * 0.12)), max(1, round(h * 0.07))),
            0,
            0,
            360,
            1.0,
            -1,
        )
    mask = np.asarray(cv2.GaussianBlur(mask, (0, 0), max(1.0, w * 0.04)))[..., None] * 0.8
    pink = np.array([255, 95, 130], np.float32)
    out = image.astype(np.float32)
    return _u8(out * (1 - mask) + (out * 0.4 + pink * 0.6) * mask)


def _face_pixelate(image: np.ndarray, box: Box) -> np.ndarray:
    x, y, w, h = box
    ih, iw = image.shape[:2]
    pad_x, pad_y = round(w * 0.08), round(h * 0.12)
    x0, y0 = max(0, x - pad_x), max(0, y - pad_y)
    x1, y1 = min(iw, x + w + pad_x), min(ih, y + h + pad_y)
    region = image[y0:y1, x0:x1]
    cells = max(4, round(w / 12))
    rh, rw = region.shape[:2]
    small = _resize(region, max(1, rw // cells), max(1, rh // cells), cv2.INTER_AREA)
    out = image.copy()
    out[y0:y1, x0:x1] = _resize(small, rw, rh, cv2.INTER_NEAREST)
    return out


def _face_glow(image: np.ndarray, box: Box) -> np.ndarray:
    ih, iw = image.shape[:2]
    halo = _ellipse_mask(ih, iw, box, 1.9, 0.35)[..., None]
    skin = _ellipse_mask(ih, iw, box, 1.05, 0.1)[..., None]
    smooth = np.asarray(cv2.bilateralFilter(image, 9, 50, 9)).astype(np.float32)
    out = image.astype(np.float32) * (1 - skin) + smooth * skin
    bloom = cv2.GaussianBlur(out, (0, 0), max(2.0, box[2] * 0.05)) * 1.15
    warm = np.array([255, 225, 170], np.float32)
    glow = _screen(_u8(out), _u8(bloom * 0.35 + warm * 0.18)).astype(np.float32)
    halo *= 0.85
    return _u8(out * (1 - halo) + glow * halo)


def _face_cartoon(image: np.ndarray, box: Box) -> np.ndarray:
    ih, iw = image.shape[:2]
    x, y, w, h = box
    pad = round(w * 0.6)
    x0, y0, x1, y1 = max(0, x - pad), max(0, y - pad), min(iw, x + w + pad), min(ih, y + h + pad)
    crop = image[y0:y1, x0:x1]
    toon = image.astype(np.float32)
    toon[y0:y1, x0:x1] = _style_cartoon(crop, np.random.default_rng(0))
    mask = _ellipse_mask(ih, iw, box, 1.45, 0.08)[..., None]
    return _u8(image.astype(np.float32) * (1 - mask) + toon * mask)


def _magnify(
    image: np.ndarray, centre: tuple[float, float], radius: float, amount: float
) -> np.ndarray:
    ih, iw = image.shape[:2]
    ys, xs = np.mgrid[0:ih, 0:iw].astype(np.float32)
    dx, dy = xs - centre[0], ys - centre[1]
    d = np.hypot(dx, dy) / radius
    # Sample closer to the centre inside the radius: a smooth bulge that meets the skin around it.
    factor = np.where(d < 1.0, 1.0 - amount * (1.0 - d * d) ** 2, 1.0).astype(np.float32)
    map_x = (centre[0] + dx * factor).astype(np.float32)
    map_y = (centre[1] + dy * factor).astype(np.float32)
    return np.asarray(
        cv2.remap(image, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    )


def _face_big_eyes(image: np.ndarray, box: Box) -> np.ndarray:
    x, y, w, h = box
    out = image
    for eye_x in (x + w * 0.31, x + w * 0.69):
        out = _magnify(out, (eye_x, y + h * 0.43), w * 0.22, 0.55)
    return out


def _face_moustache(image: np.ndarray, box: Box) -> np.ndarray:
    x, y, w, h = box
    overlay = Image.new("RGBA", (image.shape[1], image.shape[0]), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    cx, top = x + w * 0.5, y + h * 0.71
    colour = (45, 28, 18, 245)
    for side in (-1, 1):
        # A curled handlebar: a fat stroke that thins and turns up at the tip.
        points = []
        for i in range(13):
            t = i / 12
            px = cx + side * w * (0.02 + 0.26 * t)
            py = top + h * (0.035 * math.sin(math.pi * t) - 0.07 * t**3)
            points.append((px, py, max(1.5, w * 0.07 * (1 - t) ** 0.7)))
        for px, py, r in points:
            draw.ellipse((px - r, py - r * 0.75, px + r, py + r * 0.75), fill=colour)
    base = Image.fromarray(image).convert("RGBA")
    return np.asarray(Image.alpha_composite(base, overlay).convert("RGB"))


FACE_EFFECTS: dict[str, Callable[[np.ndarray, Box], np.ndarray]] = {
    "sunglasses": _face_sunglasses,
    "glow": _face_glow,
    "clown nose": _face_clown_nose,
    "cartoon face": _face_cartoon,
    "blush": _face_blush,
    "pixelate": _face_pixelate,
    "big eyes": _face_big_eyes,
    "moustache": _face_moustache,
}


# --- person mask -------------------------------------------------------------------------------


def person_mask(image: np.ndarray, faces: Sequence[Box], seed: int = 0) -> np.ndarray:
    """A feathered alpha (float32, 0..1) of the person in an RGB array.

    GrabCut is seeded with what a face implies: the face is certainly the person, the head and
    a torso below it probably are, and everything outside a body-sized box is background. With
    no face, a subject in the middle of the frame is assumed.
    """
    h, w = image.shape[:2]
    scale = min(1.0, MASK_SHORT_SIDE / min(h, w))
    sw, sh = max(8, round(w * scale)), max(8, round(h * scale))
    small = _resize(image, sw, sh, cv2.INTER_AREA)
    mask = np.full((sh, sw), cv2.GC_BGD, np.uint8)
    prior = np.zeros((sh, sw), np.float32)  # the fallback when GrabCut finds nothing usable

    def rect(x0: float, y0: float, x1: float, y1: float, value: int) -> None:
        a, b = max(0, round(x0)), max(0, round(y0))
        c, d = min(sw, round(x1)), min(sh, round(y1))
        if c > a and d > b:
            mask[b:d, a:c] = value

    def ellipse(cx: float, cy: float, ax: float, ay: float, value: int) -> None:
        cv2.ellipse(
            mask,
            (round(cx), round(cy)),
            (max(1, round(ax)), max(1, round(ay))),
            0,
            0,
            360,
            value,
            -1,
        )

    if faces:
        for fx, fy, fw, fh in ((v * scale for v in face) for face in faces):
            rect(fx - fw * 1.6, fy - fh * 0.6, fx + fw * 2.6, sh, cv2.GC_PR_BGD)
        for fx, fy, fw, fh in ((v * scale for v in face) for face in faces):
            cx = fx + fw / 2
            ellipse(cx, fy + fh * 0.45, fw * 0.68, fh * 0.85, cv2.GC_PR_FGD)
            rect(cx - fw * 1.1, fy + fh * 1.35, cx + fw * 1.1, sh, cv2.GC_PR_FGD)
            ellipse(cx, fy + fh * 0.55, fw * 0.3, fh * 0.38, cv2.GC_FGD)
            rect(cx - fw * 0.45, fy + fh * 1.6, cx + fw * 0.45, fy + fh * 2.4, cv2.GC_FGD)
            cv2.ellipse(
                prior,
                (round(cx), round(fy + fh * 0.45)),
                (round(fw * 0.6), round(fh * 0.8)),
                0,
                0,
                360,
                1.0,
                -1,
            )
            cv2.ellipse(
                prior,
                (round(cx), round(sh + fh * 0.4)),
                (round(fw * 1.25), round(sh - fy - fh * 0.55)),
                0,
                180,
                360,
                1.0,
                -1,
            )
    else:
        rect(sw * 0.15, sh * 0.08, sw * 0.85, sh, cv2.GC_PR_FGD)
        cv2.ellipse(
            prior,
            (sw // 2, round(sh * 0.6)),
            (round(sw * 0.3), round(sh * 0.42)),
            0,
            0,
            360,
            1.0,
            -1,
        )
    # The top and side borders are background: GrabCut needs samples of both.
    mask[:2, :] = cv2.GC_BGD
    mask[:, :2] = cv2.GC_BGD
    mask[:, -2:] = cv2.GC_BGD

    foreground = prior
    cv2.setRNGSeed(seed)  # GrabCut's colour models start from k-means on OpenCV's RNG
    try:
        bgd_model = np.zeros((1, 65), np.float64)
        fgd_model = np.zeros((1, 65), np.float64)
        cv2.grabCut(small, mask, (0, 0, 0, 0), bgd_model, fgd_model, 3, cv2.GC_INIT_WITH_MASK)
        cut = np.isin(mask, (cv2.GC_FGD, cv2.GC_PR_FGD)).astype(np.uint8)
        cut = np.asarray(cv2.morphologyEx(cut, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8)))
        cut = np.asarray(cv2.morphologyEx(cut, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8)))
        cut = _keep_touching(cut, prior > 0)
        share = float(cut.mean())
        if 0.03 < share < 0.9:
            foreground = cut.astype(np.float32)
    except cv2.error:
        pass
    alpha = _resize(foreground, w, h, cv2.INTER_LINEAR)
    alpha = np.asarray(cv2.GaussianBlur(alpha, (0, 0), max(1.0, min(h, w) / 300)))
    return np.clip((alpha - 0.5) * 1.6 + 0.5, 0.0, 1.0).astype(np.float32)


def _keep_touching(mask: np.ndarray, core: np.ndarray) -> np.ndarray:
    """Only the connected parts of ``mask`` that overlap ``core``: no stray islands."""
    count, labels = cv2.connectedComponents(mask)
    keep = np.unique(labels[(mask > 0) & core])
    keep = keep[keep > 0]
    if count <= 1 or keep.size == 0:
        return mask
    return np.isin(labels, keep).astype(np.uint8)


# --- backdrops ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scene:
    setting: str | None  # a key of SETTING_WORDS, or None
    time: str  # "day", "sunset" or "night"

    @property
    def label(self) -> str:
        if self.setting is None:
            return {"day": "soft bokeh", "sunset": "sunset", "night": "starry night"}[self.time]
        if self.setting in ("space", "underwater"):
            return self.setting
        if self.time == "night":
            return f"night {self.setting}"
        if self.time == "sunset":
            return f"{self.setting} at sunset"
        return self.setting


def scene_from_prompt(prompt: str) -> Scene:
    setting = _pick(prompt, SETTING_WORDS)
    time = _pick(prompt, TIME_WORDS) or "day"
    if setting == "space":
        time = "night"
    return Scene(setting, time)


def _gradient(
    h: int, w: int, stops: Sequence[tuple[float, Rgb]], y0: float = 0.0, y1: float = 1.0
) -> np.ndarray:
    """Rows from ``y0`` to ``y1`` (fractions of h) through colour stops at fractions 0..1."""
    t = np.clip((np.arange(h, dtype=np.float32) / max(1, h - 1) - y0) / max(1e-6, y1 - y0), 0, 1)
    positions = [p for p, _ in stops]
    channels = [np.interp(t, positions, [c[i] for _, c in stops]) for i in range(3)]
    column = np.stack(channels, axis=-1).astype(np.float32)
    return np.repeat(column[:, None, :], w, axis=1)


SKIES: dict[str, Sequence[tuple[float, Rgb]]] = {
    "day": ((0.0, (60, 120, 205)), (0.7, (140, 190, 235)), (1.0, (205, 228, 245))),
    "sunset": (
        (0.0, (38, 36, 98)),
        (0.35, (130, 60, 130)),
        (0.7, (240, 110, 80)),
        (1.0, (255, 196, 110)),
    ),
    "night": ((0.0, (4, 6, 22)), (0.75, (16, 24, 60)), (1.0, (36, 48, 96))),
}


def _glow(
    canvas: np.ndarray, cx: float, cy: float, radius: float, colour: Rgb, strength: float
) -> None:
    h, w = canvas.shape[:2]
    ys, xs = np.ogrid[0:h, 0:w]
    d = np.hypot(xs - cx, ys - cy).astype(np.float32)
    halo = np.exp(-((d / (radius * 3.0)) ** 2)) * strength
    disc = np.clip(radius - d + 1, 0, 1)
    amount = np.clip(halo + disc, 0, 1)[..., None]
    canvas[:] = canvas * (1 - amount) + np.array(colour, np.float32) * amount


def _stars(canvas: np.ndarray, rng: np.random.Generator, count: int, bottom: float) -> None:
    h, w = canvas.shape[:2]
    layer = np.zeros((h, w), np.float32)
    ys = rng.integers(0, max(1, int(h * bottom)), count)
    xs = rng.integers(0, w, count)
    brightness = rng.uniform(0.3, 1.0, count) ** 2
    layer[ys, xs] = brightness
    big = np.zeros((h, w), np.float32)
    chosen = rng.random(count) < 0.08
    big[ys[chosen], xs[chosen]] = brightness[chosen] * 6.0
    layer = layer + np.asarray(cv2.GaussianBlur(big, (0, 0), 1.2))
    fade = np.clip(1.2 - np.arange(h, dtype=np.float32) / max(1, h * bottom), 0, 1)[:, None]
    canvas += (np.clip(layer, 0, 1) * fade * 255.0)[..., None] * np.array(
        [1, 0.97, 0.9], np.float32
    )


def _ridge(
    w: int, rng: np.random.Generator, base: float, amplitude: float, roughness: int
) -> np.ndarray:
    xs = np.linspace(0, 1, w, dtype=np.float32)
    curve = np.zeros(w, np.float32)
    for octave in range(1, roughness + 1):
        phase = rng.uniform(0, 2 * math.pi)
        curve += np.sin(xs * math.pi * (1.3 * octave + rng.uniform(0, 1)) + phase) / octave
    return base - amplitude * curve / 1.6


def _fill_below(
    canvas: np.ndarray, ridge_y: np.ndarray, colour: Rgb | np.ndarray, shade: float = 0.0
) -> np.ndarray:
    """Paint everything below a per-column ridge line (pixel rows); returns the filled mask."""
    h = canvas.shape[0]
    rows = np.arange(h, dtype=np.float32)[:, None]
    inside = np.clip(rows - ridge_y[None, :] + 0.5, 0, 1)
    paint = np.broadcast_to(np.asarray(colour, np.float32), canvas.shape).copy()
    if shade:
        depth = np.clip((rows - ridge_y[None, :]) / (h * 0.35), 0, 1)[..., None]
        paint *= 1.0 - shade * depth
    canvas[:] = canvas * (1 - inside[..., None]) + paint * inside[..., None]
    return inside


def _sea(
    canvas: np.ndarray,
    rng: np.random.Generator,
    horizon: float,
    shore: float,
    time: str,
    sun_x: float,
) -> None:
    h, w = canvas.shape[:2]
    colours = {
        "day": ((40, 110, 170), (40, 175, 190)),
        "sunset": ((70, 50, 100), (190, 100, 90)),
        "night": ((8, 14, 40), (20, 34, 70)),
    }[time]
    top, bottom = round(h * horizon), round(h * shore)
    water = _gradient(bottom - top, w, ((0.0, colours[0]), (1.0, colours[1])))
    ys, xs = np.mgrid[0 : bottom - top, 0:w].astype(np.float32)
    depth = (ys + 4) / max(1, bottom - top)
    phase = rng.uniform(0, 6.28)
    waves = np.sin(xs / (6 + 30 * depth) + ys * 0.9 / depth**0.5 + phase)
    sparkle = np.clip(waves - 0.82, 0, None) * 5.5 * (0.4 + depth)
    water += (sparkle * 40.0)[..., None]
    if time != "day":
        # The sun's (or moon's) reflection: a shimmering column under it.
        column = np.exp(-(((xs - sun_x) / (w * (0.03 + 0.09 * depth))) ** 2))
        glint = (np.sin(ys * 1.7 + xs * 0.15 + phase) > 0.2) * column
        tone = (255, 200, 120) if time == "sunset" else (210, 220, 255)
        water += (glint * 0.7)[..., None] * (np.array(tone, np.float32) - water)
    canvas[top:bottom] = water


def _palm(
    draw: ImageDraw.ImageDraw,
    base_x: float,
    base_y: float,
    height: float,
    lean: float,
    trunk: Rgb,
    leaves: Rgb,
) -> None:
    """A palm tree: a curved, tapering trunk and drooping leaf-shaped fronds."""
    top_x, top_y = base_x + lean * height * 0.35, base_y - height
    segments = 14
    for i in range(segments):
        t0, t1 = i / segments, (i + 1) / segments
        x0 = base_x + (top_x - base_x) * t0**1.6
        x1 = base_x + (top_x - base_x) * t1**1.6
        y0, y1 = base_y - height * t0, base_y - height * t1
        draw.line((x0, y0, x1, y1), fill=trunk, width=max(2, round(height * (0.05 - 0.02 * t0))))
    for angle in (-165, -135, -100, -75, -45, -15, 195, 165):
        a = math.radians(angle)
        spine = []
        for j in range(12):
            t = j / 11
            reach = height * 0.5 * t
            spine.append(
                (
                    top_x + math.cos(a) * reach,
                    top_y + math.sin(a) * reach * 0.45 + height * 0.3 * t * t,
                )
            )
        left, right = [], []
        for j, (px, py) in enumerate(spine):
            nx, ny = (
                spine[min(j + 1, 11)][0] - spine[max(j - 1, 0)][0],
                spine[min(j + 1, 11)][1] - spine[max(j - 1, 0)][1],
            )
            length = math.hypot(nx, ny) or 1.0
            half = height * 0.06 * math.sin(math.pi * j / 11)
            left.append((px - ny / length * half, py + nx / length * half))
            right.append((px + ny / length * half, py - nx / length * half))
        draw.polygon(left + right[::-1], fill=leaves)


def _sky_with_sun(
    h: int, w: int, time: str, horizon: float, rng: np.random.Generator, sun_x: float
) -> np.ndarray:
    canvas = _gradient(h, w, SKIES[time], 0.0, horizon)
    if time == "day":
        _glow(canvas, sun_x, h * 0.12, min(h, w) * 0.05, (255, 250, 225), 0.5)
        _clouds(canvas, rng, horizon * 0.6, (255, 255, 255), 0.8)
    elif time == "sunset":
        _glow(
            canvas, sun_x, h * horizon - min(h, w) * 0.02, min(h, w) * 0.09, (255, 225, 140), 0.75
        )
        _clouds(canvas, rng, horizon * 0.7, (255, 150, 130), 0.5)
    else:
        _stars(canvas, rng, int(h * w / 700), horizon)
        _glow(canvas, sun_x, h * 0.13, min(h, w) * 0.055, (240, 240, 225), 0.35)
    return canvas


def _clouds(
    canvas: np.ndarray, rng: np.random.Generator, bottom: float, colour: Rgb, strength: float
) -> None:
    h, w = canvas.shape[:2]
    layer = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(layer)
    for _ in range(5):
        cx, cy = rng.uniform(-0.1, 1.1) * w, rng.uniform(0.08, bottom) * h
        width = rng.uniform(0.2, 0.45) * w
        for _ in range(6):
            ox, oy = rng.uniform(-0.5, 0.5) * width, rng.uniform(-0.08, 0.05) * width
            r = rng.uniform(0.12, 0.22) * width
            draw.ellipse((cx + ox - r, cy + oy - r * 0.6, cx + ox + r, cy + oy + r * 0.6), fill=200)
    blurred = layer.filter(ImageFilter.GaussianBlur(min(h, w) * 0.02))
    amount = np.asarray(blurred, np.float32)[..., None] / 255.0 * strength
    canvas[:] = canvas * (1 - amount) + np.array(colour, np.float32) * amount


def _backdrop_beach(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    sun_x = w * rng.uniform(0.62, 0.82)
    canvas = _sky_with_sun(h, w, time, 0.56, rng, sun_x)
    _sea(canvas, rng, 0.56, 0.76, time, sun_x)
    sand_colour = {"day": (232, 208, 160), "sunset": (205, 150, 120), "night": (60, 60, 80)}[time]
    shore = _ridge(w, rng, h * 0.76, h * 0.012, 3)
    _fill_below(canvas, shore, sand_colour, shade=0.25)
    canvas += _grain(rng, h, w, 4.0) * (np.arange(h)[:, None, None] > h * 0.75)
    # Foam along the water's edge.
    rows = np.arange(h, dtype=np.float32)[:, None]
    foam = np.exp(-(((rows - shore[None, :] - 2) / 3.0) ** 2))[..., None] * 0.8
    canvas[:] = canvas * (1 - foam) + 245.0 * foam
    image = Image.fromarray(_u8(canvas))
    draw = ImageDraw.Draw(image)
    if time == "day":
        _palm(draw, w * 0.96, h * 0.9, h * 0.55, -1.0, (110, 80, 50), (40, 120, 50))
    else:
        _palm(draw, w * 0.96, h * 0.9, h * 0.55, -1.0, (25, 18, 28), (25, 18, 28))
    return np.asarray(image, np.float32)


def _backdrop_sea(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    sun_x = w * rng.uniform(0.35, 0.65)
    canvas = _sky_with_sun(h, w, time, 0.62, rng, sun_x)
    _sea(canvas, rng, 0.62, 1.0, time, sun_x)
    return canvas


def _backdrop_night(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    canvas = _sky_with_sun(h, w, "night", 0.8, rng, w * rng.uniform(0.6, 0.85))
    _fill_below(canvas, _ridge(w, rng, h * 0.8, h * 0.05, 3), (14, 18, 34))
    _fill_below(canvas, _ridge(w, rng, h * 0.88, h * 0.04, 4), (6, 8, 18))
    return canvas


def _backdrop_city(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    canvas = _sky_with_sun(h, w, time, 0.8, rng, w * rng.uniform(0.65, 0.85))
    image = Image.fromarray(_u8(canvas))
    draw = ImageDraw.Draw(image)
    layers = {
        "day": ((150, 165, 190), (95, 105, 125)),
        "sunset": ((95, 60, 100), (45, 30, 55)),
        "night": ((30, 34, 62), (14, 16, 30)),
    }[time]
    ground = h * 0.8
    for depth, colour in enumerate(layers):
        x = -rng.uniform(0, w * 0.05)
        while x < w:
            bw = w * rng.uniform(0.07, 0.15)
            top = ground - h * rng.uniform(0.18, 0.42) * (1.0 if depth == 0 else 0.75)
            draw.rectangle((x, top, x + bw, ground), fill=colour)
            if rng.random() < 0.3:  # a spire or a roof box
                draw.rectangle((x + bw * 0.4, top - h * 0.04, x + bw * 0.6, top), fill=colour)
            lit = {"day": 0.0, "sunset": 0.25, "night": 0.45}[time] * (1.0 if depth else 0.6)
            win = max(2, round(bw / 9))
            for wy in np.arange(top + win * 1.5, ground - win, win * 2.2):
                for wx in np.arange(x + win, x + bw - win, win * 2):
                    if time == "day":
                        shade = tuple(min(255, c + 35) for c in colour)
                        draw.rectangle((wx, wy, wx + win - 1, wy + win - 1), fill=shade)
                    elif rng.random() < lit:
                        draw.rectangle((wx, wy, wx + win - 1, wy + win - 1), fill=(255, 214, 120))
            x += bw + w * rng.uniform(0.0, 0.02)
    draw.rectangle((0, ground, w, h), fill=(40, 42, 48) if time == "day" else (12, 12, 18))
    canvas = np.asarray(image, np.float32)
    if time == "night":  # windows bloom a little
        lights = np.clip(canvas - 200.0, 0, None)
        canvas = canvas + np.asarray(cv2.GaussianBlur(lights, (0, 0), 3)) * 1.5
    return canvas


def _pine(
    draw: ImageDraw.ImageDraw, x: float, base: float, height: float, colour: Rgb, snow: bool
) -> None:
    width = height * 0.42
    draw.rectangle(
        (x - width * 0.06, base - height * 0.12, x + width * 0.06, base), fill=(60, 40, 30)
    )
    for tier in range(4):
        t = tier / 4
        tier_base = base - height * (0.1 + 0.22 * t)
        half = width * (0.5 - 0.1 * tier)
        tip = tier_base - height * 0.38
        draw.polygon([(x - half, tier_base), (x + half, tier_base), (x, tip)], fill=colour)
        if snow:
            draw.polygon(
                [
                    (x - half * 0.45, tip + height * 0.2),
                    (x + half * 0.45, tip + height * 0.2),
                    (x, tip),
                ],
                fill=(235, 240, 250),
            )


def _backdrop_forest(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    canvas = _sky_with_sun(h, w, time, 0.7, rng, w * rng.uniform(0.6, 0.85))
    _fill_below(canvas, _ridge(w, rng, h * 0.8, h * 0.02, 2), (70, 120, 55), shade=0.4)
    image = Image.fromarray(_u8(canvas))
    draw = ImageDraw.Draw(image)
    palettes = {
        "day": ((110, 150, 130), (60, 110, 70), (30, 75, 40)),
        "sunset": ((120, 80, 110), (70, 50, 70), (35, 25, 40)),
        "night": ((25, 35, 50), (15, 24, 34), (6, 12, 16)),
    }[time]
    for depth, colour in enumerate(palettes):
        base = h * (0.72 + 0.09 * depth)
        size = h * (0.2 + 0.12 * depth)
        step = size * 0.32
        x = -rng.uniform(0, step)
        while x < w + step:
            _pine(
                draw,
                x,
                base + rng.uniform(0, h * 0.02),
                size * rng.uniform(0.8, 1.15),
                colour,
                snow=False,
            )
            x += step * rng.uniform(0.7, 1.3)
    return np.asarray(image, np.float32)


def _backdrop_snow(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    stops = SKIES[time] if time != "day" else ((0.0, (150, 180, 215)), (1.0, (225, 234, 245)))
    canvas = _gradient(h, w, stops, 0.0, 0.7)
    if time == "night":
        _stars(canvas, rng, int(h * w / 900), 0.6)
    far = _ridge(w, rng, h * 0.62, h * 0.08, 3)
    _fill_below(canvas, far, (205, 215, 235), shade=0.15)
    image = Image.fromarray(_u8(canvas))
    draw = ImageDraw.Draw(image)
    x = -rng.uniform(0, w * 0.05)
    while x < w:
        _pine(
            draw,
            x,
            h * 0.74 + rng.uniform(0, h * 0.03),
            h * rng.uniform(0.18, 0.3),
            (30, 70, 55),
            snow=True,
        )
        x += w * rng.uniform(0.08, 0.18)
    canvas = np.asarray(image, np.float32).copy()
    _fill_below(canvas, _ridge(w, rng, h * 0.78, h * 0.015, 2), (240, 244, 252), shade=0.12)
    # Falling snow: soft flakes of a few sizes.
    layer = np.zeros((h, w), np.float32)
    count = int(h * w / 450)
    layer[rng.integers(0, h, count), rng.integers(0, w, count)] = 1.0
    flakes = np.asarray(cv2.dilate(layer, np.ones((2, 2), np.uint8)))
    flakes = np.clip(np.asarray(cv2.GaussianBlur(flakes, (0, 0), 0.8)) * 1.6, 0, 1)[..., None]
    canvas = canvas * (1 - flakes) + 255.0 * flakes
    if time == "night":
        canvas *= 0.55
    return canvas


def _backdrop_desert(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    stops = (
        SKIES[time]
        if time != "day"
        else ((0.0, (70, 140, 215)), (0.8, (170, 205, 230)), (1.0, (245, 225, 190)))
    )
    canvas = _gradient(h, w, stops, 0.0, 0.62)
    sun_x = w * rng.uniform(0.6, 0.85)
    if time == "night":
        _stars(canvas, rng, int(h * w / 700), 0.62)
    else:
        _glow(
            canvas,
            sun_x,
            h * (0.12 if time == "day" else 0.58),
            min(h, w) * 0.07,
            (255, 240, 200),
            0.7,
        )
    sand = {
        "day": ((236, 196, 130), (214, 160, 95), (190, 130, 70)),
        "sunset": ((215, 130, 90), (180, 95, 70), (140, 65, 55)),
        "night": ((60, 55, 75), (45, 40, 60), (30, 28, 45)),
    }[time]
    for depth, colour in enumerate(sand):
        ridge = _ridge(w, rng, h * (0.62 + 0.1 * depth), h * (0.05 - 0.01 * depth), 2)
        inside = _fill_below(canvas, ridge, colour, shade=0.2)
        # Sunlit and shaded faces of each dune, from the ridge's slope.
        slope = np.gradient(ridge)[None, :, None]
        canvas += inside[..., None] * np.clip(-slope * 6.0, -25, 25)
    canvas += _grain(rng, h, w, 3.0)
    return canvas


def _backdrop_mountains(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    canvas = _sky_with_sun(h, w, time, 0.7, rng, w * rng.uniform(0.6, 0.85))
    shades = {
        "day": ((130, 150, 185), (85, 105, 135), (55, 80, 65)),
        "sunset": ((150, 95, 125), (100, 60, 95), (50, 32, 55)),
        "night": ((32, 38, 70), (20, 24, 46), (8, 10, 20)),
    }[time]
    rows = np.arange(h, dtype=np.float32)[:, None]
    for depth, colour in enumerate(shades):
        ridge = _ridge(w, rng, h * (0.45 + 0.14 * depth), h * (0.14 - 0.035 * depth), 5)
        _fill_below(canvas, ridge, colour, shade=0.25)
        if depth == 0:  # snow on the highest peaks
            snowline = ridge.min() + h * 0.06
            cap = np.clip(rows - ridge[None, :], 0, 1) * (
                rows < snowline - (ridge[None, :] - ridge.min()) * 0.3
            )
            tone = (240, 244, 252) if time == "day" else tuple(min(255, c + 90) for c in colour)
            canvas[:] = canvas * (1 - cap[..., None]) + np.array(tone, np.float32) * cap[..., None]
    return canvas


def _backdrop_space(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    canvas = _gradient(h, w, ((0.0, (6, 4, 20)), (0.6, (14, 8, 38)), (1.0, (4, 10, 30))))
    # Nebula: smooth noise, coloured, strongest along a diagonal band.
    for colour, scale in (((170, 60, 200), 10), ((40, 110, 220), 14)):
        noise = rng.random((max(2, h // 64), max(2, w // 64))).astype(np.float32)
        cloud = _resize(noise, w, h, cv2.INTER_CUBIC)
        cloud = np.asarray(cv2.GaussianBlur(cloud, (0, 0), scale))
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        band = np.exp(-(((xs / w - ys / h * 0.8 - 0.1) / 0.35) ** 2))
        amount = np.clip((cloud - 0.35) * 1.6, 0, 1) * band * 0.55
        canvas += amount[..., None] * np.array(colour, np.float32)
    _stars(canvas, rng, int(h * w / 250), 1.0)
    # A ringed planet, lit from the left.
    cx, cy, r = w * rng.uniform(0.7, 0.82), h * rng.uniform(0.12, 0.22), min(h, w) * 0.13
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.hypot(xs - cx, ys - cy)
    disc = np.clip(r - d + 1, 0, 1)
    light = np.clip(1.0 - np.hypot(xs - (cx - r * 0.5), ys - (cy - r * 0.4)) / (r * 1.9), 0, 1)
    stripes = 0.85 + 0.15 * np.sin((ys - cy) / r * 9.0)
    body = np.array([235, 170, 110], np.float32) * (0.15 + 0.95 * light * stripes)[..., None]
    ring = np.abs(np.hypot((xs - cx) / 1.9, (ys - cy) / 0.45 * 0.9) - r * 1.05) < r * 0.1
    ring_front = ring & ((ys > cy) | (d > r))
    canvas[:] = canvas * (1 - disc[..., None]) + body * disc[..., None]
    canvas[ring_front] = canvas[ring_front] * 0.3 + np.array([220, 200, 170], np.float32) * 0.7
    return canvas


def _backdrop_underwater(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    canvas = _gradient(h, w, ((0.0, (30, 160, 200)), (0.55, (10, 90, 150)), (1.0, (5, 40, 85))))
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    # Light rays fanning down from the surface.
    angle = np.arctan2(xs - w * 0.5, ys + h * 0.3)
    rays = np.zeros_like(angle)
    for _ in range(7):
        centre, width = rng.uniform(-0.5, 0.5), rng.uniform(0.015, 0.04)
        rays += np.exp(-(((angle - centre) / width) ** 2))
    rays *= np.clip(1.0 - ys / (h * 0.85), 0, 1) * 0.35
    canvas += rays[..., None] * np.array([200, 255, 255], np.float32)
    # Caustics shimmering near the surface.
    phase = rng.uniform(0, 6.28, 2)
    caustic = np.sin(xs / 9 + np.sin(ys / 13 + phase[0]) * 2) * np.sin(
        ys / 11 + np.sin(xs / 15 + phase[1]) * 2
    )
    canvas += (np.clip(caustic - 0.6, 0, 1) * 120 * np.clip(1 - ys / (h * 0.35), 0, 1))[..., None]
    sand = _ridge(w, rng, h * 0.88, h * 0.02, 3)
    _fill_below(canvas, sand, (150, 140, 100), shade=0.3)
    image = Image.fromarray(_u8(canvas))
    draw = ImageDraw.Draw(image)
    for _ in range(9):  # seaweed
        x, height = rng.uniform(0, w), h * rng.uniform(0.15, 0.35)
        phase_w = rng.uniform(0, 6.28)
        points = [
            (x + math.sin(phase_w + t * 4) * w * 0.02, h * 0.9 - height * t)
            for t in np.linspace(0, 1, 16)
        ]
        draw.line(points, fill=(30, 120, 70), width=max(3, round(w * 0.012)), joint="curve")
    for _ in range(28):  # bubbles
        bx, by, br = rng.uniform(0, w), rng.uniform(0, h * 0.85), rng.uniform(2, w * 0.014)
        draw.ellipse(
            (bx - br, by - br, bx + br, by + br),
            outline=(210, 245, 255),
            width=max(1, round(br / 4)),
        )
    return np.asarray(image, np.float32)


def _backdrop_bokeh(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    canvas = _gradient(h, w, ((0.0, (60, 40, 110)), (0.5, (150, 70, 130)), (1.0, (40, 90, 140))))
    layer = Image.new("RGB", (w, h), (0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(26):
        cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.03, 0.09) * min(h, w)
        colour = tuple(int(c) for c in rng.integers(120, 255, 3))
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)
    blurred = np.asarray(layer.filter(ImageFilter.GaussianBlur(min(h, w) * 0.012)), np.float32)
    return np.asarray(_screen(_u8(canvas), _u8(blurred * 0.6)), np.float32)


BACKDROPS: dict[str | None, Callable[[int, int, str, np.random.Generator], np.ndarray]] = {
    "beach": _backdrop_beach,
    "city": _backdrop_city,
    "forest": _backdrop_forest,
    "snow": _backdrop_snow,
    "desert": _backdrop_desert,
    "mountains": _backdrop_mountains,
    "space": _backdrop_space,
    "underwater": _backdrop_underwater,
}


def backdrop_draw(scene: Scene, width: int, height: int, seed: int) -> np.ndarray:
    """The scene drawn procedurally as an RGB uint8 array; deterministic for ``seed``."""
    rng = np.random.default_rng([seed, zlib.crc32(scene.label.encode())])
    draw: Callable[[int, int, str, np.random.Generator], np.ndarray]
    if scene.setting is None:
        draw = {"day": _backdrop_bokeh, "sunset": _backdrop_sea, "night": _backdrop_night}[
            scene.time
        ]
    else:
        draw = BACKDROPS[scene.setting]
    return _u8(draw(height, width, scene.time, rng))


def _composite(
    image: np.ndarray, backdrop: np.ndarray, alpha: np.ndarray, scene: Scene
) -> np.ndarray:
    h, w = image.shape[:2]
    person = image.astype(np.float32)
    # The scene's ambient light: a very blurred backdrop (blurred small, it costs nothing).
    tiny = _resize(backdrop, max(1, w // 16), max(1, h // 16), cv2.INTER_AREA)
    tiny = np.asarray(cv2.GaussianBlur(tiny, (0, 0), max(1.0, min(h, w) / 160)))
    ambient = _resize(tiny, w, h, cv2.INTER_LINEAR).astype(np.float32)
    # Let the new scene's light fall on the person a little, and its colour wrap round the edges.
    person = person * 0.88 + ambient * 0.12
    if scene.setting == "underwater":
        person = person * np.array([0.75, 0.95, 1.05], np.float32) + np.array([0, 10, 25])
    elif scene.time == "night" and scene.setting != "space":
        person *= 0.85
    a = alpha[..., None]
    edge = np.clip(a * (1 - a) * 4, 0, 1) * 0.4
    person = person * (1 - edge) + ambient * edge
    out = person * a + backdrop.astype(np.float32) * (1 - a)
    return _u8(out)


# --- the engine --------------------------------------------------------------------------------


class EffectsEngine:
    """The default engine: every remix made by classic image processing, offline."""

    # Typed as the protocol types it (an attribute is invariant), so it checks as an Engine.
    name: Literal["diffusion", "effects"] = "effects"

    def generate(
        self, frame: Image.Image, request: RemixRequest, progress: Progress
    ) -> EngineOutput:
        progress(5, "Preparing the frame")
        image = _working_copy(frame)
        if request.kind == "caption_only":
            result, detail = image, "caption only"
        elif request.kind == "restyle":
            result, detail = self._restyle(image, request, progress)
        elif request.kind == "background":
            result, detail = self._background(image, request, progress)
        elif request.kind == "face":
            result, detail = self._face(image, request, progress)
        else:
            raise ValueError(f"unknown remix kind {request.kind!r}")
        progress(100, "Done")
        return EngineOutput(image=Image.fromarray(result, "RGB"), engine=self.name, detail=detail)

    def _restyle(
        self, image: np.ndarray, request: RemixRequest, progress: Progress
    ) -> tuple[np.ndarray, str]:
        style = _pick(request.prompt, STYLE_WORDS) or DEFAULT_STYLE
        progress(25, f"Applying the {style} style")
        styled = style_apply(image, style, request.seed)
        progress(85, "Grading the colours")
        tinted, tints = _tint(styled, request.prompt, style)
        label = STYLE_LABELS.get(style, style)
        return tinted, " ".join([*tints, label, "style"])

    def _background(
        self, image: np.ndarray, request: RemixRequest, progress: Progress
    ) -> tuple[np.ndarray, str]:
        progress(15, "Finding the person")
        faces = faces_find(image)
        progress(30, "Cutting out the person")
        alpha = person_mask(image, faces, request.seed)
        scene = scene_from_prompt(request.prompt)
        progress(60, "Painting the backdrop")
        h, w = image.shape[:2]
        backdrop = backdrop_draw(scene, w, h, request.seed)
        progress(85, "Blending the person into the scene")
        return _composite(image, backdrop, alpha, scene), f"{scene.label} backdrop"

    def _face(
        self, image: np.ndarray, request: RemixRequest, progress: Progress
    ) -> tuple[np.ndarray, str]:
        progress(20, "Finding faces")
        faces = faces_find(image)
        effect = _pick(request.prompt, FACE_WORDS) or DEFAULT_FACE_EFFECT
        if not faces:
            if effect not in CENTRE_FACE_EFFECTS:
                progress(50, "No face found: applying a style instead")
                styled = style_apply(image, DEFAULT_STYLE, request.seed)
                return styled, f"{DEFAULT_STYLE} style (no face found for the {effect})"
            faces = [_centre_box(image)]
            where = "on the centre of the frame (no face found)"
        else:
            where = "on 1 face" if len(faces) == 1 else f"on {len(faces)} faces"
        progress(55, f"Adding {effect}")
        out = image
        for box in faces:
            out = FACE_EFFECTS[effect](out, box)
        return out, f"{effect} effect {where}"
