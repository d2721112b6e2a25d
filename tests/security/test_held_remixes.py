"""A remix a screener held needs two keys: the guidelines (a moderator) and consent (the
creator, in approval mode). The creator's Approve is consent only: it never publishes what
moderation is holding, on their own video or on one that approves each remix."""

import pytest
from django.core.files.base import ContentFile

from apps.moderation.models import ModerationCase
from apps.moderation.screening.result import Screening
from apps.moderation.services.cases import case_approve, case_open
from apps.remix import errors
from apps.remix.models import CONTENT_TYPE, RemixJob
from tests.security.conftest import ACTORS, jpeg_bytes

Status = RemixJob.Status


@pytest.fixture
def held_job(job_of, video_of_creator):
    """``held_job(requester=..., approval=...)``: a remix whose prompt a screener held for a
    moderator, its output made and signed, its case open, as ``_publish`` leaves it."""

    def make(*, requester: str = "requester", approval: bool = False) -> RemixJob:
        video = video_of_creator(remix_requires_approval=approval)
        job = job_of(Status.IN_REVIEW, video=video, requester=requester)
        job.requires_approval = approval
        job.moderation = {"prompt": {"verdict": "review", "category": "borderline"}}
        job.output_image.save("hElDoUtPuTnAmE0000.jpg", ContentFile(jpeg_bytes()), save=False)
        job.save(update_fields=["output_image", "requires_approval", "moderation"])
        case_open(
            content_type=CONTENT_TYPE,
            object_id=job.pk,
            stage=ModerationCase.Stage.PROMPT,
            author=job.requester,
            creator=job.creator,
            screening=Screening(verdict="review", category="borderline", message="Held.", rule="r"),
            text=job.prompt,
        )
        return job

    return make


def _case(job: RemixJob) -> ModerationCase:
    return ModerationCase.objects.get(content_type=CONTENT_TYPE, object_id=job.pk)


@pytest.mark.parametrize("approval", [True, False])
def test_the_creators_approve_does_not_publish_a_remix_moderation_holds(
    client_as, held_job, approval
):
    job = held_job(approval=approval)

    response = client_as("creator").post(f"/studio/remixes/{job.pk}", {"action": "approve"})

    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == Status.IN_REVIEW
    assert job.comment_id is None
    assert job.awaits_moderator
    assert not job.awaits_creator
    assert _case(job).is_open


def test_on_their_own_video_the_creator_cannot_publish_what_moderation_holds(client_as, held_job):
    job = held_job(requester="creator")

    response = client_as("creator").post(
        f"/studio/remixes/{job.pk}", {"action": "approve"}, follow=True
    )

    assert str(errors.AWAITS_MODERATOR) in response.content.decode()
    job.refresh_from_db()
    assert (job.status, job.comment_id) == (Status.IN_REVIEW, None)
    assert _case(job).is_open


def test_both_keys_in_either_order_publish(client_as, actors, held_job):
    creator_first, moderator_first = held_job(approval=True), held_job(approval=True)

    client_as("creator").post(f"/studio/remixes/{creator_first.pk}", {"action": "approve"})
    case_approve(case=_case(creator_first), moderator=actors["moderator"])
    case_approve(case=_case(moderator_first), moderator=actors["moderator"])
    moderator_first.refresh_from_db()
    assert moderator_first.status == Status.IN_REVIEW  # cleared, now awaits the creator
    assert moderator_first.awaits_creator
    assert not moderator_first.awaits_moderator
    client_as("creator").post(f"/studio/remixes/{moderator_first.pk}", {"action": "approve"})

    for job in (creator_first, moderator_first):
        job.refresh_from_db()
        assert job.status == Status.PUBLISHED
        assert job.comment is not None
        assert job.comment.is_visible
        assert not _case(job).is_open


STUDIO_APPROVE_HELD = {
    "anonymous": 302,  # to the log-in page
    "stranger": 404,
    "requester": 404,
    "creator": 302,  # back to the studio, still held
    "blocked": 404,
    "moderator": 404,  # moderators decide in the moderation queue, not in someone's studio
}


@pytest.mark.parametrize(("role", "status"), list(STUDIO_APPROVE_HELD.items()))
def test_nobody_publishes_a_held_remix_from_the_studio(client_as, held_job, role, status):
    assert set(STUDIO_APPROVE_HELD) == set(ACTORS)
    job = held_job(approval=True)

    response = client_as(role).post(f"/studio/remixes/{job.pk}", {"action": "approve"})

    assert response.status_code == status
    job.refresh_from_db()
    assert (job.status, job.comment_id) == (Status.IN_REVIEW, None)
    assert _case(job).is_open


# --- A held remix that ends without a moderator closes its case -----------------------------


def test_a_held_remix_ends_when_its_video_is_deleted_its_case_closed_its_requester_told(
    client_as, actors, held_job, django_capture_on_commit_callbacks
):
    job = held_job(approval=True)

    with django_capture_on_commit_callbacks(execute=True):
        deleted = client_as("creator").post(f"/v/{job.video_id}/delete")

    assert deleted.status_code == 302
    job.refresh_from_db()
    assert (job.status, job.reason_code) == (Status.CANCELLED, "consent_video_deleted")
    assert _case(job).status == ModerationCase.Status.WITHDRAWN
    notice = actors["requester"].notifications.get(kind="remix.cancelled")
    assert "no longer allowed" in notice.text


def test_a_published_remix_of_a_deleted_video_ends_and_its_requester_is_told(
    client_as, actors, job_of, django_capture_on_commit_callbacks
):
    job = job_of(Status.PUBLISHED)

    with django_capture_on_commit_callbacks(execute=True):
        client_as("creator").post(f"/v/{job.video_id}/delete")

    job.refresh_from_db()
    assert (job.status, job.video_id) == (Status.CANCELLED, None)
    assert (
        actors["requester"]
        .notifications.get(kind="remix.cancelled")
        .text.startswith(errors.NOTICE_ENDED.format(reason=""))
    )


@pytest.mark.parametrize(
    ("role", "path", "action"),
    [
        ("creator", "/studio/remixes/{id}", "decline"),
        ("requester", "/api/v1/remix/jobs/{id}/cancel", None),
    ],
)
def test_a_held_remix_declined_or_cancelled_closes_its_case(
    client_as, api_as, held_job, role, path, action
):
    job = held_job(approval=True)
    url = path.format(id=job.pk)

    client = client_as(role) if action else api_as(role)
    response = client.post(url, {"action": action} if action else None)

    assert response.status_code in {200, 302}
    job.refresh_from_db()
    assert job.is_finished
    assert _case(job).status == ModerationCase.Status.WITHDRAWN
