"""Remixing a remix end to end in-process (eager Celery, the effects engine): it starts from the
parent's signed image, is signed with the parent (and its manifest) and the original frame as
ingredients, needs everyone's consent along the chain when asked for, when it runs and before
it publishes, and comes down when the remix it was made from does."""

import io
import json

import c2pa
import pytest
from PIL import Image

from apps.accounts.models import Block
from apps.comments.models import Comment
from apps.core.errors import ApplicationError
from apps.notifications.models import Notification
from apps.privacy.models import AccountPrivacy
from apps.provenance.verification import image_verify, reader_context
from apps.provenance.watermark import watermark_read
from apps.remix import errors
from apps.remix.engines.effects import EffectsEngine
from apps.remix.models import RemixJob
from apps.remix.services import deciding, requesting, revoking, running
from tests.factories import RemixJobFactory

pytestmark = pytest.mark.django_db
Status = RemixJob.Status


@pytest.fixture
def published_remix(real_video, user_factory, remix):
    """@carol's video and @alice's published restyle of it."""
    video = real_video(user_factory(username="carol"))
    parent = remix(user_factory(username="alice"), video, caption="")
    assert parent.status == Status.PUBLISHED, parent.reason
    return parent


def _bytes(field) -> bytes:
    with field.open("rb") as stored:
        return stored.read()


def test_a_remix_of_a_remix_is_signed_with_both_ingredients_back_to_the_video(
    published_remix, user_factory, remix
):
    parent = published_remix
    child = remix(user_factory(username="rob"), parent.video, parent=parent, prompt="pixel art")

    assert child.status == Status.PUBLISHED, child.reason
    assert (child.parent_id, child.chain_depth, child.video_id) == (
        parent.pk,
        1,
        parent.video_id,
    )
    signed = _bytes(child.output_image)
    with c2pa.Reader("image/jpeg", io.BytesIO(signed), context=reader_context()) as reader:
        assert reader.get_validation_state() == "Trusted"
        store = json.loads(reader.json())
    active = store["manifests"][store["active_manifest"]]
    ingredients = {item["relationship"]: item for item in active["ingredients"]}
    assert set(ingredients) == {"parentOf", "componentOf"}
    remix_ingredient, frame = ingredients["parentOf"], ingredients["componentOf"]
    assert remix_ingredient["title"] == f"Remix #{parent.pk} by @alice"
    # The parent's own manifest travels with it, valid, and names the video's frame in turn.
    parents_manifest = store["manifests"][remix_ingredient["active_manifest"]]
    assert not remix_ingredient["validation_results"]["activeManifest"]["failure"]
    assert parents_manifest["title"] == f"clipmix-remix-{parent.pk}.jpg"
    assert parents_manifest["ingredients"][0]["metadata"]["dc:creator"] == ["@carol"]
    assert frame["metadata"]["dc:creator"] == ["@carol"]
    assert frame["title"].startswith(f"Frame at {parent.at_seconds:.1f} s of ")
    # Its own watermark, not its parent's, reads from its pixels.
    assert watermark_read(Image.open(io.BytesIO(signed))).remix_id == child.pk

    report = image_verify(io.BytesIO(signed), size=len(signed))
    chain = report.c2pa.summary[-3:]
    assert chain[0] == (
        f"Made from: Remix #{parent.pk} by @alice; its own Content Credentials come with it "
        "(valid)."
    )
    assert chain[1].startswith("That remix was made from: Frame at 1.0 s of ")
    assert chain[1].endswith(f"/v/{parent.video_id}, by @carol.")
    assert chain[2].startswith("The chain starts at: Frame at 1.0 s of ")

    comment = Comment.objects.get(pk=child.comment_id)
    assert comment.remix_url == f"/remixes/{child.pk}/remix"
    told = set(Notification.objects.values_list("recipient__username", "kind"))
    assert {("alice", "remix.remixed"), ("carol", "remix.created"), ("rob", "remix.published")} <= (
        told
    )


def test_the_remixers_setting_refuses_with_their_words(published_remix, user_factory, remix):
    parent = published_remix
    AccountPrivacy.objects.create(user=parent.requester, remixes_of_remixes="no_one")

    with pytest.raises(ApplicationError) as refused:
        remix(user_factory(), parent.video, parent=parent)

    assert (refused.value.status, refused.value.code) == (403, "remix_not_allowed")
    assert refused.value.message == "@alice doesn't allow remixes of their remixes."
    assert RemixJob.objects.count() == 1


@pytest.mark.parametrize("ended", [Status.REMOVED, Status.REJECTED, Status.CANCELLED])
def test_a_remix_that_no_longer_appears_cannot_be_remixed(
    published_remix, user_factory, remix, ended
):
    parent = published_remix
    RemixJob.objects.filter(pk=parent.pk).update(status=ended)
    parent.refresh_from_db()

    with pytest.raises(ApplicationError) as refused:
        remix(user_factory(), parent.video, parent=parent)

    assert (refused.value.status, refused.value.code) == (403, "remix_not_allowed")
    assert refused.value.extra["reason"] == "parent_unavailable"


def test_a_voice_remix_of_a_remix_is_refused(published_remix, user_factory, remix):
    with pytest.raises(ApplicationError) as refused:
        remix(
            user_factory(),
            published_remix.video,
            parent=published_remix,
            kind="voice",
            prompt="chipmunk",
        )
    assert (refused.value.status, refused.value.code) == (422, "kind_not_for_remix")


