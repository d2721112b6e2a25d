"""What remix does when an account is deleted (``apps.accounts.erasure``): the remixes it
requested go, and so do the remixes others made of its videos and of its remixes (down the
chain: they carry its picture), whose requesters are told. Their images, source frames and
stored Content Credentials go with them."""

from django.db.models import Q

from apps.accounts.erasure import account_erasure_register, files_delete
from apps.accounts.models import User
from apps.comments.models import Comment
from apps.notifications.services import notification_create
from apps.provenance.models import StoredManifest
from apps.remix.models import RemixJob

REMIX_REMOVED = "Your remix of @{handle}'s video was removed: they deleted their account."
REMIX_OF_REMIX_REMOVED = (
    "Your remix was removed: it was made from a remix by @{handle}, who deleted their account."
)


def _with_descendants(ids: set[int]) -> set[int]:
    """``ids`` and the remixes made from them, down every chain."""
    found, frontier = set(ids), set(ids)
    while frontier:
        frontier = (
            set(RemixJob.objects.filter(parent__in=frontier).values_list("pk", flat=True)) - found
        )
        found |= frontier
    return found


def _remix_erase(user: User) -> None:
    own = set(
        RemixJob.objects.filter(Q(requester=user) | Q(creator=user)).values_list("pk", flat=True)
    )
    # Children before their parents: a parent's deletion would only unlink them.
    jobs = (
        RemixJob.objects.filter(pk__in=_with_descendants(own))
        .select_related("requester")
        .order_by("-chain_depth", "pk")
    )
    for job in jobs:
        storage = job.output_image.storage
        files_delete(storage, [job.source_frame.name, job.output_image.name, job.output_clip.name])
        if job.comment_id is not None:
            comment = Comment.objects.filter(pk=job.comment_id).first()
            if comment is not None:
                files_delete(storage, [comment.image.name, comment.clip.name])
                comment.delete()
        StoredManifest.objects.filter(remix_id=job.pk).delete()
        if job.requester_id != user.pk and job.status != RemixJob.Status.CANCELLED:
            notification_create(
                recipient=job.requester,
                kind="remix.removed",
                text=(
                    REMIX_REMOVED if job.creator_id == user.pk else REMIX_OF_REMIX_REMOVED
                ).format(handle=user.username),
            )
        job.delete()


def register() -> None:
    account_erasure_register(
        name="remix",
        order=10,
        # A remixer's pending approvals go with the remixes made from theirs (erased above).
        handles={
            "remix.RemixJob.requester",
            "remix.RemixJob.creator",
            "remix.RemixJob.remixer_approvers",
        },
        erase=_remix_erase,
    )
