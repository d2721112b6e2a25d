import io

import pytest
from django.db import IntegrityError
from PIL import Image

from apps.accounts import errors, services
from apps.accounts.models import Block, Follow, User
from apps.core.errors import ApplicationError
from apps.core.images import IMAGE_FORMAT_NOT_ALLOWED, IMAGE_TOO_MANY_PIXELS


def _fields(excinfo: pytest.ExceptionInfo[ApplicationError]) -> dict[str, list[str]]:
    return excinfo.value.extra["fields"]


def test_sign_up_stores_a_lowercase_handle_and_a_hashed_password(db):
    user = services.user_sign_up(
        username="@Ana.Remix", email="Ana@Example.com", password="sunset-remix-77"
    )

    user.refresh_from_db()
    assert user.username == "ana.remix"
    assert user.check_password("sunset-remix-77")
    assert user.password != "sunset-remix-77"


def test_sign_up_reports_every_invalid_field_at_once(db):
    with pytest.raises(ApplicationError) as excinfo:
        services.user_sign_up(username="x", email="not-an-email", password="123")

    assert excinfo.value.code == "invalid"
    fields = _fields(excinfo)
    assert fields["username"] == [errors.HANDLE_TOO_SHORT]
    assert fields["email"] == [errors.EMAIL_INVALID]
    assert len(fields["password"]) >= 2  # too short, too common, entirely numeric
    assert not User.objects.exists()


@pytest.mark.parametrize("taken", ["ana", "ANA", "@Ana"])
def test_sign_up_refuses_a_handle_taken_in_any_case(user_factory, taken):
    user_factory(username="ana")

    with pytest.raises(ApplicationError) as excinfo:
        services.user_sign_up(username=taken, email="new@example.com", password="sunset-remix-77")

    assert _fields(excinfo)["username"] == [errors.HANDLE_TAKEN]


def test_sign_up_with_a_verified_address_answers_as_usual_and_mails_its_owner(
    user_factory, mailoutbox, django_capture_on_commit_callbacks
):
    """No enumeration: the new account is made (unverified, without the address's link), and
    the address's owner is told instead."""
    owner = user_factory(username="ana", email="ana@example.com")

    with django_capture_on_commit_callbacks(execute=True):
        user = services.user_sign_up(
            username="bob", email="ANA@example.com", password="sunset-remix-77"
        )

    assert not user.email_verified
    assert [message.to for message in mailoutbox] == [["ana@example.com"]]
    assert "@ana" in mailoutbox[0].body
    assert "/verify-email/" not in mailoutbox[0].body
    assert owner.email_verified


@pytest.mark.parametrize(
    ("handle", "message"),
    [
        ("admin", errors.HANDLE_RESERVED),
        ("settings", errors.HANDLE_RESERVED),
        ("ana!", errors.HANDLE_INVALID),
        (".ana", errors.HANDLE_INVALID),
        ("ana.", errors.HANDLE_INVALID),
        ("an a", errors.HANDLE_INVALID),
        ("a" * 31, errors.HANDLE_TOO_LONG),
    ],
)
def test_sign_up_refuses_handles_that_cannot_be_profile_addresses(db, handle, message):
    with pytest.raises(ApplicationError) as excinfo:
        services.user_sign_up(username=handle, email="a@example.com", password="sunset-remix-77")

    assert _fields(excinfo)["username"] == [message]


def test_sign_up_refuses_a_password_like_the_handle(db):
    with pytest.raises(ApplicationError) as excinfo:
        services.user_sign_up(username="sunsetlover", email="s@example.com", password="sunsetlover")

    assert "password" in _fields(excinfo)


def test_database_refuses_two_handles_differing_only_in_case(user_factory):
    user_factory(username="ana")

    with pytest.raises(IntegrityError):
        User.objects.create(username="ANA", email="other@example.com")


def test_auth_token_is_issued_for_valid_credentials_only(user, password):
    token, key = services.auth_token_issue(username=user.username.upper(), password=password)
    assert token.user == user
    # Each log-in is its own token (one per app), each revocable alone.
    other, other_key = services.auth_token_issue(username=user.username, password=password)
    assert other != token
    assert other_key != key

    with pytest.raises(ApplicationError) as excinfo:
        services.auth_token_issue(username=user.username, password="wrong-password")
    assert excinfo.value.code == "invalid_credentials"


