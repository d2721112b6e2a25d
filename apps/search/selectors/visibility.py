"""Who and what a viewer may find: the privacy policy's own selectors, plus the rules search
adds on top (blocks count in both directions, deactivated accounts are gone)."""

from django.db.models import Q, QuerySet

from apps.accounts.models import Block, User
from apps.privacy import policy
from apps.videos.models import Video


def _blocked_either_way(viewer: User, user_ref: str) -> Q:
    """The viewer blocked the user at ``user_ref``, or was blocked by them. The viewer's
    blocks are read once (uncorrelated subqueries), not probed for every row."""
    blocked = Block.objects.filter(blocker=viewer).values("blocked")
    blocked_by = Block.objects.filter(blocked=viewer).values("blocker")
    return Q(**{f"{user_ref}__in": blocked}) | Q(**{f"{user_ref}__in": blocked_by})


def people_findable_by(viewer: User | None) -> QuerySet[User]:
    """Active accounts, less those the viewer blocked or is blocked by."""
    people = User.objects.filter(is_active=True)
    if viewer is not None:
        people = people.exclude(_blocked_either_way(viewer, "pk"))
    return people


def videos_findable_by(viewer: User | None) -> QuerySet[Video]:
    """Ready videos ``videos_visible_to`` allows the viewer, of active accounts, less those of
    people the viewer blocked (the policy already hides those whose owner blocked them)."""
    videos = Video.objects.filter(status=Video.Status.READY, owner__is_active=True)
    videos = policy.videos_visible_to(videos, viewer)
    if viewer is not None:
        # Only the viewer's own blocks: asking the policy's question again would add nothing
        # but a third ``NOT IN``, which the planner takes to keep half the rows like the
        # others: it then thought an eighth of the videos findable and planned a hashtag
        # search's counts around that (docs/benchmarks.md, issue 22).
        blocked = Block.objects.filter(blocker=viewer).values("blocked")
        videos = videos.exclude(owner_id__in=blocked)
    return videos
