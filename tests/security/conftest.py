import io

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from PIL import Image
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from apps.accounts.models import Block
from apps.moderation.models import ModerationCase
from apps.moderation.screening.result import Screening
from apps.moderation.services.cases import case_open
from apps.moderation.services.moderators import moderator_grant
from apps.moderation.services.strikes import strike_issue
from apps.notifications.services import notification_create
from apps.remix import services as remix_services
from apps.remix.models import RemixJob

# Who asks, in every table of this folder.
ACTORS = ["anonymous", "stranger", "requester", "creator", "blocked", "moderator"]


@pytest.fixture
def actors(user_factory):
    """The creator of a video, someone who remixed it, someone the creator blocked, a stranger,
    a moderator (staff in the moderators' group) and staff without that group."""
    people = {
        "anonymous": None,
        "creator": user_factory(username="creator"),
        "requester": user_factory(username="requester"),
        "stranger": user_factory(username="stranger"),
        "blocked": user_factory(username="blocked"),
        "moderator": moderator_grant(user=user_factory(username="moderator")),
        "staff": user_factory(username="staff", is_staff=True),
    }
    Block.objects.create(blocker=people["creator"], blocked=people["blocked"])
    return people


@pytest.fixture
def client_as(actors):
    """``client_as(role)``: a page client logged in (by session) as that actor."""

    def make(role: str, **kwargs) -> Client:
        client = Client(**kwargs)
        if actors[role] is not None:
            client.force_login(actors[role])
        return client

    return make


@pytest.fixture
def api_as(actors):
    """``api_as(role)``: an API client with that actor's token, as a mobile app would be."""

    def make(role: str) -> APIClient:
        client = APIClient()
        if actors[role] is not None:
            token, _ = Token.objects.get_or_create(user=actors[role])
            client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        return client

    return make


def jpeg_bytes(size=(64, 64), colour="teal") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="JPEG")
    return buffer.getvalue()


@pytest.fixture
def video_of_creator(actors, video_factory):
    def make(**privacy):
        return video_factory(
            owner=actors["creator"], **{f"privacy__{key}": value for key, value in privacy.items()}
        )

    return make


@pytest.fixture
def job_of(actors, video_of_creator):
    """``job_of(status, video=None)``: the requester's remix of the creator's video in that
    state; a published one has its output image and source frame stored under unguessable
    names, as the worker leaves them."""

    def make(status: str = RemixJob.Status.QUEUED, *, video=None, requester="requester"):
        video = video or video_of_creator()
        job = RemixJob.objects.create(
            requester=actors[requester],
            video=video,
            creator=video.owner,
            at_seconds=1.0,
            kind=RemixJob.Kind.RESTYLE,
            prompt=f"secret prompt of a {status} job",
            seed=7,
            engine="effects",
            status=status,
        )
        if status == RemixJob.Status.PUBLISHED:
            job.source_frame.save("f0RaNdOmSoUrCeFrAmE.jpg", ContentFile(jpeg_bytes()), save=False)
            job.output_image.save("oUtPuTrAnDoMnAmE00.jpg", ContentFile(jpeg_bytes()), save=False)
            job.save(update_fields=["source_frame", "output_image"])
        return job

    return make


@pytest.fixture
def notify():
    def make(recipient, text):
        return notification_create(recipient=recipient, kind="remix.published", text=text, url="/")

    return make


@pytest.fixture
def rejected_remix_case(actors, job_of):
    """A moderator rejected the requester's remix with a strike; both can be appealed."""
    job = job_of(RemixJob.Status.REJECTED)
    screening = Screening(
        verdict="review", category="harassment", message="Held.", rule="r", screener="text"
    )
    case = case_open(
        content_type=remix_services.CONTENT_TYPE,
        object_id=job.pk,
        stage=ModerationCase.Stage.PROMPT,
        author=actors["requester"],
        creator=actors["creator"],
        screening=screening,
        text="a secret rejected prompt",
    )
    strike = strike_issue(
        user=actors["requester"],
        category="harassment",
        reason="A strike only its owner may read.",
        case=case,
        issued_by=actors["moderator"],
    )
    return case, strike
