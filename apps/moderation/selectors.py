from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import median

from django.db.models import Case as DbCase
from django.db.models import Count, Q, QuerySet, Value, When
from django.utils import timezone

from apps.accounts.models import User
from apps.moderation.models import Appeal, Category, ModerationCase, Strike
from apps.moderation.services.appeals import appeal_deadline
from apps.moderation.services.strikes import strikes_active

DASHBOARD_DAYS = 7


@dataclass(frozen=True)
class Appealable:
    """A decision about someone (a rejected case or a strike) and whether they may appeal it."""

    decision: ModerationCase | Strike
    decided_at: datetime
    appeal: Appeal | None

    @property
    def appeal_until(self) -> datetime:
        return appeal_deadline(self.decided_at)

    @property
    def can_appeal(self) -> bool:
        return self.appeal is None and timezone.now() <= self.appeal_until


@dataclass(frozen=True)
class Standing:
    """What a person can see of moderation's decisions about them."""

    cases: list[Appealable]  # rejections of their content, newest first
    strikes: list[Appealable]
    active_strikes: int
    held: int  # content of theirs waiting for a moderator


def _appeal_of(decision: ModerationCase | Strike) -> Appeal | None:
    try:
        return decision.appeal
    except Appeal.DoesNotExist:
        return None


def standing_for_user(*, user: User) -> Standing:
    rejected = (
        ModerationCase.objects.filter(author=user, status=ModerationCase.Status.REJECTED)
        .select_related("decision_rule", "appeal")
        .order_by("-decided_at")[:50]
    )
    cases = [
        Appealable(case, case.decided_at or case.updated_at, _appeal_of(case)) for case in rejected
    ]
    strikes = [
        Appealable(strike, strike.created_at, _appeal_of(strike))
        for strike in Strike.objects.filter(user=user)
        .select_related("appeal")
        .order_by("-created_at")[:50]
    ]
    held = ModerationCase.objects.filter(
        author=user,
        status__in=ModerationCase.OPEN_STATUSES,
        stage__in=[ModerationCase.Stage.COMMENT, ModerationCase.Stage.PROMPT],
    ).count()
    return Standing(
        cases=cases, strikes=strikes, active_strikes=strikes_active(user=user), held=held
    )


def case_get_for_author(*, user: User, case_id: int) -> ModerationCase | None:
    return ModerationCase.objects.filter(pk=case_id, author=user).first()


def strike_get_for_user(*, user: User, strike_id: int) -> Strike | None:
    return Strike.objects.filter(pk=strike_id, user=user).first()


def cases_open() -> QuerySet[ModerationCase]:
    return ModerationCase.objects.filter(status__in=ModerationCase.OPEN_STATUSES)


@dataclass(frozen=True)
class Dashboard:
    queue_size: int
    escalated: int
    appeals_pending: int
    oldest_open_hours: float | None
    median_hours_to_decision: float | None
    decisions_by_category: list[dict[str, object]]  # label, approved, rejected, total


def dashboard_figures() -> Dashboard:
    now = timezone.now()
    since = now - timedelta(days=DASHBOARD_DAYS)
    open_cases = cases_open()
    oldest = open_cases.order_by("created_at").values_list("created_at", flat=True).first()
    decided = ModerationCase.objects.filter(decided_at__gte=since)
    durations = [
        (decided_at - created_at).total_seconds() / 3600
        for created_at, decided_at in decided.values_list("created_at", "decided_at")
        if decided_at is not None
    ]
    counts: dict[str, dict[str, int]] = {}
    for row in decided.values("category", "status").annotate(n=Count("id")):
        counts.setdefault(row["category"], {})[row["status"]] = row["n"]
    labels = dict(Category.choices)
    by_category: list[dict[str, object]] = [
        {
            "label": labels.get(category, "Uncategorised"),
            "approved": statuses.get(ModerationCase.Status.APPROVED, 0),
            "rejected": statuses.get(ModerationCase.Status.REJECTED, 0),
            "total": sum(statuses.values()),
        }
        for category, statuses in sorted(counts.items())
    ]
    return Dashboard(
        queue_size=open_cases.count(),
        escalated=open_cases.filter(status=ModerationCase.Status.ESCALATED).count(),
        appeals_pending=Appeal.objects.filter(status=Appeal.Status.PENDING).count(),
        oldest_open_hours=(now - oldest).total_seconds() / 3600 if oldest else None,
        median_hours_to_decision=median(durations) if durations else None,
        decisions_by_category=by_category,
    )


