"""The remix-kinds migration keeps what existed: every existing video and account default, and
every account that never saved its defaults, allows every kind it allowed before kinds existed;
accounts made afterwards start without face edits."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from apps.privacy.models import VideoPrivacy
from apps.privacy.selectors import account_privacy_get

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("privacy", "0002_backfill_video_privacy")]
AFTER = [("privacy", "0003_remix_kinds_keep_every_kind_for_existing")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture(autouse=True)
def _latest_schema_after():
    """Each test leaves the schema where the rest of the suite expects it: every app's latest
    migration (later migrations of privacy add columns the models here then read)."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def _accounts(state):
    """Account defaults as the schema at ``state`` has them (the model here may have more)."""
    return state.get_model("privacy", "AccountPrivacy").objects


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

    new = _migrate(AFTER)

    every = ["restyle", "background", "face", "caption_only"]  # every kind there was then
    assert VideoPrivacy.objects.get(video_id=video.pk).remix_kinds == every
    assert _accounts(new).get(user_id=chose.pk).remix_kinds == every
    assert _accounts(new).get(user_id=chose.pk).remix_audience == "followers"
    created = _accounts(new).get(user_id=never_chose.pk)
    assert (created.remix_kinds, created.remix_audience) == (every, "friends")


def test_accounts_made_after_the_migration_start_without_face_edits(user_factory):
    new = _migrate(AFTER)

    assert "face" not in new.get_model("privacy", "AccountPrivacy")().remix_kinds


VOICE_BEFORE = AFTER
VOICE_AFTER = [("privacy", "0004_remix_kinds_voice_follows_face")]


def test_voice_is_allowed_where_face_edits_were_and_nowhere_else():
    old = _migrate(VOICE_BEFORE)
    User = old.get_model("accounts", "User")
    AccountPrivacyThen = old.get_model("privacy", "AccountPrivacy")
    allows_face = User.objects.create(username="face", email="f@example.com")
    no_face = User.objects.create(username="noface", email="nf@example.com")
    AccountPrivacyThen.objects.create(
        user_id=allows_face.pk, remix_kinds=["restyle", "face", "caption_only"]
    )
    AccountPrivacyThen.objects.create(user_id=no_face.pk, remix_kinds=["restyle", "background"])

    new = _migrate(VOICE_AFTER)

    assert _accounts(new).get(user_id=allows_face.pk).remix_kinds == [
        "restyle",
        "face",
        "caption_only",
        "voice",
    ]
    assert _accounts(new).get(user_id=no_face.pk).remix_kinds == ["restyle", "background"]


def test_voice_migration_reverses_by_taking_voice_out():
    _migrate(VOICE_BEFORE)
    old = _migrate(VOICE_AFTER)
    user = old.get_model("accounts", "User").objects.create(username="v", email="v@example.com")
    old.get_model("privacy", "AccountPrivacy").objects.create(
        user_id=user.pk, remix_kinds=["face", "voice"]
    )

    before = _migrate(VOICE_BEFORE)

    assert _accounts(before).get(user_id=user.pk).remix_kinds == ["face"]


def test_accounts_made_now_start_without_voice_effects(user_factory):
    assert "voice" not in account_privacy_get(user=user_factory()).remix_kinds
