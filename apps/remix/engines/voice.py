"""Voice remixes: a few seconds of a video from the chosen moment, its sound changed by a named
effect (pedalboard, GPLv3: pitch shift, filters, delay and reverb; a ring modulator in numpy
for the robot), each picture passed through ``frame_edit`` (a restyle, the caption, the label,
the watermark: the caller's), written as an H.264/AAC MP4 no larger than ``MAX_BYTES``.

Not fragmented (C2PA signs whole MP4s), ``+faststart`` so a browser plays it while it loads.
No model: every effect is signal processing, the same output for the same input.
"""

import io
import math
import tempfile
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import cast

import av
import numpy as np
import pedalboard
from av.audio.stream import AudioStream
from av.video.stream import VideoStream
from PIL import Image

from apps.remix import errors
from apps.remix.engines.base import EngineError, EngineRefusal, Progress
from apps.remix.engines.effects.words import pick
from apps.videos.media import video_has_audio

CLIP_SECONDS = 4.0  # what a voice remix cuts, when the video is that long
MIN_SECONDS = 3.0  # a shorter video is refused before queueing
MAX_SIDE = 720  # the clip's long side, at most
MAX_BYTES = 2_000_000
AUDIO_RATE = 44_100
# Tried in turn until the clip fits in MAX_BYTES (the watermark's texture costs bits).
CRF_STEPS = (20, 24, 28, 32)
# x264's "superfast" costs about 60 % of the CPU of "veryfast" for a clip 1.3-1.5 times as
# large (360 x 640, 4 s, watermarked: about 700 KB against 530 KB; docs/benchmarks.md).
ENCODER_PRESET = "superfast"
PREVIEW_SECONDS = 2.5  # what the composer lets the requester hear before asking

VOICE_WORDS: dict[str, Sequence[str]] = {
    "higher": ("higher", "chipmunk", "squeaky", "helium", "high pitch", "high voice", "mouse"),
    "deeper": ("deeper", "deep voice", "deep", "low voice", "monster", "giant", "villain"),
    "robot": ("robot", "robotic", "android", "cyborg", "dalek", "droid"),
    "echo": ("echo", "stadium", "arena", "cathedral", "concert hall", "reverb", "canyon"),
    "telephone": ("telephone", "phone", "radio", "walkie", "old call", "intercom"),
}
VOICE_LABELS = {
    "higher": "higher (chipmunk) voice",
    "deeper": "deeper voice",
    "robot": "robot voice",
    "echo": "stadium echo",
    "telephone": "telephone voice",
}


def voice_effect_pick(prompt: str) -> str | None:
    """The effect the prompt names ("make me a chipmunk" is ``higher``), or None."""
    return pick(prompt, VOICE_WORDS)


@dataclass(frozen=True)
class Window:
    start: float
    end: float

    @property
    def seconds(self) -> float:
        return self.end - self.start


def clip_window(at_seconds: float, duration: float, seconds: float = CLIP_SECONDS) -> Window:
    """``seconds`` from the chosen moment, moved back so that it ends inside the video."""
    length = min(seconds, duration)
    start = max(0.0, min(at_seconds, duration - length))
    return Window(start=round(start, 3), end=round(start + length, 3))


def audio_read(path: Path | str, window: Window) -> np.ndarray:
    """The window's sound as mono float32 at ``AUDIO_RATE`` (decoded from the packet before
    it to the first one after it, however long the video)."""
    with av.open(str(path), mode="r") as container:
        if not container.streams.audio:
            raise EngineRefusal(errors.VOICE_NO_AUDIO, code="no_audio")
        stream = container.streams.audio[0]
        time_base = float(stream.time_base or 0) or 1 / AUDIO_RATE
        container.seek(max(0, int(window.start / time_base)), stream=stream, backward=True)
        resampler = av.AudioResampler(format="flt", layout="mono", rate=AUDIO_RATE)
        chunks: list[np.ndarray] = []
        first: float | None = None
        for frame in container.decode(stream):
            if first is None:
                first = float(frame.time or 0.0)
            if frame.time is not None and frame.time > window.end + 0.1:
                break
            for resampled in resampler.resample(frame):
                chunks.append(resampled.to_ndarray().reshape(-1))
        for resampled in resampler.resample(None):
            chunks.append(resampled.to_ndarray().reshape(-1))
    samples = np.concatenate(chunks) if chunks else np.zeros(0, np.float32)
    offset = round((window.start - (first or 0.0)) * AUDIO_RATE)
    wanted = round(window.seconds * AUDIO_RATE)
    piece = samples[max(0, offset) : max(0, offset) + wanted]
    if len(piece) < wanted:  # a sound track shorter than the picture: silence after it
        piece = np.concatenate([piece, np.zeros(wanted - len(piece), np.float32)])
    return piece.astype(np.float32)


