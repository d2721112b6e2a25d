"""A video page's comment threads: rendered once for every viewer, finished per viewer.

Rendering 20 threads with their replies was most of the video page's time (see
docs/benchmarks.md). What the threads show is the same for everyone who may view the video
(only visible comments, in one order); only the action links (reply, delete, report) and the
relative times differ. So the threads are rendered with a marker where each of those goes,
kept in the cache under the video's comment version (``comments_version_bump``: every save or
deletion of one of its comments, and the bulk hides), and each request replaces the markers:
a few microseconds a comment instead of a template include.

The caller has checked ``policy.can_view`` for this viewer, on every request: the cache holds
what the video's visible comments look like, never who may see them.
"""

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from apps.accounts.models import RemixesInComments, User
from apps.comments.models import Comment
from apps.comments.selectors import CommentPage, RemixFilter, comments_for_video
from apps.core.cache import (
    fields_watch,
    fragments_get,
    fragments_set,
    saved_fields_changed,
    version_bump,
    version_get,
    visibility_versions,
)
from apps.core.pagecache import relative_time
from apps.videos.models import Video

_MARKER = re.compile(r"<!--clipmix:(actions|ago):(\d+)-->")


def comments_version_name(video_id: int) -> str:
    return f"comments:video:{video_id}"


def comments_version_bump(*video_ids: int, visibility: bool = False) -> None:
    """The comment threads of these videos changed: their cached rendering is not used again.
    ``visibility``: a comment or remix may have become hidden or shown (then the visibility
    versions go in the same bump)."""
    names = [comments_version_name(video_id) for video_id in set(video_ids)]
    version_bump(*names, *(visibility_versions() if visibility else ()))


@dataclass(frozen=True)
class _Meta:
    """What a comment's per-viewer parts need: its actions and its relative time."""

    author_id: int
    handle: str
    top_level: bool
    created_at: datetime
    remix_url: str  # "Remix this remix" ("" when the comment is no remix that may be)


@dataclass(frozen=True)
class _Shared:
    """The threads as every viewer sees them, with markers; what the markers need."""

    html: str
    thread_count: int
    next_before: int | None
    comments: dict[int, "_Meta"]


@dataclass(frozen=True)
class CommentThreads:
    html: SafeString
    thread_count: int
    next_before: int | None


def _render(page: CommentPage) -> _Shared:
    """The threads of ``page`` with markers; its hidden remixes (if any) folded into lines."""
    comments: dict[int, _Meta] = {}
    for thread in page.threads:
        for comment in (thread, *thread.replies.all()):
            comments[comment.pk] = _Meta(
                author_id=comment.author_id,
                handle=comment.author.username,
                top_level=comment.parent_id is None,
                created_at=comment.created_at,
                remix_url=comment.remix_url if comment.image else "",
            )
    html = render_to_string("comments/_threads.html", {"rows": page.rows})
    return _Shared(html, len(page.threads), page.next_before, comments)


class _ActionWriter:
    """What one viewer sees under each comment: ``comments/_actions.html`` rendered once per
    page with placeholders for the comment's id, its author's handle and its remix address, cut
    into pieces that each comment's actions are put together from (a page has up to 20 threads
    and their replies: a template per comment was most of its time)."""

    _ID, _HANDLE, _REMIX_URL, _CSRF = "987654321", "clipmixhandle", "clipmixremixurl", "clipmixcsrf"

    def __init__(
        self, *, viewer: User, owner_id: int, may_reply: bool, csrf_input: SafeString
    ) -> None:
        self.viewer_id, self.owner_id, self.is_staff = viewer.pk, owner_id, viewer.is_staff
        self.may_reply, self.csrf_input = may_reply, csrf_input
        html = render_to_string(
            "comments/_actions.html",
            {
                "comment_id": self._ID,
                "handle": self._HANDLE,
                "remix_url": self._REMIX_URL,
                "csrf_input": self._CSRF,
            },
        )
        self.opening, self.remix, self.reply, delete, self.report, self.closing = html.split(
            "<!--piece-->"
        )
        self.delete_head, self.delete_tail = delete.split(self._CSRF)

    def __call__(self, comment_id: int, meta: _Meta) -> str:
        pk = str(comment_id)
        parts = [self.opening]
        if meta.remix_url:
            parts.append(self.remix.replace(self._REMIX_URL, escape(meta.remix_url)))
        if meta.top_level and self.may_reply:
            reply = self.reply.replace(self._ID, pk)
            parts.append(reply.replace(self._HANDLE, escape(meta.handle)))
        if self.viewer_id in (meta.author_id, self.owner_id) or self.is_staff:
            parts += [self.delete_head.replace(self._ID, pk), self.csrf_input, self.delete_tail]
        else:
            parts.append(self.report.replace(self._ID, pk))
        parts.append(self.closing)
        return "".join(parts)


