"""CSRF on every address that can change state: pages, admin and both APIs.

The addresses come from walking the URL resolver, so a page added later is swept too: a
logged-in session that posts without the token is refused everywhere and nothing changes. Every
page that takes a POST has a row below showing that the same request with the token works; a
page without a row must refuse POST outright (405), so a new form cannot go unnoticed. Token
authentication (``Authorization: Token``) is exempt by design: a browser never sends that header
cross-site, so it cannot be forged by another origin.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from apps.accounts.credentials import api_token_issue, email_verification_tokens, user_uidb64
from apps.accounts.models import ApiToken, Block, BrowserSession, DataExport, Follow, User
from apps.comments.models import Comment, CommentReport
from apps.core.errors import CSRF_FAILED
from apps.moderation.models import Appeal, ModerationCase
from apps.privacy.models import AccountPrivacy, RemixAudience
from apps.privacy.services import account_privacy_update
from apps.remix.models import RemixJob
from apps.videos.models import Like, Video
from tests.factories import PASSWORD, RemixJobFactory
from tests.security.addresses import ADMIN, API, PAGES, Address
from tests.security.conftest import jpeg_bytes

UNSAFE_METHODS = ("post", "put", "patch", "delete")

# Addresses that authenticate no session, so a forged request carries no one's authority:
# signing up and asking for a token take credentials in the body, and checking an image's
# Content Credentials reads nothing but the upload.
SESSIONLESS = {"account-sign-up", "auth-token", "auth-password-reset", "remix_api:verify"}


def _rows() -> dict[str, list[str]]:
    """Every row of every table, to show that a refused request changed nothing."""
    return {
        model._meta.label: sorted(repr(row) for row in model._base_manager.values_list())
        for model in apps.get_models()
        if not model._meta.proxy
    }


def _with_cookie(client: Client) -> Client:
    """A browser that has the CSRF cookie from an earlier page, as a forger's victim would."""
    client.get("/credentials/")  # a page with a form, for anyone
    assert settings.CSRF_COOKIE_NAME in client.cookies
    return client


def _token(client: Client) -> str:
    return client.cookies[settings.CSRF_COOKIE_NAME].value


def _is_csrf_refusal(response) -> bool:
    if response.status_code != 403:
        return False
    if response["Content-Type"].startswith("application/json"):
        return response.json() == {"message": CSRF_FAILED, "code": "csrf_failed", "extra": {}}
    return b"Your session expired" in response.content


# --- Without the token, nothing anywhere -------------------------------------------------


def _sweep(client: Client, addresses: list[Address], sample_path) -> dict[str, str]:
    """Each unsafe method on each address; what answered other than a CSRF refusal."""
    wrong = {}
    for address in addresses:
        path = sample_path(address)
        for method in UNSAFE_METHODS:
            response = getattr(client, method)(path)
            if address.key in SESSIONLESS:
                allowed = response.status_code in {400, 405, 422}
            elif address.is_api and not hasattr(address.callback, "cls"):
                # A Ninja path answers 405 for a method none of its operations takes, before
                # any authentication; the methods it takes must pass the session's CSRF check.
                allowed = _is_csrf_refusal(response) or response.status_code == 405
            elif not response["Content-Type"].startswith(("application/json", "text/html")):
                # The schema view renders its refusal in the schema's own format (YAML).
                allowed = response.status_code == 403 and b"code: csrf_failed" in response.content
            elif address.route == "api/v1/docs/":
                allowed = response.status_code == 403  # Swagger's page renders DRF's refusal
            else:
                allowed = _is_csrf_refusal(response)
            if not allowed:
                wrong[f"{method.upper()} {path} ({address.key})"] = str(response.status_code)
    return wrong


def test_a_session_without_the_token_is_refused_by_every_page_and_api_and_changes_nothing(
    client_as, sample_path
):
    client = _with_cookie(client_as("creator", enforce_csrf_checks=True))
    before = _rows()

    wrong = _sweep(client, PAGES + API, sample_path)

    assert wrong == {}
    assert _rows() == before


def test_a_moderator_without_the_token_is_refused_by_every_admin_page(client_as, sample_path):
    client = _with_cookie(client_as("moderator", enforce_csrf_checks=True))
    before = _rows()

    wrong = _sweep(client, ADMIN, sample_path)

    assert wrong == {}
    assert _rows() == before


