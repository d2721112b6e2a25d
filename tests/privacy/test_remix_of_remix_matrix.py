"""Who may remix a remix: the video's creator's settings and the remix's requester's own, the
strictest winning, and blocks in every direction among the three people.

Three people: the creator (C) of the video, the remixer (A) who made the remix being remixed,
and the requester (R) who asks for a remix of it. Each row states the outcome and, for a
refusal, whose words the message carries.
"""

import pytest

from apps.accounts.models import Block, Follow
from apps.privacy import policy
from apps.privacy.models import AccountPrivacy, RemixKind
from apps.privacy.services import account_privacy_update, remix_consent_check
from tests.factories import VideoFactory

pytestmark = pytest.mark.django_db

ALL_KINDS = list(RemixKind.values)


@pytest.fixture
def trio(user_factory):
    creator = user_factory(username="carol")
    remixer = user_factory(username="alice")
    requester = user_factory(username="rob")
    video = VideoFactory(owner=creator)
    type(video.privacy).objects.filter(pk=video.privacy.pk).update(
        remix_audience="everyone", remix_kinds=ALL_KINDS
    )
    video.refresh_from_db()
    return creator, remixer, requester, video


def _remixer_settings(remixer, **changes):
    AccountPrivacy.objects.update_or_create(
        user=remixer, defaults={"remix_kinds": ALL_KINDS, "remix_audience": "everyone", **changes}
    )


# (creator's video settings, remixer's account settings, kind, allowed, whose words)
SETTINGS = [
    ({}, {}, "restyle", True, ""),
    ({"remix_audience": "no_one"}, {}, "restyle", False, "carol"),
    ({}, {"remixes_of_remixes": "no_one"}, "restyle", False, "alice"),
    ({}, {"remix_audience": "no_one"}, "restyle", False, "alice"),
    ({}, {"remix_kinds": []}, "restyle", False, "alice"),
    ({}, {"remix_audience": "followers"}, "restyle", False, "alice"),
    ({}, {"remix_audience": "friends"}, "restyle", False, "alice"),
    ({"remix_kinds": ["restyle"]}, {}, "face", False, "carol"),
    ({}, {"remix_kinds": ["restyle"]}, "face", False, "alice"),
    ({}, {"remix_kinds": ["restyle"]}, "restyle", True, ""),
    ({"remix_kinds": ["restyle", "face"]}, {"remix_kinds": ["face"]}, "face", True, ""),
    ({"remix_audience": "followers"}, {}, "restyle", False, "carol"),
]


@pytest.mark.parametrize(("video_settings", "remixer_settings", "kind", "allowed", "who"), SETTINGS)
def test_the_strictest_of_both_settings_wins(
    trio, video_settings, remixer_settings, kind, allowed, who
):
    _creator, remixer, requester, video = trio
    if video_settings:
        type(video.privacy).objects.filter(pk=video.privacy.pk).update(**video_settings)
        video.refresh_from_db()
    _remixer_settings(remixer, **remixer_settings)

    decision = policy.can_remix_remix(requester, video, kind, remixers=[remixer])

    assert bool(decision) is allowed, decision.message
    if not allowed:
        assert f"@{who}" in decision.message


def test_following_the_remixer_opens_their_followers_only_remixes(trio):
    _creator, remixer, requester, video = trio
    _remixer_settings(remixer, remix_audience="followers")
    Follow.objects.create(follower=requester, followee=remixer)

    assert policy.can_remix_remix(requester, video, "restyle", remixers=[remixer])


def test_a_new_account_follows_its_defaults_face_edits_start_off(trio):
    """No saved settings: the site's defaults (face and voice off) speak for the remixer."""
    _creator, remixer, requester, video = trio

    restyle = policy.can_remix_remix(requester, video, "restyle", remixers=[remixer])
    face = policy.can_remix_remix(requester, video, "face", remixers=[remixer])

    assert restyle
    assert not face
    assert face.code == "remix_kind_not_allowed"
    assert "@alice allows" in face.message
    assert "but not face edits" in face.message


# (blocker, blocked): every direction among the three people refuses.
BLOCKS = [
    ("creator", "requester"),
    ("remixer", "requester"),
    ("requester", "remixer"),
    ("creator", "remixer"),
    ("remixer", "creator"),
]


@pytest.mark.parametrize(("blocker", "blocked"), BLOCKS)
def test_a_block_in_any_direction_among_the_three_refuses(trio, blocker, blocked):
    creator, remixer, requester, video = trio
    people = {"creator": creator, "remixer": remixer, "requester": requester}
    _remixer_settings(remixer)
    Block.objects.create(blocker=people[blocker], blocked=people[blocked])

    decision = policy.can_remix_remix(requester, video, "restyle", remixers=[remixer])

    assert not decision
    assert decision.code in {"blocked", "remix_blocked"}
    # The message names the other person: who refused the requester, or whom they blocked.
    named = people[blocked] if blocker == "requester" else people[blocker]
    assert f"@{named.username}" in decision.message


def test_the_requester_blocking_the_creator_still_leaves_direct_remixes_as_they_were(trio):
    """A block the requester made never stood in the way of their own remix of a video; it does
    for a remix of someone's remix, where the creator is one of the people involved."""
    creator, remixer, requester, video = trio
    Block.objects.create(blocker=requester, blocked=creator)
    _remixer_settings(remixer)

    assert policy.can_remix(requester, video, "restyle")
    assert not policy.can_remix_remix(requester, video, "restyle", remixers=[remixer])


def test_every_remixer_up_the_chain_counts_and_approvals_are_collected(trio, user_factory):
    _creator, remixer, requester, video = trio
    first = user_factory(username="first")
    _remixer_settings(remixer, remix_requires_approval=True)
    _remixer_settings(first)

    allowed = policy.can_remix_remix(requester, video, "restyle", remixers=[remixer, first])
    assert allowed
    assert allowed.approvers == (remixer.pk,)

    _remixer_settings(first, remixes_of_remixes="no_one")
    refused = policy.can_remix_remix(requester, video, "restyle", remixers=[remixer, first])
    assert not refused
    assert "@first" in refused.message


def test_remixing_your_own_remix_needs_only_the_creator(trio):
    _creator, remixer, _requester, video = trio
    _remixer_settings(remixer, remixes_of_remixes="no_one")

    assert policy.can_remix_remix(remixer, video, "restyle", remixers=[remixer])


def test_the_consent_check_refuses_when_a_remixer_is_gone(trio):
    _creator, remixer, requester, video = trio
    _remixer_settings(remixer)
    remixer.is_active = False
    remixer.save(update_fields=["is_active"])

    decision = remix_consent_check(
        requester_id=requester.pk, video_id=video.pk, kind="restyle", remixer_ids=[remixer.pk]
    )

    assert (bool(decision), decision.code) == (False, "remixer_gone")


def test_the_setting_is_the_accounts_own_and_checked(trio):
    from apps.core.errors import ApplicationError

    _creator, remixer, _requester, _video = trio
    saved = account_privacy_update(user=remixer, remixes_of_remixes="no_one")
    assert saved.remixes_of_remixes == "no_one"
    with pytest.raises(ApplicationError) as refused:
        account_privacy_update(user=remixer, remixes_of_remixes="everyone")
    assert refused.value.code == "invalid"
    assert "remixes_of_remixes" in refused.value.extra["fields"]
