"""The composer's look at a moment: the faces and the person the engine's models find, and why
a kind could not be made there, behind the same consent as a remix."""

import io
import wave

import numpy as np
import pytest

from apps.remix import errors
from apps.remix.engines import voice
from apps.remix.engines.voice import PREVIEW_SECONDS

pytestmark = pytest.mark.django_db


def _analysis(client, user, video, at=1.0):
    client.force_login(user)
    return client.get(f"/api/v1/remix/videos/{video.pk}/analysis", {"at_seconds": at})


def _reasons(body):
    return {kind["kind"]: kind["reason"] for kind in body["kinds"]}


def test_a_person_video_shows_a_face_on_its_landmarks_and_the_persons_outline(
    client, user, real_video
):
    response = _analysis(client, user, real_video(person=True))

    assert response.status_code == 200
    body = response.json()
    [face] = body["faces"]
    x, y, w, h = face["box"]
    for px, py in (face["right_eye"], face["left_eye"], face["nose"], face["mouth"]):
        assert x <= px <= x + w
        assert y <= py <= y + h
    assert face["right_eye"][0] < face["left_eye"][0]  # the person's right eye: image left
    assert face["right_eye"][1] < face["nose"][1] < face["mouth"][1]
    assert body["person_outlines"]
    assert body["person_share"] > 0.1
    assert _reasons(body)["face"] == ""
    assert _reasons(body)["background"] == ""


def test_a_frame_with_nobody_says_why_face_and_background_cannot_be_made(client, user, flat_video):
    body = _analysis(client, user, flat_video, at=1.0).json()

    assert body["faces"] == []
    assert body["person_outlines"] == []
    assert _reasons(body)["face"] == errors.NO_FACE.format(at="0:01")
    assert _reasons(body)["background"] == errors.NO_PERSON.format(at="0:01")
    assert _reasons(body)["restyle"] == ""


def test_a_video_without_sound_says_voice_cannot_be_made(client, user, real_video):
    body = _analysis(client, user, real_video(person=True)).json()
    # the 2 s person video has neither the length nor a sound track; length is said first
    assert _reasons(body)["voice"] == errors.VOICE_TOO_SHORT.format(seconds=3)


def test_a_speaking_video_can_have_a_voice_remix(client, user, real_video):
    body = _analysis(client, user, real_video(speaking=True)).json()
    assert _reasons(body)["voice"] == ""


def test_a_video_whose_creator_refuses_remixes_is_not_analysed(client, user, real_video):
    response = _analysis(client, user, real_video(person=True, remix_audience="no_one"))
    assert response.status_code == 403
    assert response.json()["code"] == "remix_not_allowed"


def test_a_private_video_is_not_found(client, user, real_video):
    response = _analysis(client, user, real_video(person=True, visibility="private"))
    assert response.status_code == 404


def test_a_moment_outside_the_video_is_422(client, user, real_video):
    response = _analysis(client, user, real_video(), at=99)
    assert response.status_code == 422
    assert response.json()["code"] == "moment_outside_video"


def test_the_analysis_is_rate_limited(client, user, real_video, settings):
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "remix_analysis": "1/600"}
    video = real_video()
    assert _analysis(client, user, video).status_code == 200
    refused = _analysis(client, user, video)
    assert refused.status_code == 429
    assert refused.json()["code"] == "rate_limited"


def test_anonymous_visitors_cannot_analyse(client, real_video):
    video = real_video()
    response = client.get(f"/api/v1/remix/videos/{video.pk}/analysis", {"at_seconds": 0.5})
    assert response.status_code in (401, 403)


# The composer's voice preview: a few seconds of the sound through the effect, to hear first.


def _preview(client, user, video, *, at=0.5, prompt="make me sound like a chipmunk"):
    client.force_login(user)
    return client.get(
        f"/api/v1/remix/videos/{video.pk}/voice-preview", {"at_seconds": at, "prompt": prompt}
    )


