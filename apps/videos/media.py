"""Reading frames from stored videos with PyAV (the processing task and, later, remixes)."""

from collections.abc import Sequence
from pathlib import Path

import av
from PIL import Image


def video_frames_at(path: Path | str, times: Sequence[float]) -> list[Image.Image]:
    """One RGB frame per requested time (seconds), in the order asked.

    Seeking lands on the keyframe before the target; frames are decoded forward from there until
    the target time. A time past the last frame gives the last frame.
    """
    frames: list[Image.Image] = []
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        time_base = float(stream.time_base or 0) or 1 / 90_000
        for target in times:
            container.seek(max(0, int(target / time_base)), stream=stream, backward=True)
            chosen = None
            for frame in container.decode(stream):
                chosen = frame
                if frame.pts is not None and frame.pts * time_base >= target:
                    break
            if chosen is None:
                raise ValueError(f"no frame at {target:.2f}s")
            frames.append(chosen.to_image())
    return frames


def evenly_spaced_times(duration: float, count: int) -> list[float]:
    """``count`` instants across ``duration``, each in the middle of its slice."""
    return [round((index + 0.5) * duration / count, 3) for index in range(count)]
