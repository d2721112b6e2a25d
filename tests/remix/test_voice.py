"""Voice remixes through the whole pipeline: refused before queueing when the video cannot give
one, else a signed, watermarked MP4 posted in the comments, given as ``clip_url`` by both
APIs, and checked by the same reader as any image."""

import io
import json

import av
import c2pa
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from apps.comments.models import Comment
from apps.core.errors import ApplicationError
from apps.privacy.selectors import account_privacy_get
from apps.provenance.verification import media_verify
from apps.provenance.watermark import watermark_read_keyed
from apps.remix import errors
from apps.remix.engines.voice import MAX_BYTES, MAX_SIDE, VOICE_WORDS
from apps.remix.models import RemixJob
from apps.remix.services.requesting import voice_remix_check
from apps.videos import services as video_services
from apps.videos.demo import DEMO_PHOTOS, demo_photo, photo_video_write
from apps.videos.models import Video

pytestmark = pytest.mark.django_db

JOBS = "/api/v1/remix/jobs"
VOICE = {"kind": "voice", "prompt": "make me a chipmunk", "at_seconds": 0.5}


@pytest.fixture
def voice_remix(real_video, user_factory, remix):
    video = real_video(speaking=True)
    job = remix(user_factory(), video, **VOICE, caption="Houston, we have a squeak")
    assert job.status == RemixJob.Status.PUBLISHED, job.reason
    return job


def _manifest(data: bytes) -> dict:
    context = c2pa.Context.from_dict(
        {"verify": {"remote_manifest_fetch": False, "ocsp_fetch": False}}
    )
    with c2pa.Reader("video/mp4", io.BytesIO(data), context=context) as reader:
        store = json.loads(reader.json())
    return store["manifests"][store["active_manifest"]]


def _clip(job: RemixJob) -> bytes:
    with job.output_clip.open("rb") as stored:
        return stored.read()


def test_a_voice_remix_is_published_as_an_mp4_in_the_comments(voice_remix):
    data = _clip(voice_remix)
    assert len(data) <= MAX_BYTES
    with av.open(io.BytesIO(data)) as container:
        video, audio = container.streams.video[0], container.streams.audio[0]
        assert (video.codec_context.name, audio.codec_context.name) == ("h264", "aac")
        assert max(video.width, video.height) <= MAX_SIDE
        assert 3.0 <= container.duration / 1e6 <= 6.0
    comment = Comment.objects.get(pk=voice_remix.comment_id)
    assert comment.clip
    assert comment.image  # the clip's poster
    assert comment.body == "Houston, we have a squeak"


def test_the_clip_carries_signed_credentials_naming_the_source_video(voice_remix):
    manifest = _manifest(_clip(voice_remix))

    assert manifest["title"] == f"clipmix-remix-{voice_remix.pk}.mp4"
    [ingredient] = manifest["ingredients"]
    assert ingredient["format"] == "video/mp4"
    assert ingredient["metadata"]["dc:source"].endswith(
        reverse("videos:detail", args=[voice_remix.video_id])
    )
    actions = next(a for a in manifest["assertions"] if a["label"].startswith("c2pa.actions"))
    descriptions = [
        a.get("parameters", {}).get("description", "") for a in actions["data"]["actions"]
    ]
    assert "Sound: higher (chipmunk) voice" in descriptions


def test_every_frame_of_the_clip_carries_the_watermark(voice_remix):
    """Any frame a paused player shows, as decoded from the MP4: the texture's strength is
    measured on only some frames, the mark embedded on all."""
    with av.open(io.BytesIO(_clip(voice_remix))) as container:
        frames = [frame.to_image() for frame in container.decode(video=0)]
    assert len(frames) == 48  # 4 s at 12 fps
    read = [watermark_read_keyed(frame, search=False) for frame in frames]
    assert read == [voice_remix.pk] * len(frames)


def test_the_clip_verifies_with_valid_trusted_credentials_and_its_watermark(voice_remix):
    data = _clip(voice_remix)
    report = media_verify(io.BytesIO(data), size=len(data))

    assert (report.c2pa.present, report.c2pa.valid, report.c2pa.trusted) == (True, True, True)
    assert report.watermark_match == voice_remix.pk
    assert report.recovered_from == "manifest"


def test_a_changed_byte_in_the_clip_invalidates_its_credentials(voice_remix):
    data = bytearray(_clip(voice_remix))
    data[-200] ^= 0xFF  # inside the media data, which the manifest's hash covers
    report = media_verify(io.BytesIO(bytes(data)), size=len(data))
    assert report.c2pa.present
    assert not report.c2pa.valid


