"""Who may view, comment on and remix a video: every role against every setting.

Each table lists the roles that are allowed; every other role is refused. The same tables are
checked through the policy here and through pages, both kinds of API and the socket in
test_http_matrix.py.
"""

import pytest

from apps.privacy import policy
from tests.privacy.conftest import ROLES

VIEW = {
    "public": {"owner", "anonymous", "follower", "friend", "stranger", "moderator", "suspended"},
    "followers": {"owner", "follower", "friend", "moderator", "suspended"},
    "private": {"owner", "moderator"},
}
COMMENT = {
    "everyone": {"owner", "follower", "friend", "stranger", "moderator", "suspended"},
    "followers": {"owner", "follower", "friend", "moderator", "suspended"},
    "no_one": {"owner", "moderator"},
}
REMIX = {
    "everyone": {"owner", "follower", "friend", "stranger", "moderator"},
    "followers": {"owner", "follower", "friend"},
    "friends": {"owner", "friend"},
    "no_one": {"owner"},
}
# Remixing also needs the audience that may watch: moderators watch everything but remix only
# what their own relation to the creator allows.
REMIX_OF_RESTRICTED_VIDEOS = {
    "followers": {"owner", "follower", "friend"},
    "private": {"owner"},
}


def _cases(table):
    return [
        (setting, role, role in allowed) for setting, allowed in table.items() for role in ROLES
    ]


@pytest.mark.parametrize(("visibility", "role", "allowed"), _cases(VIEW))
def test_view(world, video_of, visibility, role, allowed):
    video = video_of(visibility=visibility)

    assert bool(policy.can_view(world[role], video)) is allowed


@pytest.mark.parametrize(("audience", "role", "allowed"), _cases(COMMENT))
def test_comment(world, video_of, audience, role, allowed):
    video = video_of(comment_audience=audience)

    assert bool(policy.can_comment(world[role], video)) is allowed


@pytest.mark.parametrize(("audience", "role", "allowed"), _cases(REMIX))
def test_remix(world, video_of, audience, role, allowed):
    video = video_of(remix_audience=audience)

    assert bool(policy.can_remix(world[role], video)) is allowed


@pytest.mark.parametrize(("visibility", "role", "allowed"), _cases(REMIX_OF_RESTRICTED_VIDEOS))
def test_remix_needs_the_watching_audience_too(world, video_of, visibility, role, allowed):
    video = video_of(visibility=visibility, remix_audience="everyone")

    assert bool(policy.can_remix(world[role], video)) is allowed


@pytest.mark.parametrize(
    ("audience", "role", "code", "message"),
    [
        ("no_one", "stranger", "remix_off", "@creator has turned off AI remixes for this video."),
        (
            "followers",
            "stranger",
            "remix_followers_only",
            "Only @creator's followers can remix this video.",
        ),
        (
            "friends",
            "follower",
            "remix_friends_only",
            "Only people @creator follows back can remix this video.",
        ),
        ("everyone", "blocked", "blocked", "You can't remix @creator's videos."),
        ("everyone", "anonymous", "not_authenticated", policy.LOG_IN_TO_REMIX),
    ],
)
def test_remix_refusals_say_why(world, video_of, audience, role, code, message):
    decision = policy.can_remix(world[role], video_of(remix_audience=audience))

    assert (decision.code, decision.message) == (code, message)


def test_a_suspended_remixer_is_told_until_when(world, video_of):
    decision = policy.can_remix(world["suspended"], video_of(remix_audience="everyone"))

    assert decision.code == "remix_suspended"
    assert decision.message.startswith("Your remix privilege is suspended until ")


def test_approval_mode_is_part_of_an_allowed_decision(world, video_of):
    video = video_of(remix_audience="everyone", remix_requires_approval=True)

    decision = policy.can_remix(world["stranger"], video)

    assert decision.allowed
    assert decision.requires_approval


def test_comment_refusals_say_why(world, video_of):
    assert policy.can_comment(world["stranger"], video_of(comment_audience="no_one")).message == (
        "@creator has turned off comments for this video."
    )
    assert policy.can_comment(
        world["stranger"], video_of(comment_audience="followers")
    ).message == ("Only @creator's followers can comment on this video.")


def test_a_video_without_settings_is_treated_as_private(world, video_of):
    video = video_of()
    video.privacy.delete()
    video.refresh_from_db()

    assert policy.can_view(world["owner"], video)
    assert not policy.can_view(world["stranger"], video)
    assert not policy.can_remix(world["friend"], video)


@pytest.mark.parametrize(("visibility", "role", "allowed"), _cases(VIEW))
def test_lists_filter_by_the_same_rule(world, video_of, visibility, role, allowed):
    from apps.videos.models import Video

    video = video_of(visibility=visibility)

    visible = policy.videos_visible_to(Video.objects.all(), world[role])

    assert visible.filter(pk=video.pk).exists() is allowed
