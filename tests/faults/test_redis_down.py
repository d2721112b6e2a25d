"""Redis (broker, cache, channel layer) unreachable when a remix is requested."""

import pytest
from django.test import override_settings

from apps.core.errors import SERVICE_UNAVAILABLE
from apps.remix.models import RemixJob
from tests.workers import DEAD_CACHE, DEAD_CHANNEL_LAYER, broker_unreachable

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def broker_down():
    with broker_unreachable():
        yield


@pytest.fixture
def remix_payload(user_factory, video_factory):
    video = video_factory(duration=2.0)
    return {"video_id": video.pk, "at_seconds": 0.5, "kind": "restyle", "prompt": "pixel art"}


def _request(client, user, payload):
    client.force_login(user)
    return client.post("/api/v1/remix/jobs", payload, content_type="application/json")


def test_a_remix_requested_while_redis_is_down_gets_a_503_and_nothing_is_stored(
    client, user, remix_payload, broker_down
):
    with override_settings(CACHES=DEAD_CACHE, CHANNEL_LAYERS=DEAD_CHANNEL_LAYER):
        response = _request(client, user, remix_payload)
        # Reading still works: the feed, the video page, the video in the API.
        assert client.get("/").status_code == 200
        assert client.get(f"/v/{remix_payload['video_id']}").status_code == 200
        assert client.get(f"/api/v1/videos/{remix_payload['video_id']}/").status_code == 200

    assert response.status_code == 503
    assert response.json()["message"] == SERVICE_UNAVAILABLE
    assert response.json()["code"] == "service_unavailable"
    assert not RemixJob.objects.exists()


def test_a_remix_requested_while_only_the_broker_is_down_gets_a_503_and_nothing_is_stored(
    client, user, remix_payload, broker_down
):
    response = _request(client, user, remix_payload)

    assert response.status_code == 503, response.content
    assert response.json()["message"] == SERVICE_UNAVAILABLE
    assert response.json()["code"] == "service_unavailable"
    assert not RemixJob.objects.exists()


def test_a_remix_asked_for_on_its_page_while_the_broker_is_down_gets_a_503_page(
    client, user, remix_payload, broker_down
):
    client.force_login(user)
    form = {key: value for key, value in remix_payload.items() if key != "video_id"}
    response = client.post(f"/v/{remix_payload['video_id']}/remix", form)

    assert response.status_code == 503
    assert str(SERVICE_UNAVAILABLE) in response.content.decode()
    assert not RemixJob.objects.exists()
