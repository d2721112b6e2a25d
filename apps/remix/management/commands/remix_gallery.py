"""Write docs/remix-gallery.md: one output of the effects engine per kind of remix, made from
the photographs of people the demo videos use, as small JPEGs beside it; for ``voice``, a clip
cut from a demo video of the astronaut talking, shown by its poster and a spectrogram of its
sound before and after the effect. Run it again after changing an engine, and commit what
changed.

They are illustrations, made by the engine alone: the published remixes also carry the visible
label, the watermark and signed Content Credentials, which the gallery leaves out.
"""

import tempfile
from pathlib import Path

import av
import numpy as np
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from PIL import Image, ImageDraw

from apps.remix.captions import caption_draw
from apps.remix.engines.base import EngineRefusal, Kind, RemixRequest
from apps.remix.engines.effects import EffectsEngine
from apps.remix.engines.voice import (
    AUDIO_RATE,
    VOICE_LABELS,
    Window,
    audio_read,
    voice_clip_make,
)
from apps.videos.demo import DEMO_PHOTOS, demo_photo, photo_video_write
from apps.videos.speech import speech_engine

# photo, kind, prompt, caption
EXAMPLES: list[tuple[str, Kind, str, str]] = [
    ("astronaut", "background", "put me on a beach at sunset", ""),
    ("camera", "background", "in a snowy forest", ""),
    ("astronaut", "face", "sunglasses", ""),
    ("astronaut", "face", "moustache", ""),
    ("camera", "face", "sunglasses", ""),
    ("astronaut", "restyle", "oil painting", ""),
    ("camera", "restyle", "like van Gogh's starry night", ""),
    ("astronaut", "restyle", "make me a cartoon", ""),
    ("astronaut", "caption_only", "", "That first morning sip be like"),
]
SIDE = 320
# The voice example: the astronaut saying this, made higher ("chipmunk"), with a caption.
VOICE_SPEECH = "Hello from the launch pad. Today we fly to the space station."
VOICE_PROMPT, VOICE_EFFECT, VOICE_CAPTION = "make me sound like a chipmunk", "higher", "Houston"
SPECTROGRAM_TOP_HZ = 2_000


class Command(BaseCommand):
    help = "Write docs/remix-gallery.md and its pictures (one remix per kind, from demo photos)."
    requires_system_checks: list[str] = []

    def handle(self, *args: object, **options: object) -> None:
        docs = Path(settings.BASE_DIR) / "docs"
        folder = docs / "gallery"
        folder.mkdir(parents=True, exist_ok=True)
        engine = EffectsEngine()
        rows = []
        for photo_name, kind, prompt, caption in EXAMPLES:
            photo = demo_photo(photo_name)
            if photo is None:
                raise CommandError("scikit-image is not installed (requirements/dev.txt).")
            request = RemixRequest(kind=kind, prompt=prompt, caption=caption, seed=0)
            try:
                output = engine.generate(photo, request, lambda *_: None)
            except EngineRefusal as refusal:
                raise CommandError(f"{photo_name} / {kind}: {refusal.reason}") from refusal
            image = caption_draw(output.image, caption) if caption else output.image
            name = f"{photo_name}-{kind}-{_slug(prompt or caption)}.jpg"
            _small(image).save(folder / name, "JPEG", quality=80, optimize=True)
            if not (folder / f"{photo_name}.jpg").exists():
                _small(photo).save(folder / f"{photo_name}.jpg", "JPEG", quality=80, optimize=True)
            rows.append(
                f"| ![{photo_name}](gallery/{photo_name}.jpg) | `{kind}` | "
                f"{prompt or '—'}{f' (caption: “{caption}”)' if caption else ''} | "
                f"![{output.detail}](gallery/{name}) | {output.detail} |"
            )
            self.stdout.write(f"{name}: {output.detail}")
        rows.append(_voice_row(folder))
        self.stdout.write(f"{VOICE_IMAGE}, {VOICE_SPECTROGRAM}: {VOICE_LABELS[VOICE_EFFECT]}")
        credits = "; ".join(f"`{name}`: {credit}" for name, (credit, _) in DEMO_PHOTOS.items())
        (docs / "remix-gallery.md").write_text(
            "# Remix gallery\n\n"
            "One output of the default (effects) engine per kind of remix, made from the "
            "photographs of people that the demo videos pan over (they ship with scikit-image: "
            f"{credits}). Regenerate with `.venv/bin/python manage.py remix_gallery` after "
            "changing an engine. These are the engine's output alone: a published remix also "
            "carries the visible label, the invisible watermark and signed Content Credentials, "
            "and its caption is drawn by the pipeline.\n\n"
            "| photo | kind | prompt | remix | what the credentials call it |\n"
            "|---|---|---|---|---|\n" + "\n".join(rows) + "\n\n"
            f"{VOICE_NOTE}\n\n"
            "A frame with nobody in it is refused for `face` and `background`, with the "
            'moment: "No face was found at 0:03; pick another moment, where a face is clearly '
            'in view."\n'
        )
        self.stdout.write(self.style.SUCCESS(f"Wrote {docs / 'remix-gallery.md'}"))


