"""What privacy adds to an account's data export (``apps.accounts.exports``)."""

from apps.accounts.exports import ExportArchive, account_export_register
from apps.accounts.models import User
from apps.privacy.models import AccountPrivacy, VideoPrivacy


def _privacy_collect(user: User, archive: ExportArchive) -> None:
    archive.json(
        "settings.json",
        {
            "account_defaults": AccountPrivacy.objects.filter(user=user).values().first(),
            "videos": list(VideoPrivacy.objects.filter(video__owner=user).values()),
        },
    )


def register() -> None:
    account_export_register(
        name="privacy",
        order=60,
        describes="settings.json: who may watch, comment on and remix your videos.",
        collect=_privacy_collect,
    )
