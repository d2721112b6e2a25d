"""Small helpers on local files."""

import hashlib
import os


def file_sha256(path: str | os.PathLike[str]) -> str:
    """The SHA-256 of the file at ``path``, read a megabyte at a time."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