def text_decisions_labelled(*, since: date | None = None) -> list[dict[str, str]]:
    """Moderators' decisions on prompt and comment cases as corpus rows (``CORPUS_COLUMNS``):
    approved is allow/benign, rejected is block with the cited guideline's category (review when
    that is borderline); a rejection overturned on appeal counts as approved. Oldest first."""
    cases = (
        ModerationCase.objects.filter(
            stage__in=[ModerationCase.Stage.PROMPT, ModerationCase.Stage.COMMENT],
            status__in=[ModerationCase.Status.APPROVED, ModerationCase.Status.REJECTED],
        )
        .select_related("decision_rule", "appeal")
        .order_by("decided_at", "id")
    )
    if since is not None:
        cases = cases.filter(decided_at__date__gte=since)
    rows = []
    for case in cases:
        appeal = getattr(case, "appeal", None)
        overturned = appeal is not None and appeal.status == Appeal.Status.GRANTED
        if case.status == ModerationCase.Status.APPROVED or overturned:
            label, category = "allow", "benign"
        elif case.decision_rule is None:
            continue  # a rejection without a guideline says nothing we can learn from
        else:
            category = case.decision_rule.category
            label = "review" if category == Category.BORDERLINE else "block"
        comment = case.stage == ModerationCase.Stage.COMMENT
        text = (case.text or "").strip()
        rows.append(
            {
                "id": f"MOD-{case.pk}",
                "prompt": "" if comment else text,
                "caption": text if comment else (case.caption or "").strip(),
                "label": label,
                "category": category,
                "family": f"MOD-F{case.pk}",
                "lang": "und",
                "note": _decision_note(case, overturned=overturned),
            }
        )
    return [row for row in rows if row["prompt"] or row["caption"]]


def _decision_note(case: ModerationCase, *, overturned: bool) -> str:
    outcome = "rejection overturned on appeal" if overturned else str(case.status)
    day = f", {case.decided_at:%Y-%m-%d}" if case.decided_at else ""
    return f"moderator decision: {outcome} ({case.stage}{day})"


def case_next_open(*, after: ModerationCase) -> ModerationCase | None:
    """The queue's next open case after ``after`` (oldest first, the queue's order), wrapping
    round to the oldest; ``None`` when nothing else waits. One query."""
    later = Q(created_at__gt=after.created_at) | Q(created_at=after.created_at, pk__gt=after.pk)
    return (
        ModerationCase.objects.filter(status__in=ModerationCase.OPEN_STATUSES)
        .exclude(pk=after.pk)
        .annotate(wraps=DbCase(When(later, then=Value(0)), default=Value(1)))
        .order_by("wraps", "created_at", "id")
        .first()
    )


@dataclass(frozen=True)
class AuthorHistory:
    """What a moderator should know of a case's author: strikes and earlier cases."""

    strikes: list[Strike]
    cases: list[ModerationCase]
    cases_total: int


AUTHOR_HISTORY_SHOWN = 10


def author_history(*, case: ModerationCase) -> AuthorHistory:
    """The author's strikes and other cases, newest first (three queries)."""
    if case.author_id is None:
        return AuthorHistory([], [], 0)
    others = ModerationCase.objects.filter(author_id=case.author_id).exclude(pk=case.pk)
    return AuthorHistory(
        strikes=list(
            Strike.objects.filter(user_id=case.author_id).order_by("-created_at")[
                :AUTHOR_HISTORY_SHOWN
            ]
        ),
        cases=list(
            others.select_related("decision_rule").order_by("-created_at")[:AUTHOR_HISTORY_SHOWN]
        ),
        cases_total=others.count(),
    )
