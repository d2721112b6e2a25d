"""Tokens, sessions, passwords and verification through the REST API (and the Ninja API's
token check), including what another person's credentials can and cannot do."""

import pytest
from django.test import Client
from rest_framework.test import APIClient

from apps.accounts import credentials, errors
from apps.accounts.models import ApiToken, BrowserSession
from tests.factories import PASSWORD

ME = "/api/v1/accounts/me/"
NEW_PASSWORD = "a-fresh-l0ng-passphrase"


def _with_key(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def _issue(api_client, user, **extra):
    response = api_client.post(
        "/api/v1/auth/token/",
        {"username": user.username, "password": PASSWORD, **extra},
        format="json",
        headers={"user-agent": "ClipmixCLI/1.0"},
    )
    assert response.status_code == 200, response.json()
    return response.json()


def test_a_new_token_is_shown_once_with_its_expiry_and_client(api_client, user):
    body = _issue(api_client, user, name="laptop script", expires_in_days=7)

    assert body["token"].startswith("cmx_")
    assert body["name"] == "laptop script"
    assert body["client"] == "ClipmixCLI/1.0"
    assert body["expires_at"] is not None
    listed = _with_key(body["token"]).get("/api/v1/auth/tokens/").json()
    assert [(t["id"], t["current"]) for t in listed] == [(body["id"], True)]
    assert "token" not in listed[0]
    assert body["token"] not in str(listed)


def test_log_out_revokes_the_token_used_and_only_that_one(api_client, user):
    first = _issue(api_client, user)["token"]
    second = _issue(api_client, user)["token"]

    response = _with_key(first).post("/api/v1/auth/logout/")

    assert response.status_code == 204
    refused = _with_key(first).get(ME)
    assert refused.status_code == 401
    assert refused.json()["message"] == errors.INVALID_TOKEN
    assert _with_key(second).get(ME).status_code == 200


def test_log_out_with_a_session_ends_the_session(user):
    client = Client()
    client.force_login(user)

    assert client.post("/api/v1/auth/logout/").status_code == 204

    assert client.get(ME).status_code == 401
    assert not BrowserSession.objects.filter(user=user).exists()


def test_a_revoked_token_is_refused_by_the_ninja_api_too(api_client, user):
    key = _issue(api_client, user)["token"]
    client = _with_key(key)
    assert client.get("/api/v1/remix/jobs").status_code == 200

    client.post("/api/v1/auth/logout/")

    assert client.get("/api/v1/remix/jobs").status_code == 401


def test_an_expired_token_is_refused(api_client, user):
    body = _issue(api_client, user)
    ApiToken.objects.filter(pk=body["id"]).update(expires_at="2000-01-01T00:00:00Z")

    assert _with_key(body["token"]).get(ME).status_code == 401


def test_a_token_lifetime_out_of_range_is_a_400(api_client, user, settings):
    settings.CLIPMIX_API_TOKEN_DAYS = 30
    response = api_client.post(
        "/api/v1/auth/token/",
        {"username": user.username, "password": PASSWORD, "expires_in_days": 31},
        format="json",
    )

    assert response.status_code == 400
    assert response.json()["extra"]["fields"]["expires_in_days"]
    assert not ApiToken.objects.exists()


def test_nobody_revokes_or_lists_someone_elses_token(user_factory):
    owner, stranger = user_factory(), user_factory()
    token, key = credentials.api_token_issue(user=owner)
    theirs = _with_key(credentials.api_token_issue(user=stranger)[1])

    assert theirs.delete(f"/api/v1/auth/tokens/{token.pk}/").status_code == 404
    assert (
        theirs.delete(f"/api/v1/auth/tokens/{token.pk + 999}/").json()
        == theirs.delete(f"/api/v1/auth/tokens/{token.pk}/").json()
    )
    assert token.pk not in [t["id"] for t in theirs.get("/api/v1/auth/tokens/").json()]
    assert _with_key(key).get(ME).status_code == 200
    assert _with_key(key).delete(f"/api/v1/auth/tokens/{token.pk}/").status_code == 204
    assert _with_key(key).get(ME).status_code == 401


def test_nobody_ends_someone_elses_session(user_factory):
    owner, stranger = user_factory(), user_factory()
    browser = Client()
    browser.force_login(owner)
    session = BrowserSession.objects.get(user=owner)
    theirs = _with_key(credentials.api_token_issue(user=stranger)[1])

    assert theirs.delete(f"/api/v1/auth/sessions/{session.pk}/").status_code == 404
    assert theirs.get("/api/v1/auth/sessions/").json() == []
    assert browser.get(ME).status_code == 200

    mine = _with_key(credentials.api_token_issue(user=owner)[1])
    assert [s["id"] for s in mine.get("/api/v1/auth/sessions/").json()] == [session.pk]
    assert mine.delete(f"/api/v1/auth/sessions/{session.pk}/").status_code == 204
    assert browser.get(ME).status_code == 401


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/auth/tokens/",
        "/api/v1/auth/sessions/",
        "/api/v1/auth/logout/",
        "/api/v1/accounts/me/password/",
        "/api/v1/accounts/me/email-verification/",
    ],
)
def test_the_credential_endpoints_need_a_login(api_client, db, path):
    response = (
        api_client.post(path)
        if "tokens" not in path and "sessions" not in path
        else (api_client.get(path))
    )

    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