def _wav_samples(body: bytes) -> tuple[np.ndarray, int]:
    with wave.open(io.BytesIO(body)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        frames = wav.readframes(wav.getnframes())
        return np.frombuffer(frames, "<i2").astype(np.float32) / 32767, wav.getframerate()


def _pitch_hz(samples: np.ndarray, rate: int) -> float:
    """The voice's median pitch: over its loud 40 ms frames that are voiced (a strong
    autocorrelation peak between 40 and 500 Hz), the peak's frequency."""
    size = int(0.04 * rate)
    frames = np.lib.stride_tricks.sliding_window_view(samples, size)[:: size // 2]
    energy = (frames**2).mean(axis=1)
    low, high = int(rate / 500), int(rate / 40)
    pitches = []
    for frame in frames[energy > 0.1 * energy.max()]:
        frame = frame - frame.mean()
        correlation = np.correlate(frame, frame, "full")[size - 1 :]
        lag = low + int(np.argmax(correlation[low:high]))
        if correlation[lag] > 0.5 * correlation[0]:
            pitches.append(rate / lag)
    return float(np.median(pitches))


def test_the_voice_preview_plays_the_moment_higher_for_a_chipmunk(client, user, real_video):
    video = real_video(speaking=True)

    response = _preview(client, user, video, at=0.5)

    assert response.status_code == 200
    assert response["Content-Type"] == "audio/wav"
    assert "no-store" in response["Cache-Control"]
    preview, rate = _wav_samples(response.content)
    assert len(preview) / rate == pytest.approx(PREVIEW_SECONDS, abs=0.01)
    original = voice.audio_read(
        video.file.path, voice.clip_window(0.5, video.duration, PREVIEW_SECONDS)
    )
    assert np.abs(preview).max() > 0.05  # speech, not silence
    assert _pitch_hz(preview, rate) > 1.3 * _pitch_hz(original, rate)  # +7 semitones: x1.5


def test_the_deeper_preview_is_lower_than_the_voice_itself(client, user, real_video):
    video = real_video(speaking=True)
    preview, rate = _wav_samples(_preview(client, user, video, prompt="a deeper voice").content)
    original = voice.audio_read(
        video.file.path, voice.clip_window(0.5, video.duration, PREVIEW_SECONDS)
    )
    assert _pitch_hz(preview, rate) < 0.9 * _pitch_hz(original, rate)


def test_no_preview_when_the_creator_does_not_allow_voice(client, user, real_video):
    video = real_video(speaking=True, remix_kinds=["restyle", "background"])
    response = _preview(client, user, video)
    assert response.status_code == 403
    assert response.json()["code"] == "remix_kind_not_allowed"


def test_no_preview_when_the_creator_refuses_remixes(client, user, real_video):
    response = _preview(client, user, real_video(speaking=True, remix_audience="no_one"))
    assert response.status_code == 403
    assert response.json()["code"] == "remix_not_allowed"


def test_a_preview_without_an_effect_named_says_which_there_are(client, user, real_video):
    response = _preview(client, user, real_video(speaking=True), prompt="make it nice")
    assert response.status_code == 422
    assert response.json()["code"] == "voice_effect_unknown"
    assert "chipmunk" not in response.json()["message"]  # the effects by name: higher, deeper…
    assert "higher" in response.json()["message"]


def test_a_video_too_short_for_a_voice_remix_has_no_preview(client, user, real_video):
    response = _preview(client, user, real_video(person=True))
    assert response.status_code == 422
    assert response.json()["code"] == "video_too_short"


def test_the_voice_preview_is_rate_limited(client, user, real_video, settings):
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "remix_voice_preview": "1/600"}
    video = real_video(speaking=True)
    assert _preview(client, user, video).status_code == 200
    refused = _preview(client, user, video)
    assert refused.status_code == 429
    assert refused.json()["code"] == "rate_limited"
