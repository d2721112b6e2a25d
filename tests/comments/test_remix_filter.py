"""The viewer's AI filter (issue 17 item 3): "AI remixes in comments: show all / only from
people I follow / hide", honoured by the comments API (``?remixes=`` for one request), the video
page (with its one-line "N AI remixes hidden · show" row and quick switch) and the settings.
Privacy comes first: only what the viewer may see at all is filtered, and counted."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.accounts.models import RemixesInComments
from apps.comments.models import Comment
from apps.comments.selectors import comments_for_video, remix_filter_for
from apps.privacy.models import Visibility
from tests.factories import CommentFactory

pytestmark = pytest.mark.django_db

_numbers = itertools.count(1)


def remix_of(video, author, **fields):
    """A published remix as the comments hold it: an image comment (names only, no file)."""
    number = next(_numbers)
    return CommentFactory(
        video=video,
        author=author,
        body=fields.pop("body", f"caption {number}"),
        image=f"comments/remix-{number}.jpg",
        image_label="AI remix",
        credentials_url=f"/credentials/{number}",
        **fields,
    )


def _comments(client, video, query=""):
    return client.get(f"/api/v1/videos/{video.pk}/comments/{query}")


# --- The matrix: filter by how the viewer stands to the remix's author --------------------------

# (filter, the viewer follows the remix's author, the remix is the viewer's own) -> shown
MATRIX = [
    ("all", True, False, True),
    ("all", False, False, True),
    ("following", True, False, True),
    ("following", False, False, False),
    ("hidden", True, False, False),
    ("hidden", False, False, False),
    # Everyone sees their own remixes, whatever they filter.
    ("following", False, True, True),
    ("hidden", False, True, True),
]


@pytest.mark.parametrize(("mode", "follower", "own", "shown"), MATRIX)
@pytest.mark.parametrize("through", ["setting", "query"])
def test_the_filter_shows_a_remix_to_followers_strangers_and_its_author(
    client, user_factory, video_factory, follow_factory, mode, follower, own, shown, through
):
    video, viewer, remixer = video_factory(), user_factory(), user_factory()
    author = viewer if own else remixer
    if follower:
        follow_factory(follower=viewer, followee=remixer)
    remix = remix_of(video, author)
    text = CommentFactory(video=video, author=remixer)
    client.force_login(viewer)
    if through == "setting":
        type(viewer).objects.filter(pk=viewer.pk).update(remixes_in_comments=mode)
        query = ""
    else:
        query = f"?remixes={mode}"

    body = _comments(client, video, query).json()

    by_id = {item["id"]: item for item in body["results"]}
    assert by_id[remix.pk]["remix_hidden"] is (not shown)
    assert (by_id[remix.pk]["image_url"] is not None) is shown
    assert by_id[text.pk]["remix_hidden"] is False  # text comments are never filtered
    assert body["hidden_remixes"] == (0 if shown else 1)
    assert body["remixes"] == mode


@pytest.mark.parametrize("mode", ["all", "following", "hidden"])
def test_a_viewer_the_privacy_policy_keeps_out_learns_nothing_whatever_the_filter(
    client, user_factory, video_factory, mode
):
    video = video_factory(privacy__visibility=Visibility.FOLLOWERS)
    remix_of(video, user_factory())
    client.force_login(user_factory())  # not a follower of the creator

    response = _comments(client, video, f"?remixes={mode}")

    assert response.status_code == 404
    assert "hidden_remixes" not in response.json()


@pytest.mark.parametrize("status", [Comment.Status.PENDING, Comment.Status.HIDDEN])
def test_remixes_nobody_may_see_are_not_counted_as_hidden(
    client, user_factory, video_factory, status
):
    """A remix taken down (or waiting) is not "hidden by your filter": counting it would tell
    the viewer it exists."""
    video = video_factory()
    remix_of(video, user_factory(), status=status)
    shown_to_all = remix_of(video, user_factory())

    body = _comments(client, video, "?remixes=hidden").json()

    assert [item["id"] for item in body["results"]] == [shown_to_all.pk]
    assert body["hidden_remixes"] == 1


def test_a_hidden_remix_comes_without_its_image_text_or_credentials(
    client, user_factory, video_factory
):
    video = video_factory()
    remix_of(video, user_factory(), body="look at this")

    item = _comments(client, video, "?remixes=hidden").json()["results"][0]

    assert item["remix_hidden"] is True
    assert (item["body"], item["image_url"], item["image_label"]) == ("", None, None)
    assert (item["credentials_url"], item["clip_url"]) == (None, None)


def test_replies_to_a_hidden_remix_stay_and_hidden_replies_are_placeholders(
    client, user_factory, video_factory
):
    video = video_factory()
    remix = remix_of(video, user_factory())
    answer = CommentFactory(video=video, parent=remix, body="ha, love it")
    remix_reply = remix_of(video, user_factory(), parent=remix)

    thread = _comments(client, video, "?remixes=hidden").json()["results"][0]

    replies = {reply["id"]: reply for reply in thread["replies"]}
    assert thread["remix_hidden"] is True
    assert replies[answer.pk]["body"] == "ha, love it"
    assert replies[remix_reply.pk]["remix_hidden"] is True


def test_the_setting_is_the_default_and_the_query_overrides_it_for_one_request(
    client, user_factory, video_factory
):
    viewer = user_factory(remixes_in_comments=RemixesInComments.HIDDEN)
    video = video_factory()
    remix_of(video, user_factory())
    client.force_login(viewer)

    assert _comments(client, video).json()["hidden_remixes"] == 1
    assert _comments(client, video, "?remixes=all").json()["hidden_remixes"] == 0
    viewer.refresh_from_db()
    assert viewer.remixes_in_comments == RemixesInComments.HIDDEN


@pytest.mark.parametrize("value", ["none", "HIDDEN", "all,hidden"])
def test_an_unknown_filter_is_refused_naming_the_field(api_client, video_factory, value):
    response = _comments(api_client, video_factory(), f"?remixes={value}")

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert body["message"]
    assert list(body["extra"]["fields"]) == ["remixes"]


def test_anonymous_viewers_see_all_unless_they_ask(api_client, video_factory, user_factory):
    video = video_factory()
    remix_of(video, user_factory())

    assert _comments(api_client, video).json()["hidden_remixes"] == 0
    assert _comments(api_client, video, "?remixes=following").json()["hidden_remixes"] == 1


def test_filtering_a_page_costs_one_query_for_the_follows(
    user_factory, video_factory, follow_factory
):
    video, viewer = video_factory(), user_factory()
    for _ in range(6):
        remixer = user_factory()
        follow_factory(follower=viewer, followee=remixer)
        remix_of(video, remixer)
        remix_of(video, user_factory())
    remixes = remix_filter_for(viewer=viewer, override="following")

    with CaptureQueriesContext(connection) as queries:
        page = comments_for_video(video=video, viewer=viewer, remixes=remixes)

    assert page.hidden_remixes == 6
    assert len(queries) == 3  # threads, replies, follows


# --- The video page ---------------------------------------------------------------------------


def test_the_page_folds_consecutive_hidden_remixes_into_one_line_in_their_place(
    client, user_factory, video_factory
):
    video = video_factory()
    older = CommentFactory(video=video, body="first!")
    hidden = [remix_of(video, user_factory()) for _ in range(3)]
    newer = CommentFactory(video=video, body="these remixes tho")
    client.force_login(user_factory(remixes_in_comments=RemixesInComments.HIDDEN))

    page = client.get(f"/v/{video.pk}").content.decode()

    assert page.count("data-hidden-ids=") == 1
    assert "3 AI remixes hidden" in page
    assert page.index("these remixes tho") < page.index("3 AI remixes hidden")
    assert page.index("3 AI remixes hidden") < page.index("first!")
    assert 'href="?remixes=all#comments"' in page
    for remix in hidden:
        assert remix.image.name not in page
        assert f"/credentials/{remix.credentials_url.rsplit('/', 1)[1]}" not in page
    assert older.body in page
    assert newer.body in page


def test_show_reveals_them_for_this_page_view_only(client, user_factory, video_factory):
    video = video_factory()
    remix = remix_of(video, user_factory())
    viewer = user_factory(remixes_in_comments=RemixesInComments.HIDDEN)
    client.force_login(viewer)

    page = client.get(f"/v/{video.pk}?remixes=all").content.decode()

    assert remix.image.name in page
    assert "AI remix hidden" not in page
    assert "On this page view only." in page
    viewer.refresh_from_db()
    assert viewer.remixes_in_comments == RemixesInComments.HIDDEN
    assert remix.image.name not in client.get(f"/v/{video.pk}").content.decode()


def test_a_hidden_remix_with_replies_gets_its_own_line_with_the_replies_under_it(
    client, user_factory, video_factory
):
    video = video_factory()
    remix_of(video, user_factory())
    answered = remix_of(video, user_factory())
    CommentFactory(video=video, parent=answered, body="that one is great")
    client.force_login(user_factory(remixes_in_comments=RemixesInComments.HIDDEN))

    page = client.get(f"/v/{video.pk}").content.decode()

    assert page.count("1 AI remix hidden") == 2
    assert "that one is great" in page
    assert f'data-replies-of="{answered.pk}"' in page


def test_the_quick_switch_saves_the_setting_and_returns_to_the_comments(
    client, user_factory, video_factory
):
    viewer, video = user_factory(), video_factory()
    client.force_login(viewer)
    assert 'name="remixes_in_comments"' in client.get(f"/v/{video.pk}").content.decode()

    response = client.post(
        "/settings/remixes-in-comments",
        {"remixes_in_comments": "following", "next": f"/v/{video.pk}#comments"},
    )

    assert response.status_code == 302
    assert response["Location"] == f"/v/{video.pk}#comments"
    viewer.refresh_from_db()
    assert viewer.remixes_in_comments == RemixesInComments.FOLLOWING


def test_the_switch_refuses_an_unknown_choice_and_another_sites_next(client, user_factory):
    viewer = user_factory()
    client.force_login(viewer)

    response = client.post(
        "/settings/remixes-in-comments",
        {"remixes_in_comments": "some", "next": "https://evil.example/"},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == "/settings/privacy"
    assert "Choose one of: all, following, hidden." in response.content.decode()
    viewer.refresh_from_db()
    assert viewer.remixes_in_comments == RemixesInComments.ALL


def test_the_settings_page_offers_the_three_choices_with_the_current_one_checked(
    client, user_factory
):
    client.force_login(user_factory(remixes_in_comments=RemixesInComments.FOLLOWING))

    page = client.get("/settings/privacy").content.decode()

    assert "AI remixes in comments" in page
    assert 'value="following" checked' in page
    assert 'value="all">' in page
    assert 'value="hidden">' in page


def test_the_account_api_reads_and_changes_the_setting(user_api_client, user):
    assert user_api_client.get("/api/v1/accounts/me/").json()["remixes_in_comments"] == "all"

    changed = user_api_client.patch(
        "/api/v1/accounts/me/", {"remixes_in_comments": "hidden"}, format="json"
    )
    refused = user_api_client.patch(
        "/api/v1/accounts/me/", {"remixes_in_comments": "maybe"}, format="json"
    )

    assert changed.json()["remixes_in_comments"] == "hidden"
    assert refused.status_code == 400
    assert list(refused.json()["extra"]["fields"]) == ["remixes_in_comments"]
    user.refresh_from_db()
    assert user.remixes_in_comments == "hidden"


# --- Notifications ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "follows_remixer", "picture_shown"),
    [
        ("all", False, True),
        ("following", True, True),
        ("following", False, False),
        ("hidden", True, False),
    ],
)
def test_a_remix_notification_shows_its_picture_only_if_the_filter_lets_it(
    client, user_factory, follow_factory, mode, follows_remixer, picture_shown
):
    from apps.notifications.services import notification_create

    creator, remixer = user_factory(remixes_in_comments=mode), user_factory()
    if follows_remixer:
        follow_factory(follower=creator, followee=remixer)
    notification_create(
        recipient=creator,
        actor=remixer,
        kind="remix.created",
        text=f"@{remixer.username} remixed your video.",
        url="/v/1#comment-1",
        image_url="/media/comments/remix-picture.jpg",
    )
    client.force_login(creator)

    api = client.get("/api/v1/notifications/").json()["results"][0]
    page = client.get("/notifications").content.decode()

    assert api["text"] == f"@{remixer.username} remixed your video."  # they still hear of it
    assert (api["image_url"] == "/media/comments/remix-picture.jpg") is picture_shown
    assert ("remix-picture.jpg" in page) is picture_shown


def test_the_picture_of_my_own_remix_shows_whatever_i_filter(client, user_factory):
    from apps.notifications.services import notification_create

    requester = user_factory(remixes_in_comments=RemixesInComments.HIDDEN)
    notification_create(
        recipient=requester,
        kind="remix.published",
        text="Your remix was published.",
        image_url="/media/comments/mine.jpg",
    )
    client.force_login(requester)

    assert (
        client.get("/api/v1/notifications/").json()["results"][0]["image_url"].endswith("mine.jpg")
    )
