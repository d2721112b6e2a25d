import pytest

from apps.privacy.models import RemixKind
from apps.videos import services as video_services


@pytest.fixture(scope="session")
def person_video_file(tmp_path_factory):
    """A real person in a video: scikit-image's astronaut portrait (NASA, public domain),
    panned and zoomed as the demo videos are, 2 s of H.264."""
    return person_video_write(tmp_path_factory.mktemp("person") / "person.mp4")


@pytest.fixture(scope="session")
def speaking_video_file(tmp_path_factory):
    """The astronaut saying something (``speech_samples``: Piper's voice, as in the demo), 4 s:
    long enough for a voice remix."""
    return speaking_video_write(tmp_path_factory.mktemp("speaking") / "speaking.mp4")


@pytest.fixture
def real_video(
    user_factory,
    upload_of,
    person_video_file,
    speaking_video_file,
    django_capture_on_commit_callbacks,
):
    """A video made with PyAV, uploaded and processed (frames and all) like any other: moving
    shapes by default, ``person=True`` for one of a real person's face and shoulders,
    ``speaking=True`` for that person talking for 4 s."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    def make(owner=None, *, person=False, speaking=False, **privacy):
        owner = owner or user_factory()
        if speaking:
            upload = SimpleUploadedFile("speaking.mp4", speaking_video_file.read_bytes())
        elif person:
            upload = SimpleUploadedFile("person.mp4", person_video_file.read_bytes())
        else:
            upload = upload_of("mp4")
        with django_capture_on_commit_callbacks(execute=True):
            video = video_services.video_upload(owner=owner, upload=upload, caption="clip")
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


def person_video_write(path):
    """2 s of a real person, as the demo videos show one: a pan over the astronaut portrait."""
    from apps.videos.demo import DEMO_PHOTOS, demo_photo, photo_video_write

    _, focus = DEMO_PHOTOS["astronaut"]
    return photo_video_write(path, demo_photo("astronaut"), focus=focus, seconds=2, fps=10)


SPEECH = "Hello from the launch pad. Today we fly to the space station."


def speaking_video_write(path, *, seconds=4):
    """The astronaut pan with a spoken sound track, as ``seed_demo`` makes its person videos."""
    from apps.videos.demo import DEMO_PHOTOS, demo_photo, photo_video_write

    _, focus = DEMO_PHOTOS["astronaut"]
    return photo_video_write(
        path, demo_photo("astronaut"), focus=focus, seconds=seconds, fps=12, speech=SPEECH
    )
