"""Who may reach what, beyond the privacy matrix over videos and comments (tests/privacy): the
remix jobs API, the remix, studio, credentials, notifications and standing pages, admin, remix
media and the user socket. Every row names each actor; another person's object is a 404 that
says nothing about it (no IDOR), never a 403 that confirms it exists."""

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client
from django.urls import reverse

from apps.accounts.credentials import api_token_authenticate, api_token_issue
from apps.accounts.models import BrowserSession
from apps.moderation.models import Appeal
from apps.remix.models import RemixJob
from apps.remix.services import requesting
from config.asgi import application
from tests import sockets
from tests.security.conftest import ACTORS, ready_export

Status = RemixJob.Status
JOB_API = "/api/v1/remix/jobs"


def _table(expected: dict[str, object]) -> list[tuple[str, object]]:
    assert set(expected) == set(ACTORS), "every table names every actor"
    return list(expected.items())


def _refusal(response) -> dict:
    body = response.json()
    assert {"message", "code"} <= set(body)
    return body


# --- The remix jobs API --------------------------------------------------------------------

JOB_DETAIL = {
    "anonymous": 401,
    "stranger": 404,
    "requester": 200,
    "creator": 200,
    "blocked": 404,
    "moderator": 200,
}


@pytest.mark.parametrize(("role", "status"), _table(JOB_DETAIL))
def test_a_job_is_seen_by_its_requester_creator_and_moderators_only(api_as, job_of, role, status):
    job = job_of(Status.PUBLISHED)

    response = api_as(role).get(f"{JOB_API}/{job.pk}")

    assert response.status_code == status
    if status == 200:
        assert response.json()["id"] == job.pk
    else:
        assert job.prompt not in response.content.decode()
        assert _refusal(response)["code"] in {"not_found", "not_authenticated"}


def test_an_unknown_job_and_someone_elses_job_answer_the_same(api_as, job_of):
    """No oracle: a stranger cannot tell another person's job from one that does not exist."""
    job = job_of()
    stranger = api_as("stranger")

    theirs = stranger.get(f"{JOB_API}/{job.pk}")
    missing = stranger.get(f"{JOB_API}/{job.pk + 1000}")

    assert (theirs.status_code, theirs.json()) == (missing.status_code, missing.json())


CANCEL = {
    "anonymous": 401,
    "stranger": 404,
    "requester": 200,
    "creator": 403,  # sees the job (studio), may decline it there, but not cancel it
    "blocked": 404,
    "moderator": 403,
}


@pytest.mark.parametrize(("role", "status"), _table(CANCEL))
def test_only_the_requester_cancels_a_job(api_as, job_of, role, status):
    job = job_of(Status.QUEUED)

    response = api_as(role).post(f"{JOB_API}/{job.pk}/cancel")

    assert response.status_code == status
    job.refresh_from_db()
    assert job.status == (Status.CANCELLED if status == 200 else Status.QUEUED)
    if status != 200:
        _refusal(response)


RETRY = {**CANCEL, "requester": 201}


@pytest.mark.parametrize(("role", "status"), _table(RETRY))
def test_only_the_requester_retries_a_failed_job(api_as, job_of, role, status):
    job = job_of(Status.FAILED)

    response = api_as(role).post(f"{JOB_API}/{job.pk}/retry")

    assert response.status_code == status
    retries = RemixJob.objects.filter(retry_of=job)
    assert retries.count() == (1 if status == 201 else 0)
    if status == 201:
        assert retries.get().requester == job.requester


@pytest.mark.parametrize("role", [role for role in ACTORS if role != "anonymous"])
def test_the_job_list_holds_only_my_own_jobs(api_as, actors, job_of, role):
    job_of(Status.PUBLISHED)
    job_of(Status.QUEUED, requester="stranger")

    for query in ("", "?mine=1", "?mine=true"):
        response = api_as(role).get(f"{JOB_API}{query}")
        assert response.status_code == 200
        assert {job["requester"] for job in response.json()} <= {actors[role].username}
    everyone = api_as(role).get(f"{JOB_API}?mine=0")
    assert everyone.status_code == 422
    assert _refusal(everyone)["code"] == "invalid_filter"


def test_the_job_list_needs_a_login(api_as):
    response = api_as("anonymous").get(f"{JOB_API}?mine=1")

    assert response.status_code == 401
    assert _refusal(response)["code"] == "not_authenticated"


VIDEO_REMIXES = {
    # A video one may watch but not manage is a 403 (its existence is no secret); one that one
    # may not watch is a 404.
    "public": {
        "anonymous": 401,
        "stranger": 403,
        "requester": 403,
        "creator": 200,
        "blocked": 404,
        "moderator": 403,  # moderators read remixes in admin, not as the creator
    },
    "private": {
        "anonymous": 401,
        "stranger": 404,
        "requester": 404,
        "creator": 200,
        "blocked": 404,
        "moderator": 403,
    },
}


