import pytest

from apps.videos import services
from apps.videos.models import Video


@pytest.fixture
def uploaded(user, upload_of):
    """A stored, unprocessed video (the after-commit task has not run)."""
    return services.video_upload(owner=user, upload=upload_of("mp4"), caption="")


def _stored_files(settings) -> set[str]:
    return {
        str(p.relative_to(settings.MEDIA_ROOT))
        for p in settings.MEDIA_ROOT.rglob("*")
        if p.is_file()
    }


def test_processing_makes_a_poster_and_evenly_spaced_frames(uploaded, settings):
    video = services.video_process(video_id=uploaded.pk)

    assert video.status == Video.Status.READY
    assert video.processed_at is not None
    times = [frame.at_seconds for frame in video.frames.all()]
    assert len(times) == settings.CLIPMIX_VIDEO_FRAME_COUNT
    assert times == sorted(times)
    assert times[0] == pytest.approx(0.1, abs=0.01)
    assert times[-1] == pytest.approx(1.9, abs=0.01)
    with video.poster.open() as poster:
        assert poster.read(3) == b"\xff\xd8\xff"  # a JPEG


def test_processing_twice_changes_nothing(uploaded, settings):
    first = services.video_process(video_id=uploaded.pk)
    files = _stored_files(settings)

    second = services.video_process(video_id=uploaded.pk)

    assert second is None  # no longer processing: left alone
    assert Video.objects.get(pk=uploaded.pk).poster.name == first.poster.name
    assert _stored_files(settings) == files
    assert first.frames.count() == settings.CLIPMIX_VIDEO_FRAME_COUNT


def test_a_redelivery_that_loses_the_race_throws_its_files_away(
    uploaded, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """Two deliveries both start while the video is processing; the other one commits first,
    so this one keeps nothing it made."""
    read_frames = services.video_frames_at

    def other_delivery_commits_meanwhile(path, times):
        images = read_frames(path, times)
        Video.objects.filter(pk=uploaded.pk).update(
            status=Video.Status.READY, poster="posters/from-the-other-delivery.jpg"
        )
        return images

    monkeypatch.setattr(services, "video_frames_at", other_delivery_commits_meanwhile)
    with django_capture_on_commit_callbacks(execute=True):
        result = services.video_process(video_id=uploaded.pk)

    assert result.poster.name == "posters/from-the-other-delivery.jpg"
    assert result.frames.count() == 0
    assert _stored_files(settings) == {uploaded.file.name}


def test_an_unreadable_stored_file_marks_the_video_failed(uploaded):
    with uploaded.file.open("wb") as stored:
        stored.write(b"garbage, not a video any more")

    video = services.video_process(video_id=uploaded.pk)

    assert video.status == Video.Status.FAILED
    assert video.failure_reason.startswith("We couldn't process this video.")


def test_deleting_a_video_removes_its_files(uploaded, settings, django_capture_on_commit_callbacks):
    services.video_process(video_id=uploaded.pk)
    assert _stored_files(settings)

    with django_capture_on_commit_callbacks(execute=True):
        services.video_delete(video=Video.objects.get(pk=uploaded.pk))

    assert _stored_files(settings) == set()
    assert not Video.objects.exists()


def test_hevc_uploads_get_an_h264_copy_browsers_can_play(
    user, upload_of, settings, django_capture_on_commit_callbacks
):
    import av

    uploaded = services.video_upload(owner=user, upload=upload_of("hevc"))
    original = uploaded.file.name

    with django_capture_on_commit_callbacks(execute=True):
        video = services.video_process(video_id=uploaded.pk)

    assert (video.codec, video.container, video.status) == ("h264", "mp4", Video.Status.READY)
    assert video.file.name != original
    assert not video.file.storage.exists(original)  # removed once the row committed
    with av.open(video.file.path) as container:
        kinds = {stream.type: stream.codec_context.name for stream in container.streams}
    assert kinds == {"video": "h264", "audio": "aac"}
    assert video.frames.count() == settings.CLIPMIX_VIDEO_FRAME_COUNT


@pytest.mark.parametrize(("kind", "has_audio"), [("mp4", False), ("hevc", True)])
def test_the_upload_keeps_whether_the_video_has_a_sound_track(user, upload_of, kind, has_audio):
    video = services.video_upload(owner=user, upload=upload_of(kind), caption="")

    assert Video.objects.get(pk=video.pk).has_audio is has_audio


def test_processing_finds_the_sound_track_of_a_video_stored_before_it_was_kept(user, upload_of):
    video = services.video_upload(owner=user, upload=upload_of("hevc"), caption="")
    Video.objects.filter(pk=video.pk).update(has_audio=None)  # as the migration leaves it

    processed = services.video_process(video_id=video.pk)

    assert processed.status == Video.Status.READY
    assert Video.objects.get(pk=video.pk).has_audio is True
