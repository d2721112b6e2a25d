"""Deleting an account: the grace period, restoring it by logging in, and the erasure job,
which leaves nothing of the account (no row that references it, no file) except moderation's
decisions under a pseudonymous id."""

from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth import get_user
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client
from django.utils import timezone

from apps.accounts import credentials, erasure, errors
from apps.accounts.models import Block, Follow, User
from apps.accounts.tasks import accounts_erase_due
from apps.comments.models import Comment, CommentReport
from apps.core.errors import ApplicationError
from apps.moderation.models import Appeal, ModerationCase, Strike
from apps.moderation.screening.result import Screening
from apps.moderation.services.cases import case_open
from apps.moderation.services.strikes import strike_issue
from apps.notifications.models import Notification
from apps.notifications.services import notification_create
from apps.privacy.services import account_privacy_update
from apps.remix.models import RemixJob
from apps.videos.models import Like, Video, VideoFrame
from tests.factories import PASSWORD, CommentFactory, RemixJobFactory, VideoFactory


def _references_to_users() -> set[str]:
    return {
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if field.is_relation
        and field.concrete
        and field.related_model is User
        and not model._meta.proxy
    }


def _stored(name: str, content: bytes = b"data") -> str:
    return default_storage.save(name, ContentFile(content))


def _media_files(settings) -> set[str]:
    root = settings.MEDIA_ROOT
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def _due(user: User) -> None:
    User.objects.filter(pk=user.pk).update(
        is_active=False, deletion_due_at=timezone.now() - timedelta(seconds=1)
    )


def test_every_reference_to_a_user_is_handled_by_an_erasure_step():
    """A model added later with a user reference fails here until a step says what happens to
    it when the account is deleted."""
    handled = set().union(*(step.handles for step in erasure.erasure_steps()))

    assert _references_to_users() - handled == set()
    assert handled - _references_to_users() == set(), "a step names a reference that is gone"


@pytest.fixture
def doomed_world(user_factory, settings):
    """Everything an account can leave: the doomed user's rows in every table that references
    a user, each with its files in storage, and the same kind of rows of others that must
    stay."""
    doomed = user_factory(username="doomed", avatar=_stored("avatars/doomed.jpg"))
    other, fan, moderator = user_factory(), user_factory(), user_factory(is_staff=True)
    theirs = VideoFactory(owner=other, file=_stored("videos/theirs.mp4"))

    mine = VideoFactory(
        owner=doomed, file=_stored("videos/mine.mp4"), poster=_stored("posters/mine.jpg")
    )
    VideoFrame.objects.create(
        video=mine, index=0, at_seconds=1.0, image=_stored("frames/mine-1.jpg")
    )
    CommentFactory(video=mine, author=fan, image=_stored("comments/fan-on-mine.jpg"))
    Like.objects.create(user=doomed, video=theirs)
    Video.objects.filter(pk=theirs.pk).update(likes_count=1)
    said = CommentFactory(video=theirs, author=doomed, image=_stored("comments/doomed.jpg"))
    CommentFactory(video=theirs, author=fan, parent=said)
    kept_comment = CommentFactory(video=theirs, author=fan)
    CommentReport.objects.create(reporter=doomed, comment=kept_comment, reason="spam")
    Follow.objects.create(follower=doomed, followee=other)
    Follow.objects.create(follower=fan, followee=doomed)
    Block.objects.create(blocker=doomed, blocked=moderator)
    Block.objects.create(blocker=other, blocked=doomed)
    credentials.api_token_issue(user=doomed)
    Client().force_login(doomed)
    notification_create(recipient=doomed, kind="follow", text="hi")
    notification_create(recipient=other, kind="follow", text="@doomed followed you", actor=doomed)
    account_privacy_update(
        user=doomed, visibility="public", comment_audience="everyone", remix_audience="everyone"
    )
    requested = RemixJobFactory(
        requester=doomed,
        video=theirs,
        status=RemixJob.Status.PUBLISHED,
        source_frame=_stored("remix-frames/by-doomed.jpg"),
        output_image=_stored("remixes/by-doomed.jpg"),
    )
    of_mine = RemixJobFactory(
        requester=fan,
        video=mine,
        status=RemixJob.Status.PUBLISHED,
        output_image=_stored("remixes/of-mine.jpg"),
    )
    # A remix of the doomed person's remix, held for their approval as its remixer: it goes
    # with theirs (it carries its picture).
    of_their_remix = RemixJobFactory(
        requester=fan,
        video=theirs,
        parent=requested,
        chain_depth=1,
        status=RemixJob.Status.IN_REVIEW,
        output_image=_stored("remixes/of-doomeds-remix.jpg"),
    )
    of_their_remix.remixer_approvers.add(doomed)
    screening = Screening(
        verdict="review", category="harassment", message="Held.", rule="r", screener="text"
    )
    case = case_open(
        content_type="comment",
        object_id=said.pk,
        stage=ModerationCase.Stage.COMMENT,
        author=doomed,
        creator=other,
        screening=screening,
        text="a held comment",
    )
    strike = strike_issue(
        user=doomed, category="harassment", reason="Insults.", issued_by=moderator
    )
    Appeal.objects.create(appellant=doomed, strike=strike, text="Please.")
    strike_issue(user=other, category="harassment", reason="Theirs.", issued_by=doomed)
    LogEntry.objects.create(user=doomed, action_flag=ADDITION, object_repr="x")
    return {
        "doomed": doomed,
        "other": other,
        "fan": fan,
        "theirs": theirs,
        "kept_comment": kept_comment,
        "requested": requested,
        "of_mine": of_mine,
        "of_their_remix": of_their_remix,
        "case": case,
        "strike": strike,
        "kept_files": {"videos/theirs.mp4"},
    }


