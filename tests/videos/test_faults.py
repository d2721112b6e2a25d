"""When Redis (the broker and the cache) is unreachable."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings

from apps.core.errors import SERVICE_UNAVAILABLE
from apps.videos import services
from apps.videos.models import Video
from tests.workers import DEAD_CACHE, DEAD_CHANNEL_LAYER, broker_unreachable


@pytest.fixture
def broker_down():
    with broker_unreachable(publish_retry=False):  # fails fast
        yield


def test_an_upload_survives_a_broker_outage_and_is_processed_later(
    user, upload_of, broker_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        video = services.video_upload(owner=user, upload=upload_of("mp4"))

    video.refresh_from_db()
    assert video.status == Video.Status.PROCESSING
    out = StringIO()
    call_command("videos_process_pending", "--minutes", "0", "--inline", stdout=out)
    video.refresh_from_db()
    assert video.status == Video.Status.READY
    assert out.getvalue().strip() == "Processed 1 pending video."


def test_recent_pending_videos_are_left_to_their_task(user, upload_of):
    services.video_upload(owner=user, upload=upload_of("mp4"))

    assert services.videos_process_pending(older_than=timedelta(minutes=10), inline=True) == 0


def test_log_in_answers_503_when_the_rate_limit_store_is_down(client, user, password):
    with override_settings(CACHES=DEAD_CACHE):
        response = client.post("/login", {"username": user.username, "password": password})

    assert response.status_code == 503
    assert SERVICE_UNAVAILABLE.encode() in response.content


def test_pages_still_read_when_redis_is_down(client, video_factory):
    video = video_factory()

    with override_settings(CACHES=DEAD_CACHE, CHANNEL_LAYERS=DEAD_CHANNEL_LAYER):
        assert client.get("/").status_code == 200
        assert client.get(f"/v/{video.pk}").status_code == 200
        assert client.get(f"/api/v1/videos/{video.pk}/").status_code == 200


def test_a_comment_is_kept_when_its_live_event_cannot_be_sent(
    user_api_client, video_factory, django_capture_on_commit_callbacks, caplog
):
    video = video_factory()

    with (
        override_settings(CHANNEL_LAYERS=DEAD_CHANNEL_LAYER),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = user_api_client.post(
            f"/api/v1/videos/{video.pk}/comments/", {"body": "still here"}, format="json"
        )

    assert response.status_code == 201
    assert "Could not send comment.created" in caplog.text
    video.refresh_from_db()
    assert video.comments_count == 1
