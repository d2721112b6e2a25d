import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.comments.models import Comment
from apps.privacy.models import Visibility

pytestmark = pytest.mark.django_db


def test_discover_shows_trending_tags_and_remixable_videos(client, tagged_video, user_factory):
    tagged_video(caption="#golden")
    tagged_video(caption="#golden")
    video = tagged_video(caption="Remix me")
    Comment.objects.create(video=video, author=user_factory(), image="comments/r.jpg")
    response = client.get("/discover")
    assert response.status_code == 200
    assert b'href="/tags/golden">#golden</a> <span class="muted">2 people' in response.content
    assert f'href="/v/{video.pk}"'.encode() in response.content
    assert b"1 remix<" in response.content
    assert b"Suggested for you" not in response.content


def test_discover_never_shows_a_private_video_to_a_stranger(client, tagged_video, user_factory):
    video = tagged_video(privacy__visibility=Visibility.PRIVATE)
    Comment.objects.create(video=video, author=video.owner, image="comments/r.jpg")
    assert f'href="/v/{video.pk}"'.encode() not in client.get("/discover").content
    client.force_login(user_factory())
    assert f'href="/v/{video.pk}"'.encode() not in client.get("/discover").content


def test_discover_suggests_accounts_to_a_member(client, user, follow_factory, user_factory):
    friend, suggestion = user_factory(), user_factory(username="zoe")
    follow_factory(follower=user, followee=friend)
    follow_factory(follower=friend, followee=suggestion)
    client.force_login(user)
    content = client.get("/discover").content
    assert b'href="/@zoe"' in content
    assert b"Followed by 1 you follow" in content


def test_discover_takes_the_same_queries_however_much_it_shows(
    client, user, tagged_video, user_factory, follow_factory
):
    client.force_login(user)

    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get("/discover")
        return len(queries)

    def add(n):
        friend = user_factory()
        follow_factory(follower=user, followee=friend)
        follow_factory(follower=friend, followee=user_factory())
        video = tagged_video(caption=f"#tag{n} #common")
        Comment.objects.create(video=video, author=user_factory(), image="comments/r.jpg")

    # Each ``add`` is a follow of the viewer's, which draws their kept copy of the page anew:
    # every count below is of a page rendered with the shared sections from the cache.
    add(0)
    count()  # fills the shared sections' cache
    add(1)
    first = count()
    for n in range(2, 7):
        add(n)
    assert count() == first
    assert count() < first  # the viewer's kept copy