def test_erasing_an_account_leaves_nothing_of_it_but_pseudonymous_moderation_records(
    doomed_world, settings
):
    world = doomed_world
    doomed = world["doomed"]
    _due(doomed)

    assert erasure.account_erase(user_id=doomed.pk) is True

    assert not User.objects.filter(pk=doomed.pk).exists()
    for reference in sorted(_references_to_users()):
        label, field = reference.rsplit(".", 1)
        model = apps.get_model(label)
        assert not model._base_manager.filter(**{field: doomed.pk}).exists(), reference
    # No file of it is left, the others' stay.
    assert _media_files(settings) == world["kept_files"]
    # Remixes of its videos are gone, and their requesters told; others' rows are intact.
    gone = [world["requested"].pk, world["of_mine"].pk, world["of_their_remix"].pk]
    assert not RemixJob.objects.filter(pk__in=gone)
    assert Notification.objects.filter(recipient=world["fan"], kind="remix.removed").exists()
    assert not Notification.objects.filter(text__contains="@doomed followed").exists()
    assert Comment.objects.filter(pk=world["kept_comment"].pk).exists()
    theirs = Video.objects.get(pk=world["theirs"].pk)
    assert theirs.likes_count == 0
    assert (
        theirs.comments_count
        == Comment.objects.filter(video=theirs, status=Comment.Status.VISIBLE).count()
    )
    # Moderation keeps its decisions, under a pseudonym no one can read the account from.
    pseudonym = erasure.user_pseudonym(doomed.pk)
    strike = Strike.objects.get(pk=world["strike"].pk)
    case = ModerationCase.objects.get(pk=world["case"].pk)
    assert (strike.user, strike.user_pseudonym) == (None, pseudonym)
    assert (case.author, case.author_pseudonym) == (None, pseudonym)
    assert case.status == ModerationCase.Status.WITHDRAWN
    assert "doomed" not in pseudonym
    assert erasure.user_pseudonym(doomed.pk + 1) != pseudonym
    assert Strike.objects.filter(user=world["other"], issued_by=None).exists()


