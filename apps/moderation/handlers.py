"""How moderation acts on content it does not own.

The apps whose content moderation screens (comments, remix) register a handler for their content
type in their ``AppConfig.ready``. Moderation calls it to show a case and to carry out a decision;
it never imports those apps, so there is no import loop and a new kind of content needs no change
here.
"""

from dataclasses import dataclass
from typing import Protocol

from apps.accounts.models import User
from apps.moderation.models import GuidelineRule


@dataclass(frozen=True)
class ContentPreview:
    """What a moderator sees of the content in a case."""

    exists: bool = True
    text: str = ""
    source_image_url: str = ""  # the video frame a remix started from
    output_image_url: str = ""  # the generated image, or a comment's image
    output_clip_url: str = ""  # a voice remix's clip (the image is then its poster)
    link: str = ""  # where the content lives on the site
    summary: str = ""  # one line: "Comment on @ana's video"


class ContentHandler(Protocol):
    def preview(self, object_id: int) -> ContentPreview: ...

    def thumbnails(self, object_ids: list[int]) -> dict[int, str]:
        """A small image per object that has one (by id), for the queue: one query for all."""

    def approve(self, object_id: int, *, moderator: User | None) -> None:
        """Publish held content, or keep reported content as it is. Idempotent."""

    def reject(
        self, object_id: int, *, moderator: User | None, rule: GuidelineRule, message: str
    ) -> None:
        """Withdraw the content and tell its author why. Idempotent."""


_handlers: dict[str, ContentHandler] = {}


def handler_register(content_type: str, handler: ContentHandler) -> None:
    """Called once per content type, from the owning app's ``ready``."""
    existing = _handlers.get(content_type)
    if existing is not None and type(existing) is not type(handler):
        raise ValueError(f"A moderation handler for {content_type!r} is already registered.")
    _handlers[content_type] = handler


def handler_get(content_type: str) -> ContentHandler:
    try:
        return _handlers[content_type]
    except KeyError:
        raise LookupError(
            f"No moderation handler is registered for {content_type!r}; the owning app must "
            "call handler_register in its AppConfig.ready."
        ) from None
