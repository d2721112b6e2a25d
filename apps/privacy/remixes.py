"""Remixes already published, as privacy sees them.

Privacy decides which remixes a creator's settings allow, but sits below the remix app, which
owns the remixes. The remix app registers (``published_remixes_register``, in its ``ready``) how
to list the published remixes of some videos and how to take some down; privacy's services ask
through it when a creator narrows their settings and chooses to remove what those settings no
longer allow. Until something registers, there is nothing to list or take down.
"""

from dataclasses import dataclass
from typing import Protocol

from apps.accounts.models import User


@dataclass(frozen=True)
class PublishedRemix:
    remix_id: int
    video_id: int
    requester_id: int
    kind: str


@dataclass(frozen=True)
class Removal:
    """One remix to take down, and why, in words for its requester."""

    remix_id: int
    reason: str
    reason_code: str


class PublishedRemixes(Protocol):
    def published(
        self, *, video_ids: list[int], requester_id: int | None = None
    ) -> list[PublishedRemix]:
        """The remixes of these videos that appear now (of one requester, when given)."""
        ...

    def take_down(self, *, removals: list[Removal], actor: User) -> int:
        """Take these remixes out of view, restorably, inside the caller's transaction; skip
        those no longer published. Returns how many came down."""
        ...


_registered: PublishedRemixes | None = None


def published_remixes_register(handler: PublishedRemixes) -> None:
    global _registered
    _registered = handler


def published_remixes(
    *, video_ids: list[int], requester_id: int | None = None
) -> list[PublishedRemix]:
    if _registered is None or not video_ids:
        return []
    return _registered.published(video_ids=video_ids, requester_id=requester_id)


def published_remixes_take_down(*, removals: list[Removal], actor: User) -> int:
    if _registered is None or not removals:
        return 0
    return _registered.take_down(removals=removals, actor=actor)
