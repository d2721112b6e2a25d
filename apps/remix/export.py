"""What remix adds to an account's data export (``apps.accounts.exports``): the remixes it
requested and those made of its videos, with their images and Content Credentials."""

from django.db.models import QuerySet

from apps.accounts.exports import ExportArchive, account_export_register
from apps.accounts.models import User
from apps.provenance.models import StoredManifest
from apps.remix.models import RemixJob


def _remixes(jobs: QuerySet[RemixJob], archive: ExportArchive, folder: str) -> list[dict]:
    manifests = {
        m.remix_id: m.manifest
        for m in StoredManifest.objects.filter(remix_id__in=jobs.values("pk"))
    }
    return [
        {
            "id": job.pk,
            "requester": job.requester.username,
            "creator": job.creator.username,
            "video_id": job.video_id,
            "at_seconds": job.at_seconds,
            "kind": job.kind,
            "prompt": job.prompt,
            "caption": job.caption,
            "status": job.status,
            "reason": job.reason,
            "created_at": job.created_at,
            "image": archive.stored_file(
                f"media/{folder}/{job.pk}.jpg", job.output_image.storage, job.output_image.name
            ),
            "clip": archive.stored_file(
                f"media/{folder}/{job.pk}.mp4", job.output_clip.storage, job.output_clip.name
            ),
            "credentials": manifests.get(job.pk),
        }
        for job in jobs
    ]


def _remix_collect(user: User, archive: ExportArchive) -> None:
    jobs = RemixJob.objects.select_related("requester", "creator").order_by("pk")
    archive.json(
        "remixes_requested.json", _remixes(jobs.filter(requester=user), archive, "remixes-made")
    )
    received = jobs.filter(creator=user).exclude(requester=user)
    archive.json("remixes_received.json", _remixes(received, archive, "remixes-received"))


def register() -> None:
    account_export_register(
        name="remix",
        order=40,
        describes="remixes_requested.json and remixes_received.json: the remixes you asked for "
        "and those others made of your videos, with their images (media/remixes-*/) and "
        "Content Credentials.",
        collect=_remix_collect,
    )
