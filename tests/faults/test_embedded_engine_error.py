"""The embedded default (eager Celery, no worker): an engine that fails must not turn the remix
request into a 500 (Celery's ``Retry`` escaped the eager task into the request). The request
answers 201 and the job ends ``failed`` with its reason, after the same number of attempts as on
a real worker."""

import pytest
from django.test import Client

from apps.notifications.models import Notification
from apps.remix import errors
from apps.remix.models import RemixJob
from tests.faults.engines import ENGINE_ERROR, ERROR

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_engine_error_answers_201_and_the_job_fails_with_its_reason(
    user_factory, ready_video, settings
):
    settings.CLIPMIX_REMIX_ENGINE_CLASS = "tests.faults.engines.FaultEngine"
    creator, fan = user_factory(), user_factory()
    video = ready_video(creator)
    client = Client(raise_request_exception=False)
    client.force_login(fan)

    response = client.post(
        "/api/v1/remix/jobs",
        {"video_id": video.pk, "at_seconds": 0.2, "kind": "restyle", "prompt": f"comic {ERROR}"},
        content_type="application/json",
    )

    assert response.status_code == 201, response.content[:500]
    job = RemixJob.objects.get(pk=response.json()["id"])
    assert job.status == RemixJob.Status.FAILED
    assert job.reason_code == "engine_failed"
    assert job.reason == errors.ENGINE_FAILED.format(error=ENGINE_ERROR)
    assert job.attempts == settings.CLIPMIX_REMIX_MAX_ATTEMPTS
    [notice] = Notification.objects.filter(recipient=fan)
    assert notice.text == errors.NOTICE_FAILED.format(reason=job.reason)