def _ring(samples: np.ndarray, hertz: float) -> np.ndarray:
    t = np.arange(len(samples), dtype=np.float32) / AUDIO_RATE
    carrier = np.sin(2 * math.pi * hertz * t).astype(np.float32)
    return 0.25 * samples + 0.75 * samples * carrier


def voice_effect_apply(samples: np.ndarray, effect: str) -> np.ndarray:
    """``samples`` (mono float32 at ``AUDIO_RATE``) through ``effect``, peak-limited."""
    board: list[pedalboard.Plugin]
    if effect == "higher":
        board = [pedalboard.PitchShift(semitones=7)]
    elif effect == "deeper":
        board = [pedalboard.PitchShift(semitones=-6)]
    elif effect == "robot":
        samples = _ring(samples, 60.0)
        board = [pedalboard.Chorus(rate_hz=0.5, depth=0.15, mix=0.3), pedalboard.Distortion(6)]
    elif effect == "echo":
        board = [
            pedalboard.Delay(delay_seconds=0.22, feedback=0.35, mix=0.35),
            pedalboard.Reverb(room_size=0.95, damping=0.3, wet_level=0.45, dry_level=0.7),
        ]
    elif effect == "telephone":
        board = [
            pedalboard.HighpassFilter(cutoff_frequency_hz=400),
            pedalboard.LowpassFilter(cutoff_frequency_hz=3000),
            pedalboard.Distortion(drive_db=12),
            pedalboard.Compressor(threshold_db=-20, ratio=4),
        ]
    else:
        raise ValueError(f"unknown voice effect {effect!r}")
    out = pedalboard.Pedalboard(board)(samples.reshape(1, -1), AUDIO_RATE).reshape(-1)
    peak = float(np.max(np.abs(out))) if len(out) else 0.0
    if peak > 0.95:
        out = out * (0.95 / peak)
    return out.astype(np.float32)