@pytest.mark.parametrize("visibility", VIDEO_REMIXES)
def test_a_videos_remix_list_is_its_creators(api_as, job_of, video_of_creator, visibility):
    job = job_of(Status.PUBLISHED, video=video_of_creator(visibility=visibility))

    for role, status in _table(VIDEO_REMIXES[visibility]):
        response = api_as(role).get(f"/api/v1/remix/videos/{job.video_id}/remixes")
        assert response.status_code == status, role
        if status == 200:
            assert [item["id"] for item in response.json()] == [job.pk]
        else:
            assert job.prompt not in response.content.decode()
            _refusal(response)


# --- Pages ---------------------------------------------------------------------------------

LOGIN_PAGE = 302  # login_required sends the anonymous to the log-in page


@pytest.mark.parametrize(
    ("visibility", "expected"),
    [
        (
            "public",
            {
                "anonymous": LOGIN_PAGE,
                "stranger": 200,
                "requester": 200,
                "creator": 200,
                "blocked": 404,
                "moderator": 200,
            },
        ),
        (
            "private",
            {
                "anonymous": LOGIN_PAGE,
                "stranger": 404,
                "requester": 404,
                "creator": 200,
                "blocked": 404,
                "moderator": 200,  # staff view every video; the form says they may not remix
            },
        ),
    ],
)
def test_the_remix_composer_follows_the_view_rule(
    client_as, video_of_creator, visibility, expected
):
    video = video_of_creator(visibility=visibility)

    for role, status in _table(expected):
        response = client_as(role).get(f"/v/{video.pk}/remix")
        assert response.status_code == status, role
        if status == LOGIN_PAGE:
            assert response["Location"].startswith(reverse("accounts:login"))


def test_posting_the_composer_for_a_video_i_may_not_see_creates_nothing(
    client_as, video_of_creator
):
    video = video_of_creator(visibility="private")
    form = {"at_seconds": "1", "kind": "restyle", "prompt": "make it a watercolour"}

    for role in ("stranger", "blocked", "requester"):
        assert client_as(role).post(f"/v/{video.pk}/remix", form).status_code == 404
    assert not RemixJob.objects.exists()


@pytest.mark.parametrize("role", ACTORS)
def test_my_remixes_and_the_studio_show_only_my_own(client_as, job_of, role):
    job = job_of(Status.PUBLISHED)
    shows = {"/remixes": role == "requester", "/studio/remixes": role == "creator"}

    for path, visible in shows.items():
        response = client_as(role).get(path)
        if role == "anonymous":
            assert response.status_code == LOGIN_PAGE
            continue
        assert response.status_code == 200
        assert (job.prompt in response.content.decode()) is visible, path


STUDIO_DECIDE = {
    "anonymous": LOGIN_PAGE,
    "stranger": 404,
    "requester": 404,
    "creator": 302,  # done, back to the studio
    "blocked": 404,
    "moderator": 404,
}


@pytest.mark.parametrize(("role", "status"), _table(STUDIO_DECIDE))
def test_only_the_creator_removes_a_remix_in_the_studio(client_as, job_of, role, status):
    job = job_of(Status.PUBLISHED)

    response = client_as(role).post(f"/studio/remixes/{job.pk}", {"action": "remove"})

    assert response.status_code == status
    job.refresh_from_db()
    assert job.status == (Status.REMOVED if role == "creator" else Status.PUBLISHED)


@pytest.mark.parametrize(
    ("visibility", "allowed"),
    [
        ("public", {"anonymous", "stranger", "requester", "creator", "moderator"}),
        ("followers", {"creator", "moderator"}),
        ("private", {"creator", "moderator"}),
    ],
)
def test_a_remixs_credentials_page_follows_the_videos_view_rule(
    client_as, job_of, video_of_creator, visibility, allowed
):
    job = job_of(Status.PUBLISHED, video=video_of_creator(visibility=visibility))

    for role in ACTORS:
        response = client_as(role).get(f"/credentials/{job.pk}")
        assert response.status_code == (200 if role in allowed else 404), role
        assert (job.output_image.url in response.content.decode()) is (role in allowed)


@pytest.mark.parametrize("status", [Status.QUEUED, Status.IN_REVIEW, Status.REJECTED])
def test_an_unpublished_remix_has_no_credentials_page_for_anyone(client_as, job_of, status):
    job = job_of(status)

    assert {client_as(role).get(f"/credentials/{job.pk}").status_code for role in ACTORS} == {404}


