"""Settings, Security and the pages reached from mailed links."""

import re

import pytest
from django.contrib.auth import get_user
from django.test import Client

from apps.accounts import credentials, errors
from apps.accounts.models import ApiToken, BrowserSession, User
from tests.factories import PASSWORD

NEW_PASSWORD = "a-fresh-l0ng-passphrase"


def _logged_in(user, **headers) -> Client:
    client = Client(headers=headers)
    client.force_login(user)
    return client


def _link(message) -> str:
    return re.search(r"http://\S+(/(?:password-reset|verify-email)/\S+)", message.body).group(1)


def test_the_security_page_lists_my_sessions_and_tokens_only(user_factory):
    me, stranger = user_factory(), user_factory()
    here = _logged_in(me)
    _logged_in(stranger)
    credentials.api_token_issue(user=me, name="my script")
    credentials.api_token_issue(user=stranger, name="their script")

    page = here.get("/settings/security")

    assert page.status_code == 200
    assert [s.user for s in page.context["sessions"]] == [me]
    assert [t.name for t in page.context["tokens"]] == ["my script"]
    assert b"this browser" in page.content
    assert b"their script" not in page.content


def test_the_security_page_needs_a_login(client, db):
    response = client.get("/settings/security")

    assert response.status_code == 302
    assert response["Location"].startswith("/login")


def test_a_token_made_on_the_page_is_shown_once_and_works(user):
    client = _logged_in(user)

    made = client.post("/settings/security/tokens", {"name": "cli", "expires_in_days": "5"})

    key = made.context["new_key"]
    assert made.status_code == 200
    assert key.encode() in made.content
    assert key.encode() not in client.get("/settings/security").content
    api = Client(headers={"authorization": f"Token {key}"})
    assert api.get("/api/v1/accounts/me/").status_code == 200


def test_revoking_a_token_on_the_page_makes_it_refused(user):
    client = _logged_in(user)
    token, key = credentials.api_token_issue(user=user)

    response = client.post(f"/settings/security/tokens/{token.pk}/revoke")

    assert response.status_code == 302
    api = Client(headers={"authorization": f"Token {key}"})
    assert api.get("/api/v1/accounts/me/").status_code == 401


def test_nobody_revokes_someone_elses_token_or_session_on_the_page(user_factory):
    owner, stranger = user_factory(), user_factory()
    token, _ = credentials.api_token_issue(user=owner)
    owner_browser = _logged_in(owner)
    session = BrowserSession.objects.get(user=owner)
    attacker = _logged_in(stranger)

    assert attacker.post(f"/settings/security/tokens/{token.pk}/revoke").status_code == 404
    assert attacker.post(f"/settings/security/sessions/{session.pk}/revoke").status_code == 404

    assert ApiToken.objects.filter(pk=token.pk).exists()
    assert owner_browser.get("/settings/security").status_code == 200


def test_ending_another_browser_from_the_page_logs_it_out(user):
    laptop = _logged_in(user, user_agent="Laptop browser")
    phone = _logged_in(user, user_agent="Phone browser")
    phone_session = BrowserSession.objects.get(session_key=phone.session.session_key)

    response = laptop.post(f"/settings/security/sessions/{phone_session.pk}/revoke")

    assert response.status_code == 302
    assert not get_user(phone).is_authenticated
    assert get_user(laptop).is_authenticated


def test_ending_this_browser_from_the_page_logs_me_out(user):
    client = _logged_in(user)
    mine = BrowserSession.objects.get(session_key=client.session.session_key)

    response = client.post(f"/settings/security/sessions/{mine.pk}/revoke")

    assert response["Location"] == "/login"
    assert not get_user(client).is_authenticated


def test_changing_the_password_on_the_page_logs_out_other_browsers_only(user):
    here, elsewhere = _logged_in(user), _logged_in(user)
    _, key = credentials.api_token_issue(user=user)

    response = here.post(
        "/settings/password",
        {
            "current_password": PASSWORD,
            "new_password": NEW_PASSWORD,
            "keep_this_session": "on",
        },
    )

    assert response.status_code == 302
    assert get_user(here).is_authenticated
    assert not get_user(elsewhere).is_authenticated
    assert (
        Client(headers={"authorization": f"Token {key}"}).get("/api/v1/accounts/me/").status_code
        == 401
    )
    # The kept session is still listed, under its new key.
    assert list(BrowserSession.objects.values_list("session_key", flat=True)) == [
        here.session.session_key
    ]


def test_changing_the_password_without_keeping_this_session_logs_me_out(user):
    client = _logged_in(user)

    response = client.post(
        "/settings/password", {"current_password": PASSWORD, "new_password": NEW_PASSWORD}
    )

    assert response["Location"] == "/login"
    assert not get_user(client).is_authenticated


def test_a_wrong_current_password_is_a_form_error(user):
    client = _logged_in(user)

    response = client.post(
        "/settings/password",
        {"current_password": "not-mine", "new_password": NEW_PASSWORD, "keep_this_session": "on"},
    )

    assert response.status_code == 400
    assert response.context["form"].errors["current_password"] == [errors.WRONG_PASSWORD]
    assert get_user(client).is_authenticated


