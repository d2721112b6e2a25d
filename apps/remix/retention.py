"""How long the files of remixes that no longer appear are kept.

A remix that ended without appearing, or stopped appearing (removed by its creator, rejected by
a moderator, cancelled, failed, or left without its video), keeps its output, its source frame
and its hidden comment's image only for moderators, and only for
``CLIPMIX_REMIX_FILE_RETENTION_DAYS`` (longer than the appeal window): then
``remix_files_purge`` deletes them. The job's row stays, as its requester's history.
"""

from datetime import timedelta
from functools import partial

from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from apps.comments.models import Comment
from apps.remix.models import RemixJob

Status = RemixJob.Status
# Removed remixes are restorable by their creator until the purge.
ENDED = (Status.REJECTED, Status.CANCELLED, Status.FAILED, Status.REMOVED)


def remix_files_purge(*, older_than: timedelta) -> int:
    """Delete the files of remixes that ended (or lost their video) more than ``older_than``
    ago, and their hidden comments. Idempotent; returns how many remixes lost files. Each job
    is cleared under its lock, the files deleted once that commits."""
    cutoff = timezone.now() - older_than
    with_files = (
        ~Q(output_image="") | ~Q(output_clip="") | ~Q(source_frame="") | Q(comment__isnull=False)
    )
    ended = Q(status__in=ENDED) | Q(video__isnull=True)
    stale = RemixJob.objects.filter(with_files, ended, finished_at__lt=cutoff)
    purged = 0
    for job_id in stale.values_list("pk", flat=True):
        with transaction.atomic():
            job = RemixJob.objects.select_for_update().get(pk=job_id)
            if job.status == Status.PUBLISHED and job.video_id is not None:
                continue  # published again meanwhile? never purge what appears
            files = [job.output_image, job.output_clip, job.source_frame]
            comment = Comment.objects.filter(remix_job=job).first()
            if comment is not None and not comment.is_visible:
                files += [comment.image, comment.clip]
                comment.delete()
            names = [str(file.name) for file in files if file]
            job.output_image.name, job.output_clip.name, job.source_frame.name = "", "", ""
            job.save(update_fields=["output_image", "output_clip", "source_frame", "updated_at"])
            transaction.on_commit(partial(_delete, names))
        purged += 1
    return purged


def _delete(names: list[str]) -> None:
    for name in names:
        default_storage.delete(name)
