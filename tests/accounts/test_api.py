import pytest
from django.test import Client

from apps.accounts import errors
from apps.accounts.models import ApiToken, Follow, User
from apps.core.errors import NOT_AUTHENTICATED, RATE_LIMITED


def test_sign_up_returns_201_with_the_account(api_client):
    response = api_client.post(
        "/api/v1/accounts/",
        {"username": "Ana", "email": "ana@example.com", "password": "sunset-remix-77"},
        format="json",
    )

    assert response.status_code == 201
    body = response.json()
    assert body["handle"] == "ana"
    assert body["email"] == "ana@example.com"
    assert body["followers_count"] == 0
    assert "password" not in body


@pytest.mark.parametrize(
    ("payload", "field", "message"),
    [
        (
            {"username": "ana", "email": "bad", "password": "sunset-remix-77"},
            "email",
            errors.EMAIL_INVALID,
        ),
        ({"username": "ana", "email": "a@example.com", "password": "12345678"}, "password", None),
        ({"email": "a@example.com", "password": "sunset-remix-77"}, "username", None),
    ],
)
def test_sign_up_with_bad_input_answers_400_in_the_error_shape(api_client, payload, field, message):
    response = api_client.post("/api/v1/accounts/", payload, format="json")

    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"message", "code", "extra"}
    assert body["code"] == "invalid"
    assert field in body["extra"]["fields"]
    if message:
        assert body["extra"]["fields"][field] == [message]
    assert not User.objects.exists()


def test_sign_up_with_a_taken_handle_answers_400(api_client, user_factory):
    user_factory(username="ana")

    response = api_client.post(
        "/api/v1/accounts/",
        {"username": "ana", "email": "new@example.com", "password": "sunset-remix-77"},
        format="json",
    )

    assert response.status_code == 400
    assert response.json()["extra"]["fields"]["username"] == [errors.HANDLE_TAKEN]


def test_sign_up_with_malformed_json_answers_400_in_the_error_shape(api_client, db):
    response = api_client.post(
        "/api/v1/accounts/", data="{not json", content_type="application/json"
    )

    assert response.status_code == 400
    assert set(response.json()) == {"message", "code", "extra"}


def test_token_then_token_authenticated_requests(api_client, user, password):
    response = api_client.post(
        "/api/v1/auth/token/", {"username": user.username, "password": password}, format="json"
    )
    assert response.status_code == 200
    token = response.json()["token"]
    assert ApiToken.objects.get(prefix=token.split("_")[1]).user == user

    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    me = api_client.get("/api/v1/accounts/me/")

    assert me.status_code == 200
    assert me.json()["handle"] == user.username


def test_token_with_wrong_password_is_refused(api_client, user):
    response = api_client.post(
        "/api/v1/auth/token/", {"username": user.username, "password": "nope-nope"}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["message"] == errors.INVALID_CREDENTIALS


def test_me_without_credentials_answers_401_in_the_error_shape(api_client, db):
    response = api_client.get("/api/v1/accounts/me/")

    assert response.status_code == 401
    assert response.json() == {
        "message": NOT_AUTHENTICATED,
        "code": "not_authenticated",
        "extra": {},
    }


def test_an_invalid_token_answers_401(api_client, db):
    api_client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")

    response = api_client.get("/api/v1/accounts/me/")

    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"


def test_session_authentication_works_and_requires_csrf_for_writes(client, user, user_factory):
    other = user_factory()
    client.force_login(user)
    assert client.get("/api/v1/accounts/me/").json()["handle"] == user.username

    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(user)
    response = csrf_client.post(f"/api/v1/accounts/{other.username}/follow/")

    assert response.status_code == 403
    assert set(response.json()) == {"message", "code", "extra"}
    assert not Follow.objects.exists()


def test_patch_me_updates_the_profile(user_api_client, user):
    response = user_api_client.patch(
        "/api/v1/accounts/me/", {"display_name": "Ana R.", "bio": "I film sunsets."}, format="json"
    )

    assert response.status_code == 200
    assert response.json()["display_name"] == "Ana R."
    user.refresh_from_db()
    assert user.bio == "I film sunsets."


def test_account_detail_shows_counts_and_whether_i_follow(user_api_client, user, user_factory):
    ana = user_factory()
    Follow.objects.create(follower=user, followee=ana)

    body = user_api_client.get(f"/api/v1/accounts/@{ana.username.upper()}/").json()

    assert body["handle"] == ana.username
    assert body["followers_count"] == 1
    assert body["is_following"] is True


def test_account_detail_for_unknown_handle_answers_404(api_client, db):
    response = api_client.get("/api/v1/accounts/nobody/")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_follow_and_unfollow(user_api_client, user, user_factory):
    ana = user_factory()

    assert user_api_client.post(f"/api/v1/accounts/{ana.username}/follow/").status_code == 204
    assert Follow.objects.filter(follower=user, followee=ana).exists()
    assert user_api_client.delete(f"/api/v1/accounts/{ana.username}/follow/").status_code == 204
    assert not Follow.objects.exists()


def test_following_yourself_answers_400(user_api_client, user):
    response = user_api_client.post(f"/api/v1/accounts/{user.username}/follow/")

    assert response.status_code == 400
    assert response.json()["message"] == errors.CANNOT_FOLLOW_SELF


def test_anonymous_follow_answers_401(api_client, user):
    response = api_client.post(f"/api/v1/accounts/{user.username}/follow/")

    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


def test_block_then_blocked_user_cannot_follow(user_factory, api_client):
    ana, bo = user_factory(), user_factory()
    api_client.force_authenticate(ana)
    assert api_client.post(f"/api/v1/accounts/{bo.username}/block/").status_code == 200

    api_client.force_authenticate(bo)
    response = api_client.post(f"/api/v1/accounts/{ana.username}/follow/")

    assert response.status_code == 403
    assert response.json()["code"] == "blocked"


def test_sign_up_is_rate_limited_per_ip(api_client, db, settings):
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "sign_up": "2/3600"}
    for n in range(2):
        response = api_client.post(
            "/api/v1/accounts/",
            {"username": f"user{n}x", "email": f"u{n}@example.com", "password": "sunset-remix-77"},
            format="json",
        )
        assert response.status_code == 201

    response = api_client.post(
        "/api/v1/accounts/",
        {"username": "user9x", "email": "u9@example.com", "password": "sunset-remix-77"},
        format="json",
    )

    assert response.status_code == 429
    body = response.json()
    assert body["code"] == "rate_limited"
    retry_after = body["extra"]["retry_after"]
    assert body["message"] == RATE_LIMITED.format(seconds=retry_after)
    assert response["Retry-After"] == str(retry_after)
    assert User.objects.count() == 2


def test_token_login_is_rate_limited_per_ip_but_not_across_ips(api_client, user, settings):
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "log_in": "3/600"}
    payload = {"username": user.username, "password": "wrong-password"}
    statuses = [
        api_client.post("/api/v1/auth/token/", payload, format="json").status_code for _ in range(4)
    ]
    other_ip = api_client.post(
        "/api/v1/auth/token/", payload, format="json", REMOTE_ADDR="10.0.0.9"
    )

    assert statuses == [400, 400, 400, 429]
    assert other_ip.status_code == 400


def test_schema_is_published(api_client, db):
    response = api_client.get("/api/v1/schema/?format=json")

    assert response.status_code == 200
    paths = response.json()["paths"]
    assert {"/api/v1/accounts/", "/api/v1/auth/token/", "/api/v1/accounts/me/"} <= set(paths)
    assert api_client.get("/api/v1/docs/").status_code == 200
