"""Revocation attacked from outside: once a creator's narrowed settings take a remix down, its
image, its comment's image and its credentials page answer 404 to everyone but its creator and
moderators (a stranger, its requester, a blocked person, anonymous), and no one but the video's
creator can take remixes down or restore them."""

import pytest

from apps.comments.models import Comment
from apps.moderation.models import AuditEntry
from apps.notifications.models import Notification
from apps.privacy.models import RemixKind
from apps.remix import errors
from apps.remix.models import RemixJob
from tests.security.conftest import ACTORS, readers

pytestmark = pytest.mark.django_db
Status = RemixJob.Status
EVERY_KIND = list(RemixKind.values)


@pytest.fixture
def published_face_remix(published_remix_of):
    """The requester's face remix of the creator's public video (every kind allowed),
    published as the worker publishes it."""
    return published_remix_of(kind=RemixKind.FACE, remix_kinds=EVERY_KIND)


def _face_off_and_remove(api_as, job) -> dict:
    response = api_as("creator").patch(
        f"/api/v1/videos/{job.video_id}/privacy/",
        {"remix_kinds": ["restyle", "background"], "remove_disallowed_remixes": True},
        format="json",
    )
    assert response.status_code == 200, response.content
    return response.json()


def test_before_removal_everyone_who_may_watch_reads_the_remix(client_as, published_face_remix):
    job = published_face_remix
    everyone_but_blocked = set(ACTORS) - {"blocked"}
    assert readers(client_as, f"/media/{job.output_image.name}") == everyone_but_blocked
    assert readers(client_as, f"/credentials/{job.pk}") == everyone_but_blocked


def test_after_removal_only_the_creator_and_moderators_read_the_image_and_credentials(
    client_as, api_as, published_face_remix
):
    job = published_face_remix
    comment_image = job.comment.image.name

    assert _face_off_and_remove(api_as, job)["removed"] == 1

    assert readers(client_as, f"/media/{job.output_image.name}") == {"creator", "moderator"}
    assert readers(client_as, f"/credentials/{job.pk}") == {"creator", "moderator"}
    # The comment's copy of the image is for moderators only, like any hidden comment's.
    assert readers(client_as, f"/media/{comment_image}") == {"moderator"}


def test_a_removed_remix_leaves_the_comments_and_its_requester_is_told_why(
    api_as, actors, published_face_remix
):
    job = published_face_remix

    _face_off_and_remove(api_as, job)

    job.refresh_from_db()
    assert (job.status, job.reason_code) == (Status.REMOVED, "revoked_remix_kind_not_allowed")
    assert "@creator allows restyles and background changes but not face edits." in job.reason
    assert Comment.objects.get(pk=job.comment_id).status == Comment.Status.HIDDEN
    listed = api_as("stranger").get(f"/api/v1/videos/{job.video_id}/comments/").json()
    assert job.comment_id not in [comment["id"] for comment in listed["results"]]
    notice = Notification.objects.filter(recipient=actors["requester"]).latest("pk")
    assert notice.text == errors.notice_removed(count=1, reason=job.reason)
    entry = AuditEntry.objects.get(action="remix_removed", target_id=str(job.pk))
    assert (entry.actor, entry.category) == ("creator", "revoked_remix_kind_not_allowed")


@pytest.mark.parametrize("role", ["stranger", "requester", "blocked", "moderator"])
def test_nobody_but_the_creator_changes_a_videos_settings_or_removes_its_remixes(
    api_as, role, published_face_remix
):
    job = published_face_remix

    response = api_as(role).patch(
        f"/api/v1/videos/{job.video_id}/privacy/",
        {"remix_kinds": [], "remove_disallowed_remixes": True},
        format="json",
    )

    assert response.status_code in (403, 404)
    assert set(response.json()) >= {"message", "code"}
    job.refresh_from_db()
    assert job.status == Status.PUBLISHED
    assert job.video.privacy.remix_kinds == EVERY_KIND


@pytest.mark.parametrize("role", ["stranger", "requester", "blocked", "moderator"])
def test_nobody_but_the_creator_restores_a_removed_remix(
    client_as, api_as, role, published_face_remix
):
    job = published_face_remix
    _face_off_and_remove(api_as, job)

    response = client_as(role).post(f"/studio/remixes/{job.pk}", {"action": "restore"})

    assert response.status_code == 404
    job.refresh_from_db()
    assert job.status == Status.REMOVED


def test_the_creator_restores_a_removed_remix_and_it_is_served_again(
    client_as, api_as, published_face_remix
):
    job = published_face_remix
    _face_off_and_remove(api_as, job)

    client_as("creator").post(f"/studio/remixes/{job.pk}", {"action": "restore"})

    job.refresh_from_db()
    assert (job.status, job.reason) == (Status.PUBLISHED, "")
    assert Comment.objects.get(pk=job.comment_id).is_visible
    assert "requester" in readers(client_as, f"/media/{job.output_image.name}")
    assert AuditEntry.objects.filter(action="remix_restored", target_id=str(job.pk)).exists()


def test_a_remix_of_a_blocked_requester_cannot_be_restored(
    client_as, api_as, actors, published_face_remix
):
    from apps.accounts.models import Block

    job = published_face_remix
    _face_off_and_remove(api_as, job)
    Block.objects.create(blocker=actors["creator"], blocked=actors["requester"])

    client_as("creator").post(f"/studio/remixes/{job.pk}", {"action": "restore"})

    job.refresh_from_db()
    assert job.status == Status.REMOVED
