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


def video_has_audio(path: Path | str) -> bool:
    """Whether the file at ``path`` has a sound track (its header only: milliseconds)."""
    with av.open(str(path)) as container:
        return bool(container.streams.audio)


def evenly_spaced_times(duration: float, count: int) -> list[float]:
    """``count`` instants across ``duration``, each in the middle of its slice."""
    return [round((index + 0.5) * duration / count, 3) for index in range(count)]


# Codecs every browser Clipmix targets can play; others (HEVC) get an H.264 copy.
BROWSER_PLAYABLE_CODECS = frozenset({"h264", "vp9", "av1"})
RENDITION_MAX_SIDE = 1280


def _even(value: float) -> int:
    return max(2, int(value) // 2 * 2)


def video_transcode_h264(source: Path | str, destination: Path | str) -> tuple[int, int]:
    """Re-encode ``source`` to an H.264/AAC MP4 at most 1280 px on the long side.

    One pass over the packets, so audio and video stay interleaved. Returns the new size.
    """
    with av.open(str(source)) as inp, av.open(str(destination), mode="w", format="mp4") as out:
        in_video = inp.streams.video[0]
        in_audio = inp.streams.audio[0] if inp.streams.audio else None
        scale = min(1.0, RENDITION_MAX_SIDE / max(in_video.width, in_video.height))
        width, height = _even(in_video.width * scale), _even(in_video.height * scale)
        rate = in_video.average_rate or 30
        out_video = out.add_stream("libx264", rate=rate)
        out_video.width, out_video.height, out_video.pix_fmt = width, height, "yuv420p"
        out_video.options = {"preset": "veryfast", "crf": "23", "movflags": "+faststart"}
        out_audio = resampler = None
        if in_audio is not None:
            out_audio = out.add_stream("aac", rate=in_audio.rate or 44_100)
            resampler = av.AudioResampler(format="fltp", layout="stereo", rate=out_audio.rate)
        streams = [in_video] + ([in_audio] if in_audio is not None else [])
        for packet in inp.demux(*streams):
            for frame in packet.decode():
                if isinstance(frame, av.VideoFrame):
                    scaled = frame.reformat(width=width, height=height, format="yuv420p")
                    scaled.pts, scaled.time_base = frame.pts, frame.time_base
                    out.mux(out_video.encode(scaled))
                elif isinstance(frame, av.AudioFrame) and out_audio and resampler:
                    for resampled in resampler.resample(frame):
                        out.mux(out_audio.encode(resampled))
        out.mux(out_video.encode())
        if out_audio is not None:
            out.mux(out_audio.encode())
    return width, height
