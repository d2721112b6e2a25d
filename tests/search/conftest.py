import pytest

from apps.accounts.models import Block
from apps.videos.models import Hashtag
from apps.videos.services import hashtags_in


@pytest.fixture
def tagged_video(video_factory):
    """A video whose hashtags are those of its caption, as the upload service sets them."""

    def make(**kwargs):
        video = video_factory(**kwargs)
        names = hashtags_in(video.caption)
        video.hashtags.set([Hashtag.objects.get_or_create(name=name)[0] for name in names])
        return video

    return make


@pytest.fixture
def block(db):
    def make(blocker, blocked):
        return Block.objects.create(blocker=blocker, blocked=blocked)

    return make
