"""API tokens, browser sessions, passwords and e-mail verification, at the service level."""

from datetime import timedelta

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.http import Http404
from django.test import Client
from django.utils import timezone

from apps.accounts import credentials, errors
from apps.accounts.models import ApiToken, BrowserSession, User
from apps.core.errors import ApplicationError
from tests.factories import PASSWORD

NEW_PASSWORD = "a-fresh-l0ng-passphrase"


def _logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


# --- Tokens ---------------------------------------------------------------------------------


def test_a_token_is_stored_as_a_prefix_and_a_digest_never_as_its_key(user):
    token, key = credentials.api_token_issue(user=user, name="phone")

    stored = ApiToken.objects.filter(pk=token.pk).values().get()
    assert key.startswith(f"cmx_{token.prefix}_")
    assert all(key not in str(value) for value in stored.values())
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM accounts_apitoken")
        assert key not in repr(cursor.fetchall())
    assert credentials.api_token_authenticate(key=key) == token


def test_a_token_expires_after_the_configured_days_by_default(user, settings):
    settings.CLIPMIX_API_TOKEN_DAYS = 90
    token, _ = credentials.api_token_issue(user=user)

    assert token.expires_at - timezone.now() == pytest.approx(
        timedelta(days=90), abs=timedelta(seconds=5)
    )


def test_a_client_may_ask_for_a_shorter_life_but_not_a_longer_one(user, settings):
    settings.CLIPMIX_API_TOKEN_DAYS = 30
    short, _ = credentials.api_token_issue(user=user, expires_in_days=1)

    assert short.expires_at < timezone.now() + timedelta(days=1, seconds=5)
    with pytest.raises(ApplicationError) as excinfo:
        credentials.api_token_issue(user=user, expires_in_days=31)
    assert excinfo.value.extra["fields"]["expires_in_days"] == [
        errors.TOKEN_DAYS_RANGE.format(days=30)
    ]


def test_no_expiry_when_the_setting_is_zero(user, settings):
    settings.CLIPMIX_API_TOKEN_DAYS = 0

    token, key = credentials.api_token_issue(user=user)

    assert token.expires_at is None
    assert credentials.api_token_authenticate(key=key) == token


@pytest.mark.parametrize(
    "tamper",
    [
        lambda key: key[:-1] + ("A" if key[-1] != "A" else "B"),  # the secret changed
        lambda key: key.replace("cmx_", "abc_", 1),
        lambda key: key.split("_", 2)[1],  # the prefix alone
        lambda key: "",
    ],
)
def test_a_tampered_key_authenticates_no_one(user, tamper):
    _, key = credentials.api_token_issue(user=user)

    assert credentials.api_token_authenticate(key=tamper(key)) is None


def test_an_expired_token_or_an_inactive_account_authenticates_no_one(user):
    token, key = credentials.api_token_issue(user=user)
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now())

    assert credentials.api_token_authenticate(key=key) is None

    _, live_key = credentials.api_token_issue(user=user)
    User.objects.filter(pk=user.pk).update(is_active=False)
    assert credentials.api_token_authenticate(key=live_key) is None


def test_using_a_token_stamps_it_at_most_every_few_minutes(user, django_assert_num_queries):
    token, key = credentials.api_token_issue(user=user)

    credentials.api_token_authenticate(key=key)
    token.refresh_from_db()
    first = token.last_used_at
    with django_assert_num_queries(1):  # the look-up only, no write
        credentials.api_token_authenticate(key=key)

    token.refresh_from_db()
    assert first is not None
    assert token.last_used_at == first


def test_only_the_owner_revokes_a_token(user_factory):
    owner, stranger = user_factory(), user_factory()
    token, key = credentials.api_token_issue(user=owner)

    with pytest.raises(Http404):
        credentials.api_token_revoke(user=stranger, token_id=token.pk)
    assert credentials.api_token_authenticate(key=key) == token

    credentials.api_token_revoke(user=owner, token_id=token.pk)
    assert credentials.api_token_authenticate(key=key) is None


# --- Browser sessions ----------------------------------------------------------------------


