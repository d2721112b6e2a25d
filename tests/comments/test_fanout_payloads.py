"""A new comment's fan-out: the first anonymous delivery in a process decides for the other
anonymous sockets, without a database; what it decided is the policy's answer."""

import pytest

from apps.comments import selectors
from apps.comments.selectors import (
    comment_payload_for_anonymous_known,
    comment_payload_for_viewer,
)
from apps.privacy.services import video_privacy_update
from tests.factories import CommentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_process():
    """What the process kept for a few seconds belongs to another test's rows (ids repeat)."""
    selectors._kept.clear()


def test_nothing_is_known_before_a_delivery_decided(video_factory):
    comment = CommentFactory(video=video_factory())

    assert comment_payload_for_anonymous_known(comment.pk) == (False, None)


def test_the_first_anonymous_decision_is_reused_without_a_query(
    video_factory, django_assert_num_queries
):
    comment = CommentFactory(video=video_factory(), body="Hello all")
    payload = comment_payload_for_viewer(comment_id=comment.pk, viewer=None)

    with django_assert_num_queries(0):
        known = comment_payload_for_anonymous_known(comment.pk)

    assert known == (True, payload)
    assert payload["body"] == "Hello all"


def test_a_refusal_is_what_is_known_for_anonymous_viewers_of_a_private_video(video_factory):
    video = video_factory()
    video_privacy_update(video=video, visibility="private")
    comment = CommentFactory(video=video)

    assert comment_payload_for_viewer(comment_id=comment.pk, viewer=None) is None
    assert comment_payload_for_anonymous_known(comment.pk) == (True, None)
