from datetime import timedelta

import pytest
from django.utils import timezone

from apps.accounts.models import User
from apps.comments.models import Comment
from apps.privacy.models import RemixAudience, Visibility
from apps.search.selectors.discover import (
    most_remixed_videos,
    new_creators,
    suggested_accounts,
    trending_hashtags,
)
from apps.videos.models import Like, Video

pytestmark = pytest.mark.django_db


def _trending(window="day"):
    return [(tag.name, tag.people) for tag in trending_hashtags(window=window)]


def _like(user, video, *, ago=timedelta(0)):
    like = Like.objects.create(user=user, video=video)
    Like.objects.filter(pk=like.pk).update(created_at=timezone.now() - ago)


def test_a_hashtag_trends_by_distinct_people_not_by_raw_counts(tagged_video, user_factory):
    spammer = user_factory()
    spam = [tagged_video(owner=spammer, caption="#buynow") for _ in range(5)]
    for video in spam:
        _like(spammer, video)
    dance = tagged_video(caption="#dance")
    _like(user_factory(), dance)
    tagged_video(caption="#dance")
    assert _trending() == [("dance", 3)]


def test_trending_counts_likes_and_comments_inside_the_window_only(
    tagged_video, user_factory, comment_factory
):
    video = tagged_video(caption="#tapas")
    Video.objects.filter(pk=video.pk).update(created_at=timezone.now() - timedelta(days=3))
    _like(user_factory(), video, ago=timedelta(hours=2))
    comment_factory(video=video)
    _like(user_factory(), video, ago=timedelta(days=2))
    assert _trending("day") == [("tapas", 2)]
    assert _trending("week") == [("tapas", 4)]


def test_private_and_followers_only_videos_never_make_a_tag_trend(tagged_video, user_factory):
    for visibility in (Visibility.PRIVATE, Visibility.FOLLOWERS):
        video = tagged_video(caption="#hidden", privacy__visibility=visibility)
        _like(user_factory(), video)
    assert _trending() == []


def test_trending_is_cached_until_it_expires(tagged_video, user_factory, settings):
    tagged_video(caption="#first")
    tagged_video(caption="#first")
    assert _trending() == [("first", 2)]
    tagged_video(caption="#second")
    tagged_video(caption="#second")
    tagged_video(caption="#second")
    assert _trending() == [("first", 2)]


def _remix(video, *, status=Comment.Status.VISIBLE, **kwargs):
    return Comment.objects.create(
        video=video,
        author=User.objects.create(username=f"r{Comment.objects.count()}"),
        image="comments/remix.jpg",
        body="",
        status=status,
        **kwargs,
    )


def test_most_remixed_counts_published_remixes_of_videos_that_allow_them(tagged_video):
    popular, quiet, closed = tagged_video(), tagged_video(), tagged_video()
    for _ in range(3):
        _remix(popular)
    _remix(popular, status=Comment.Status.REMOVED)
    _remix(popular, status=Comment.Status.HIDDEN)
    _remix(quiet)
    _remix(closed)
    closed.privacy.remix_audience = RemixAudience.NO_ONE
    closed.privacy.save()
    tagged_video().comments.create(author=popular.owner, body="Just text")
    found = most_remixed_videos(viewer=None)
    assert [(video.pk, video.remixes_count) for video in found] == [(popular.pk, 3), (quiet.pk, 1)]


def test_most_remixed_shows_each_viewer_only_what_they_may_see(
    tagged_video, user_factory, follow_factory, block
):
    video = tagged_video(privacy__visibility=Visibility.FOLLOWERS)
    _remix(video)
    follower, stranger, blocked = user_factory(), user_factory(), user_factory()
    follow_factory(follower=follower, followee=video.owner)
    follow_factory(follower=blocked, followee=video.owner)
    block(video.owner, blocked)
    assert [v.pk for v in most_remixed_videos(viewer=follower)] == [video.pk]
    assert most_remixed_videos(viewer=stranger) == []
    assert most_remixed_videos(viewer=blocked) == []
    assert most_remixed_videos(viewer=None) == []


def test_a_removed_remix_stops_counting_at_once_despite_the_cache(tagged_video):
    video = tagged_video()
    first, _ = _remix(video), _remix(video)
    assert most_remixed_videos(viewer=None)[0].remixes_count == 2
    Comment.objects.filter(pk=first.pk).update(status=Comment.Status.REMOVED)
    assert most_remixed_videos(viewer=None)[0].remixes_count == 1


def test_suggestions_are_followed_by_people_i_follow(user_factory, follow_factory, block):
    me, friend, other_friend = user_factory(), user_factory(), user_factory()
    liked_by_two, liked_by_one, already, blocked_me = (user_factory() for _ in range(4))
    suspended = user_factory(remix_suspended_until=timezone.now() + timedelta(days=3))
    inactive = user_factory(is_active=False)
    for followee in (friend, other_friend, already):
        follow_factory(follower=me, followee=followee)
    for person in (liked_by_two, liked_by_one, already, blocked_me, suspended, inactive, me):
        follow_factory(follower=friend, followee=person)
    follow_factory(follower=other_friend, followee=liked_by_two)
    block(blocked_me, me)
    found = suggested_accounts(viewer=me)
    assert [(u.pk, u.followed_by_your_follows) for u in found] == [
        (liked_by_two.pk, 2),
        (liked_by_one.pk, 1),
    ]
    assert suggested_accounts(viewer=None) == []


def test_new_creators_joined_lately_and_posted_a_public_video(user_factory, tagged_video):
    old = user_factory(date_joined=timezone.now() - timedelta(days=90))
    tagged_video(owner=old)
    newest = user_factory()
    tagged_video(owner=newest)
    silent = user_factory()
    secretive = user_factory()
    tagged_video(owner=secretive, privacy__visibility=Visibility.PRIVATE)
    assert silent not in new_creators(viewer=None)
    assert [u.pk for u in new_creators(viewer=None)] == [newest.pk]
    assert new_creators(viewer=newest) == []
