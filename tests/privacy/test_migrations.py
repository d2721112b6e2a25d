"""The remix-kinds migration keeps what existed: every existing video and account default, and
every account that never saved its defaults, allows every kind it allowed before kinds existed;
accounts made afterwards start without face edits."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from apps.privacy.models import AccountPrivacy, RemixKind, VideoPrivacy
from apps.privacy.selectors import account_privacy_get

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("privacy", "0002_backfill_video_privacy")]
AFTER = [("privacy", "0003_remix_kinds_keep_every_kind_for_existing")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_existing_rows_and_accounts_keep_every_kind(settings):
    old = _migrate(BEFORE)
    User, Video = old.get_model("accounts", "User"), old.get_model("videos", "Video")
    chose = User.objects.create(username="chose", email="c@example.com")
    never_chose = User.objects.create(username="never", email="n@example.com")
    old.get_model("privacy", "AccountPrivacy").objects.create(
        user_id=chose.pk, remix_audience="followers"
    )
    video = Video.objects.create(
        owner_id=never_chose.pk,
        file="videos/x.mp4",
        status="ready",
        container="mp4",
        codec="h264",
        duration=4.0,
        width=360,
        height=640,
        size_bytes=1000,
    )
    old.get_model("privacy", "VideoPrivacy").objects.create(
        video_id=video.pk, remix_audience="everyone"
    )
    settings.CLIPMIX_REMIX_DEFAULT_AUDIENCE = "friends"  # what accounts that never chose get now

    _migrate(AFTER)

    every = list(RemixKind.values)
    assert VideoPrivacy.objects.get(video_id=video.pk).remix_kinds == every
    assert AccountPrivacy.objects.get(user_id=chose.pk).remix_kinds == every
    assert AccountPrivacy.objects.get(user_id=chose.pk).remix_audience == "followers"
    created = AccountPrivacy.objects.get(user_id=never_chose.pk)
    assert (created.remix_kinds, created.remix_audience) == (every, "friends")


def test_accounts_made_after_the_migration_start_without_face_edits(user_factory):
    _migrate(AFTER)

    assert "face" not in account_privacy_get(user=user_factory()).remix_kinds