@pytest.mark.parametrize("name", sorted(SESSIONLESS))
def test_the_sessionless_addresses_ignore_the_session(client_as, actors, name):
    """What a forged request could do there, a stranger could do from anywhere: the logged-in
    victim's session lends it nothing."""
    client = _with_cookie(client_as("creator", enforce_csrf_checks=True))
    path = "/" + next(a.route for a in API if a.key == name)

    response = client.post(path, {}, content_type="application/json")

    assert response.status_code in {400, 422}
    assert set(response.json()) == {"message", "code", "extra"}
    assert not ApiToken.objects.filter(user=actors["creator"]).exists()


# --- With the token, every form works ------------------------------------------------------


@dataclass
class Form:
    """One page's POST: who sends it, to where, with what, and how to see that it acted."""

    role: str
    path: str
    data: dict[str, Any]
    done: Callable[[Client, Any], bool]
    # What the browser did before posting (opened a mailed link), if anything.
    prepare: Callable[[Client], None] | None = None


def _sign_up(w) -> Form:
    data = {"username": "newcomer", "email": "new@example.com", "password": "a-l0ng-passphrase"}
    return Form(
        "anonymous", "/signup", data, lambda *_: User.objects.filter(username="newcomer").exists()
    )


def _log_in(w) -> Form:
    return Form(
        "anonymous",
        "/login",
        {"username": "creator", "password": PASSWORD},
        lambda client, _: client.get("/settings/profile").status_code == 200,
    )


def _log_out(w) -> Form:
    return Form(
        "creator",
        "/logout",
        {},
        lambda client, _: client.get("/settings/profile").status_code == 302,
    )


def _profile_edit(w) -> Form:
    return Form(
        "creator",
        "/settings/profile",
        {"display_name": "Renamed", "bio": ""},
        lambda *_: User.objects.get(username="creator").display_name == "Renamed",
    )


def _follow(w) -> Form:
    return Form(
        "creator",
        "/@stranger/follow",
        {},
        lambda *_: Follow.objects.filter(follower__username="creator").exists(),
    )


def _block(w) -> Form:
    return Form(
        "creator",
        "/@stranger/block",
        {},
        lambda *_: Block.objects.filter(
            blocker__username="creator", blocked__username="stranger"
        ).exists(),
    )


def _comment(w) -> Form:
    video = w["video"]
    return Form(
        "creator",
        f"/v/{video.pk}/comments",
        {"body": "a forged comment?"},
        lambda *_: Comment.objects.filter(body="a forged comment?").exists(),
    )


def _comment_delete(w) -> Form:
    comment = w["comment"]
    return Form(
        "creator",
        f"/comments/{comment.pk}/delete",
        {},
        lambda *_: Comment.objects.get(pk=comment.pk).status == Comment.Status.REMOVED,
    )


def _comment_report(w) -> Form:
    comment = w["comment"]
    return Form(
        "requester",
        f"/comments/{comment.pk}/report",
        {"reason": "spam", "text": "a forged report?"},
        lambda *_: CommentReport.objects.filter(comment=comment, text="a forged report?").exists(),
    )


def _case_appeal(w) -> Form:
    case = w["case"]
    ModerationCase.objects.filter(pk=case.pk).update(
        status=ModerationCase.Status.REJECTED, decided_at=timezone.now()
    )
    return Form(
        "requester",
        f"/settings/standing/cases/{case.pk}/appeal",
        {"text": "It was a joke about my own cat."},
        lambda *_: Appeal.objects.filter(case=case).exists(),
    )


def _strike_appeal(w) -> Form:
    strike = w["strike"]
    return Form(
        "requester",
        f"/settings/standing/strikes/{strike.pk}/appeal",
        {"text": "Please look again."},
        lambda *_: Appeal.objects.filter(strike=strike).exists(),
    )


def _notifications_read(w) -> Form:
    return Form(
        "creator",
        "/notifications/read",
        {},
        lambda *_: (
            not User.objects.get(username="creator")
            .notifications.filter(read_at__isnull=True)
            .exists()
        ),
    )


PRIVATE = {
    "visibility": "private",
    "comment_audience": "no_one",
    "remix_audience": "no_one",
}


def _video_privacy(w) -> Form:
    video = w["video"]
    return Form(
        "creator",
        f"/v/{video.pk}/privacy",
        # The video has a published remix these settings no longer allow: keep it.
        {**PRIVATE, "remixes": "keep"},
        lambda *_: Video.objects.get(pk=video.pk).privacy.visibility == "private",
    )


def _account_privacy(w) -> Form:
    return Form(
        "creator",
        "/settings/privacy",
        PRIVATE,
        lambda *_: AccountPrivacy.objects.filter(
            user__username="creator", remix_audience=RemixAudience.NO_ONE
        ).exists(),
    )


