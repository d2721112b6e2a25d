import pytest

from apps.videos import services as video_services


@pytest.fixture
def real_video(user_factory, upload_of, django_capture_on_commit_callbacks):
    """A video made with PyAV, uploaded and processed (frames and all) like any other."""

    def make(owner=None, **privacy):
        owner = owner or user_factory()
        with django_capture_on_commit_callbacks(execute=True):
            video = video_services.video_upload(
                owner=owner, upload=upload_of("mp4"), caption="clip"
            )
        video.refresh_from_db()
        if privacy:
            type(video.privacy).objects.filter(pk=video.privacy.pk).update(**privacy)
            video.refresh_from_db()
        return video

    return make


@pytest.fixture
def remix(django_capture_on_commit_callbacks):
    """``remix(requester, video, **overrides)``: request a remix as the API does and let the
    queued task run (eagerly) once the request's transaction commits."""
    from apps.remix.services import requesting

    def request(requester, video, **overrides):
        values = {
            "requester": requester,
            "video": video,
            "at_seconds": 1.0,
            "kind": "restyle",
            "prompt": "turn it into a watercolour painting",
            "caption": "Monday mood",
        }
        with django_capture_on_commit_callbacks(execute=True):
            job = requesting.remix_job_create(**{**values, **overrides})
        job.refresh_from_db()
        return job

    return request
