"""The demo videos' people speak: Piper's voice from a registry package, offline, mixed as the
AAC sound track; and the fallbacks when the voice is not there."""

import math

import av
import numpy as np
import pytest
from django.core import checks

from apps.videos import speech
from apps.videos.checks import DEMO_VOICE_CHECK, demo_voice_check
from apps.videos.demo import DEMO_PHOTOS, demo_photo, photo_video_write, speech_samples
from apps.videos.management.commands.seed_demo import DEMO_SPEECH


def _speech_measures(samples: np.ndarray, rate: int) -> dict[str, float]:
    """What tells speech from a tone or a buzz, over 23 ms frames: how much the balance between
    the first two formant bands (200-900 Hz against 900-2,500 Hz) moves while there is sound
    (vowels change), and how noise-like the spectrum above 1 kHz gets at its most (the hiss of
    fricatives: spectral flatness, 1 for white noise, near 0 for harmonics)."""
    size, hop = 512, 256
    frames = np.lib.stride_tricks.sliding_window_view(samples, size)[::hop] * np.hanning(size)
    power = np.abs(np.fft.rfft(frames, axis=1)) ** 2 + 1e-12
    hertz = np.fft.rfftfreq(size, 1 / rate)
    energy = power.sum(axis=1)
    sounding = energy > energy.max() * 0.01

    def band(low: float, high: float) -> np.ndarray:
        return power[:, (hertz >= low) & (hertz < high)].sum(axis=1)

    balance = np.log(band(900, 2500) / band(200, 900))[sounding]
    high = power[:, hertz > 1000]
    flatness = np.exp(np.log(high).mean(axis=1)) / high.mean(axis=1)
    return {
        "sounding": float(sounding.mean()),
        "formant_movement": float(balance.std()),
        "hiss": float(np.percentile(flatness[sounding], 95)),
    }


def _sounds_like_speech(measures: dict[str, float]) -> bool:
    return measures["formant_movement"] > 0.5 and measures["hiss"] > 0.01


def _sound_track(path) -> tuple[np.ndarray, int]:
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        assert stream.codec_context.name == "aac"
        rate = stream.codec_context.sample_rate
        resampler = av.AudioResampler(format="flt", layout="mono", rate=rate)
        chunks = [
            out.to_ndarray().reshape(-1)
            for frame in container.decode(stream)
            for out in resampler.resample(frame)
        ]
    return np.concatenate(chunks), rate


def test_the_demo_voice_is_installed_and_intact():
    # make install puts it there (requirements/dev.txt); the start-up check stays quiet.
    assert speech.voice_problem(full=True) is None
    assert speech.speech_engine() == "piper"
    assert demo_voice_check() == []


@pytest.mark.parametrize("name", sorted(DEMO_PHOTOS))
def test_a_demo_video_of_a_person_speaks_its_line(tmp_path, name):
    _, focus = DEMO_PHOTOS[name]

    path = photo_video_write(
        tmp_path / "v.mp4", demo_photo(name), focus=focus, seconds=4, speech=DEMO_SPEECH[name]
    )

    samples, rate = _sound_track(path)
    assert abs(len(samples) / rate - 4.0) < 0.1
    measures = _speech_measures(samples, rate)
    assert measures["sounding"] > 0.3, measures  # it talks for most of the clip
    assert _sounds_like_speech(measures), measures


def test_the_same_line_is_spoken_the_same_way_every_time():
    line = DEMO_SPEECH["camera"]
    assert np.array_equal(speech.speech_synthesise(line), speech.speech_synthesise(line))


def test_a_tone_and_the_fallback_buzz_do_not_pass_for_speech(monkeypatch):
    rate = speech.SPEECH_RATE
    t = np.arange(4 * rate) / rate
    tone = (0.1 * np.sin(2 * math.pi * 440 * t)).astype(np.float32)
    assert not _sounds_like_speech(_speech_measures(tone, rate))

    monkeypatch.setattr(speech, "_voice", lambda: None)
    monkeypatch.setattr(speech.shutil, "which", lambda name: None)
    buzz = speech_samples("Hello there", seconds=4.0)
    assert not _sounds_like_speech(_speech_measures(buzz, rate))


def test_without_the_voice_the_start_up_check_names_the_missing_file(monkeypatch):
    monkeypatch.setattr(speech, "voice_path", lambda: None)

    warnings = demo_voice_check()

    assert [w.id for w in warnings] == [DEMO_VOICE_CHECK]
    assert speech.VOICE.name in warnings[0].msg
    assert speech.VOICE.package in warnings[0].msg
    assert warnings[0].level == checks.WARNING  # serving needs no demo voice


def test_a_damaged_voice_file_is_refused(monkeypatch, tmp_path):
    damaged = tmp_path / speech.VOICE.name
    damaged.write_bytes(b"\0" * speech.VOICE.size)
    monkeypatch.setattr(speech, "voice_path", lambda: damaged)

    problem = speech.voice_problem(full=True)

    assert problem is not None
    assert str(damaged) in problem
    assert "damaged" in problem
    assert speech.voice_problem() is None  # the cheap check sees the right size only


def test_without_any_synthesiser_the_demo_speech_is_a_voice_like_tone(monkeypatch):
    monkeypatch.setattr(speech, "_voice", lambda: None)
    monkeypatch.setattr(speech.shutil, "which", lambda name: None)

    samples = speech_samples("Hello there", seconds=2.0)

    assert len(samples) == 2 * speech.SPEECH_RATE
    assert float(np.sqrt(np.mean(samples**2))) > 0.02
    spectrum = np.abs(np.fft.rfft(samples))
    freqs = np.fft.rfftfreq(len(samples), 1 / speech.SPEECH_RATE)
    assert 100 < freqs[np.argmax(spectrum)] < 1200  # a voice's range, not a hum or a hiss


def test_speech_is_cut_or_padded_to_the_video():
    assert len(speech_samples(DEMO_SPEECH["astronaut"], seconds=1.0)) == speech.SPEECH_RATE
    assert len(speech_samples("Hi.", seconds=3.0)) == 3 * speech.SPEECH_RATE
