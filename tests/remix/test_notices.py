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


def test_a_report_case_about_a_remix_comment_shows_its_source_frame(
    client, real_video, user_factory, remix
):
    from apps.comments.services import comment_report
    from apps.moderation.models import ModerationCase
    from apps.moderation.services.moderators import moderator_grant

    job = remix(user_factory(), real_video())
    comment_report(reporter=user_factory(), comment=job.comment, reason="harassment")
    case = ModerationCase.objects.get(content_type="comments.comment", object_id=job.comment_id)
    client.force_login(moderator_grant(user=user_factory()))

    page = client.get(f"/admin/moderation/moderationcase/{case.pk}/change/").content.decode()

    assert job.source_frame.url in page
    assert "Source frame" in page