def test_follow_is_idempotent(user_factory):
    ana, bo = user_factory(), user_factory()

    services.follow_create(follower=bo, followee=ana)
    services.follow_create(follower=bo, followee=ana)

    assert Follow.objects.filter(follower=bo, followee=ana).count() == 1


def test_following_yourself_is_refused(user):
    with pytest.raises(ApplicationError) as excinfo:
        services.follow_create(follower=user, followee=user)

    assert excinfo.value.code == "cannot_follow_self"


def test_database_refuses_a_self_follow(user):
    with pytest.raises(IntegrityError):
        Follow.objects.create(follower=user, followee=user)


def test_blocking_ends_follows_both_ways_and_prevents_new_ones(user_factory):
    ana, bo = user_factory(), user_factory()
    services.follow_create(follower=bo, followee=ana)
    services.follow_create(follower=ana, followee=bo)

    services.block_create(blocker=ana, blocked=bo)

    assert not Follow.objects.filter(follower__in=[ana, bo]).exists()
    for follower, followee in [(bo, ana), (ana, bo)]:
        with pytest.raises(ApplicationError) as excinfo:
            services.follow_create(follower=follower, followee=followee)
        assert excinfo.value.code == "blocked"
        assert excinfo.value.status == 403


def test_unblocking_allows_following_again(user_factory):
    ana, bo = user_factory(), user_factory()
    services.block_create(blocker=ana, blocked=bo)

    services.block_delete(blocker=ana, blocked=bo)
    services.follow_create(follower=bo, followee=ana)

    assert not Block.objects.exists()
    assert Follow.objects.filter(follower=bo, followee=ana).exists()


def _image_bytes(fmt: str, size: tuple[int, int] = (64, 48)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 60)).save(buffer, format=fmt)
    return buffer.getvalue()


def test_avatar_is_cropped_square_and_re_encoded_as_jpeg(user):
    data = _image_bytes("PNG", (640, 320))

    account = services.profile_update(user=user, avatar=io.BytesIO(data), avatar_size=len(data))

    with account.avatar.open("rb") as stored, Image.open(stored) as image:
        assert image.format == "JPEG"
        assert image.size == (services.AVATAR_SIDE, services.AVATAR_SIDE)


def test_replacing_an_avatar_removes_the_old_file(user, django_capture_on_commit_callbacks):
    data = _image_bytes("JPEG")
    with django_capture_on_commit_callbacks(execute=True):
        first = services.profile_update(user=user, avatar=io.BytesIO(data), avatar_size=len(data))
    old_name = first.avatar.name
    storage = first.avatar.storage

    with django_capture_on_commit_callbacks(execute=True):
        second = services.profile_update(user=user, avatar=io.BytesIO(data), avatar_size=len(data))

    assert second.avatar.name != old_name
    assert storage.exists(second.avatar.name)
    assert not storage.exists(old_name)


def test_avatar_in_a_format_outside_the_allow_list_is_refused(user):
    data = _image_bytes("BMP")

    with pytest.raises(ApplicationError) as excinfo:
        services.profile_update(user=user, avatar=io.BytesIO(data), avatar_size=len(data))

    assert _fields(excinfo)["avatar"] == [IMAGE_FORMAT_NOT_ALLOWED]
    user.refresh_from_db()
    assert not user.avatar


def test_decompression_bomb_avatar_is_refused_before_decoding(user, settings):
    settings.CLIPMIX_AVATAR_MAX_PIXELS = 1_000_000
    data = _image_bytes("PNG", (2000, 2000))  # a tiny file declaring 4 megapixels

    with pytest.raises(ApplicationError) as excinfo:
        services.profile_update(user=user, avatar=io.BytesIO(data), avatar_size=len(data))

    assert _fields(excinfo)["avatar"] == [IMAGE_TOO_MANY_PIXELS.format(limit_mp=1)]


def test_profile_update_refuses_a_too_long_bio_and_keeps_the_old_one(user_factory):
    user = user_factory(bio="hello")

    with pytest.raises(ApplicationError) as excinfo:
        services.profile_update(user=user, bio="x" * 301)

    assert "bio" in _fields(excinfo)
    user.refresh_from_db()
    assert user.bio == "hello"
