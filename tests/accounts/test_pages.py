import io

import pytest
from django.contrib.auth import get_user
from django.test import Client
from PIL import Image

from apps.accounts import errors
from apps.accounts.models import Follow, User
from apps.core.images import IMAGE_INVALID


def test_sign_up_page_creates_the_account_logs_in_and_shows_the_profile(client, db):
    response = client.post(
        "/signup",
        {"username": "Ana", "email": "ana@example.com", "password": "sunset-remix-77"},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == "/@ana"
    assert get_user(client).username == "ana"
    assert b"Welcome to Clipmix, @ana!" in response.content


def test_sign_up_page_shows_every_error_on_its_field(client, user_factory):
    user_factory(username="taken")

    response = client.post("/signup", {"username": "taken", "email": "nope", "password": "123"})

    assert response.status_code == 400
    form = response.context["form"]
    assert form.errors["username"] == [errors.HANDLE_TAKEN]
    assert form.errors["email"] == [errors.EMAIL_INVALID]
    assert form.errors["password"]
    assert User.objects.count() == 1


def test_log_in_page_accepts_the_handle_in_any_case_and_lands_on_the_feed(client, user, password):
    response = client.post("/login", {"username": user.username.upper(), "password": password})

    assert response.status_code == 302
    assert response["Location"] == "/"


def test_log_in_still_goes_where_next_says(client, user, password):
    response = client.post(
        "/login?next=/notifications", {"username": user.username, "password": password}
    )

    assert response["Location"] == "/notifications"


def test_log_in_with_a_wrong_password_shows_a_form_error(client, user):
    response = client.post("/login", {"username": user.username, "password": "wrong-one"})

    assert response.status_code == 400
    assert response.context["form"].non_field_errors()
    assert not get_user(client).is_authenticated


def test_log_in_page_is_rate_limited_with_a_readable_page(client, user, settings):
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "log_in": "2/600"}
    for _ in range(2):
        client.post("/login", {"username": user.username, "password": "wrong-one"})

    response = client.post("/login", {"username": user.username, "password": "wrong-one"})

    assert response.status_code == 429
    assert b"Too many attempts" in response.content
    assert "Retry-After" in response


def test_log_out_requires_post(client, user):
    client.force_login(user)

    assert client.get("/logout").status_code == 405
    client.post("/logout")

    assert not get_user(client).is_authenticated


def test_log_in_form_requires_a_csrf_token(user, password):
    client = Client(enforce_csrf_checks=True)

    response = client.post("/login", {"username": user.username, "password": password})

    assert response.status_code == 403
    assert b"Your session expired" in response.content


def test_profile_page_shows_counts_and_a_follow_button(client, user_factory, follow_factory):
    ana, bo = user_factory(display_name="Ana"), user_factory()
    follow_factory(follower=bo, followee=ana)
    client.force_login(user_factory())

    response = client.get(f"/@{ana.username}")

    assert response.status_code == 200
    assert response.context["account"].followers_count == 1
    assert b">Follow</button>" in response.content


def test_profile_address_in_another_case_redirects_to_the_canonical_one(client, user):
    response = client.get(f"/@{user.username.upper()}")

    assert response.status_code == 301
    assert response["Location"] == f"/@{user.username}"


def test_unknown_profile_is_a_404_page(client, db):
    response = client.get("/@nobody")

    assert response.status_code == 404


def test_follow_form_without_javascript(client, user, user_factory):
    ana = user_factory()
    client.force_login(user)

    client.post(f"/@{ana.username}/follow", {"intent": "follow"})
    assert Follow.objects.filter(follower=user, followee=ana).exists()
    client.post(f"/@{ana.username}/follow", {"intent": "unfollow"})
    assert not Follow.objects.exists()


def test_follow_form_does_not_redirect_to_another_site(client, user, user_factory):
    ana = user_factory()
    client.force_login(user)

    response = client.post(
        f"/@{ana.username}/follow", {"intent": "follow", "next": "https://evil.example/"}
    )

    assert response["Location"] == f"/@{ana.username}"


def test_anonymous_follow_goes_to_log_in(client, user):
    response = client.post(f"/@{user.username}/follow", {"intent": "follow"})

    assert response.status_code == 302
    assert response["Location"].startswith("/login")


def _png(size=(32, 32)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, format="PNG")
    return buffer.getvalue()


def test_profile_edit_saves_name_bio_and_avatar(client, user):
    client.force_login(user)
    avatar = io.BytesIO(_png())
    avatar.name = "me.png"

    response = client.post(
        "/settings/profile", {"display_name": "Ana", "bio": "Sunsets", "avatar": avatar}
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.display_name, user.bio) == ("Ana", "Sunsets")
    assert user.avatar.name.startswith("avatars/")


@pytest.mark.parametrize("content", [b"", b"this is not an image", _png()[:40]])
def test_profile_edit_refuses_a_broken_avatar_with_a_form_error(client, user, content):
    client.force_login(user)
    upload = io.BytesIO(content)
    upload.name = "me.png"

    response = client.post("/settings/profile", {"display_name": "Ana", "avatar": upload})

    assert response.status_code == 400
    assert response.context["form"].errors["avatar"]
    user.refresh_from_db()
    assert not user.avatar
    assert user.display_name != "Ana"  # nothing half-stored


def test_text_renamed_png_gets_the_invalid_image_message(client, user):
    client.force_login(user)
    upload = io.BytesIO(b"hello, I am text")
    upload.name = "me.png"

    response = client.post("/settings/profile", {"avatar": upload})

    assert response.context["form"].errors["avatar"] == [IMAGE_INVALID]
