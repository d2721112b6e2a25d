import pytest


@pytest.fixture
def moderator(user_factory):
    return user_factory(is_staff=True, is_superuser=True)


@pytest.mark.parametrize(
    "path",
    [
        "/admin/",
        "/admin/accounts/user/",
        "/admin/accounts/user/?q=ana&is_verified__exact=1",
        "/admin/videos/video/",
        "/admin/comments/comment/",
        "/admin/comments/commentreport/",
        "/admin/privacy/accountprivacy/",
        "/admin/accounts/user/add/",
    ],
)
def test_admin_pages_open_for_moderators(client, moderator, video_factory, comment_factory, path):
    comment_factory()
    client.force_login(moderator)

    assert client.get(path).status_code == 200


def test_admin_change_pages_open(client, moderator, comment_factory):
    comment = comment_factory()
    client.force_login(moderator)

    for path in [
        f"/admin/videos/video/{comment.video_id}/change/",
        f"/admin/comments/comment/{comment.pk}/change/",
        f"/admin/accounts/user/{comment.author_id}/change/",
    ]:
        assert client.get(path).status_code == 200, path


def test_admin_is_closed_to_ordinary_users(client, user):
    client.force_login(user)

    assert client.get("/admin/").status_code == 302


def test_deleting_a_video_in_admin_removes_its_files(
    client, moderator, user, upload_of, settings, django_capture_on_commit_callbacks
):
    from apps.videos import services
    from apps.videos.models import Video

    video = services.video_upload(owner=user, upload=upload_of("mp4"))
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/videos/video/{video.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert not Video.objects.exists()
    assert not any(path.is_file() for path in settings.MEDIA_ROOT.rglob("*"))
