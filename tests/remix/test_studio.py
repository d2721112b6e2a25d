"""The creator's studio: removal as its own state with a confirmation and an undo, the
explanation of a remix a screener holds, and filters with counts."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.notifications.models import Notification
from apps.remix import errors
from apps.remix.models import RemixJob
from apps.remix.services import deciding

Status = RemixJob.Status


@pytest.fixture
def published(real_video, user_factory, remix):
    video = real_video()
    job = remix(user_factory(username="fan"), video)
    assert job.status == Status.PUBLISHED
    return job


def test_remove_asks_first_and_names_who_is_told(client, published):
    client.force_login(published.creator)

    page = client.get(f"/studio/remixes/{published.pk}/remove")

    assert page.status_code == 200
    assert errors.REMOVE_CONFIRM.format(handle="fan") in page.content.decode()
    published.refresh_from_db()
    assert published.status == Status.PUBLISHED


def test_only_a_published_remix_of_your_own_video_has_a_remove_page(
    client, published, user_factory
):
    client.force_login(user_factory())
    assert client.get(f"/studio/remixes/{published.pk}/remove").status_code == 404


def test_a_removed_remix_is_removed_not_cancelled_and_its_requester_reads_removed(
    client, published
):
    client.force_login(published.creator)

    done = client.post(f"/studio/remixes/{published.pk}", {"action": "remove"})

    assert done.status_code == 302
    assert done["Location"] == f"/studio/remixes?undo={published.pk}"
    published.refresh_from_db()
    assert (published.status, published.reason) == (Status.REMOVED, errors.REMOVED_BY_CREATOR)
    notice = Notification.objects.filter(recipient=published.requester).latest("pk")
    assert notice.kind == "remix.removed"
    assert notice.text == errors.notice_removed(count=1, reason=errors.REMOVED_BY_CREATOR)
    assert "not published" not in notice.text


def test_undo_right_after_removal_restores_through_the_one_restore_flow(client, published):
    client.force_login(published.creator)
    client.post(f"/studio/remixes/{published.pk}", {"action": "remove"})

    studio = client.get(f"/studio/remixes?undo={published.pk}").content.decode()
    assert f'data-undo="{published.pk}"' in studio
    client.post(f"/studio/remixes/{published.pk}", {"action": "restore"})

    published.refresh_from_db()
    assert published.status == Status.PUBLISHED
    notice = Notification.objects.filter(recipient=published.requester).latest("pk")
    assert notice.text == errors.NOTICE_RESTORED


def test_undo_is_offered_only_for_ten_minutes(client, published):
    from datetime import timedelta

    from django.utils import timezone

    client.force_login(published.creator)
    client.post(f"/studio/remixes/{published.pk}", {"action": "remove"})
    RemixJob.objects.filter(pk=published.pk).update(
        finished_at=timezone.now() - timedelta(minutes=11)
    )

    studio = client.get(f"/studio/remixes?undo={published.pk}").content.decode()

    assert "data-undo" not in studio
    assert 'value="restore"' in studio  # restorable from its card until the purge


def test_nobody_else_removes_a_remix(published, user_factory):
    from apps.core.errors import ApplicationError

    with pytest.raises(ApplicationError) as refused:
        deciding.remix_job_remove(job=published, actor=user_factory())
    assert refused.value.code == "not_allowed"


def test_a_remix_a_screener_holds_says_it_waits_for_a_moderator(
    client, real_video, user_factory, remix
):
    video = real_video()
    held = remix(user_factory(), video, prompt="put her in a bikini at the beach")
    assert held.status == Status.IN_REVIEW
    assert held.awaits_moderator
    client.force_login(video.owner)

    page = client.get("/studio/remixes").content.decode()

    assert "data-held-by-screener" in page
    assert "Waiting for a moderator" in page
    filtered = client.get("/studio/remixes?status=waiting_moderator").content.decode()
    assert f'id="studio-job-{held.pk}"' in filtered


def test_studio_filters_by_video_status_and_requester_with_counts(
    client, user_factory, video_factory, remix_job_factory
):
    creator = user_factory()
    first, second = video_factory(owner=creator), video_factory(owner=creator)
    ann, bob = user_factory(username="ann"), user_factory(username="bob")
    jobs = [
        remix_job_factory(video=first, creator=creator, requester=ann, status=Status.PUBLISHED),
        remix_job_factory(video=first, creator=creator, requester=bob, status=Status.REJECTED),
        remix_job_factory(video=second, creator=creator, requester=ann, status=Status.PUBLISHED),
    ]
    client.force_login(creator)

    page = client.get(f"/studio/remixes?video={first.pk}&requester=ann").content.decode()

    shown = [job.pk for job in jobs if f'id="studio-job-{job.pk}"' in page]
    assert shown == [jobs[0].pk]
    assert re.search(r"data-studio-count>\s*1 remix\b", page)
    # Each option counts what choosing it would show, the other filters kept.
    assert "@ann (1)" in page
    assert "@bob (1)" in page
    assert "Published (1)" in page
    assert "Rejected" not in page
    everyone = client.get(f"/studio/remixes?video={first.pk}").content.decode()
    assert re.search(r"data-studio-count>\s*2 remixes\b", everyone)


def test_studio_queries_do_not_grow_with_remixes(
    client, user_factory, video_factory, remix_job_factory
):
    creator = user_factory()
    video = video_factory(owner=creator)
    client.force_login(creator)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/studio/remixes").status_code == 200
        return len(queries)

    remix_job_factory(video=video, creator=creator, status=Status.PUBLISHED)
    few = count()
    for _ in range(8):
        remix_job_factory(video=video, creator=creator, requester=user_factory())
    assert count() == few


def test_the_remix_api_says_removed_in_its_own_words(client, published):
    from rest_framework.test import APIClient

    from tests.factories import api_key_for

    client.force_login(published.creator)
    client.post(f"/studio/remixes/{published.pk}", {"action": "remove"})
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {api_key_for(published.requester)}")

    job = api.get(f"/api/v1/remix/jobs/{published.pk}").json()

    assert (job["status"], job["status_label"]) == ("removed", "Removed")
    assert job["reason"] == errors.REMOVED_BY_CREATOR
    assert job["image_url"] is None  # out of view, for its requester too
