import pytest

from apps.comments.models import Comment
from apps.moderation.models import GuidelineRule, ModerationCase, Verdict
from apps.moderation.screening.result import Screening
from apps.moderation.services.cases import case_open
from apps.moderation.services.moderators import moderator_grant


@pytest.fixture
def moderator(user_factory):
    return moderator_grant(user=user_factory(username="moda"))


@pytest.fixture
def harassment_rule(db):
    return GuidelineRule.objects.create(
        slug="test-harassment",
        category="harassment",
        title="Harassment of the person in the video",
        guideline="Don't harass or humiliate the person in the video.",
        action=GuidelineRule.Action.BLOCK,
        phrases=["worthless"],
    )


def held_screening(category: str = "harassment", *, escalate: bool = False) -> Screening:
    return Screening(
        verdict=Verdict.REVIEW,
        category=category,
        message="Held for review.",
        rule="test-rule",
        escalate=escalate,
        evidence=[{"rule": "test-rule", "kind": "phrase", "match": "worthless"}],
        screener="text",
    )


@pytest.fixture
def held_comment(comment_factory):
    """A comment that text screening held, with its open case."""

    def make(**kwargs) -> tuple[Comment, ModerationCase]:
        comment = comment_factory(status=Comment.Status.PENDING, **kwargs)
        case = case_open(
            content_type="comments.comment",
            object_id=comment.pk,
            stage=ModerationCase.Stage.COMMENT,
            author=comment.author,
            creator=comment.video.owner,
            screening=held_screening(),
            text=comment.body,
        )
        return comment, case

    return make
