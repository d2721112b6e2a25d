import io
from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from django.urls import resolve
from django.utils import timezone
from PIL import Image
from rest_framework.test import APIClient

from apps.accounts.models import Block, DataExport
from apps.moderation.models import ModerationCase
from apps.moderation.screening.result import Screening
from apps.moderation.services.cases import case_open
from apps.moderation.services.moderators import moderator_grant
from apps.moderation.services.strikes import strike_issue
from apps.notifications.services import notification_create
from apps.remix.models import CONTENT_TYPE as REMIX_CONTENT_TYPE
from apps.remix.models import RemixJob
from apps.remix.services.outcomes import remix_job_publish
from apps.videos.models import Video
from tests.factories import RemixJobFactory, api_key_for
from tests.security.addresses import Address, address_path

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
            client.credentials(HTTP_AUTHORIZATION=f"Token {api_key_for(actors[role])}")
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
        job = RemixJobFactory(
            requester=actors[requester],
            video=video,
            at_seconds=1.0,
            prompt=f"secret prompt of a {status} job",
            seed=7,
            status=status,
        )
        if status == RemixJob.Status.PUBLISHED:
            job.source_frame.save("f0RaNdOmSoUrCeFrAmE.jpg", ContentFile(jpeg_bytes()), save=False)
            job.output_image.save("oUtPuTrAnDoMnAmE00.jpg", ContentFile(jpeg_bytes()), save=False)
            job.save(update_fields=["source_frame", "output_image"])
        return job

    return make


@pytest.fixture
def published_remix_of(job_of, video_of_creator):
    """``published_remix_of(kind=None, **privacy)``: the requester's remix of the creator's
    video, published as the worker publishes it (output and source frame stored, its image
    posted as a comment)."""

    def make(*, kind: str | None = None, **privacy):
        job = job_of(RemixJob.Status.IN_REVIEW, video=video_of_creator(**privacy))
        if kind is not None:
            RemixJob.objects.filter(pk=job.pk).update(kind=kind)
            job.refresh_from_db()
        job.output_image.save("oUtPuTpUbLiShEdAbC.jpg", ContentFile(jpeg_bytes()), save=False)
        job.source_frame.save("fRaMePuBlIsHeDaBcD.jpg", ContentFile(jpeg_bytes()), save=False)
        job.save(update_fields=["output_image", "source_frame"])
        with transaction.atomic():
            job = remix_job_publish(job=job)
        job.refresh_from_db()
        return job

    return make


def readers(client_as, url: str) -> set[str]:
    """The actors for whom ``url`` answers 200 (everyone else must get a 404)."""
    answers = {role: client_as(role).get(url).status_code for role in ACTORS}
    assert set(answers.values()) <= {200, 404}, answers
    return {role for role, status in answers.items() if status == 200}


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
        content_type=REMIX_CONTENT_TYPE,
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


@pytest.fixture
def world(actors, job_of, video_of_creator, rejected_remix_case, notify, comment_factory):
    """The creator's video, comment, a remix waiting for them and an unread notification; the
    requester's rejected remix case and strike. What each address would change if the token
    were not checked."""
    video = video_of_creator()
    case, strike = rejected_remix_case
    notify(actors["creator"], "unread news")
    return {
        "video": video,
        "comment": comment_factory(video=video, author=actors["creator"]),
        "job": job_of(RemixJob.Status.PUBLISHED, video=video),
        "case": case,
        "strike": strike,
    }


def ready_export(user) -> DataExport:
    """A finished data export of ``user``, as the job leaves it."""
    export = DataExport(
        user=user,
        status=DataExport.Status.READY,
        progress=100,
        ready_at=timezone.now(),
        expires_at=timezone.now() + timedelta(days=7),
    )
    export.file.save("export.zip", ContentFile(b"PK\x05\x06" + b"\x00" * 18), save=False)
    export.save()
    return export


@pytest.fixture
def sample_path(world, actors):
    """``sample_path(address)``: a concrete path for the address, naming real objects."""
    values = {
        "video_id": world["video"].pk,
        "comment_id": world["comment"].pk,
        "job_id": world["job"].pk,
        "remix_id": world["job"].pk,
        "case_id": world["case"].pk,
        "strike_id": world["strike"].pk,
        "handle": actors["stranger"].username,
        "name": "sunset",
        "app_label": "moderation",
        "content_type_id": ContentType.objects.get_for_model(Video).pk,
        "url": "nothing-here/",
        "token_id": 1,
        "session_id": 1,
        "export_id": ready_export(actors["creator"]).pk,
        "uidb64": "MQ",
        "token": "set-password",
    }

    def admin_object(route: str) -> str:
        if route.startswith("admin/r/"):
            return str(world["video"].pk)
        app_label, model_name = route.split("/")[1:3]
        first = apps.get_model(app_label, model_name)._default_manager.order_by("pk").first()
        return str(first.pk) if first else "1"

    def make(address: Address) -> str:
        def value(name: str) -> str:
            if name in {"object_id", "id"} and address.is_admin:
                return admin_object(address.route)
            if name == "path" and address.route.startswith("^media/"):
                return world["video"].poster.name
            assert name in values, f"give {address.route} a sample value for {name!r}"
            return str(values[name])

        path = address_path(address, value)
        assert resolve(path).func is address.callback, f"{path} does not reach {address.key}"
        return path

    return make