def test_logging_in_lists_the_session_and_logging_out_removes_it(user):
    client = _logged_in(user)
    key = client.session.session_key

    assert BrowserSession.objects.filter(user=user, session_key=key).exists()
    client.post("/logout")
    assert not BrowserSession.objects.filter(session_key=key).exists()
    assert not SessionStore().exists(key)


def test_revoking_a_session_logs_that_browser_out(user):
    laptop, phone = _logged_in(user), _logged_in(user)
    phone_session = BrowserSession.objects.get(session_key=phone.session.session_key)

    credentials.browser_session_revoke(user=user, session_id=phone_session.pk)

    assert phone.get("/settings/security").status_code == 302
    assert laptop.get("/settings/security").status_code == 200


def test_nobody_revokes_someone_elses_session(user_factory):
    owner, stranger = user_factory(), user_factory()
    browser = _logged_in(owner)
    session = BrowserSession.objects.get(session_key=browser.session.session_key)

    with pytest.raises(Http404):
        credentials.browser_session_revoke(user=stranger, session_id=session.pk)

    assert browser.get("/settings/security").status_code == 200


def test_a_session_that_predates_the_list_is_listed_on_its_next_request(user):
    client = _logged_in(user)
    BrowserSession.objects.all().delete()
    session = client.session
    session[credentials.SESSION_SEEN_KEY] = 0
    session.save()

    client.get("/settings/security", headers={"user-agent": "Firefox"})

    listed = BrowserSession.objects.get(user=user)
    assert listed.client == "Firefox"


# --- Passwords -----------------------------------------------------------------------------


def test_a_wrong_current_password_changes_nothing(user):
    _, key = credentials.api_token_issue(user=user)

    with pytest.raises(ApplicationError) as excinfo:
        credentials.password_change(
            user=user, current_password="not-it-at-all", new_password=NEW_PASSWORD
        )

    assert excinfo.value.code == "wrong_password"
    user.refresh_from_db()
    assert user.check_password(PASSWORD)
    assert credentials.api_token_authenticate(key=key) is not None


def test_a_weak_new_password_is_refused_on_its_field(user):
    with pytest.raises(ApplicationError) as excinfo:
        credentials.password_change(user=user, current_password=PASSWORD, new_password="123")

    assert excinfo.value.extra["fields"]["new_password"]
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_changing_the_password_ends_other_sessions_and_tokens_but_the_kept_ones(user):
    kept_token, kept_key = credentials.api_token_issue(user=user)
    _, other_key = credentials.api_token_issue(user=user)
    here, elsewhere = _logged_in(user), _logged_in(user)

    credentials.password_change(
        user=user,
        current_password=PASSWORD,
        new_password=NEW_PASSWORD,
        keep_session_key=here.session.session_key,
        keep_token_id=kept_token.pk,
    )

    assert credentials.api_token_authenticate(key=kept_key) == kept_token
    assert credentials.api_token_authenticate(key=other_key) is None
    assert list(BrowserSession.objects.values_list("session_key", flat=True)) == [
        here.session.session_key
    ]
    assert elsewhere.get("/settings/security").status_code == 302


def test_password_changes_are_rate_limited_per_account(user, settings):
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "password_change": "2/600"}
    for _ in range(2):
        with pytest.raises(ApplicationError):
            credentials.password_change(user=user, current_password="guess", new_password="x")

    with pytest.raises(ApplicationError) as excinfo:
        credentials.password_change(user=user, current_password=PASSWORD, new_password="x")

    assert excinfo.value.code == "rate_limited"


