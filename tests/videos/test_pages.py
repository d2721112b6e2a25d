import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.comments.models import Comment
from apps.videos.models import Video
from apps.videos.templatetags.videos import linkify


def test_video_page_shows_the_player_caption_links_and_comments(
    client, video_factory, comment_factory
):
    video = video_factory(caption="Sunset with @ana #golden")
    comment_factory(video=video, body="So pretty")

    response = client.get(f"/v/{video.pk}")

    assert response.status_code == 200
    content = response.content.decode()
    assert f'src="/media/{video.file.name}"' in content
    assert '<a href="/tags/golden">#golden</a>' in content
    assert '<a href="/@ana">@ana</a>' in content
    assert "So pretty" in content


def test_a_processing_video_is_visible_to_its_owner_only(client, user, video_factory):
    video = video_factory(owner=user, status=Video.Status.PROCESSING)

    assert client.get(f"/v/{video.pk}").status_code == 404
    client.force_login(user)
    response = client.get(f"/v/{video.pk}")
    assert response.status_code == 200
    assert b"Processing your video" in response.content


def test_a_failed_video_shows_its_reason_to_the_owner(client, user, video_factory):
    video = video_factory(owner=user, status=Video.Status.FAILED, failure_reason="Broken file")
    client.force_login(user)

    assert b"Broken file" in client.get(f"/v/{video.pk}").content


def test_only_the_owner_can_delete_a_video(client, user, user_factory, video_factory):
    video = video_factory(owner=user)
    client.force_login(user_factory())

    response = client.post(f"/v/{video.pk}/delete")

    assert response.status_code == 403
    assert Video.objects.filter(pk=video.pk).exists()
    client.force_login(user)
    assert client.post(f"/v/{video.pk}/delete").status_code == 302
    assert not Video.objects.filter(pk=video.pk).exists()


def test_api_delete_is_owner_only(user_api_client, api_client, video_factory, user):
    theirs, mine = video_factory(), video_factory(owner=user)

    assert user_api_client.delete(f"/api/v1/videos/{theirs.pk}/").status_code == 403
    assert user_api_client.delete(f"/api/v1/videos/{mine.pk}/").status_code == 204
    assert api_client.delete(f"/api/v1/videos/{theirs.pk}/").status_code == 401


def test_video_detail_api_fields(api_client, video_factory):
    video = video_factory(caption="Hello #world")

    body = api_client.get(f"/api/v1/videos/{video.pk}/").json()

    assert {"id", "owner", "caption", "status", "poster_url", "duration"} <= set(body)
    assert body["owner"]["handle"] == video.owner.username
    assert body["liked"] is None


def test_missing_video_is_a_json_404(api_client):
    response = api_client.get("/api/v1/videos/999999/")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_hashtag_page_lists_tagged_videos(client, user, upload_of, video_factory):
    from apps.videos import services

    tagged = services.video_upload(owner=user, upload=upload_of("mp4"), caption="Look #Sunset")
    Video.objects.filter(pk=tagged.pk).update(status=Video.Status.READY)
    video_factory(caption="nothing here")

    response = client.get("/tags/sunset")

    assert [video.pk for video in response.context["videos"]] == [tagged.pk]


@pytest.mark.parametrize(
    ("caption", "html"),
    [
        ("<b>#hi</b>", '&lt;b&gt;<a href="/tags/hi">#hi</a>&lt;/b&gt;'),
        ("it's #ok", 'it&#x27;s <a href="/tags/ok">#ok</a>'),
        ("mail@example.com", "mail@example.com"),
        ("@ana. next", '<a href="/@ana">@ana</a>. next'),
        ("C# and #1", 'C# and <a href="/tags/1">#1</a>'),
    ],
)
def test_captions_are_escaped_and_linkified(caption, html):
    assert linkify(caption) == html


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_feed_queries_do_not_grow_with_the_number_of_videos(client, user, video_factory, settings):
    settings.CLIPMIX_FEED_PAGE_SIZE = 50
    client.force_login(user)
    video_factory.create_batch(3)
    few = _queries(client, "/")
    video_factory.create_batch(40)

    assert _queries(client, "/") == few


