"""The policy tables again, through every interface that shows a video: pages, the REST API,
the comments API and the video's websocket. No interface may disagree with the policy."""

import pytest
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator
from django.test import Client
from rest_framework.test import APIClient

from apps.videos.models import Hashtag
from config.asgi import application
from tests import sockets
from tests.privacy.conftest import ROLES
from tests.privacy.test_policy_matrix import COMMENT, REMIX, VIEW, _cases


def _client(world, role, kind=Client):
    client = kind()
    if role != "anonymous":
        client.force_login(world[role])
    return client


@pytest.mark.parametrize(("visibility", "role", "allowed"), _cases(VIEW))
def test_view_through_pages_and_apis(world, video_of, visibility, role, allowed):
    video = video_of(visibility=visibility)
    page, api = _client(world, role), _client(world, role, APIClient)
    expected = 200 if allowed else 404

    assert page.get(f"/v/{video.pk}").status_code == expected
    assert api.get(f"/api/v1/videos/{video.pk}/").status_code == expected
    assert api.get(f"/api/v1/videos/{video.pk}/comments/").status_code == expected
    assert api.post(f"/api/v1/videos/{video.pk}/like/").status_code in (
        {200} if allowed and role != "anonymous" else {401, 404}
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("visibility", "role", "allowed"), _cases(VIEW))
def test_view_through_the_video_socket(world, video_of, visibility, role, allowed):
    video = video_of(visibility=visibility)
    headers = [(b"origin", b"http://localhost")]
    if role != "anonymous":
        session = _client(world, role).cookies["sessionid"].value
        headers.append((b"cookie", f"sessionid={session}".encode()))

    async def connect():
        communicator = WebsocketCommunicator(
            application, f"/ws/videos/{video.pk}/", headers=headers
        )
        connected, _ = await sockets.connect(communicator)
        if connected:
            await communicator.disconnect()
        return connected

    assert async_to_sync(connect)() is allowed


@pytest.mark.parametrize(("audience", "role", "allowed"), _cases(COMMENT))
def test_comment_through_the_api(world, video_of, audience, role, allowed):
    video = video_of(comment_audience=audience)

    response = _client(world, role, APIClient).post(
        f"/api/v1/videos/{video.pk}/comments/", {"body": "hello"}, format="json"
    )

    if allowed:
        assert response.status_code == 201
    else:
        assert response.status_code in (401, 403, 404)
        assert set(response.json()) == {"message", "code", "extra"}


@pytest.mark.parametrize(("audience", "role", "allowed"), _cases(REMIX))
def test_remix_button_on_the_video_page(world, video_of, audience, role, allowed):
    video = video_of(remix_audience=audience)

    response = _client(world, role).get(f"/v/{video.pk}")

    if role == "blocked":
        assert response.status_code == 404
        return
    content = response.content.decode()
    assert "data-remix-button" in content
    assert ("data-remix-button disabled" not in content) is allowed
    assert ('id="remix-why"' in content) is not allowed
    # Allowed, it is a link to the composer: it works before (and without) the page's script.
    assert (f'href="/v/{video.pk}/remix" data-remix-button' in content) is allowed


def test_the_disabled_remix_button_shows_the_policys_message(world, video_of, client):
    video = video_of(remix_audience="no_one")
    client.force_login(world["stranger"])

    assert (
        b"@creator has turned off AI remixes for this video."
        in client.get(f"/v/{video.pk}").content
    )


@pytest.mark.parametrize("role", ROLES)
def test_a_private_video_is_in_no_list_but_its_owners(world, video_of, role):
    video = video_of(visibility="private", caption="secret #hidden")
    video.hashtags.add(Hashtag.objects.create(name="hidden"))
    client = _client(world, role)
    listed_for = {"owner", "moderator"}

    profile = client.get("/@creator").context["videos"]
    hashtag = client.get("/tags/hidden").context["videos"]
    following = client.get("/?tab=following").context["page"].videos
    for_you = client.get("/").context["page"].videos

    assert (video in list(profile)) is (role in listed_for)
    assert (video in list(hashtag)) is (role in listed_for)
    assert video not in for_you  # discovery shows public videos only
    assert video not in following  # no one who follows the creator may see it


@pytest.mark.parametrize(("visibility", "role", "allowed"), _cases(VIEW))
def test_a_videos_files_follow_the_view_rule(
    world, user_factory, upload_of, visibility, role, allowed
):
    """The video file, its poster and its frames: no way around the policy through /media/."""
    from apps.privacy.services import video_privacy_update
    from apps.videos import services

    video = services.video_upload(owner=world["owner"], upload=upload_of("mp4"))
    services.video_process(video_id=video.pk)
    video.refresh_from_db()
    video_privacy_update(video=video, visibility=visibility)
    client = _client(world, role)
    names = [video.file.name, video.poster.name, video.frames.first().image.name]

    statuses = {client.get(f"/media/{name}").status_code for name in names}

    assert statuses == ({200} if allowed else {404})
