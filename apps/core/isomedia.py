"""The top-level layout of an ISO media file (MP4, MOV), shared by every place that takes one.

FFmpeg plays a file whose boxes are followed by anything at all, so a playable MP4 can carry an
HTML page or an archive after its last box (a polyglot). Whoever takes an MP4 from a stranger
walks its top-level boxes first: they must tile the file exactly.
"""

import struct
from typing import IO, Literal

# The boxes a file may start with (how a file is recognised as ISO media).
ISO_BOX_TYPES = (b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot")
# Every box that may stand at the top level of an MP4 or MOV file (ISO 14496-12, QuickTime).
_TOP_LEVEL_TYPES = frozenset(
    {
        *ISO_BOX_TYPES,
        *(b"styp", b"sidx", b"ssix", b"moof", b"mfra", b"meta", b"pdin", b"emsg", b"prft"),
        *(b"uuid", b"udta", b"junk", b"PICT"),
    }
)
# A real file has a handful of top-level boxes (a fragmented one, two per fragment).
_MAX_TOP_LEVEL_BOXES = 20_000

Layout = Literal["whole", "truncated", "extra"]


def iso_layout(file: IO[bytes], size: int) -> Layout:
    """ "whole" when the top-level boxes tile the file exactly; "truncated" when one of them runs
    past its end; "extra" when bytes that are no box follow the video (a polyglot: HTML, a
    script or an archive appended to a playable file, which FFmpeg alone would ignore)."""
    offset = 0
    for _ in range(_MAX_TOP_LEVEL_BOXES):
        if offset == size:
            return "whole"
        file.seek(offset)
        header = file.read(16)
        if len(header) < 8:
            return "extra"
        box_size, box_type = struct.unpack(">I4s", header[:8])
        if box_type not in _TOP_LEVEL_TYPES:
            return "extra"
        if box_size == 1 and len(header) == 16:  # a 64-bit size follows the type
            box_size = struct.unpack(">Q", header[8:16])[0]
        elif box_size == 0:  # the last box runs to the end of the file
            box_size = size - offset
        if box_size < 8:
            return "extra"
        if offset + box_size > size:
            return "truncated"
        offset += box_size
    return "extra"