@pytest.mark.parametrize("role", ACTORS)
def test_notifications_reach_only_their_recipient(client_as, api_as, actors, notify, role):
    notification = notify(actors["creator"], "@requester remixed your video (private note)")

    page = client_as(role).get("/notifications")
    api = api_as(role).get("/api/v1/notifications/")
    mark = api_as(role).post("/api/v1/notifications/read/", {"ids": [notification.pk]})

    if role == "anonymous":
        assert page.status_code == LOGIN_PAGE
        assert (api.status_code, mark.status_code) == (401, 401)
        return
    mine = role == "creator"
    assert (notification.text in page.content.decode()) is mine
    assert [item["id"] for item in api.json()["results"]] == ([notification.pk] if mine else [])
    notification.refresh_from_db()
    assert (notification.read_at is not None) is mine  # the page marks only my own read


@pytest.mark.parametrize("role", ACTORS)
def test_standing_and_appeals_belong_to_the_author(client_as, rejected_remix_case, role):
    case, strike = rejected_remix_case
    client = client_as(role)

    page = client.get("/settings/standing")
    appeals = [
        client.post(f"/settings/standing/cases/{case.pk}/appeal", {"text": "please"}),
        client.post(f"/settings/standing/strikes/{strike.pk}/appeal", {"text": "please"}),
    ]

    if role == "anonymous":
        assert {page.status_code, *(r.status_code for r in appeals)} == {LOGIN_PAGE}
        return
    mine = role == "requester"
    assert page.status_code == 200
    assert ("A strike only its owner may read." in page.content.decode()) is mine
    assert {r.status_code for r in appeals} == ({302} if mine else {404})
    assert Appeal.objects.filter(strike=strike).exists() is mine
    assert not Appeal.objects.exclude(appellant__username="requester").exists()


# --- Admin ---------------------------------------------------------------------------------

ADMIN_PAGES = [
    "admin:index",
    "admin:moderation_moderationcase_changelist",
    "admin:moderation_auditentry_changelist",
    "admin:moderation_dashboard",
]


@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_admin_is_for_staff_and_moderation_for_moderators(client_as, name):
    url = reverse(name)

    for role in ("anonymous", "stranger", "requester", "creator", "blocked"):
        response = client_as(role).get(url)
        assert response.status_code == 302, role
        assert response["Location"].startswith(reverse("admin:login")), role
    assert client_as("moderator").get(url).status_code == 200
    staff = client_as("staff").get(url)
    if name == "admin:index":
        assert staff.status_code == 200
        assert b"Moderation cases" not in staff.content
    else:
        assert staff.status_code == 403


def test_staff_without_the_moderators_group_cannot_open_a_case(client_as, rejected_remix_case):
    case, _ = rejected_remix_case
    url = reverse("admin:moderation_moderationcase_change", args=[case.pk])

    assert client_as("staff").get(url).status_code == 403
    assert client_as("moderator").get(url).status_code == 200


# --- Media ---------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ACTORS)
def test_remix_media_names_reach_only_those_who_may_see_the_remix(
    client_as, api_as, job_of, video_of_creator, role
):
    """Remix images are access-checked (tests/security/test_media_access.py) and also have
    unguessable names: a remix of a private video must never print its name, nor its source
    frame's, to anyone but its requester (the API), creator and moderators."""
    video = video_of_creator(visibility="private")
    job = job_of(Status.PUBLISHED, video=video)
    secret_names = [job.output_image.name.rsplit("/", 1)[1], job.source_frame.name]
    responses = [
        client_as(role).get(path)
        for path in (f"/v/{video.pk}", "/remixes", "/studio/remixes", f"/credentials/{job.pk}")
    ]
    responses += [
        api_as(role).get(path)
        for path in (
            f"{JOB_API}/{job.pk}",
            f"{JOB_API}?mine=1",
            f"/api/v1/videos/{video.pk}/comments/",
            f"/api/v1/remix/videos/{video.pk}/remixes",
        )
    ]

    printed = "".join(response.content.decode() for response in responses)

    may_see = {"requester", "creator", "moderator"}
    assert (secret_names[0] in printed) is (role in may_see)
    assert secret_names[1] not in printed  # the source frame is for moderators in admin only


def test_remix_media_names_cannot_be_guessed(job_of):
    job = job_of(Status.PUBLISHED)
    from apps.remix.services.outcomes import file_name_unguessable

    names = {file_name_unguessable() for _ in range(200)}
    assert len(names) == 200
    assert all(len(name.removesuffix(".jpg")) >= 22 for name in names)  # >= 128 random bits
    assert job.output_image.name.startswith("remixes/")


