import pytest

from apps.comments import errors
from apps.comments.models import Comment, CommentReport
from apps.videos.models import Video


def _post(client, video, body, parent=None):
    return client.post(
        f"/api/v1/videos/{video.pk}/comments/", {"body": body, "parent": parent}, format="json"
    )


def test_comment_and_reply(user_api_client, user, video_factory):
    video = video_factory()

    top = _post(user_api_client, video, "  First!  ")
    reply = _post(user_api_client, video, "Me again", parent=top.json()["id"])

    assert top.status_code == 201
    assert top.json()["body"] == "First!"
    assert top.json()["author"]["handle"] == user.username
    assert reply.json()["parent"] == top.json()["id"]
    video.refresh_from_db()
    assert video.comments_count == 2


@pytest.mark.parametrize("body", ["kys", "skank"])
def test_a_comment_telling_the_creator_to_kill_themselves_or_insulting_them_is_held(
    body, user_api_client, api_client, video_factory
):
    video = video_factory()

    response = _post(user_api_client, video, body)

    assert response.status_code == 201
    comment = Comment.objects.get(pk=response.json()["id"])
    assert comment.status == Comment.Status.PENDING
    listed = api_client.get(f"/api/v1/videos/{video.pk}/comments/").json()
    assert listed["results"] == []


def test_a_reply_to_a_reply_joins_the_thread(user_api_client, video_factory, comment_factory):
    top = comment_factory()
    reply = comment_factory(video=top.video, parent=top)

    response = _post(user_api_client, top.video, "deeper", parent=reply.pk)

    assert response.json()["parent"] == top.pk


def test_listing_comments_nests_replies(api_client, video_factory, comment_factory):
    video = video_factory()
    top = comment_factory(video=video)
    reply = comment_factory(video=video, parent=top)
    comment_factory(video=video, status=Comment.Status.REMOVED)

    body = api_client.get(f"/api/v1/videos/{video.pk}/comments/").json()

    assert [c["id"] for c in body["results"]] == [top.pk]
    assert [r["id"] for r in body["results"][0]["replies"]] == [reply.pk]
    assert {"id", "author", "body", "image_url", "parent", "status"} <= set(body["results"][0])


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        ("", "body_empty", errors.BODY_EMPTY),
        ("   ", "body_empty", errors.BODY_EMPTY),
        ("x" * 501, "body_too_long", errors.BODY_TOO_LONG.format(limit=500)),
    ],
)
def test_empty_or_over_long_comments_are_refused(
    user_api_client, video_factory, body, code, message
):
    video = video_factory()

    response = _post(user_api_client, video, body)

    assert response.status_code == 400
    assert response.json()["code"] == code
    assert response.json()["message"] == message
    assert not Comment.objects.exists()


def test_a_body_that_is_not_text_is_refused(user_api_client, video_factory):
    """The schema says string; REST framework alone would have posted the number's digits."""
    video = video_factory()

    response = _post(user_api_client, video, 0)

    assert response.status_code == 400
    assert response.json()["extra"]["fields"]["body"] == ["Not a valid string."]
    assert not Comment.objects.exists()


def test_commenting_on_a_missing_or_unready_video_is_a_404(user_api_client, video_factory):
    processing = video_factory(status=Video.Status.PROCESSING)

    assert (
        user_api_client.post("/api/v1/videos/424242/comments/", {"body": "hi"}).status_code == 404
    )
    assert _post(user_api_client, processing, "hi").status_code == 404


def test_the_owner_cannot_comment_on_their_unready_video(api_client, video_factory):
    video = video_factory(status=Video.Status.PROCESSING)
    api_client.force_authenticate(video.owner)

    response = _post(api_client, video, "hi")

    assert response.status_code == 403
    assert response.json()["code"] == "video_not_ready"


def test_replying_to_a_comment_on_another_video_is_refused(
    user_api_client, video_factory, comment_factory
):
    elsewhere = comment_factory()

    response = _post(user_api_client, video_factory(), "hi", parent=elsewhere.pk)

    assert response.json()["code"] == "parent_not_found"


def test_anonymous_comment_is_401(api_client, video_factory):
    assert _post(api_client, video_factory(), "hi").status_code == 401


