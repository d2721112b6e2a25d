"""Short videos made with PyAV: the demo data and the tests' fixtures.

Moving shapes on a colour gradient with a text overlay, or a slow pan and zoom over a real
photograph of a person (scikit-image ships a few, freely licensed); no downloaded media.
"""

import math
from pathlib import Path
from typing import cast

import av
import numpy as np
from av.audio.stream import AudioStream
from av.video.stream import VideoStream
from PIL import Image, ImageDraw, ImageFont

from apps.videos.speech import SPEECH_RATE, speech_synthesise

_CODECS = {
    "h264": "libx264",
    "hevc": "libx265",
    "vp9": "libvpx-vp9",
    "av1": "libsvtav1",
    "mpeg4": "mpeg4",
}


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for candidate in (
        "DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ):
        try:
            return ImageFont.truetype(candidate, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def silent_audio_write(path: Path, *, seconds: float = 1.0) -> Path:
    """An audio-only file (AAC silence): a "video" with no video track."""
    rate, samples = 44_100, 1024
    container = av.open(str(path), mode="w")
    stream = cast(AudioStream, container.add_stream("aac", rate=rate))
    for _ in range(max(1, round(seconds * rate / samples))):
        frame = av.AudioFrame.from_ndarray(
            np.zeros((1, samples), dtype=np.float32), format="fltp", layout="mono"
        )
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            container.mux(packet)
    for packet in stream.encode():
        container.mux(packet)
    container.close()
    return path


def synthetic_video_write(
    path: Path,
    *,
    seconds: float = 2.0,
    width: int = 360,
    height: int = 640,
    fps: int = 24,
    codec: str = "h264",
    title: str = "Clipmix",
    hue: float = 0.0,
    with_audio: bool = False,
) -> Path:
    """Write a video of moving shapes and ``title`` to ``path`` (container from the suffix)."""
    container = av.open(str(path), mode="w")
    stream = cast(VideoStream, container.add_stream(_CODECS[codec], rate=fps))
    stream.width, stream.height = width, height
    stream.pix_fmt = "yuv420p"
    audio = cast(AudioStream, container.add_stream("aac", rate=44_100)) if with_audio else None
    if codec == "h264":
        stream.options = {"preset": "ultrafast", "crf": "28"}
    elif codec == "hevc":
        stream.options = {"preset": "ultrafast", "x265-params": "log-level=error"}
    elif codec == "vp9":
        stream.options = {"deadline": "realtime", "cpu-used": "8"}

    ys, xs = np.mgrid[0:height, 0:width]
    font = _font(max(14, width // 12))
    for index in range(max(1, round(seconds * fps))):
        t = index / fps
        phase = hue + t * 0.15
        rgb = np.stack(
            [
                127 + 120 * np.sin(2 * math.pi * (phase + xs / width / 2)),
                127 + 120 * np.sin(2 * math.pi * (phase + 0.33 + ys / height / 2)),
                127 + 120 * np.sin(2 * math.pi * (phase + 0.66 + (xs + ys) / (width + height))),
            ],
            axis=-1,
        ).astype(np.uint8)
        image = Image.fromarray(rgb)
        draw = ImageDraw.Draw(image)
        radius = min(width, height) // 6
        cx = width / 2 + (width / 3) * math.sin(t * 1.7)
        cy = height / 2 + (height / 4) * math.cos(t * 1.1)
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=(255, 255, 255))
        side = radius
        sx = width / 2 + (width / 3) * math.cos(t * 2.3)
        draw.rectangle(
            (sx - side / 2, height * 0.75, sx + side / 2, height * 0.75 + side), fill=(20, 20, 30)
        )
        draw.text(
            (width / 2, height * 0.12),
            title,
            font=font,
            fill=(255, 255, 255),
            anchor="mm",
            stroke_width=3,
            stroke_fill=(0, 0, 0),
        )
        frame = av.VideoFrame.from_image(image)
        for packet in stream.encode(frame):
            container.mux(packet)
    for packet in stream.encode():  # flush the encoder
        container.mux(packet)
    if audio is not None:
        _tone_mux(container, audio, seconds=seconds)
    container.close()
    return path


def _tone_mux(
    container: av.container.OutputContainer, audio: AudioStream, *, seconds: float
) -> None:
    """A quiet 440 Hz tone in AAC, muxed after the video (MP4 does not need interleaving)."""
    rate, samples = audio.rate, 1024
    for index in range(max(1, round(seconds * rate / samples))):
        t = (np.arange(samples) + index * samples) / rate
        tone = (0.1 * np.sin(2 * math.pi * 440 * t)).astype(np.float32).reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(tone, format="fltp", layout="mono")
        frame.sample_rate = rate
        for packet in audio.encode(frame):
            container.mux(packet)
    for packet in audio.encode():
        container.mux(packet)


# scikit-image's photographs of people (in its wheel, so offline): name, credit, where the face
# is (fractions of the photo's width and height), for the pan to end on.
DEMO_PHOTOS = {
    "astronaut": ("Eileen Collins, NASA (public domain)", (0.44, 0.24)),
    "camera": ("the cameraman, by Lav Varshney (CC0)", (0.45, 0.30)),
}


def demo_photo(name: str) -> Image.Image | None:
    """One of ``DEMO_PHOTOS`` as RGB, or None where scikit-image is not installed (it is a
    development requirement: a production install seeds only the abstract videos)."""
    try:
        import skimage.data
    except ImportError:
        return None
    pixels = getattr(skimage.data, name)()
    return Image.fromarray(pixels).convert("RGB")


def photo_video_write(
    path: Path,
    photo: Image.Image,
    *,
    focus: tuple[float, float] = (0.5, 0.3),
    seconds: float = 3.0,
    width: int = 360,
    height: int = 640,
    fps: int = 24,
    title: str = "",
    speech: str | None = None,
) -> Path:
    """A video of a still ``photo``: the frame's shape cut from it, panning and zooming slowly
    (by a sixth) towards ``focus`` (fractions of the photo; put a face there), with ``title``
    near the bottom where it hides no face. H.264 in MP4; with ``speech``, an AAC sound track
    of it spoken (``speech_samples``)."""
    container = av.open(str(path), mode="w")
    stream = cast(VideoStream, container.add_stream("libx264", rate=fps))
    stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
    audio = (
        cast(AudioStream, container.add_stream("aac", rate=SPEECH_RATE))
        if speech is not None
        else None
    )
    stream.options = {"preset": "ultrafast", "crf": "23"}
    aspect = width / height
    full_h = min(photo.height, photo.width / aspect)
    font = _font(max(14, width // 12))
    frames = max(1, round(seconds * fps))
    fx, fy = focus[0] * photo.width, focus[1] * photo.height
    for index in range(frames):
        t = index / max(1, frames - 1)
        crop_h = full_h / (1 + t / 6)
        crop_w = crop_h * aspect
        # The crop's centre moves from the photo's middle towards the face, staying inside.
        cx = photo.width / 2 + (fx - photo.width / 2) * t
        cy = photo.height / 2 + (fy - photo.height / 2) * t * 0.5
        left = min(max(0.0, cx - crop_w / 2), photo.width - crop_w)
        top = min(max(0.0, cy - crop_h / 2), photo.height - crop_h)
        image = photo.resize(
            (width, height),
            Image.Resampling.BICUBIC,
            box=(left, top, left + crop_w, top + crop_h),
        )
        if title:
            ImageDraw.Draw(image).text(
                (width / 2, height * 0.9),
                title,
                font=font,
                fill=(255, 255, 255),
                anchor="mm",
                stroke_width=3,
                stroke_fill=(0, 0, 0),
            )
        for packet in stream.encode(av.VideoFrame.from_image(image)):
            container.mux(packet)
    for packet in stream.encode():  # flush the encoder
        container.mux(packet)
    if audio is not None:
        _samples_mux(container, audio, speech_samples(speech or "", seconds=seconds))
    container.close()
    return path


def speech_samples(text: str, *, seconds: float) -> np.ndarray:
    """``text`` spoken, mono float32 at ``SPEECH_RATE``, cut or padded to ``seconds``.

    Synthesised offline (``apps.videos.speech``: Piper's voice from a registry package, else
    Debian's ``espeak-ng``); without either, a voice-like tone (a 140 Hz buzz with its
    harmonics, in syllables), so that a video still has a sound track to change."""
    wanted = round(seconds * SPEECH_RATE)
    spoken = speech_synthesise(text) if text else None
    if spoken is None:
        t = np.arange(wanted, dtype=np.float32) / SPEECH_RATE
        buzz = sum(np.sin(2 * math.pi * 140 * k * t) / k for k in range(1, 8))
        syllables = np.clip(np.sin(2 * math.pi * 3.0 * t), 0, None) ** 2
        spoken = (0.2 * buzz * syllables).astype(np.float32)
    spoken = spoken[:wanted]
    return np.concatenate([spoken, np.zeros(wanted - len(spoken), np.float32)])


def _samples_mux(
    container: av.container.OutputContainer, audio: AudioStream, samples: np.ndarray
) -> None:
    size = 1024
    for index in range(0, len(samples), size):
        frame = av.AudioFrame.from_ndarray(
            samples[index : index + size].reshape(1, -1), format="flt", layout="mono"
        )
        frame.sample_rate = audio.rate
        frame.pts = index
        for packet in audio.encode(frame):
            container.mux(packet)
    for packet in audio.encode():
        container.mux(packet)