def test_a_video_file_of_a_private_video_is_a_404_to_a_stranger(client_as, job_of, settings):
    """Protected video files (tests/privacy covers the roles); a remix's source video too."""
    job = job_of(Status.PUBLISHED, video=None)
    name = job.video.file.name
    from apps.privacy.services import video_privacy_update

    video_privacy_update(video=job.video, visibility="private")
    (settings.MEDIA_ROOT / name).parent.mkdir(parents=True, exist_ok=True)
    (settings.MEDIA_ROOT / name).write_bytes(b"\x00" * 64)

    assert client_as("stranger").get(f"/media/{name}").status_code == 404
    assert client_as("requester").get(f"/media/{name}").status_code == 404
    assert client_as("creator").get(f"/media/{name}").status_code == 200


# --- The user socket -----------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_remix_updates_reach_only_the_requesters_socket(actors, job_of, client_as):
    job = job_of(Status.QUEUED)
    listeners = ["requester", "creator", "stranger", "blocked", "moderator"]
    sessions = {role: client_as(role).cookies["sessionid"].value for role in listeners}

    async def scenario():
        sockets = {}
        for role, session in sessions.items():
            communicator = WebsocketCommunicator(
                application,
                "/ws/me/",
                headers=[
                    (b"origin", b"http://localhost"),
                    (b"cookie", f"sessionid={session}".encode()),
                ],
            )
            connected, _ = await communicator.connect(timeout=5)
            assert connected, role
            sockets[role] = communicator
        await sync_to_async(requesting.remix_job_cancel)(job=job, actor=actors["requester"])
        received = {}
        for role, communicator in sockets.items():
            events = []
            while not await communicator.receive_nothing(timeout=0.3):
                events.append(await communicator.receive_json_from())
            await communicator.disconnect()
            received[role] = [event for event in events if event["type"] == "remix.updated"]
        return received

    received = async_to_sync(scenario)()

    assert [event["job"]["status"] for event in received.pop("requester")] == ["cancelled"]
    assert received == {role: [] for role in listeners if role != "requester"}


@pytest.mark.django_db(transaction=True)
def test_the_user_socket_refuses_the_anonymous_and_other_origins(client_as, actors):
    from apps.realtime.consumers import CLOSE_NOT_AUTHENTICATED

    session = client_as("requester").cookies["sessionid"].value

    async def connect(headers):
        communicator = WebsocketCommunicator(application, "/ws/me/", headers=headers)
        connected, code = await sockets.connect(communicator)
        if connected:
            await communicator.disconnect()
        return connected, code

    anonymous = async_to_sync(connect)([(b"origin", b"http://localhost")])
    foreign = async_to_sync(connect)(
        [(b"origin", b"https://evil.example"), (b"cookie", f"sessionid={session}".encode())]
    )
    no_origin = async_to_sync(connect)([(b"cookie", f"sessionid={session}".encode())])

    assert anonymous == (False, CLOSE_NOT_AUTHENTICATED)
    assert foreign[0] is False
    assert no_origin[0] is False


def test_the_public_account_api_shows_the_month_someone_joined_not_a_timestamp(
    api_client, user_factory
):
    account = user_factory(username="joiner")

    body = api_client.get("/api/v1/accounts/joiner/").json()

    assert body["date_joined"] == account.date_joined.strftime("%Y-%m")


# --- Account credentials, exports (issue 21) ---------------------------------------------------

CREDENTIAL_REVOKE = {
    "anonymous": 401,
    "stranger": 404,
    "requester": 404,
    "creator": 204,
    "blocked": 404,
    "moderator": 404,  # staff cannot end someone's sessions or tokens either
}


@pytest.mark.parametrize(("role", "status"), _table(CREDENTIAL_REVOKE))
def test_only_the_owner_revokes_a_token_or_ends_a_session(api_as, actors, role, status):
    token, key = api_token_issue(user=actors["creator"])
    browser = Client()
    browser.force_login(actors["creator"])
    session = BrowserSession.objects.get(session_key=browser.session.session_key)
    client = api_as(role)

    revoke = client.delete(f"/api/v1/auth/tokens/{token.pk}/")
    end = client.delete(f"/api/v1/auth/sessions/{session.pk}/")

    assert (revoke.status_code, end.status_code) == (status, status)
    alive = status != 204
    assert (api_token_authenticate(key=key) is not None) == alive
    assert (browser.get("/api/v1/accounts/me/").status_code == 200) == alive
    if alive:
        assert _refusal(revoke)["code"] in {"not_found", "not_authenticated"}


EXPORT_DOWNLOAD = {
    "anonymous": LOGIN_PAGE,
    "stranger": 404,
    "requester": 404,
    "creator": 200,
    "blocked": 404,
    "moderator": 404,
}


@pytest.mark.parametrize(("role", "status"), _table(EXPORT_DOWNLOAD))
def test_only_the_owner_downloads_an_export(client_as, actors, role, status):
    export = ready_export(actors["creator"])

    response = client_as(role).get(f"/settings/export/{export.pk}/download")

    assert response.status_code == status
    export.refresh_from_db()
    assert (export.downloaded_at is not None) == (status == 200)
