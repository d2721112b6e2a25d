"""Fixtures for the schema-driven API tests: the real Django WSGI app, both OpenAPI schemas
loaded from it, and a small world of real rows for generated requests to land on."""

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import schemathesis
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, transaction
from schemathesis.config import SchemathesisConfig

from apps.comments.models import Comment
from apps.privacy import services as privacy_services
from apps.privacy.models import RemixAudience
from apps.remix.models import RemixJob
from apps.remix.services import requesting as remix_requesting
from apps.remix.states import job_transition
from apps.videos import services as video_services
from apps.videos.models import Video
from tests.factories import CommentFactory, FollowFactory, UserFactory, api_key_for

REST_SCHEMA_URL = "/api/v1/schema/"
NINJA_SCHEMA_URL = "/api/v1/remix/openapi.json"

# A fixed seed: the coverage and fuzzing phases generate the same cases on every run.
SEED = 20261123


@pytest.fixture
def wsgi_app(db) -> Iterator[WSGIHandler]:
    """The project's WSGI handler, called in this thread so that it shares the test's
    transaction. Like Django's test client, it must not close the connection between
    requests: that would end the transaction that holds the seeded rows."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield WSGIHandler()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _config() -> SchemathesisConfig:
    return SchemathesisConfig.from_dict(
        {
            "seed": SEED,
            "generation": {"deterministic": True, "database": "none"},
            # Methods an operation does not declare are tried with the common ones only:
            # each is one more request per path, and they all end in the same 405.
            "phases": {"coverage": {"unexpected-methods": ["get", "post", "delete"]}},
        }
    )


@pytest.fixture
def rest_schema(wsgi_app):
    return schemathesis.openapi.from_wsgi(REST_SCHEMA_URL, wsgi_app, config=_config())


@pytest.fixture
def ninja_schema(wsgi_app):
    return schemathesis.openapi.from_wsgi(NINJA_SCHEMA_URL, wsgi_app, config=_config())


@dataclass(frozen=True)
class World:
    """Real rows, tokens and files that generated requests are pointed at."""

    tokens: dict[str, str]  # who -> API token; "anonymous" has none
    handles: tuple[str, ...]
    video_ids: tuple[int, ...]
    comment_ids: tuple[int, ...]
    job_ids: tuple[int, ...]
    remix_image: bytes
    video_file: bytes


@pytest.fixture
def world(db, media_files, django_capture_on_commit_callbacks) -> World:
    """A creator with a processed PyAV video open to remixes by followers; a follower (the
    member) who commented on it and has a published, a queued and a failed remix of it; and a
    stranger, whom the video's settings refuse. The published remix went through the real
    pipeline, credentials included."""
    creator = UserFactory(username="creator")
    member = UserFactory(username="member")
    stranger = UserFactory(username="stranger")
    FollowFactory(follower=member, followee=creator)
    video_file = media_files["mp4"].read_bytes()
    with django_capture_on_commit_callbacks(execute=True):
        video = video_services.video_upload(
            owner=creator,
            upload=SimpleUploadedFile("clip.mp4", video_file),
            caption="sunrise #mood",
        )
    video.refresh_from_db()
    privacy_services.video_privacy_update(video=video, remix_audience=RemixAudience.FOLLOWERS)
    with django_capture_on_commit_callbacks(execute=True):
        published = _remix(member, video, "turn it into a watercolour painting")
    # Outside the capture their jobs never reach a worker (the test's transaction never
    # commits), so they stay where the test puts them.
    queued = _remix(member, video, "make it a pencil sketch")
    failed = _remix(member, video, "pixel art please")
    with transaction.atomic():
        job_transition(failed, RemixJob.Status.RUNNING)
        job_transition(
            failed, RemixJob.Status.FAILED, reason="The engine broke.", reason_code="engine_failed"
        )
    comment = CommentFactory(video=video, author=member, body="love this")
    published.refresh_from_db()
    assert video.status == Video.Status.READY
    assert published.status == RemixJob.Status.PUBLISHED
    assert queued.status == RemixJob.Status.QUEUED
    assert Comment.objects.filter(video=video).count() == 2  # the remix and the text comment
    return World(
        tokens={
            "creator": api_key_for(creator),
            "member": api_key_for(member),
            "stranger": api_key_for(stranger),
        },
        handles=("creator", "member", "stranger"),
        video_ids=(video.pk,),
        comment_ids=(comment.pk, published.comment_id),
        job_ids=(published.pk, queued.pk, failed.pk),
        remix_image=published.output_image.read(),
        video_file=video_file,
    )


def _remix(requester, video, prompt: str) -> RemixJob:
    return remix_requesting.remix_job_create(
        requester=requester, video=video, at_seconds=1.0, kind="restyle", prompt=prompt
    )


@pytest.fixture(autouse=True)
def _schemathesis_node_id(request):
    """Schemathesis 4.32 names each operation's sub-test by rewriting the item's private
    ``_nodeid``, which pytest 9.2 replaced with a structured id; give it the attribute back so
    that lazily loaded schemas run (pytest's own reports read the new id, unaffected)."""
    if not hasattr(request.node, "_nodeid"):
        request.node._nodeid = request.node.nodeid