def test_video_page_queries_do_not_grow_with_comments(client, user, video_factory, comment_factory):
    client.force_login(user)
    video = video_factory()
    comment_factory(video=video)
    few = _queries(client, f"/v/{video.pk}")
    for comment in comment_factory.create_batch(50, video=video):
        comment_factory.create_batch(2, video=video, parent=comment)
    Comment.objects.filter(pk__in=Comment.objects.filter(video=video)[:10]).update(
        image="comments/remix.jpg"
    )

    assert _queries(client, f"/v/{video.pk}") == few


def test_profile_page_queries_do_not_grow_with_videos(client, user, video_factory):
    client.force_login(user)
    creator = video_factory().owner
    few = _queries(client, f"/@{creator.username}")
    video_factory.create_batch(30, owner=creator)

    assert _queries(client, f"/@{creator.username}") == few


def test_protected_media_can_be_handed_to_the_proxy(client, user, upload_of, settings):
    from apps.videos import services

    settings.CLIPMIX_MEDIA_ACCEL_REDIRECT = "/protected-media/"
    video = services.video_upload(owner=user, upload=upload_of("mp4"))
    client.force_login(user)

    response = client.get(f"/media/{video.file.name}")

    assert response["X-Accel-Redirect"] == f"/protected-media/{video.file.name}"
    assert response["Content-Type"] == "video/mp4"
    assert response["Cache-Control"] == "private, max-age=3600"
    assert response.content == b""


def test_unknown_video_media_is_a_404(client, db):
    assert client.get("/media/videos/nothing-here.mp4").status_code == 404
    assert client.get("/media/videos/../secret_key").status_code == 404


@pytest.mark.parametrize(
    ("header", "status", "content_range", "expected"),
    [
        ("bytes=0-9", 206, "bytes 0-9/{size}", slice(0, 10)),
        ("bytes=100-", 206, "bytes 100-{last}/{size}", slice(100, None)),
        ("bytes=-5", 206, "bytes {tail}-{last}/{size}", slice(-5, None)),
        ("bytes=999999999-", 416, "bytes */{size}", slice(0, 0)),
    ],
)
def test_video_files_answer_byte_ranges_so_players_can_seek(
    client, user, upload_of, header, status, content_range, expected
):
    from apps.videos import services

    video = services.video_upload(owner=user, upload=upload_of("mp4"))
    data = upload_of("mp4").read()
    size = len(data)
    client.force_login(user)

    response = client.get(f"/media/{video.file.name}", headers={"Range": header})

    assert response.status_code == status
    assert response["Content-Range"] == content_range.format(
        size=size, last=size - 1, tail=size - 5
    )
    if status == 206:
        assert response.content == data[expected]


def test_video_files_without_a_range_come_whole(client, user, upload_of):
    from apps.videos import services

    video = services.video_upload(owner=user, upload=upload_of("mp4"))
    client.force_login(user)

    response = client.get(f"/media/{video.file.name}")

    assert response.status_code == 200
    assert response["Accept-Ranges"] == "bytes"
    assert b"".join(response.streaming_content) == upload_of("mp4").read()


def test_image_comments_show_the_image_with_an_ai_remix_label(
    client, video_factory, comment_factory
):
    video = video_factory()
    comment_factory(video=video, body="Monday mood", image="comments/remix-1.jpg")

    content = client.get(f"/v/{video.pk}").content.decode()

    assert 'src="/media/comments/remix-1.jpg"' in content
    assert '<span class="badge badge-ai">AI remix</span>' in content


def test_the_video_page_asks_about_blocks_and_follows_once(client, user, video_factory):
    """View, comment and remix decisions share the viewer's relation to the creator."""
    video = video_factory(privacy__remix_audience="friends", privacy__visibility="followers")
    video.owner.follower_set.create(follower=user)
    client.force_login(user)

    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"/v/{video.pk}").status_code == 200

    sql = [query["sql"] for query in queries.captured_queries]
    assert sum('FROM "accounts_block"' in q for q in sql) == 1
    assert sum('FROM "accounts_follow"' in q and "EXISTS" not in q for q in sql) == 2  # both ways
