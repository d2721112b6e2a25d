"""The voice engine: effects read from the prompt, measured on real signals; the clip's window,
size and codecs."""

import io
import math

import av
import numpy as np
import pytest

from apps.remix.engines.base import EngineRefusal
from apps.remix.engines.voice import (
    AUDIO_RATE,
    CLIP_SECONDS,
    MAX_BYTES,
    MAX_SIDE,
    clip_window,
    video_has_audio,
    voice_clip_make,
    voice_effect_apply,
    voice_effect_pick,
)
from apps.videos.demo import DEMO_PHOTOS, demo_photo, photo_video_write


def _tone(hertz: float, seconds: float = 1.0) -> np.ndarray:
    t = np.arange(round(seconds * AUDIO_RATE), dtype=np.float32) / AUDIO_RATE
    return (0.3 * np.sin(2 * math.pi * hertz * t)).astype(np.float32)


def _dominant(samples: np.ndarray) -> float:
    middle = samples[len(samples) // 4 : 3 * len(samples) // 4]
    spectrum = np.abs(np.fft.rfft(middle * np.hanning(len(middle))))
    return float(np.fft.rfftfreq(len(middle), 1 / AUDIO_RATE)[np.argmax(spectrum)])


def _band_energy(samples: np.ndarray, low: float, high: float) -> float:
    spectrum = np.abs(np.fft.rfft(samples)) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / AUDIO_RATE)
    return float(spectrum[(freqs >= low) & (freqs < high)].sum())


@pytest.mark.parametrize(
    ("prompt", "effect"),
    [
        ("make me a chipmunk", "higher"),
        ("a deep monster voice", "deeper"),
        ("talk like a robot", "robot"),
        ("like in a stadium", "echo"),
        ("an old telephone call", "telephone"),
        ("a watercolour painting", None),
    ],
)
def test_the_prompt_names_the_voice_effect(prompt, effect):
    assert voice_effect_pick(prompt) == effect


def test_higher_raises_the_pitch_by_seven_semitones():
    out = voice_effect_apply(_tone(220.0), "higher")
    assert _dominant(out) == pytest.approx(220.0 * 2 ** (7 / 12), rel=0.03)


def test_deeper_lowers_the_pitch_by_six_semitones():
    out = voice_effect_apply(_tone(330.0), "deeper")
    assert _dominant(out) == pytest.approx(330.0 * 2 ** (-6 / 12), rel=0.03)


def test_telephone_keeps_the_voice_band_and_cuts_the_bass():
    source = _tone(80.0) + _tone(1000.0)
    out = voice_effect_apply(source, "telephone")
    bass = _band_energy(out, 40, 150) / _band_energy(source, 40, 150)
    voice = _band_energy(out, 900, 1100) / _band_energy(source, 900, 1100)
    assert bass < 0.05 * voice


def test_robot_moves_a_tone_to_sidebands_of_its_carrier():
    out = voice_effect_apply(_tone(500.0), "robot")
    assert _band_energy(out, 430, 450) > 0.1 * _band_energy(out, 490, 510)


def test_echo_keeps_sound_after_the_source_stops():
    source = np.concatenate([_tone(440.0, 0.3), np.zeros(AUDIO_RATE, np.float32)])
    out = voice_effect_apply(source, "echo")
    tail = out[round(0.5 * AUDIO_RATE) : round(0.8 * AUDIO_RATE)]
    assert float(np.sqrt(np.mean(tail**2))) > 0.005


def test_every_effect_stays_below_full_scale():
    loud = np.clip(_tone(200.0) * 3.2, -1, 1)
    for effect in ("higher", "deeper", "robot", "echo", "telephone"):
        assert float(np.max(np.abs(voice_effect_apply(loud, effect)))) <= 0.951


@pytest.mark.parametrize(
    ("at", "duration", "window"),
    [(1.0, 10.0, (1.0, 5.0)), (8.0, 10.0, (6.0, 10.0)), (2.0, 3.5, (0.0, 3.5))],
)
def test_the_clip_starts_at_the_moment_and_ends_inside_the_video(at, duration, window):
    chosen = clip_window(at, duration)
    assert (chosen.start, chosen.end) == window