def _shared_get(video: Video, viewer: User | None) -> _Shared:
    """The threads as a viewer who shows every remix sees them: cached for all such viewers."""
    version = version_get(comments_version_name(video.pk))
    key = f"comments:threads:{video.pk}:{version}:{get_language()}"
    shared = fragments_get([key]).get(key) if version is not None else None
    if not isinstance(shared, _Shared):
        every_remix = RemixFilter(mode=RemixesInComments.ALL)
        shared = _render(comments_for_video(video=video, viewer=viewer, remixes=every_remix))
        if version is not None:
            fragments_set({key: shared})
    return shared


def comment_threads_for_page(
    *,
    request: HttpRequest,
    video: Video,
    viewer: User | None,
    may_reply: bool,
    remixes: RemixFilter,
) -> CommentThreads:
    """The newest threads of ``video`` as ``viewer`` sees them on the video page (the caller
    has checked that ``viewer`` may view it). ``may_reply``: the viewer may comment. A viewer
    whose filter (``remixes``) hides remixes on this page gets them folded into "N AI remixes
    hidden" lines, rendered for them alone; everyone else shares the cached rendering."""
    shared = None
    if remixes.mode != RemixesInComments.ALL:
        page = comments_for_video(video=video, viewer=viewer, remixes=remixes)
        shared = _render(page) if page.hidden_ids else None
    if shared is None:
        shared = _shared_get(video, viewer)
    csrf_input = (
        format_html(
            '<input type="hidden" name="csrfmiddlewaretoken" value="{}">', get_token(request)
        )
        if viewer is not None
        else mark_safe("")
    )

    actions = (
        _ActionWriter(
            viewer=viewer, owner_id=video.owner_id, may_reply=may_reply, csrf_input=csrf_input
        )
        if viewer is not None
        else None
    )

    def fill(match: re.Match[str]) -> str:
        kind, comment_id = match.group(1), int(match.group(2))
        meta = shared.comments[comment_id]
        if kind == "ago":
            return conditional_escape(relative_time(request, meta.created_at))
        return actions(comment_id, meta) if actions is not None else ""

    html = _MARKER.sub(fill, shared.html)
    return CommentThreads(mark_safe(html), shared.thread_count, shared.next_before)  # noqa: S308


def _comment_saved(
    sender: type[Comment], instance: Comment, created: bool, update_fields: Any = None, **_: Any
) -> None:
    changed = not created and saved_fields_changed(instance, update_fields, "status")
    comments_version_bump(instance.video_id, visibility=changed)


def _comment_deleted(sender: type[Comment], instance: Comment, **_: Any) -> None:
    comments_version_bump(instance.video_id, visibility=True)


def receivers_connect() -> None:
    """Every save or deletion of a comment (a new one, an edit, a status change by a moderator
    or its author, a cascade from its video or its author's erasure) makes its video's cached
    threads stale; a status change (withdrawn, hidden, approved) or a deletion also the
    visibility versions. Bulk ``update()`` calls bump explicitly (``comment_images_hide``)."""
    fields_watch(Comment, "status")
    post_save.connect(_comment_saved, sender=Comment, dispatch_uid="comments-threads-save")
    post_delete.connect(_comment_deleted, sender=Comment, dispatch_uid="comments-threads-delete")