def test_a_password_change_with_a_token_keeps_that_token_and_ends_the_rest(api_client, user):
    kept = _issue(api_client, user)["token"]
    other = _issue(api_client, user)["token"]
    browser = Client()
    browser.force_login(user)

    response = _with_key(kept).post(
        "/api/v1/accounts/me/password/",
        {"current_password": PASSWORD, "new_password": NEW_PASSWORD},
        format="json",
    )

    assert response.status_code == 204
    assert _with_key(kept).get(ME).status_code == 200
    assert _with_key(other).get(ME).status_code == 401
    assert browser.get(ME).status_code == 401


def test_a_password_change_may_end_the_token_used_too(api_client, user):
    key = _issue(api_client, user)["token"]

    response = _with_key(key).post(
        "/api/v1/accounts/me/password/",
        {"current_password": PASSWORD, "new_password": NEW_PASSWORD, "keep_current": False},
        format="json",
    )

    assert response.status_code == 204
    assert _with_key(key).get(ME).status_code == 401


def test_a_password_change_with_the_wrong_current_password_is_a_400(user_api_client, user):
    response = user_api_client.post(
        "/api/v1/accounts/me/password/",
        {"current_password": "guess-guess", "new_password": NEW_PASSWORD},
        format="json",
    )

    assert response.status_code == 400
    assert response.json()["code"] == "wrong_password"
    assert response.json()["extra"]["fields"]["current_password"] == [errors.WRONG_PASSWORD]
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_a_session_password_change_keeps_the_session(user):
    browser, other = Client(), Client()
    browser.force_login(user)
    other.force_login(user)

    response = browser.post(
        "/api/v1/accounts/me/password/",
        {"current_password": PASSWORD, "new_password": NEW_PASSWORD},
        content_type="application/json",
    )

    assert response.status_code == 204
    assert browser.get(ME).status_code == 200
    assert other.get(ME).status_code == 401
    assert list(BrowserSession.objects.values_list("session_key", flat=True)) == [
        browser.session.session_key
    ]


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(
    api_client, user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        known = api_client.post("/api/v1/auth/password-reset/", {"email": user.email})
        unknown = api_client.post("/api/v1/auth/password-reset/", {"email": "no@example.com"})

    assert (known.status_code, known.json()) == (unknown.status_code, unknown.json())
    assert known.status_code == 202
    assert len(mailoutbox) == 1


def test_password_reset_is_rate_limited_per_client(api_client, db, settings):
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "password_reset": "2/600"}
    for n in range(2):
        api_client.post("/api/v1/auth/password-reset/", {"email": f"a{n}@example.com"})

    response = api_client.post("/api/v1/auth/password-reset/", {"email": "b@example.com"})

    assert response.status_code == 429
    assert "Retry-After" in response


def test_me_says_whether_the_address_is_verified(user_factory):
    fresh = user_factory(email_verified_at=None)
    client = _with_key(credentials.api_token_issue(user=fresh)[1])

    assert client.get(ME).json()["email_verified"] is False
    assert client.post("/api/v1/accounts/me/email-verification/").status_code == 202


def test_an_unverified_account_cannot_upload_or_remix_but_can_comment(
    user_factory, video_factory, upload_of
):
    fresh = user_factory(email_verified_at=None)
    video = video_factory()
    client = _with_key(credentials.api_token_issue(user=fresh)[1])

    upload = client.post("/api/v1/videos/", {"file": upload_of("mp4"), "caption": "hi"})
    remix = client.post(
        "/api/v1/remix/jobs",
        {"video_id": video.pk, "at_seconds": 1.0, "kind": "restyle", "prompt": "sketch it"},
        format="json",
    )
    comment = client.post(
        f"/api/v1/videos/{video.pk}/comments/", {"body": "nice one"}, format="json"
    )

    assert (upload.status_code, upload.json()["code"]) == (403, "email_unverified")
    assert (remix.status_code, remix.json()["code"]) == (403, "email_unverified")
    assert comment.status_code == 201
