"""The demo videos of real people: a pan and zoom over one of scikit-image's photographs."""

import av
import numpy as np
import pytest

from apps.videos.demo import DEMO_PHOTOS, demo_photo, photo_video_write
from apps.videos.media import video_frames_at


@pytest.mark.parametrize("name", sorted(DEMO_PHOTOS))
def test_a_photo_video_is_a_decodable_portrait_clip_that_moves(tmp_path, name):
    _, focus = DEMO_PHOTOS[name]

    path = photo_video_write(tmp_path / "v.mp4", demo_photo(name), focus=focus, seconds=2)

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        assert (stream.codec_context.width, stream.codec_context.height) == (360, 640)
        assert stream.frames == 48
    first, last = (np.asarray(f, np.float32) for f in video_frames_at(str(path), [0.0, 1.9]))
    assert np.abs(first - last).mean() > 5  # the camera moved


def test_the_photo_stays_inside_the_frame_while_it_pans(tmp_path):
    path = photo_video_write(
        tmp_path / "v.mp4", demo_photo("astronaut"), focus=(1.0, 1.0), seconds=1, title=""
    )

    for frame in video_frames_at(str(path), [0.0, 0.5, 0.95]):
        pixels = np.asarray(frame)
        assert pixels[:, :8].mean() > 10  # no black border where the crop left the photo
        assert pixels[:, -8:].mean() > 10
