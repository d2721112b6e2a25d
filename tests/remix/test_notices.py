"""What a remix's requester and creator are told: grouped per video, with the image, linking
to the comment."""

from django.utils.html import escape

from apps.notifications.models import Notification
from apps.remix import errors


def test_published_remixes_on_one_video_read_as_one_entry_with_a_plural(
    client, real_video, user_factory, remix
):
    video = real_video(owner=user_factory(username="demo"))
    fan = user_factory()
    jobs = [remix(fan, video) for _ in range(3)]
    client.force_login(fan)

    page = client.get("/notifications").content.decode()

    assert escape(errors.notice_group("remix.published", 3, "demo")) in page
    newest = Notification.objects.filter(recipient=fan, kind="remix.published").latest("pk")
    assert newest.url == f"/v/{video.pk}#comment-{jobs[-1].comment_id}"
    assert newest.image_url
    assert newest.image_url in page
    assert page.count("data-notification=") == 1
