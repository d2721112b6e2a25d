from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from apps.accounts.models import Block, Follow
from apps.privacy.models import PrivacySettings

ROLES = [
    "anonymous",
    "owner",
    "follower",
    "friend",
    "stranger",
    "blocked",
    "moderator",
    "suspended",
]


@pytest.fixture
def world(user_factory):
    """One creator and one person in each relation to them."""
    owner = user_factory(username="creator")
    people = {
        "anonymous": AnonymousUser(),
        "owner": owner,
        "follower": user_factory(username="follower"),
        "friend": user_factory(username="friend"),
        "stranger": user_factory(username="stranger"),
        "blocked": user_factory(username="blocked"),
        "moderator": user_factory(username="moderator", is_staff=True),
        # A friend of the creator whose remix privilege is suspended.
        "suspended": user_factory(
            username="suspended", remix_suspended_until=timezone.now() + timedelta(days=3)
        ),
    }
    for role in ("follower", "friend", "suspended"):
        Follow.objects.create(follower=people[role], followee=owner)
    for role in ("friend", "suspended"):
        Follow.objects.create(follower=owner, followee=people[role])
    Block.objects.create(blocker=owner, blocked=people["blocked"])
    return people


@pytest.fixture
def video_of(world, video_factory):
    """``video_of(visibility=..., remix_audience=...)``: a ready video of the creator."""

    def make(**fields):
        privacy = {
            f"privacy__{key}": fields.pop(key) for key in PrivacySettings.FIELDS if key in fields
        }
        return video_factory(owner=world["owner"], **fields, **privacy)

    return make
