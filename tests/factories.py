import factory
from django.contrib.auth.hashers import make_password
from django.db.models import F
from django.utils import timezone

from apps.accounts.models import Follow, User
from apps.comments.models import Comment
from apps.privacy.models import (
    CommentAudience,
    RemixAudience,
    RemixKind,
    VideoPrivacy,
    Visibility,
)
from apps.remix.models import RemixJob
from apps.videos.models import Video

PASSWORD = "correct-horse-battery"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    display_name = factory.Faker("name")
    password = factory.LazyFunction(lambda: make_password(PASSWORD))
    # Uploads and remixes wait for a verified address; tests of that pass None.
    email_verified_at = factory.LazyFunction(timezone.now)


class FollowFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Follow

    follower = factory.SubFactory(UserFactory)
    followee = factory.SubFactory(UserFactory)


class VideoFactory(factory.django.DjangoModelFactory):
    """A ready video row. Its files are names only; tests that need real media upload one."""

    class Meta:
        model = Video
        skip_postgeneration_save = True

    owner = factory.SubFactory(UserFactory)
    caption = factory.Faker("sentence", nb_words=6)
    file = factory.Sequence(lambda n: f"videos/test-{n}.mp4")
    poster = factory.Sequence(lambda n: f"posters/test-{n}.jpg")
    status = Video.Status.READY
    container = "mp4"
    codec = "h264"
    duration = 4.0
    width = 360
    height = 640
    size_bytes = 100_000
    privacy = factory.RelatedFactory(
        "tests.factories.VideoPrivacyFactory", factory_related_name="video"
    )


class VideoPrivacyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VideoPrivacy

    visibility = Visibility.PUBLIC
    comment_audience = CommentAudience.EVERYONE
    remix_audience = RemixAudience.EVERYONE
    # Every kind: the tests that narrow kinds say so.
    remix_kinds = factory.LazyFunction(lambda: list(RemixKind.values))


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment
        skip_postgeneration_save = True

    video = factory.SubFactory(VideoFactory)
    author = factory.SubFactory(UserFactory)
    body = factory.Faker("sentence")

    @factory.post_generation
    def counted(comment, create, extracted, **kwargs):
        """Keep the video's counter true, as the service does."""
        if create and comment.status == Comment.Status.VISIBLE:
            Video.objects.filter(pk=comment.video_id).update(comments_count=F("comments_count") + 1)


class RemixJobFactory(factory.django.DjangoModelFactory):
    """A remix job row, queued unless told otherwise, as if no worker had taken it yet; its
    creator is its video's owner. Tests that need the pipeline's files request one instead."""

    class Meta:
        model = RemixJob

    requester = factory.SubFactory(UserFactory)
    video = factory.SubFactory(VideoFactory)
    creator = factory.LazyAttribute(lambda job: job.video.owner)
    at_seconds = 0.0
    kind = RemixJob.Kind.RESTYLE
    prompt = "cartoon"
    seed = 1
    engine = "effects"


def api_key_for(user: User) -> str:
    """A new API token's key for ``user``, as ``POST /api/v1/auth/token/`` would give it."""
    from apps.accounts.credentials import api_token_issue

    return api_token_issue(user=user, name="tests")[1]