def _apply_to_all(w) -> Form:
    video = w["video"]
    account_privacy_update(user=video.owner, **{**PRIVATE, "visibility": "public"})
    return Form(
        "creator",
        "/settings/privacy/apply-to-all",
        {},
        lambda *_: Video.objects.get(pk=video.pk).privacy.remix_audience == RemixAudience.NO_ONE,
    )


def _verify(w) -> Form:
    """Stores nothing: it works when the page shows a report about the image."""
    return Form(
        "stranger",
        "/credentials/",
        {"image": SimpleUploadedFile("photo.jpg", jpeg_bytes(), content_type="image/jpeg")},
        lambda _, response: b'data-c2pa-state="absent"' in response.content,
    )


def _composer(w) -> Form:
    video = w["video"]
    return Form(
        "requester",
        f"/v/{video.pk}/remix",
        {"at_seconds": "1", "kind": "restyle", "prompt": "make it a watercolour"},
        lambda *_: RemixJob.objects.filter(prompt="make it a watercolour").exists(),
    )


def _composer_of_remix(w) -> Form:
    job = w["job"]  # the requester's published remix; its video's creator remixes it
    return Form(
        "creator",
        f"/remixes/{job.pk}/remix",
        {"at_seconds": "1", "kind": "caption_only", "prompt": "", "caption": "chained"},
        lambda *_: RemixJob.objects.filter(parent=job).exists(),
    )


def _remixer_decide(w) -> Form:
    job = w["job"]
    held = RemixJobFactory(
        requester=job.creator,
        video=job.video,
        parent=job,
        chain_depth=1,
        status=RemixJob.Status.IN_REVIEW,
    )
    held.remixer_approvers.add(job.requester)
    return Form(
        "requester",
        f"/studio/remixes/{held.pk}/as-remixer",
        {"action": "decline"},
        lambda *_: RemixJob.objects.get(pk=held.pk).status == RemixJob.Status.REJECTED,
    )


def _studio_decide(w) -> Form:
    job = w["job"]
    return Form(
        "creator",
        f"/studio/remixes/{job.pk}",
        {"action": "remove"},
        lambda *_: RemixJob.objects.get(pk=job.pk).reason_code == "removed_by_creator",
    )


def _studio_block(w) -> Form:
    job = w["job"]
    return Form(
        "creator",
        f"/studio/remixes/{job.pk}/block",
        {"also_remove": "on"},
        lambda *_: (
            RemixJob.objects.get(pk=job.pk).status == RemixJob.Status.REMOVED
            and Block.objects.filter(blocker=job.creator, blocked=job.requester).exists()
        ),
    )


def _upload(w) -> Form:
    return Form(
        "creator",
        "/upload",
        {"caption": "forged upload?", "file": w["upload_of"]("mp4")},
        lambda *_: Video.objects.filter(caption="forged upload?").exists(),
    )


def _like(w) -> Form:
    video = w["video"]
    return Form(
        "stranger",
        f"/v/{video.pk}/like",
        {},
        lambda *_: Like.objects.filter(video=video, user__username="stranger").exists(),
    )


def _video_delete(w) -> Form:
    video = w["video"]
    return Form(
        "creator",
        f"/v/{video.pk}/delete",
        {},
        lambda *_: not Video.objects.filter(pk=video.pk).exists(),
    )


def _admin_case_decision(w) -> Form:
    case = w["case"]
    return Form(
        "moderator",
        f"/admin/moderation/moderationcase/{case.pk}/change/",
        {"decision": "approve", "message": "Fine after all."},
        lambda *_: ModerationCase.objects.get(pk=case.pk).decided_at is not None,
    )


def _token_create(w) -> Form:
    return Form(
        "creator",
        "/settings/security/tokens",
        {"name": "forged?"},
        lambda *_: ApiToken.objects.filter(name="forged?").exists(),
    )


def _token_revoke(w) -> Form:
    token, _ = api_token_issue(user=w["video"].owner, name="mine")
    return Form(
        "creator",
        f"/settings/security/tokens/{token.pk}/revoke",
        {},
        lambda *_: not ApiToken.objects.filter(pk=token.pk).exists(),
    )


def _session_revoke(w) -> Form:
    other = Client()
    other.force_login(w["video"].owner)
    session = BrowserSession.objects.get(session_key=other.session.session_key)
    return Form(
        "creator",
        f"/settings/security/sessions/{session.pk}/revoke",
        {},
        lambda *_: not BrowserSession.objects.filter(pk=session.pk).exists(),
    )