@pytest.fixture(scope="module")
def speaking(tmp_path_factory):
    from tests.remix.conftest import speaking_video_write

    return speaking_video_write(tmp_path_factory.mktemp("voice") / "speaking.mp4", seconds=5)


def test_a_clip_is_h264_and_aac_within_the_limits_with_every_frame_edited(speaking):
    edited = []

    def edit(frame: np.ndarray) -> np.ndarray:
        edited.append(frame.shape)
        return np.full_like(frame, (200, 30, 30))

    clip = voice_clip_make(
        source=speaking,
        at_seconds=0.5,
        duration=5.0,
        effect="higher",
        frame_edit=edit,
        progress=lambda percent, stage: None,
    )

    assert len(clip.mp4) <= MAX_BYTES
    with av.open(io.BytesIO(clip.mp4)) as container:
        video, audio = container.streams.video[0], container.streams.audio[0]
        assert (video.codec_context.name, audio.codec_context.name) == ("h264", "aac")
        assert max(video.width, video.height) <= MAX_SIDE
        assert container.duration / 1e6 == pytest.approx(CLIP_SECONDS, abs=0.2)
        first = next(container.decode(video=0)).to_ndarray(format="rgb24")
    assert len(edited) == clip.frame_count == round(CLIP_SECONDS * 12)
    assert np.abs(first.reshape(-1, 3).mean(axis=0) - (200, 30, 30)).max() < 12
    # Not fragmented (C2PA signs whole MP4s), the index first (plays while loading).
    boxes = _top_level_boxes(clip.mp4)
    assert "moof" not in boxes
    assert boxes.index("moov") < boxes.index("mdat")


def _top_level_boxes(data: bytes) -> list[str]:
    boxes, offset = [], 0
    while offset + 8 <= len(data):
        size = int.from_bytes(data[offset : offset + 4], "big")
        boxes.append(data[offset + 4 : offset + 8].decode("latin-1"))
        if size < 8:
            break
        offset += size
    return boxes


def test_a_video_without_sound_is_refused(tmp_path):
    _, focus = DEMO_PHOTOS["astronaut"]
    silent = photo_video_write(tmp_path / "silent.mp4", demo_photo("astronaut"), focus=focus)
    assert not video_has_audio(silent)
    with pytest.raises(EngineRefusal) as refused:
        voice_clip_make(
            source=silent,
            at_seconds=0.0,
            duration=3.0,
            effect="robot",
            frame_edit=lambda frame: frame,
            progress=lambda percent, stage: None,
        )
    assert refused.value.code == "no_audio"


def _two_tone_video(path, *, seconds=6, switch_at=3.0):
    """A video whose sound is 300 Hz until ``switch_at``, then 600 Hz."""
    rate = 22_050
    with av.open(str(path), "w") as container:
        video = container.add_stream("libx264", rate=10)
        video.width, video.height, video.pix_fmt = 64, 64, "yuv420p"
        audio = container.add_stream("aac", rate=rate)
        for _ in range(seconds * 10):
            frame = av.VideoFrame.from_ndarray(np.zeros((64, 64, 3), np.uint8), format="rgb24")
            container.mux(video.encode(frame))
        container.mux(video.encode())
        t = np.arange(seconds * rate) / rate
        tone = np.where(t < switch_at, np.sin(2 * np.pi * 300 * t), np.sin(2 * np.pi * 600 * t))
        tone = (0.3 * tone).astype(np.float32)
        for start in range(0, len(tone), 1024):
            piece = av.AudioFrame.from_ndarray(
                tone[start : start + 1024].reshape(1, -1), format="flt", layout="mono"
            )
            piece.sample_rate, piece.pts = rate, start
            container.mux(audio.encode(piece))
        container.mux(audio.encode())
    return path


def test_the_clip_takes_the_sound_of_its_own_seconds(tmp_path):
    from apps.remix.engines.voice import Window, audio_read

    path = _two_tone_video(tmp_path / "tones.mp4")
    before = audio_read(path, Window(start=0.5, end=2.5))
    after = audio_read(path, Window(start=3.5, end=5.5))

    assert len(before) == len(after) == 2 * AUDIO_RATE
    assert _dominant(before) == pytest.approx(300, abs=5)
    assert _dominant(after) == pytest.approx(600, abs=5)
