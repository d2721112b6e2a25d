"""Data export: a zip built as a job, downloadable once by its owner until it expires."""

import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client
from django.utils import timezone

from apps.accounts import errors, exports
from apps.accounts.models import DataExport, Follow
from apps.core.errors import ApplicationError
from apps.moderation.services.strikes import strike_issue
from apps.notifications.models import Notification
from apps.provenance.models import StoredManifest
from apps.remix.models import RemixJob
from apps.videos.models import Like
from tests.factories import CommentFactory, RemixJobFactory, VideoFactory


def _stored(name: str, content: bytes) -> str:
    return default_storage.save(name, ContentFile(content))


@pytest.fixture
def owner(user_factory):
    return user_factory(username="owner", bio="I make videos")


@pytest.fixture
def owners_world(owner, user_factory):
    fan = user_factory(username="fan")
    video = VideoFactory(owner=owner, file=_stored("videos/v.mp4", b"VIDEO-BYTES"))
    theirs = VideoFactory(owner=fan)
    Like.objects.create(user=owner, video=theirs)
    CommentFactory(video=theirs, author=owner, body="my comment")
    Follow.objects.create(follower=fan, followee=owner)
    made = RemixJobFactory(
        requester=owner,
        video=theirs,
        status=RemixJob.Status.PUBLISHED,
        output_image=_stored("remixes/made.jpg", b"MADE-IMAGE"),
    )
    StoredManifest.objects.create(
        remix_id=made.pk,
        manifest_store=b"x",
        manifest={"claim_generator": "Clipmix"},
        watermark_scheme="t",
        phash=1,
    )
    RemixJobFactory(requester=fan, video=video, status=RemixJob.Status.PUBLISHED)
    strike_issue(user=owner, category="harassment", reason="A strike to explain.")
    return {"video": video, "made": made}


def _built(user, capture) -> DataExport:
    with capture(execute=True):
        export = exports.data_export_request(user=user)
    export.refresh_from_db()
    return export


def test_an_export_holds_everything_of_the_account_as_json_and_media(
    owner, owners_world, django_capture_on_commit_callbacks
):
    export = _built(owner, django_capture_on_commit_callbacks)

    assert (export.status, export.progress) == (DataExport.Status.READY, 100)
    assert export.expires_at - export.ready_at == timedelta(days=7)
    with export.file.open("rb") as handle, zipfile.ZipFile(handle) as archive:
        names = set(archive.namelist())
        profile = json.loads(archive.read("profile.json"))
        videos = json.loads(archive.read("videos.json"))
        made = json.loads(archive.read("remixes_requested.json"))
        received = json.loads(archive.read("remixes_received.json"))
        assert archive.read(videos[0]["file"]) == b"VIDEO-BYTES"
        assert archive.read(made[0]["image"]) == b"MADE-IMAGE"
        readme = archive.read("README.txt").decode()
        comments = json.loads(archive.read("comments.json"))
        follows = json.loads(archive.read("follows.json"))
        moderation = json.loads(archive.read("moderation.json"))
        likes = json.loads(archive.read("likes.json"))
    assert {"settings.json", "README.txt"} <= names
    assert (profile["handle"], profile["bio"], profile["email"]) == (
        "owner",
        "I make videos",
        owner.email,
    )
    assert made[0]["credentials"] == {"claim_generator": "Clipmix"}
    assert [r["requester"] for r in received] == ["fan"]
    assert [c["body"] for c in comments] == ["my comment"]
    assert [f["follower__username"] for f in follows["followers"]] == ["fan"]
    assert [s["reason"] for s in moderation["strikes"]] == ["A strike to explain."]
    assert len(likes) == 1
    assert "videos.json" in readme
    assert Notification.objects.filter(recipient=owner, kind="export.ready").exists()


def test_a_second_export_while_one_is_building_is_refused(owner):
    exports.data_export_request(user=owner)  # its job waits for the commit

    with pytest.raises(ApplicationError) as excinfo:
        exports.data_export_request(user=owner)

    assert (excinfo.value.code, excinfo.value.status) == ("export_in_progress", 409)
    assert excinfo.value.message == errors.EXPORT_IN_PROGRESS
    assert DataExport.objects.filter(user=owner).count() == 1


def test_a_redelivered_build_leaves_a_finished_export_alone(
    owner, django_capture_on_commit_callbacks
):
    export = _built(owner, django_capture_on_commit_callbacks)

    assert exports.data_export_build(export_id=export.pk) is None
    export.refresh_from_db()
    assert export.status == DataExport.Status.READY


def test_the_owner_downloads_it_once_and_nobody_else_ever(
    owner, user_factory, django_capture_on_commit_callbacks, settings
):
    export = _built(owner, django_capture_on_commit_callbacks)
    stranger = Client()
    stranger.force_login(user_factory())
    mine = Client()
    mine.force_login(owner)
    path = f"/settings/export/{export.pk}/download"

    assert Client().get(path).status_code == 302  # to the log-in page
    assert stranger.get(path).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        response = mine.get(path)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
        assert "profile.json" in archive.namelist()
    assert mine.get(path).status_code == 410
    assert not list((settings.MEDIA_ROOT / "exports").iterdir())


def test_an_expired_export_is_gone(owner, django_capture_on_commit_callbacks, settings):
    export = _built(owner, django_capture_on_commit_callbacks)
    DataExport.objects.filter(pk=export.pk).update(expires_at=timezone.now())
    client = Client()
    client.force_login(owner)

    assert client.get(f"/settings/export/{export.pk}/download").status_code == 410
    assert exports.data_exports_expire() == 1
    export.refresh_from_db()
    assert export.status == DataExport.Status.EXPIRED
    assert not list((settings.MEDIA_ROOT / "exports").iterdir())


def test_the_export_page_asks_for_one_and_shows_its_progress(owner):
    client = Client()
    client.force_login(owner)

    response = client.post("/settings/export", follow=True)

    assert response.status_code == 200
    assert b'data-export-status="queued"' in response.content
    again = client.post("/settings/export", follow=True)
    assert errors.EXPORT_IN_PROGRESS.encode() in again.content.replace(b"&#x27;", b"'")


def test_the_export_files_are_not_served_as_media(owner, django_capture_on_commit_callbacks):
    export = _built(owner, django_capture_on_commit_callbacks)
    client = Client()
    client.force_login(owner)

    assert client.get(f"/media/{export.file.name}").status_code == 404