def test_resetting_a_forgotten_password_through_the_mailed_link_works_once(
    client, user, mailoutbox, django_capture_on_commit_callbacks
):
    other_browser = _logged_in(user)
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post("/password-reset", {"email": user.email})
    assert b"data-reset-sent" in sent.content
    link = _link(mailoutbox[0])

    opened = client.get(link, follow=True)
    form_url = opened.redirect_chain[-1][0]
    assert "set-password" in form_url
    done = client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    assert done["Location"] == "/login"
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert not get_user(other_browser).is_authenticated
    again = Client().get(link, follow=True)
    assert b"data-link-invalid" in again.content


def test_reset_answers_the_same_page_for_unknown_addresses(
    client, user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        known = client.post("/password-reset", {"email": user.email})
        unknown = client.post("/password-reset", {"email": "nobody@example.com"})

    assert known.status_code == unknown.status_code == 200
    assert known.content.replace(b"\n", b"") == unknown.content.replace(b"\n", b"")
    assert len(mailoutbox) == 1


def test_reset_is_rate_limited_per_address_with_a_readable_page(client, user, settings):
    settings.CLIPMIX_RATE_LIMITS = {
        **settings.CLIPMIX_RATE_LIMITS,
        "password_reset_address": "2/600",
    }
    for _ in range(2):
        client.post("/password-reset", {"email": user.email})

    response = client.post("/password-reset", {"email": user.email.upper()})

    assert response.status_code == 429
    assert b"Too many attempts" in response.content


@pytest.mark.parametrize("uidb64", ["MQ", "not-base64!", "OTk5OTk5OQ"])
def test_a_forged_reset_link_shows_that_it_is_invalid(client, user, uidb64):
    response = client.get(f"/password-reset/{uidb64}/abc-123", follow=True)

    assert b"data-link-invalid" in response.content


def test_sign_up_answers_the_same_whether_or_not_the_address_has_an_account(
    user_factory, mailoutbox, django_capture_on_commit_callbacks
):
    user_factory(username="owner", email="taken@example.com")
    answers = []
    for handle, email in [("fresh", "fresh@example.com"), ("copycat", "taken@example.com")]:
        with django_capture_on_commit_callbacks(execute=True):
            response = Client().post(
                "/signup",
                {"username": handle, "email": email, "password": "sunset-remix-77"},
                follow=True,
            )
        answers.append(
            (
                response.status_code,
                [
                    str(m).replace(email, "<email>").replace(handle, "<handle>")
                    for m in response.context["messages"]
                ],
            )
        )

    assert answers[0] == answers[1]
    assert answers[0][1][1] == errors.SIGN_UP_CHECK_MAIL.format(email="<email>")
    assert [m.to for m in mailoutbox] == [["fresh@example.com"], ["taken@example.com"]]
    assert "/verify-email/" in mailoutbox[0].body
    assert "/verify-email/" not in mailoutbox[1].body
    assert "@owner" in mailoutbox[1].body


def test_verifying_the_address_from_the_mailed_link(
    client, db, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/signup",
            {"username": "ana", "email": "ana@example.com", "password": "sunset-remix-77"},
        )
    link = _link(mailoutbox[0])
    assert not User.objects.get(username="ana").email_verified

    page = client.get(link)
    assert page.status_code == 200
    assert not User.objects.get(username="ana").email_verified  # opening it changes nothing
    confirmed = client.post(link)

    assert confirmed["Location"] == "/settings/security"
    assert User.objects.get(username="ana").email_verified
    assert client.post(link).status_code == 400


def test_an_unverified_account_is_told_before_it_chooses_a_file(user_factory):
    client = _logged_in(user_factory(email_verified_at=None, email="ana@example.com"))

    page = client.get("/upload").content.decode()

    assert "data-email-unverified-notice" in page
    assert "ana@example.com" in page
    assert 'action="/settings/verify-email"' in page
    assert 'type="file"' not in page  # no form to fill in for nothing


def test_a_verified_account_gets_the_upload_form_without_the_notice(user_factory):
    page = _logged_in(user_factory()).get("/upload").content.decode()

    assert 'type="file"' in page
    assert "data-email-unverified-notice" not in page


def test_an_unverified_account_sees_why_the_upload_is_refused(
    user_factory, upload_of, video_factory
):
    user = user_factory(email_verified_at=None)
    client = _logged_in(user)

    response = client.post("/upload", {"caption": "hi", "file": upload_of("mp4")})

    assert response.status_code in {400, 403}
    assert b"data-email-unverified-notice" in response.content
    assert not user.videos.exists()


def test_an_unverified_account_is_told_before_it_writes_a_remix_prompt(user_factory, video_factory):
    video = video_factory()
    client = _logged_in(user_factory(email_verified_at=None))

    page = client.get(f"/v/{video.pk}/remix").content.decode()
    refused = client.post(f"/v/{video.pk}/remix", {"kind": "restyle", "prompt": "a sketch"})

    assert "data-email-unverified-notice" in page
    assert "data-remix-composer" not in page
    assert b"data-email-unverified-notice" in refused.content
    assert not video.remix_jobs.exists()


def test_the_demo_setting_lets_unverified_accounts_upload(user_factory, upload_of, settings):
    settings.CLIPMIX_REQUIRE_VERIFIED_EMAIL = False
    client = _logged_in(user_factory(email_verified_at=None))

    response = client.post("/upload", {"caption": "hi", "file": upload_of("mp4")})

    assert response.status_code == 302
