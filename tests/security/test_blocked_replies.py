"""A block holds on whoever's video: the person the creator blocked cannot answer the
creator's comments, nor join their threads, on a third party's video, by the API or the page."""

import pytest

from apps.comments.models import Comment
from apps.privacy.policy import REPLY_BLOCKED


@pytest.fixture
def blockers_thread(actors, video_factory, comment_factory):
    """The creator's comment on a stranger's public video, and a stranger's reply to it."""
    video = video_factory(owner=actors["stranger"])
    top = comment_factory(video=video, author=actors["creator"])
    return video, top, comment_factory(video=video, parent=top, author=actors["stranger"])


@pytest.mark.parametrize("answer", ["top", "reply"])
def test_the_blocked_person_cannot_reply_to_the_blockers_thread_on_a_third_partys_video(
    api_as, client_as, blockers_thread, answer
):
    video, top, reply = blockers_thread
    parent = top if answer == "top" else reply

    api = api_as("blocked").post(
        f"/api/v1/videos/{video.pk}/comments/",
        {"body": "you again", "parent": parent.pk},
        format="json",
    )
    page = client_as("blocked").post(
        f"/v/{video.pk}/comments", {"body": "you again", "parent": parent.pk}, follow=True
    )

    assert api.status_code == 403
    assert api.json()["code"] == "blocked"
    assert api.json()["message"] == REPLY_BLOCKED.format(handle="creator")
    assert REPLY_BLOCKED.format(handle="creator") in page.content.decode().replace("&#x27;", "'")
    assert not Comment.objects.filter(body="you again").exists()


def test_others_still_reply_and_the_blocked_person_still_comments_on_the_video(
    api_as, blockers_thread
):
    video, top, _ = blockers_thread

    reply = api_as("requester").post(
        f"/api/v1/videos/{video.pk}/comments/", {"body": "hi", "parent": top.pk}, format="json"
    )
    own = api_as("blocked").post(
        f"/api/v1/videos/{video.pk}/comments/", {"body": "my own"}, format="json"
    )

    assert (reply.status_code, own.status_code) == (201, 201)