def test_a_reset_request_mails_known_addresses_only_and_answers_the_same(
    user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        unknown = credentials.password_reset_request(email="nobody@example.com", client="1.2.3.4")
        known = credentials.password_reset_request(email=user.email.upper(), client="1.2.3.4")

    assert unknown is None
    assert known is None
    assert [message.to for message in mailoutbox] == [[user.email]]
    assert "/password-reset/" in mailoutbox[0].body


@pytest.mark.parametrize(("scope", "varied"), [("password_reset", "email"), ("address", "client")])
def test_reset_requests_are_rate_limited_per_client_and_per_address(user, settings, scope, varied):
    settings.CLIPMIX_RATE_LIMITS = {
        **settings.CLIPMIX_RATE_LIMITS,
        "password_reset": "3/600" if scope == "password_reset" else "100/600",
        "password_reset_address": "3/600" if scope == "address" else "100/600",
    }
    for n in range(3):
        credentials.password_reset_request(
            email=f"x{n}@example.com" if varied == "email" else user.email,
            client="10.0.0.1" if varied == "email" else f"10.0.0.{n}",
        )

    with pytest.raises(ApplicationError) as excinfo:
        credentials.password_reset_request(
            email="x9@example.com" if varied == "email" else user.email,
            client="10.0.0.1" if varied == "email" else "10.0.0.9",
        )
    assert excinfo.value.status == 429


def test_completing_a_reset_ends_every_session_and_token_and_the_link(user):
    token = default_token_generator.make_token(user)
    _, key = credentials.api_token_issue(user=user)
    browser = _logged_in(user)

    credentials.password_reset_complete(user=user, new_password=NEW_PASSWORD)

    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert credentials.api_token_authenticate(key=key) is None
    assert browser.get("/settings/security").status_code == 302
    assert not default_token_generator.check_token(user, token)


# --- E-mail verification -------------------------------------------------------------------


@pytest.fixture
def unverified(user_factory):
    return user_factory(username="newbie", email="newbie@example.com", email_verified_at=None)


def test_a_verification_link_verifies_once(unverified):
    uidb64 = credentials.user_uidb64(unverified)
    token = credentials.email_verification_tokens.make_token(unverified)

    account = credentials.email_verify(uidb64=uidb64, token=token)

    assert account.email_verified
    with pytest.raises(ApplicationError) as excinfo:
        credentials.email_verify(uidb64=uidb64, token=token)
    assert excinfo.value.code == "link_invalid"


@pytest.mark.parametrize(
    ("uidb64", "token"), [("MQ", "nope"), ("!!", "x-y"), ("", ""), ("OTk5OTk5", "abc-def")]
)
def test_a_forged_verification_link_is_refused(unverified, uidb64, token):
    with pytest.raises(ApplicationError) as excinfo:
        credentials.email_verify(uidb64=uidb64, token=token)

    assert excinfo.value.code == "link_invalid"
    unverified.refresh_from_db()
    assert not unverified.email_verified


def test_a_link_for_an_address_changed_since_is_refused(unverified):
    token = credentials.email_verification_tokens.make_token(unverified)
    User.objects.filter(pk=unverified.pk).update(email="other@example.com")

    with pytest.raises(ApplicationError):
        credentials.email_verify(uidb64=credentials.user_uidb64(unverified), token=token)


def test_an_address_verified_by_another_account_first_cannot_be_verified_again(
    unverified, user_factory
):
    twin = user_factory(username="twin", email="NEWBIE@example.com", email_verified_at=None)
    token = credentials.email_verification_tokens.make_token(twin)
    credentials.email_verify(
        uidb64=credentials.user_uidb64(unverified),
        token=credentials.email_verification_tokens.make_token(unverified),
    )

    with pytest.raises(ApplicationError) as excinfo:
        credentials.email_verify(uidb64=credentials.user_uidb64(twin), token=token)

    assert excinfo.value.code == "email_taken"
    twin.refresh_from_db()
    assert not twin.email_verified


def test_resending_the_link_is_rate_limited(unverified, settings):
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "email_verification": "2/600"}
    for _ in range(2):
        credentials.email_verification_send(user=unverified)

    with pytest.raises(ApplicationError) as excinfo:
        credentials.email_verification_send(user=unverified)

    assert excinfo.value.status == 429


def test_uploads_and_remixes_wait_for_a_verified_address_unless_relaxed(unverified, settings):
    with pytest.raises(ApplicationError) as excinfo:
        credentials.email_verified_require(user=unverified)
    assert (excinfo.value.code, excinfo.value.status) == ("email_unverified", 403)

    settings.CLIPMIX_REQUIRE_VERIFIED_EMAIL = False
    credentials.email_verified_require(user=unverified)