def test_the_verify_api_accepts_the_mp4(voice_remix, client):
    upload = SimpleUploadedFile("clip.mp4", _clip(voice_remix), content_type="video/mp4")
    response = client.post("/api/v1/remix/verify", {"image": upload})

    assert response.status_code == 200
    body = response.json()
    assert body["c2pa"]["valid"] is True
    assert body["watermark"]["remix_id"] == voice_remix.pk


def test_a_damaged_mp4_is_refused_with_a_reason(client):
    broken = b"\x00\x00\x00\x18ftypisom" + b"\x00" * 400
    upload = SimpleUploadedFile("clip.mp4", broken, content_type="video/mp4")
    response = client.post("/api/v1/remix/verify", {"image": upload})
    assert response.status_code == 400
    assert response.json()["code"] == "video_invalid"


def test_the_credentials_page_reads_the_clip(voice_remix, client):
    response = client.get(reverse("remix:credentials", args=[voice_remix.pk]))
    assert response.status_code == 200
    assert "Sound: higher (chipmunk) voice" in response.content.decode()


def test_both_apis_give_the_clip_url(voice_remix, client, api_client):
    client.force_login(voice_remix.requester)
    job = client.get(f"{JOBS}/{voice_remix.pk}").json()
    assert job["clip_url"].endswith(voice_remix.output_clip.url)
    comments = api_client.get(f"/api/v1/videos/{voice_remix.video_id}/comments/").json()
    [comment] = [c for c in comments["results"] if c["id"] == voice_remix.comment_id]
    assert comment["clip_url"].endswith(".mp4")
    assert client.get(comment["clip_url"]).status_code == 200


def test_the_video_page_plays_the_clip_only_when_tapped(voice_remix, client):
    html = client.get(reverse("videos:detail", args=[voice_remix.video_id])).content.decode()
    tag = html[html.index('<video class="comment-clip"') :]
    tag = tag[: tag.index(">")]
    assert "controls" in tag
    assert "autoplay" not in tag
    assert 'preload="none"' in tag


def test_an_image_remix_has_no_clip_url(real_video, user_factory, remix, client):
    job = remix(user_factory(), real_video())
    client.force_login(job.requester)
    assert client.get(f"{JOBS}/{job.pk}").json()["clip_url"] is None


@pytest.fixture
def silent_person_video(user_factory, tmp_path, django_capture_on_commit_callbacks):
    _, focus = DEMO_PHOTOS["astronaut"]
    path = photo_video_write(tmp_path / "silent.mp4", demo_photo("astronaut"), focus=focus)
    with django_capture_on_commit_callbacks(execute=True):
        video = video_services.video_upload(
            owner=user_factory(),
            upload=SimpleUploadedFile("silent.mp4", path.read_bytes()),
            caption="no sound",
        )
    type(video.privacy).objects.filter(pk=video.privacy.pk).update(remix_kinds=["restyle", "voice"])
    video.refresh_from_db()
    return video


def test_a_video_without_sound_refuses_voice_before_queueing(silent_person_video, client, user):
    client.force_login(user)
    response = client.post(
        JOBS, {"video_id": silent_person_video.pk, **VOICE}, content_type="application/json"
    )

    assert response.status_code == 422
    assert response.json() == {
        "message": errors.VOICE_NO_AUDIO,
        "code": "video_has_no_audio",
        "extra": {},
    }
    assert not RemixJob.objects.exists()


def _file_opened(*args, **kwargs):
    raise AssertionError("the video's file was opened (with S3 storage: downloaded)")


def test_the_sound_track_check_reads_the_stored_answer_without_opening_the_file(
    real_video, silent_person_video, monkeypatch
):
    speaking = real_video(speaking=True)
    assert (speaking.has_audio, silent_person_video.has_audio) == (True, False)  # the probe's
    monkeypatch.setattr(video_services, "stored_file_on_disk", _file_opened)

    voice_remix_check(video=speaking, prompt=VOICE["prompt"])
    with pytest.raises(ApplicationError) as refused:
        voice_remix_check(video=silent_person_video, prompt=VOICE["prompt"])
    assert refused.value.code == "video_has_no_audio"


def test_a_video_stored_before_the_sound_track_was_kept_is_probed_once(
    real_video, silent_person_video, monkeypatch
):
    speaking = real_video(speaking=True)
    Video.objects.filter(pk__in=[speaking.pk, silent_person_video.pk]).update(has_audio=None)
    speaking.refresh_from_db()
    silent_person_video.refresh_from_db()

    voice_remix_check(video=speaking, prompt=VOICE["prompt"])
    with pytest.raises(ApplicationError):
        voice_remix_check(video=silent_person_video, prompt=VOICE["prompt"])

    assert Video.objects.get(pk=speaking.pk).has_audio is True
    assert Video.objects.get(pk=silent_person_video.pk).has_audio is False
    monkeypatch.setattr(video_services, "stored_file_on_disk", _file_opened)
    voice_remix_check(video=Video.objects.get(pk=speaking.pk), prompt=VOICE["prompt"])