def _password_change(w) -> Form:
    return Form(
        "creator",
        "/settings/password",
        {"current_password": PASSWORD, "new_password": "a-new-l0ng-passphrase"},
        lambda *_: User.objects.get(username="creator").check_password("a-new-l0ng-passphrase"),
    )


def _email_verification_send(w) -> Form:
    User.objects.filter(username="creator").update(email_verified_at=None)
    return Form(
        "creator",
        "/settings/verify-email",
        {},
        lambda _, response: (
            response.status_code == 302 and response["Location"] == "/settings/security"
        ),
    )


def _email_verify(w) -> Form:
    User.objects.filter(username="creator").update(email_verified_at=None)
    user = User.objects.get(username="creator")
    token = email_verification_tokens.make_token(user)
    return Form(
        "anonymous",
        f"/verify-email/{user_uidb64(user)}/{token}",
        {},
        lambda *_: User.objects.get(username="creator").email_verified,
    )


def _password_reset(w) -> Form:
    return Form(
        "anonymous",
        "/password-reset",
        {"email": "creator@example.com"},
        lambda _, response: b"data-reset-sent" in response.content,
    )


def _password_reset_confirm(w) -> Form:
    user = User.objects.get(username="creator")
    link = f"/password-reset/{user_uidb64(user)}/{default_token_generator.make_token(user)}"
    return Form(
        "anonymous",
        f"/password-reset/{user_uidb64(user)}/set-password",
        {"new_password1": "a-new-l0ng-passphrase", "new_password2": "a-new-l0ng-passphrase"},
        lambda *_: User.objects.get(username="creator").check_password("a-new-l0ng-passphrase"),
        prepare=lambda client: client.get(link),
    )


def _account_delete(w) -> Form:
    return Form(
        "stranger",
        "/settings/delete",
        {"password": PASSWORD, "confirmation": "stranger"},
        lambda *_: not User.objects.get(username="stranger").is_active,
    )


def _data_export(w) -> Form:
    return Form(
        "requester",
        "/settings/export",
        {},
        lambda *_: DataExport.objects.filter(user__username="requester").exists(),
    )


def _remixes_in_comments(w) -> Form:
    return Form(
        "requester",
        "/settings/remixes-in-comments",
        {"remixes_in_comments": "hidden"},
        lambda *_: User.objects.get(username="requester").remixes_in_comments == "hidden",
    )


POST_FORMS: dict[str, Callable[[dict[str, Any]], Form]] = {
    "accounts:data_export": _data_export,
    "accounts:remixes_in_comments": _remixes_in_comments,
    "accounts:account_delete": _account_delete,
    "accounts:token_create": _token_create,
    "accounts:token_revoke": _token_revoke,
    "accounts:session_revoke": _session_revoke,
    "accounts:password_change": _password_change,
    "accounts:email_verification_send": _email_verification_send,
    "accounts:email_verify": _email_verify,
    "accounts:password_reset": _password_reset,
    "accounts:password_reset_confirm": _password_reset_confirm,
    "accounts:sign_up": _sign_up,
    "accounts:login": _log_in,
    "accounts:logout": _log_out,
    "accounts:profile_edit": _profile_edit,
    "accounts:follow": _follow,
    "accounts:block": _block,
    "comments:create": _comment,
    "comments:delete": _comment_delete,
    "comments:report": _comment_report,
    "moderation:case_appeal": _case_appeal,
    "moderation:strike_appeal": _strike_appeal,
    "notifications:read": _notifications_read,
    "privacy:video": _video_privacy,
    "privacy:account": _account_privacy,
    "privacy:apply_to_all": _apply_to_all,
    "provenance:credentials": _verify,
    "remix:composer": _composer,
    "remix:composer_of_remix": _composer_of_remix,
    "remix:remixer_decide": _remixer_decide,
    "remix:studio_decide": _studio_decide,
    "remix:studio_block": _studio_block,
    "videos:upload": _upload,
    "videos:like": _like,
    "videos:delete": _video_delete,
    # Admin's own forms are Django's; the review form is ours.
    "admin:moderation_moderationcase_change": _admin_case_decision,
}


@pytest.mark.parametrize("name", sorted(POST_FORMS))
def test_a_form_refused_without_the_token_works_with_it(name, world, client_as, upload_of):
    form = POST_FORMS[name]({**world, "upload_of": upload_of})
    client = _with_cookie(client_as(form.role, enforce_csrf_checks=True))
    if form.prepare is not None:
        form.prepare(client)
    before = _rows()

    refused = client.post(form.path, form.data)

    assert _is_csrf_refusal(refused), refused.status_code
    assert not form.done(client, refused)
    assert _rows() == before
    for upload in form.data.values():
        if hasattr(upload, "seek"):
            upload.seek(0)
    accepted = client.post(form.path, {**form.data, "csrfmiddlewaretoken": _token(client)})
    assert accepted.status_code in {200, 302}, accepted.content[:500]
    assert form.done(client, accepted)