def _small(image: Image.Image) -> Image.Image:
    scale = SIDE / min(image.size)
    size = (round(image.width * scale), round(image.height * scale))
    return image.convert("RGB").resize(size, Image.Resampling.LANCZOS)


def _slug(text: str) -> str:
    words = "".join(ch if ch.isalnum() else " " for ch in text.lower()).split()
    return "-".join(words[:4]) or "plain"


SPOKEN_BY = {
    "piper": "Piper speech",
    "espeak-ng": "espeak-ng speech",
    "tone": "the voice-like tone",
}
VOICE_IMAGE = "astronaut-voice-chipmunk.jpg"
VOICE_SPECTROGRAM = "astronaut-voice-chipmunk-spectrogram.png"
VOICE_NOTE = (
    "The `voice` row is a 4 s MP4 clip (H.264/AAC): its first picture, and a spectrogram "
    "(0–2 kHz, time across) of its sound before and after the effect, computed from the "
    "source video's sound track and from the encoded clip's. The effect shifts every harmonic "
    "up by 7 semitones (× 1.5). The demo speech is synthesised offline by Piper's "
    "`en_US-joe-medium` voice (docs/models.md); without it by `espeak-ng`, else it is a "
    "voice-like tone: which one this picture shows is said under it."
)


def _voice_row(folder: Path) -> str:
    """A real voice remix clip of a demo video (the engine's ``voice_clip_make``, the caption
    burned in), its poster, and a spectrogram of its sound before and after."""
    _, focus = DEMO_PHOTOS["astronaut"]
    photo = demo_photo("astronaut")
    if photo is None:
        raise CommandError("scikit-image is not installed (requirements/dev.txt).")
    with tempfile.TemporaryDirectory(prefix="clipmix-gallery-") as tmp:
        source = photo_video_write(
            Path(tmp) / "talk.mp4", photo, focus=focus, seconds=4, fps=12, speech=VOICE_SPEECH
        )
        clip = voice_clip_make(
            source=source,
            at_seconds=0.0,
            duration=4.0,
            effect=VOICE_EFFECT,
            frame_edit=lambda pixels: np.asarray(
                caption_draw(Image.fromarray(pixels), VOICE_CAPTION).convert("RGB")
            ),
            progress=lambda *_: None,
        )
        encoded = Path(tmp) / "clip.mp4"
        encoded.write_bytes(clip.mp4)
        before = audio_read(source, clip.window)
        after = audio_read(encoded, Window(start=0.0, end=clip.window.seconds))
        with av.open(str(encoded)) as container:
            poster = next(container.decode(video=0)).to_image()
    _small(poster).save(folder / VOICE_IMAGE, "JPEG", quality=80, optimize=True)
    _spectrogram_pair(before, after).save(folder / VOICE_SPECTROGRAM, optimize=True)
    spoken = SPOKEN_BY[speech_engine()]
    label = VOICE_LABELS[VOICE_EFFECT]
    return (
        f"| ![astronaut](gallery/astronaut.jpg) | `voice` | {VOICE_PROMPT} "
        f"(caption: “{VOICE_CAPTION}”) | ![first picture of the clip](gallery/{VOICE_IMAGE}) "
        f"![spectrogram of the sound before and after](gallery/{VOICE_SPECTROGRAM}) "
        f"<br>4 s clip, {spoken} | {label} |"
    )


def _spectrogram(samples: np.ndarray, width: int, height: int) -> Image.Image:
    window, hop = 2048, 256
    frames = max(1, (len(samples) - window) // hop)
    taper = np.hanning(window).astype(np.float32)
    columns = np.stack(
        [np.abs(np.fft.rfft(samples[i * hop : i * hop + window] * taper)) for i in range(frames)]
    )
    hertz = np.fft.rfftfreq(window, 1 / AUDIO_RATE)
    levels = 20 * np.log10(columns[:, hertz <= SPECTROGRAM_TOP_HZ] + 1e-6)
    levels = np.clip((levels - (levels.max() - 60)) / 60, 0, 1)  # the top 60 dB
    # low frequencies at the bottom; a dark-to-warm ramp
    grey = (levels.T[::-1] * 255).astype(np.uint8)
    ramp = np.stack([np.clip(grey * 1.2, 0, 255), grey * 0.75, 80 + grey * 0.2], axis=-1)
    image = Image.fromarray(ramp.astype(np.uint8), "RGB")
    return image.resize((width, height), Image.Resampling.BILINEAR)


def _spectrogram_pair(before: np.ndarray, after: np.ndarray) -> Image.Image:
    width, height, gap = 480, 150, 24
    out = Image.new("RGB", (width, 2 * (height + gap)), (20, 20, 24))
    draw = ImageDraw.Draw(out)
    for row, (title, samples) in enumerate(
        (("original voice", before), (VOICE_LABELS[VOICE_EFFECT] + ": +7 semitones", after))
    ):
        top = row * (height + gap)
        draw.text((6, top + 5), f"{title} (0-2 kHz)", fill=(235, 235, 235))
        out.paste(_spectrogram(samples, width, height), (0, top + gap))
    return out