def test_a_voice_prompt_without_an_effect_is_refused_naming_them(real_video, user, remix):
    with pytest.raises(ApplicationError) as refused:
        remix(user, real_video(speaking=True), kind="voice", prompt="make it funny")
    assert refused.value.code == "voice_effect_unknown"
    assert refused.value.extra["effects"] == list(VOICE_WORDS)
    assert not RemixJob.objects.exists()


def test_a_video_too_short_for_a_clip_is_refused(real_video, user, remix):
    with pytest.raises(ApplicationError) as refused:
        remix(user, real_video(), **VOICE)  # 2 s of moving shapes
    assert refused.value.code == "video_too_short"


def test_voice_is_off_for_new_accounts_like_face_edits(real_video, user_factory, remix):
    creator = user_factory()
    assert "voice" not in account_privacy_get(user=creator).remix_kinds
    video = real_video(creator, speaking=True, remix_kinds=["restyle", "background"])
    with pytest.raises(ApplicationError) as refused:
        remix(user_factory(), video, **VOICE)
    assert refused.value.code == "remix_kind_not_allowed"
    assert "voice effects" in refused.value.message


def test_a_demo_person_video_gets_a_voice_remix_after_seeding(
    django_capture_on_commit_callbacks, remix, client
):
    from django.core.management import call_command

    from apps.accounts.models import User

    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=io.StringIO())
    astronaut = Video.objects.get(caption__startswith="Suited up for launch day")
    assert "voice" in astronaut.privacy.remix_kinds
    # A new visitor meets the people (the videos worth remixing) at the top of the feed.
    feed = client.get("/").content.decode()
    hike = Video.objects.get(caption__startswith="Worth every step")
    assert feed.index(f'href="/v/{astronaut.pk}"') < feed.index(f'href="/v/{hike.pk}"')

    job = remix(User.objects.get(username="viewer"), astronaut, **VOICE)

    assert job.status == RemixJob.Status.PUBLISHED, job.reason


def test_the_caption_and_the_label_are_burned_into_the_clip(voice_remix):
    import numpy as np

    from apps.videos.media import video_frames_at

    with av.open(io.BytesIO(_clip(voice_remix))) as container:
        clip_frame = np.asarray(next(container.decode(video=0)).to_image().convert("L"), float)
    [source] = video_frames_at(voice_remix.video.file.path, [voice_remix.at_seconds])
    source_frame = np.asarray(source.convert("L"), float)
    height = clip_frame.shape[0]
    caption_band = slice(int(height * 0.7), height)  # meme captions sit at the bottom
    label_corner = (slice(0, int(height * 0.06)), slice(int(clip_frame.shape[1] * 0.6), None))
    white_text = (clip_frame[caption_band] > 235).mean() - (source_frame[caption_band] > 235).mean()
    assert white_text > 0.02
    assert clip_frame[label_corner].mean() < source_frame[label_corner].mean() - 20


def test_a_voice_remix_that_names_a_neural_style_paints_the_clip(real_video, user_factory, remix):
    import numpy as np

    video = real_video(speaking=True)
    plain = remix(user_factory(), video, **VOICE)
    painted = remix(user_factory(), video, **{**VOICE, "prompt": "a chipmunk as an oil painting"})
    assert painted.status == RemixJob.Status.PUBLISHED, painted.reason

    def frames(job: RemixJob) -> list[np.ndarray]:
        with av.open(io.BytesIO(_clip(job))) as container:
            decoded = [frame.to_ndarray(format="rgb24") for frame in container.decode(video=0)]
        return [pixels[100:-100, 40:-40].astype(float) for pixels in decoded]  # no caption, label

    before, after = frames(plain), frames(painted)
    assert len(before) == len(after)
    # The same moments, painted: far from the plain clip's pictures on every sampled frame.
    for index in (0, len(before) // 2, len(before) - 1):
        assert np.abs(after[index] - before[index]).mean() > 20
    actions = next(
        a for a in _manifest(_clip(painted))["assertions"] if a["label"].startswith("c2pa.actions")
    )
    descriptions = " ".join(
        a.get("parameters", {}).get("description", "") for a in actions["data"]["actions"]
    )
    assert "neural oil painting style" in descriptions
