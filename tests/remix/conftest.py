import pytest

from apps.privacy.models import RemixKind
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
        # A creator who allows every kind (face edits start off for new accounts), unless told.
        privacy = {"remix_kinds": list(RemixKind.values), **privacy}
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


def flat_video_write(path):
    """A video whose frames are flat colour with one square: a slide, a cartoon, a screen."""
    import av
    import numpy as np

    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=10)
        stream.width, stream.height, stream.pix_fmt = 360, 640, "yuv420p"
        for index in range(20):
            frame = np.full((640, 360, 3), (40, 120, 200), np.uint8)
            frame[250 + index : 350 + index, 130:230] = 255
            container.mux(stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")))
        container.mux(stream.encode())
    return path


@pytest.fixture
def flat_video(user_factory, tmp_path, django_capture_on_commit_callbacks):
    """A processed upload of flat colour with one white square."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    path = flat_video_write(tmp_path / "flat.mp4")
    upload = SimpleUploadedFile("flat.mp4", path.read_bytes())
    with django_capture_on_commit_callbacks(execute=True):
        video = video_services.video_upload(owner=user_factory(), upload=upload, caption="slide")
    type(video.privacy).objects.filter(pk=video.privacy.pk).update(
        remix_kinds=list(RemixKind.values)
    )
    video.refresh_from_db()
    return video