def _even(value: float) -> int:
    return max(2, int(value) // 2 * 2)


def voice_clip_size(path: Path | str) -> tuple[int, int]:
    """The clip's picture size for ``path``: its own, at most ``MAX_SIDE`` on the long side,
    even (yuv420p)."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        scale = min(1.0, MAX_SIDE / max(stream.width, stream.height))
        return _even(stream.width * scale), _even(stream.height * scale)


def _frames_read(
    path: Path | str, window: Window
) -> tuple[list[np.ndarray], Fraction, tuple[int, int]]:
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        rate = Fraction(stream.average_rate or 24)
        scale = min(1.0, MAX_SIDE / max(stream.width, stream.height))
        size = (_even(stream.width * scale), _even(stream.height * scale))
        time_base = float(stream.time_base or 0) or 1 / 90_000
        container.seek(max(0, int(window.start / time_base)), stream=stream, backward=True)
        frames: list[np.ndarray] = []
        for frame in container.decode(stream):
            t = (frame.pts or 0) * time_base
            if t + 1e-6 < window.start:
                continue
            if t >= window.end - 1e-6:
                break
            if (frame.width, frame.height) == size:
                frames.append(frame.to_ndarray(format="rgb24"))
            else:  # resized once, before any work on it
                image = frame.to_image().resize(size, Image.Resampling.LANCZOS)
                frames.append(np.asarray(image))
    if not frames:
        raise EngineError(f"no frames between {window.start:.2f}s and {window.end:.2f}s")
    return frames, rate, size


def _encode(
    frames: list[np.ndarray], rate: Fraction, size: tuple[int, int], audio: np.ndarray, crf: int
) -> bytes:
    # A file, not a buffer: ``+faststart`` moves the index to the front by re-reading it.
    with tempfile.TemporaryDirectory(prefix="clipmix-voice-") as folder:
        path = Path(folder) / "clip.mp4"
        _encode_to(path, frames, rate, size, audio, crf)
        return path.read_bytes()


def _encode_to(
    path: Path,
    frames: list[np.ndarray],
    rate: Fraction,
    size: tuple[int, int],
    audio: np.ndarray,
    crf: int,
) -> None:
    with av.open(str(path), mode="w", format="mp4", options={"movflags": "+faststart"}) as out:
        video = cast(VideoStream, out.add_stream("libx264", rate=rate))
        video.width, video.height, video.pix_fmt = size[0], size[1], "yuv420p"
        video.options = {"preset": ENCODER_PRESET, "crf": str(crf)}
        sound = cast(AudioStream, out.add_stream("aac", rate=AUDIO_RATE))
        sound.bit_rate = 96_000
        for index, pixels in enumerate(frames):
            frame = av.VideoFrame.from_ndarray(pixels, format="rgb24")
            frame.pts = index
            out.mux(video.encode(frame))
        out.mux(video.encode())
        samples = 1024
        for index in range(0, len(audio), samples):
            chunk = audio[index : index + samples]
            piece = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="flt", layout="mono")
            piece.sample_rate = AUDIO_RATE
            piece.pts = index
            out.mux(sound.encode(piece))
        out.mux(sound.encode())


@dataclass(frozen=True)
class Clip:
    mp4: bytes
    # The edited pictures at the first, middle and last frame, exactly as they were encoded
    # (what output screening looks at, without decoding the clip again).
    pictures: tuple[Image.Image, ...]
    window: Window
    effect: str
    frame_count: int
    crf: int


def voice_clip_make(
    *,
    source: Path | str,
    at_seconds: float,
    duration: float,
    effect: str,
    frame_edit: Callable[[np.ndarray], np.ndarray],
    progress: Progress,
) -> Clip:
    """The clip (see the module's doc). ``frame_edit`` takes and returns one picture as 8-bit
    RGB (height x width x 3, the clip's size). ``EngineRefusal`` for a video without sound."""
    if not video_has_audio(source):
        raise EngineRefusal(errors.VOICE_NO_AUDIO, code="no_audio")
    window = clip_window(at_seconds, duration)
    progress(5, "Cutting the clip")
    frames, rate, size = _frames_read(source, window)
    progress(15, f"Changing the voice: {VOICE_LABELS[effect]}")
    audio = voice_effect_apply(audio_read(source, window), effect)
    edited: list[np.ndarray] = []
    for index, frame in enumerate(frames):
        picture = frame_edit(frame)
        if picture.shape != (size[1], size[0], 3):
            raise ValueError(f"an edited picture is {picture.shape}, not {size} RGB")
        edited.append(picture)
        if index % 12 == 0:
            progress(20 + 60 * index // len(frames), "Drawing the pictures")
    progress(85, "Encoding the clip")
    for crf in CRF_STEPS:
        mp4 = _encode(edited, rate, size, audio, crf)
        if len(mp4) <= MAX_BYTES:
            progress(100, "Done")
            return Clip(
                mp4=mp4,
                pictures=tuple(Image.fromarray(edited[i]) for i in _spread(len(edited), 3)),
                window=window,
                effect=effect,
                frame_count=len(edited),
                crf=crf,
            )
    raise EngineError(errors.VOICE_TOO_LARGE.format(limit=MAX_BYTES // 1_000_000))


def _spread(total: int, count: int) -> list[int]:
    """``count`` indices spread evenly over ``range(total)``, the first and the last included."""
    return sorted({round(i * (total - 1) / max(1, count - 1)) for i in range(count)})


def voice_preview_wav(
    *, source: Path | str, at_seconds: float, duration: float, effect: str
) -> bytes:
    """``PREVIEW_SECONDS`` of the video's sound from ``at_seconds`` through ``effect``, as a
    16-bit mono WAV (no picture, no encoding to wait for: tens of milliseconds). The same
    window arithmetic and effect as the clip, so the preview is what the remix will sound like.
    ``EngineRefusal`` for a video without sound."""
    window = clip_window(at_seconds, duration, PREVIEW_SECONDS)
    audio = voice_effect_apply(audio_read(source, window), effect)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(AUDIO_RATE)
        out.writeframes((np.clip(audio, -1.0, 1.0) * 32767).astype("<i2").tobytes())
    return buffer.getvalue()