def test_author_and_creator_may_delete_others_may_not(
    api_client, video_factory, comment_factory, user_factory
):
    comment = comment_factory()
    creator, stranger = comment.video.owner, user_factory()

    api_client.force_authenticate(stranger)
    assert api_client.delete(f"/api/v1/comments/{comment.pk}/").status_code == 403
    api_client.force_authenticate(creator)
    assert api_client.delete(f"/api/v1/comments/{comment.pk}/").status_code == 204
    comment.refresh_from_db()
    assert comment.status == Comment.Status.REMOVED
    api_client.force_authenticate(comment.author)
    assert api_client.delete(f"/api/v1/comments/{comment.pk}/").status_code == 404  # already gone


def test_deleting_a_thread_lowers_the_count_by_its_replies_too(api_client, video_factory):
    video = video_factory()
    api_client.force_authenticate(video.owner)
    top = _post(api_client, video, "top").json()
    _post(api_client, video, "reply", parent=top["id"])

    api_client.delete(f"/api/v1/comments/{top['id']}/")

    video.refresh_from_db()
    assert video.comments_count == 0


def test_reports_are_stored_once_per_reporter(user_api_client, user, comment_factory):
    comment = comment_factory()
    url = f"/api/v1/comments/{comment.pk}/report/"

    assert user_api_client.post(url, {"reason": "spam"}, format="json").status_code == 201
    assert (
        user_api_client.post(
            url, {"reason": "harassment", "text": "mean"}, format="json"
        ).status_code
        == 201
    )

    report = CommentReport.objects.get()
    assert (report.reporter, report.reason, report.text) == (user, "harassment", "mean")


def test_a_report_needs_a_known_reason(user_api_client, comment_factory):
    response = user_api_client.post(
        f"/api/v1/comments/{comment_factory().pk}/report/", {"reason": "boring"}, format="json"
    )

    assert response.status_code == 400
    assert "reason" in response.json()["extra"]["fields"]


def test_reporting_your_own_comment_is_refused(api_client, comment_factory):
    comment = comment_factory()
    api_client.force_authenticate(comment.author)

    response = api_client.post(
        f"/api/v1/comments/{comment.pk}/report/", {"reason": "spam"}, format="json"
    )

    assert response.json()["code"] == "cannot_report_own"


def test_comment_form_without_javascript(client, user, video_factory):
    video = video_factory()
    client.force_login(user)

    response = client.post(f"/v/{video.pk}/comments", {"body": "Nice one"})

    assert response["Location"] == f"/v/{video.pk}#comments"
    assert Comment.objects.get().body == "Nice one"


def test_comment_form_error_is_shown_after_the_redirect(client, user, video_factory):
    video = video_factory()
    client.force_login(user)

    response = client.post(f"/v/{video.pk}/comments", {"body": ""}, follow=True)

    assert errors.BODY_EMPTY.encode() in response.content


def test_comments_come_in_pages_of_threads_oldest_last(api_client, video_factory, comment_factory):
    video = video_factory()
    threads = [comment_factory(video=video) for _ in range(25)]
    comment_factory(video=video, parent=threads[0])

    first = api_client.get(f"/api/v1/videos/{video.pk}/comments/").json()
    second = api_client.get(
        f"/api/v1/videos/{video.pk}/comments/?before={first['next_before']}"
    ).json()

    ids = [c["id"] for c in first["results"]] + [c["id"] for c in second["results"]]
    assert ids == [thread.pk for thread in reversed(threads)]
    assert len(first["results"]) == 20
    assert second["next_before"] is None
    assert second["results"][-1]["replies"][0]["parent"] == threads[0].pk


def test_a_before_that_is_not_an_id_is_refused(api_client, video_factory):
    video = video_factory()

    response = api_client.get(f"/api/v1/videos/{video.pk}/comments/?before=AAA")

    assert response.status_code == 400
    assert response.json()["extra"]["fields"]["before"]


def test_the_video_page_offers_older_comments(client, video_factory, comment_factory):
    video = video_factory()
    comment_factory.create_batch(21, video=video)

    content = client.get(f"/v/{video.pk}").content.decode()

    assert content.count("data-comment-id=") == 20
    assert "data-more-comments" in content
