"""Blocking someone offers "also remove this person's remixes of my videos" (issue 17 item 2),
on their profile and over REST, through the one take-down service: restorable, audited, their
author told."""

import pytest
from django.utils import timezone

from apps.accounts.models import Block
from apps.comments.models import Comment
from apps.moderation.models import AuditEntry
from apps.remix.models import RemixJob
from tests.factories import CommentFactory, RemixJobFactory

pytestmark = pytest.mark.django_db
Status = RemixJob.Status


def _published(video, requester):
    comment = CommentFactory(video=video, author=requester, body="", image="comments/r.jpg")
    return RemixJobFactory(
        requester=requester,
        video=video,
        status=Status.PUBLISHED,
        comment=comment,
        output_image=f"remixes/{comment.pk}.jpg",
        finished_at=timezone.now(),
    )


@pytest.fixture
def world(user_factory, video_factory):
    """A creator; a fan with two published remixes of the creator's videos and one of someone
    else's; another person's remix of the creator's video."""
    creator, fan, other = user_factory(), user_factory(), user_factory()
    theirs = [_published(video_factory(owner=creator), fan) for _ in range(2)]
    elsewhere = _published(video_factory(), fan)
    someone_elses = _published(video_factory(owner=creator), other)
    return creator, fan, theirs, elsewhere, someone_elses


def _statuses(jobs):
    return [RemixJob.objects.get(pk=job.pk).status for job in jobs]


def test_the_api_blocks_and_removes_their_remixes_when_asked_with_the_count(world, client):
    from rest_framework.test import APIClient

    creator, fan, theirs, elsewhere, someone_elses = world
    api = APIClient()
    api.force_authenticate(creator)

    response = api.post(
        f"/api/v1/accounts/{fan.username}/block/", {"remove_remixes": True}, format="json"
    )

    assert response.status_code == 200
    assert response.json() == {"removed": 2}
    assert Block.objects.filter(blocker=creator, blocked=fan).exists()
    assert _statuses(theirs) == [Status.REMOVED, Status.REMOVED]
    assert _statuses([elsewhere, someone_elses]) == [Status.PUBLISHED, Status.PUBLISHED]
    assert {Comment.objects.get(pk=job.comment_id).status for job in theirs} == {"hidden"}
    audit = AuditEntry.objects.filter(action="remix_removed", actor_id=creator.pk)
    assert sorted(audit.values_list("target_id", flat=True)) == sorted(str(j.pk) for j in theirs)
    assert set(audit.values_list("category", flat=True)) == {"revoked_blocked"}
    assert fan.notifications.filter(kind="remix.removed").count() == 1


def test_the_api_blocks_without_removing_unless_asked(world):
    from rest_framework.test import APIClient

    creator, fan, theirs, *_ = world
    api = APIClient()
    api.force_authenticate(creator)

    response = api.post(f"/api/v1/accounts/{fan.username}/block/")

    assert (response.status_code, response.json()) == (200, {"removed": 0})
    assert Block.objects.filter(blocker=creator, blocked=fan).exists()
    assert _statuses(theirs) == [Status.PUBLISHED, Status.PUBLISHED]


@pytest.mark.parametrize("flag", ["yes", 1, None])
def test_the_api_refuses_a_flag_that_is_not_a_boolean_and_blocks_nobody(world, flag):
    from rest_framework.test import APIClient

    creator, fan, theirs, *_ = world
    api = APIClient()
    api.force_authenticate(creator)

    response = api.post(
        f"/api/v1/accounts/{fan.username}/block/", {"remove_remixes": flag}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert list(response.json()["extra"]["fields"]) == ["remove_remixes"]
    assert not Block.objects.exists()
    assert _statuses(theirs) == [Status.PUBLISHED, Status.PUBLISHED]


def test_the_profile_offers_to_remove_their_remixes_with_the_count(world, client):
    creator, fan, *_ = world
    client.force_login(creator)

    page = client.get(f"/@{fan.username}").content.decode()

    assert "Also remove this person's 2 remixes of my videos" in page
    assert 'name="also_remove"' in page


def test_the_profile_offers_nothing_to_remove_when_there_is_nothing(client, user_factory):
    creator, stranger = user_factory(), user_factory()
    client.force_login(creator)

    assert 'name="also_remove"' not in client.get(f"/@{stranger.username}").content.decode()


def test_blocking_from_the_profile_with_also_remove_takes_them_down_restorably(world, client):
    creator, fan, theirs, elsewhere, _ = world
    client.force_login(creator)

    response = client.post(
        f"/@{fan.username}/block", {"intent": "block", "also_remove": "on"}, follow=True
    )

    assert "Removed 2 of their remixes of your videos" in response.content.decode()
    assert _statuses(theirs) == [Status.REMOVED, Status.REMOVED]
    assert _statuses([elsewhere]) == [Status.PUBLISHED]
    studio = client.get("/studio/remixes?status=removed").content.decode()
    assert "Restore" in studio


def test_blocking_from_the_profile_without_the_box_removes_nothing(world, client):
    creator, fan, theirs, *_ = world
    client.force_login(creator)

    client.post(f"/@{fan.username}/block", {"intent": "block"})

    assert Block.objects.filter(blocker=creator, blocked=fan).exists()
    assert _statuses(theirs) == [Status.PUBLISHED, Status.PUBLISHED]
