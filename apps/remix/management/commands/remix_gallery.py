"""Write docs/remix-gallery.md: one output of the effects engine per kind of remix, made from
the photographs of people the demo videos use, as small JPEGs beside it. Run it again after
changing an engine, and commit what changed.

They are illustrations, made by the engine alone: the published remixes also carry the visible
label, the watermark and signed Content Credentials, which the gallery leaves out.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from PIL import Image

from apps.remix.captions import caption_draw
from apps.remix.engines.base import EngineRefusal, Kind, RemixRequest
from apps.remix.engines.effects import EffectsEngine
from apps.videos.demo import DEMO_PHOTOS, demo_photo

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
