"""Consent withdrawn while a job is running: it is never published and ends ``cancelled``, and
no event about it reaches anyone but its requester."""

import pytest

from apps.accounts import services as account_services
from apps.comments.models import Comment
from apps.core.events import user_group, video_group
from apps.notifications.models import Notification
from apps.privacy import policy
from apps.privacy.services import video_privacy_change, video_privacy_update
from apps.remix import errors
from apps.remix.models import RemixJob
from apps.videos import services as video_services
from tests.faults.conftest import Listener, broker_idle, finished_job, paused_job

pytestmark = pytest.mark.django_db(transaction=True)


def _remixes_off(video, creator, fan):
    video_privacy_update(video=video, remix_audience="no_one")
    return "consent_remix_off", policy.REMIX_OFF.format(handle=creator.username)


def _remixes_off_removing_published(video, creator, fan):
    """Issue 17: the creator also removes what is published; the running job is cancelled."""
    change = video_privacy_change(
        video=video, remix_audience="no_one", remove_disallowed_remixes=True
    )
    assert change.removed == 0  # nothing of this video was published yet
    return "consent_remix_off", policy.REMIX_OFF.format(handle=creator.username)


def _video_deleted(video, creator, fan):
    video_services.video_delete(video=video)
    return "consent_video_deleted", policy.VIDEO_NOT_AVAILABLE


def _requester_blocked(video, creator, fan):
    account_services.block_create(blocker=creator, blocked=fan)
    return "consent_blocked", None


@pytest.mark.parametrize(
    "withdraw",
    [_remixes_off, _remixes_off_removing_published, _video_deleted, _requester_blocked],
)
def test_a_running_job_whose_consent_is_withdrawn_ends_cancelled_and_is_never_published(
    withdraw, workers, user_factory, ready_video
):
    creator, fan, viewer = user_factory(), user_factory(), user_factory()
    video = ready_video(creator)
    video_id = video.pk
    listener = Listener(video_group(video_id), user_group(creator.pk), user_group(viewer.pk))
    requester_listener = Listener(user_group(fan.pk))

    with paused_job(workers, fan, video) as job:
        code, why = withdraw(video, creator, fan)

    job = workers.wait_for(lambda: finished_job(job.pk))
    workers.wait_for(broker_idle)
    assert job.status == RemixJob.Status.CANCELLED, (job.status, job.reason, workers.logs())
    assert job.reason_code == code
    assert job.reason.startswith(errors.CONSENT_WITHDRAWN.format(why=""))
    if why:
        assert job.reason == errors.CONSENT_WITHDRAWN.format(why=why)
    assert job.comment_id is None
    assert not Comment.objects.filter(video_id=video_id).exists()
    assert not Notification.objects.filter(recipient=creator).exists()
    # Nothing about the remix reached the video's viewers or its creator...
    assert listener.events() == []
    # ...and its requester heard that it was cancelled, never that it was published.
    events = requester_listener.events()
    statuses = [event["job"]["status"] for event in events if event["type"] == "remix.updated"]
    assert statuses[-1] == "cancelled"
    assert "published" not in statuses
