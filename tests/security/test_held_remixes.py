"""A remix a screener held needs two keys: the guidelines (a moderator) and consent (the
creator, in approval mode). The creator's Approve is consent only: it never publishes what
moderation is holding, on their own video or on one that approves each remix."""

import pytest
from django.core.files.base import ContentFile

from apps.moderation.models import ModerationCase
from apps.moderation.screening.result import Screening
from apps.moderation.services.cases import case_approve, case_open
from apps.remix import errors
from apps.remix.models import RemixJob
from apps.remix.services import CONTENT_TYPE
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

    assert errors.AWAITS_MODERATOR in response.content.decode()
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