READ_ONLY_PAGES = {
    "healthz",
    "accounts:security",
    "accounts:data_export_download",
    "videos:feed",
    "videos:feed_more",
    "videos:detail",
    "videos:hashtag",
    "accounts:profile",
    "notifications:list",
    "moderation:standing",
    "remix:mine",
    "remix:studio",
    "remix:studio_remove",
    "remix:credentials",
    "media",
    "search:search",
    "search:discover",
}


def test_every_page_either_has_a_post_form_row_or_refuses_post():
    pages = {address.key for address in PAGES}

    assert pages == (set(POST_FORMS) - {"admin:moderation_moderationcase_change"}) | (
        READ_ONLY_PAGES
    ), "a new page needs a row in POST_FORMS, or a place in READ_ONLY_PAGES"


@pytest.mark.parametrize("name", sorted(READ_ONLY_PAGES))
def test_a_read_only_page_refuses_post_even_with_the_token(name, client_as, sample_path):
    client = _with_cookie(client_as("creator", enforce_csrf_checks=True))
    address = next(address for address in PAGES if address.key == name)
    before = _rows()

    response = client.post(sample_path(address), {"csrfmiddlewaretoken": _token(client)})

    assert response.status_code == 405
    assert _rows() == before


# --- The APIs: the session needs the token, a token needs nothing more --------------------


def _remix_payload(video: Video) -> dict[str, Any]:
    return {"video_id": video.pk, "at_seconds": 1.0, "kind": "restyle", "prompt": "sketch it"}


def test_a_session_remix_request_needs_the_csrf_header(world, client_as):
    client = _with_cookie(client_as("requester", enforce_csrf_checks=True))
    payload = _remix_payload(world["video"])
    jobs = RemixJob.objects.filter(prompt="sketch it")

    refused = client.post("/api/v1/remix/jobs", payload, content_type="application/json")
    wrong = client.post(
        "/api/v1/remix/jobs", payload, content_type="application/json", HTTP_X_CSRFTOKEN="x" * 32
    )

    assert _is_csrf_refusal(refused)
    assert _is_csrf_refusal(wrong)
    assert not jobs.exists()
    accepted = client.post(
        "/api/v1/remix/jobs",
        payload,
        content_type="application/json",
        HTTP_X_CSRFTOKEN=_token(client),
    )
    assert accepted.status_code == 201
    assert jobs.count() == 1


def test_a_session_rest_write_needs_the_csrf_header(client_as):
    client = _with_cookie(client_as("creator", enforce_csrf_checks=True))
    follows = Follow.objects.filter(follower__username="creator", followee__username="stranger")

    refused = client.post("/api/v1/accounts/stranger/follow/")

    assert _is_csrf_refusal(refused)
    assert not follows.exists()
    accepted = client.post("/api/v1/accounts/stranger/follow/", HTTP_X_CSRFTOKEN=_token(client))
    assert accepted.status_code in {200, 201, 204}
    assert follows.exists()


def test_token_authenticated_writes_need_no_csrf_token(world, api_as):
    api = api_as("requester")
    api.enforce_csrf_checks = True
    api.handler.enforce_csrf_checks = True

    remix = api.post("/api/v1/remix/jobs", _remix_payload(world["video"]), format="json")
    follow = api.post("/api/v1/accounts/stranger/follow/")

    assert remix.status_code == 201
    assert follow.status_code in {200, 201, 204}


def test_a_bad_token_header_does_not_carry_a_session_write_past_csrf(world, client_as):
    """An ``Authorization`` header that authenticates no one falls back to the session, whose
    CSRF check still applies (Ninja), or is refused outright (REST)."""
    client = _with_cookie(client_as("requester", enforce_csrf_checks=True))
    bad = {"HTTP_AUTHORIZATION": "Token not-a-real-token"}

    remix = client.post(
        "/api/v1/remix/jobs",
        _remix_payload(world["video"]),
        content_type="application/json",
        **bad,
    )
    follow = client.post("/api/v1/accounts/stranger/follow/", **bad)

    assert _is_csrf_refusal(remix)
    assert follow.status_code == 401
    assert not RemixJob.objects.filter(prompt="sketch it").exists()
    assert not Follow.objects.filter(follower__username="requester").exists()
