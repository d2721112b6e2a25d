import pytest
from rest_framework.test import APIClient

from apps.comments.models import Comment
from apps.privacy.models import Visibility

pytestmark = pytest.mark.django_db


def test_discover_answers_every_section(api_client, tagged_video, user_factory):
    tagged_video(caption="#golden")
    tagged_video(caption="#golden")
    video = tagged_video(caption="Remix me")
    Comment.objects.create(video=video, author=user_factory(), image="comments/r.jpg")
    body = api_client.get("/api/v1/discover/").json()
    assert body["trending_day"] == [{"name": "golden", "people": 2}]
    assert body["trending_week"] == [{"name": "golden", "people": 2}]
    assert body["suggested_accounts"] == []
    assert [v["id"] for v in body["most_remixed"]] == [video.pk]
    assert body["most_remixed"][0]["remixes_count"] == 1
    assert video.owner.username in {person["handle"] for person in body["new_creators"]}


def test_discover_for_a_member_suggests_and_hides_what_they_may_not_see(
    user, follow_factory, user_factory, tagged_video
):
    friend, suggestion = user_factory(), user_factory(username="zoe")
    follow_factory(follower=user, followee=friend)
    follow_factory(follower=friend, followee=suggestion)
    hidden = tagged_video(privacy__visibility=Visibility.FOLLOWERS)
    Comment.objects.create(video=hidden, author=friend, image="comments/r.jpg")
    client = APIClient()
    client.force_authenticate(user)
    body = client.get("/api/v1/discover/").json()
    assert [(p["handle"], p["followed_by_your_follows"]) for p in body["suggested_accounts"]] == [
        ("zoe", 1)
    ]
    assert body["most_remixed"] == []