def test_the_remixer_approves_when_their_settings_ask_to_review(
    published_remix, user_factory, remix
):
    parent = published_remix
    AccountPrivacy.objects.create(user=parent.requester, remix_requires_approval=True)
    child = remix(user_factory(), parent.video, parent=parent)

    assert child.status == Status.IN_REVIEW
    assert list(child.remixer_approvers.all()) == [parent.requester]
    assert Notification.objects.filter(
        recipient=parent.requester, kind="remix.remix_requested"
    ).exists()
    with pytest.raises(ApplicationError):
        deciding.remix_job_approve(job=child, actor=user_factory())

    deciding.remix_job_approve(job=child, actor=parent.requester)

    child.refresh_from_db()
    assert child.status == Status.PUBLISHED


def test_taking_the_parent_down_takes_its_remixes_down_too(published_remix, user_factory, remix):
    """The creator's take-down covers what was derived from the remix they took down; its
    children can be restored only once it appears again."""
    parent = published_remix
    child = remix(user_factory(), parent.video, parent=parent)
    grandchild = remix(user_factory(), parent.video, parent=child)
    assert grandchild.status == Status.PUBLISHED, grandchild.reason

    deciding.remix_job_remove(job=parent, actor=parent.creator)

    for job in (parent, child, grandchild):
        job.refresh_from_db()
    assert [job.status for job in (parent, child, grandchild)] == [Status.REMOVED] * 3
    assert (child.reason_code, child.reason) == (
        "parent_taken_down",
        str(errors.PARENT_TAKEN_DOWN),
    )
    assert not Comment.objects.get(pk=child.comment_id).is_visible
    with pytest.raises(ApplicationError) as refused:
        revoking.remix_job_restore(job=child, actor=parent.creator)
    assert refused.value.code == "not_restorable"

    revoking.remix_job_restore(job=parent, actor=parent.creator)
    revoking.remix_job_restore(job=child, actor=parent.creator)
    child.refresh_from_db()
    assert child.status == Status.PUBLISHED


def test_a_moderator_rejecting_the_parent_takes_its_remixes_down(
    published_remix, user_factory, remix
):
    parent = published_remix
    child = remix(user_factory(), parent.video, parent=parent)

    deciding.remix_job_decline(
        job=parent, actor=None, reason="Harassment", code="guideline_x", as_moderator=True
    )

    child.refresh_from_db()
    assert (child.status, child.reason_code) == (Status.REMOVED, "parent_taken_down")


def test_a_block_between_creator_and_remixer_stops_a_queued_child(published_remix, user_factory):
    parent = published_remix
    child = RemixJobFactory(
        requester=user_factory(),
        video=parent.video,
        parent=parent,
        chain_depth=1,
        at_seconds=parent.at_seconds,
    )
    Block.objects.create(blocker=parent.creator, blocked=parent.requester)

    running.remix_job_execute(job_id=child.pk)

    child.refresh_from_db()
    assert (child.status, child.reason_code) == (Status.CANCELLED, "consent_remix_blocked")
    assert "@carol has blocked @alice" in child.reason


class ParentRemovedWhileGenerating(EffectsEngine):
    """The effects engine, but the video's creator removes the parent remix while it works."""

    parent_id = 0

    def generate(self, frame, request, progress):
        parent = RemixJob.objects.get(pk=self.parent_id)
        deciding.remix_job_remove(job=parent, actor=parent.creator)
        return super().generate(frame, request, progress)


def test_the_parent_removed_while_the_child_runs_fails_it_with_a_reason(
    published_remix, user_factory, settings
):
    from apps.remix.engines import _engine_of_class

    parent = published_remix
    child = RemixJobFactory(
        requester=user_factory(),
        video=parent.video,
        parent=parent,
        chain_depth=1,
        at_seconds=parent.at_seconds,
    )
    settings.CLIPMIX_REMIX_ENGINE_CLASS = f"{__name__}.ParentRemovedWhileGenerating"
    _engine_of_class.cache_clear()
    ParentRemovedWhileGenerating.parent_id = parent.pk
    try:
        running.remix_job_execute(job_id=child.pk)
    finally:
        _engine_of_class.cache_clear()

    child.refresh_from_db()
    assert (child.status, child.reason_code) == (Status.CANCELLED, "consent_parent_unavailable")
    assert f"Remix #{parent.pk}" in child.reason
    assert "no longer appears" in child.reason
    assert child.comment_id is None
    assert Notification.objects.filter(recipient=child.requester, kind="remix.cancelled").exists()


def test_a_chain_stops_at_its_longest(published_remix, user_factory, remix, settings):
    from apps.remix.models import CHAIN_MAX_DEPTH

    job = published_remix
    for _ in range(CHAIN_MAX_DEPTH):
        job = remix(user_factory(), job.video, parent=job)
        assert job.status == Status.PUBLISHED, (job.chain_depth, job.reason)
    with pytest.raises(ApplicationError) as refused:
        requesting.remix_job_create(
            requester=user_factory(),
            video=job.video,
            at_seconds=0,
            kind="caption_only",
            prompt="",
            caption="again",
            parent=job,
        )
    assert refused.value.extra["reason"] == "chain_too_long"