def test_erasure_resumes_after_a_worker_died_half_way(doomed_world, settings, monkeypatch):
    doomed = doomed_world["doomed"]
    _due(doomed)
    steps = {step.name: step for step in erasure.erasure_steps()}
    crashing = steps["videos"]

    def crash(user):
        raise RuntimeError("the worker died")

    monkeypatch.setitem(
        erasure._steps,
        "videos",
        erasure.ErasureStep("videos", crashing.order, crashing.handles, crash),
    )
    with pytest.raises(RuntimeError):
        erasure.account_erase(user_id=doomed.pk)
    assert User.objects.filter(pk=doomed.pk).exists()  # what ran is done, the rest is not
    assert not RemixJob.objects.filter(requester=doomed).exists()

    monkeypatch.setitem(erasure._steps, "videos", crashing)
    assert erasure.account_erase(user_id=doomed.pk) is True
    assert erasure.account_erase(user_id=doomed.pk) is False  # a redelivery finds nothing
    assert _media_files(settings) == doomed_world["kept_files"]


def test_the_periodic_check_erases_only_accounts_whose_grace_period_is_over(user_factory):
    due, waiting, active = user_factory(), user_factory(), user_factory()
    _due(due)
    User.objects.filter(pk=waiting.pk).update(
        is_active=False, deletion_due_at=timezone.now() + timedelta(days=3)
    )

    assert accounts_erase_due.delay().get() == 1

    assert set(User.objects.values_list("pk", flat=True)) == {waiting.pk, active.pk}
    assert erasure.account_erase(user_id=waiting.pk) is False


# --- Asking for it, and changing one's mind ---------------------------------------------------


def test_deleting_needs_the_password_and_the_typed_handle(user):
    with pytest.raises(ApplicationError) as excinfo:
        erasure.account_deletion_request(user=user, password="wrong", confirmation="nope")

    fields = excinfo.value.extra["fields"]
    assert fields["password"] == [errors.WRONG_PASSWORD]
    assert fields["confirmation"] == [errors.DELETE_CONFIRMATION.format(phrase=user.username)]
    user.refresh_from_db()
    assert user.is_active
    assert user.deletion_due_at is None


def test_a_deleted_account_is_deactivated_invisible_and_logged_out_everywhere(
    user, video_factory, settings
):
    settings.CLIPMIX_ACCOUNT_DELETION_GRACE_DAYS = 14
    video = video_factory(owner=user)
    browser = Client()
    browser.force_login(user)
    _, key = credentials.api_token_issue(user=user)

    response = browser.post(
        "/settings/delete", {"password": PASSWORD, "confirmation": f"@{user.username.upper()}"}
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert not user.is_active
    assert user.deletion_due_at - timezone.now() > timedelta(days=13)
    assert not get_user(browser).is_authenticated
    assert credentials.api_token_authenticate(key=key) is None
    visitor = Client()
    assert visitor.get(f"/@{user.username}").status_code == 404
    assert visitor.get(f"/v/{video.pk}").status_code == 404
    assert video.pk not in [v["id"] for v in visitor.get("/api/v1/feed/").json()["results"]]


def test_logging_in_inside_the_grace_period_restores_the_account(client, user):
    erasure.account_deletion_request(user=user, password=PASSWORD, confirmation=user.username)

    response = client.post("/login", {"username": user.username, "password": PASSWORD})

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.is_active
    assert user.deletion_due_at is None
    assert client.get(f"/@{user.username}").status_code == 200


def test_after_the_grace_period_logging_in_restores_nothing(client, user):
    erasure.account_deletion_request(user=user, password=PASSWORD, confirmation=user.username)
    _due(user)

    response = client.post("/login", {"username": user.username, "password": PASSWORD})

    assert response.status_code == 400
    user.refresh_from_db()
    assert not user.is_active


def test_an_account_waiting_for_deletion_gets_no_api_token(api_client, user):
    erasure.account_deletion_request(user=user, password=PASSWORD, confirmation=user.username)

    response = api_client.post(
        "/api/v1/auth/token/", {"username": user.username, "password": PASSWORD}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "invalid_credentials"


def test_the_delete_page_shows_a_form_error_for_a_mismatched_confirmation(user):
    browser = Client()
    browser.force_login(user)

    response = browser.post("/settings/delete", {"password": PASSWORD, "confirmation": "someone"})

    assert response.status_code == 400
    assert response.context["form"].errors["confirmation"]
    user.refresh_from_db()
    assert user.is_active
