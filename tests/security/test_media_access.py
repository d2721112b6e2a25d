"""Every stored file is access-checked by its folder's rule (apps.core.media), in every mode:
a remix's output, its comment image and its source frame follow the source video's current
visibility, the remix's state and blocks, like the video's own files; no spelling of a path
reaches a file that its canonical spelling guards."""

import pytest
from django.core.files.base import ContentFile
from django.urls import resolve

from apps.core import views as core_views
from apps.privacy.services import video_privacy_update
from apps.remix.models import RemixJob
from apps.videos.services import video_delete
from tests.security.conftest import ACTORS, jpeg_bytes, readers

Status = RemixJob.Status
EVERYONE_BUT_BLOCKED = set(ACTORS) - {"blocked"}


@pytest.fixture
def published_remix(published_remix_of):
    """The requester's remix of the creator's public video, published as the worker publishes
    it: its output and source frame stored, its image posted as a comment."""
    return published_remix_of()


def _urls(job: RemixJob) -> dict[str, str]:
    return {
        "output": f"/media/{job.output_image.name}",
        "comment": f"/media/{job.comment.image.name}",
        "frame": f"/media/{job.source_frame.name}",
    }


def test_a_published_remix_is_read_by_the_videos_audience_and_its_frame_by_moderators(
    client_as, published_remix
):
    urls = _urls(published_remix)

    assert readers(client_as, urls["output"]) == EVERYONE_BUT_BLOCKED
    assert readers(client_as, urls["comment"]) == EVERYONE_BUT_BLOCKED
    assert readers(client_as, urls["frame"]) == {"moderator"}


def test_a_remix_the_creator_removed_is_served_to_moderators_and_its_creator_only(
    client_as, published_remix
):
    urls = _urls(published_remix)

    removed = client_as("creator").post(
        f"/studio/remixes/{published_remix.pk}", {"action": "remove"}
    )

    assert removed.status_code == 302
    # Removed is restorable: its creator still sees the image in the studio, nobody else.
    assert readers(client_as, urls["output"]) == {"creator", "moderator"}
    assert readers(client_as, urls["comment"]) == {"moderator"}
    assert readers(client_as, urls["frame"]) == {"moderator"}


def test_a_remix_of_a_video_made_private_follows_the_video(client_as, published_remix):
    urls = _urls(published_remix)

    video_privacy_update(video=published_remix.video, visibility="private")

    assert readers(client_as, urls["output"]) == {"creator", "moderator"}
    assert readers(client_as, urls["comment"]) == {"creator", "moderator"}


def test_a_remix_of_a_deleted_video_is_served_to_moderators_only(
    client_as, published_remix, django_capture_on_commit_callbacks
):
    urls = _urls(published_remix)

    with django_capture_on_commit_callbacks(execute=True):
        video_delete(video=published_remix.video)

    assert readers(client_as, urls["output"]) == {"moderator"}
    assert readers(client_as, urls["frame"]) == {"moderator"}
    assert readers(client_as, urls["comment"]) == set()  # the comment went with the video


def test_a_held_remix_is_shown_to_nobody_but_moderators_while_a_screener_holds_it(
    client_as, job_of
):
    job = job_of(Status.IN_REVIEW)
    job.requires_approval = True
    job.moderation = {"output": {"verdict": "review"}}
    job.output_image.save("hElDtOkEnAbCdEfGhIj.jpg", ContentFile(jpeg_bytes()), save=False)
    job.save(update_fields=["output_image", "requires_approval", "moderation"])

    assert readers(client_as, f"/media/{job.output_image.name}") == {"moderator"}

    RemixJob.objects.filter(pk=job.pk).update(moderation={"output": {"verdict": "allow"}})
    assert readers(client_as, f"/media/{job.output_image.name}") == {"creator", "moderator"}


# --- Spellings of a path -------------------------------------------------------------------

TRICKS = [
    "/media//{name}",
    "/media/./{name}",
    "/media/x/../{name}",
    "/media/{folder}//{file}",
    "/media/{folder}/./{file}",
    "/media/%2e/{name}",
    "/media/x/%2e%2e/{name}",
    "/media/{folder}\\{file}",
]


@pytest.mark.parametrize("trick", TRICKS)
def test_no_spelling_of_a_path_reaches_a_private_videos_file(
    client_as, video_of_creator, settings, trick
):
    video = video_of_creator(visibility="private")
    name = video.file.name
    (settings.MEDIA_ROOT / name).parent.mkdir(parents=True, exist_ok=True)
    (settings.MEDIA_ROOT / name).write_bytes(b"\x00" * 64)
    folder, file = name.split("/", 1)
    url = trick.format(name=name, folder=folder, file=file)

    assert client_as("creator").get(f"/media/{name}").status_code == 200
    assert resolve(url.replace("%2e", ".")).func is core_views.media
    for role in ACTORS:
        assert client_as(role).get(url).status_code == 404, (role, url)


def test_a_folder_no_app_registered_is_never_served(client_as, settings):
    (settings.MEDIA_ROOT / "exports").mkdir(parents=True)
    (settings.MEDIA_ROOT / "exports" / "all.csv").write_text("secret")

    assert {client_as(role).get("/media/exports/all.csv").status_code for role in ACTORS} == {404}


# --- Retention -----------------------------------------------------------------------------


def test_a_removed_remixs_files_are_deleted_once_its_retention_has_passed(
    client_as, published_remix, job_of, settings, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    urls = _urls(published_remix)
    names = [published_remix.output_image.name, published_remix.source_frame.name]
    names.append(published_remix.comment.image.name)
    still_published = job_of(Status.PUBLISHED)
    client_as("creator").post(f"/studio/remixes/{published_remix.pk}", {"action": "remove"})

    with django_capture_on_commit_callbacks(execute=True):
        call_command("remix_files_purge", stdout=None)
    assert all((settings.MEDIA_ROOT / name).exists() for name in names)  # within retention

    past = timezone.now() - timedelta(days=settings.CLIPMIX_REMIX_FILE_RETENTION_DAYS + 1)
    RemixJob.objects.filter(pk__in=[published_remix.pk, still_published.pk]).update(
        finished_at=past
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("remix_files_purge")

    assert not any((settings.MEDIA_ROOT / name).exists() for name in names)
    for url in urls.values():
        assert readers(client_as, url) == set(), url
    published_remix.refresh_from_db()
    assert (published_remix.output_image.name, published_remix.comment_id) == ("", None)
    assert (settings.MEDIA_ROOT / still_published.output_image.name).exists()


def test_the_purge_refuses_a_negative_retention():
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="--days must be 0 or more"):
        call_command("remix_files_purge", days=-1)
