"""The moderators' tools: the review queue, appeals, strikes and suspensions, the audit log, the
guidelines themselves and a dashboard. Every action goes through a service, which audits it."""

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.forms.models import model_to_dict
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.timesince import timesince
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from apps.accounts.http import request_user
from apps.accounts.models import User
from apps.core.errors import ApplicationError
from apps.moderation import selectors
from apps.moderation.evidence import evidence_in_words, text_highlighted
from apps.moderation.forms import AppealDecisionForm, BulkRejectForm, CaseDecisionForm
from apps.moderation.handlers import ContentPreview, handler_get
from apps.moderation.models import (
    DECIDE_APPEALS,
    DECIDE_CASES,
    Appeal,
    AuditEntry,
    GuidelineRule,
    ModerationCase,
    PublicFigure,
    Strike,
    SuspendedUser,
)
from apps.moderation.services import appeals, cases, rules, strikes
from apps.moderation.services.appeals import appeal_deadline

if TYPE_CHECKING:
    from django.contrib.admin.filters import _ListFilterChoices  # the stubs' type, not at run time


def _preview(case: ModerationCase) -> ContentPreview:
    try:
        return handler_get(case.content_type).preview(case.object_id)
    except LookupError as error:
        return ContentPreview(exists=False, summary=str(error))


def _audit_trail(target_type: str, target_id: int) -> QuerySet[AuditEntry]:
    return AuditEntry.objects.filter(target_type=target_type, target_id=str(target_id))


class QueueFilter(admin.SimpleListFilter):
    """Open cases by default: the queue is what needs a decision."""

    title = "queue"
    parameter_name = "queue"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("decided", "Decided"), ("all", "All")]

    def choices(self, changelist: Any) -> Any:
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": "Waiting for a decision",
        }
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() == "all":
            return queryset
        if self.value() == "decided":
            return queryset.exclude(status__in=ModerationCase.OPEN_STATUSES)
        return queryset.filter(status__in=ModerationCase.OPEN_STATUSES)


class QueueChangeList(ChangeList):
    """The queue's page of cases, each with its content's thumbnail: one query per kind of
    content on the page, whatever the number of cases."""

    def get_results(self, request: HttpRequest) -> None:
        super().get_results(request)
        by_type: dict[str, list[ModerationCase]] = {}
        for case in self.result_list:
            by_type.setdefault(case.content_type, []).append(case)
        for content_type, rows in by_type.items():
            try:
                urls = handler_get(content_type).thumbnails([case.object_id for case in rows])
            except LookupError:
                urls = {}
            for case in rows:
                case.thumbnail_url = urls.get(case.object_id, "")  # type: ignore[attr-defined]


class _ReadOnly(admin.ModelAdmin):
    """Rows that only services write."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


def _bulk(
    request: HttpRequest,
    queryset: QuerySet[Any],
    action: Callable[[Any], Any],
    done: tuple[str, str],
) -> None:
    """Apply a service to each selected row; one refusal does not stop the others."""
    succeeded, refused = 0, []
    for row in queryset:
        try:
            action(row)
            succeeded += 1
        except ApplicationError as error:
            refused.append(f"#{row.pk}: {error.message}")
    if succeeded:
        messages.success(request, ngettext(*done, succeeded).format(count=succeeded))
    for refusal in refused:
        messages.warning(request, refusal)


@admin.register(ModerationCase)
class ModerationCaseAdmin(_ReadOnly):
    list_display = ["id", "thumbnail", "what", "author", "excerpt", "age", "reports"]
    list_display_links = ["id", "excerpt"]
    list_filter = [
        QueueFilter,
        "stage",
        "category",
        "status",
        ("assigned_to", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["author", "assigned_to"]
    list_per_page = 50
    search_fields = ["text", "caption", "author__username"]
    ordering = ["created_at", "id"]
    actions = ["approve_selected", "reject_selected", "escalate_selected", "assign_to_me"]
    change_list_template = "admin/moderation/moderationcase/change_list.html"

    def get_changelist(self, request: HttpRequest, **kwargs: Any) -> type[ChangeList]:
        return QueueChangeList

    @admin.display(description="")
    def thumbnail(self, case: ModerationCase) -> str:
        url = getattr(case, "thumbnail_url", "")
        if not url:
            return format_html('<span class="moderation-thumb-none">{}</span>', "—")
        return format_html(
            '<img class="moderation-thumb" src="{}" alt="" width="56" height="56" loading="lazy">',
            url,
        )

    @admin.display(description=_("Case"), ordering="stage")
    def what(self, case: ModerationCase) -> str:
        parts = [case.get_stage_display(), case.get_category_display() if case.category else ""]
        status = case.get_status_display()
        return format_html(
            "{}<br><small>{}</small>", " · ".join(part for part in parts if part), status
        )

    @admin.display(description=_("Content"))
    def excerpt(self, case: ModerationCase) -> str:
        text = " / ".join(part for part in (case.text, case.caption) if part)
        return (text[:60] + "…") if len(text) > 60 else (text or "(image)")

    @admin.display(description=_("Reports"), ordering="report_count")
    def reports(self, case: ModerationCase) -> int:
        return case.report_count

    @admin.display(description=_("Waiting"), ordering="created_at")
    def age(self, case: ModerationCase) -> str:
        return timesince(case.created_at, case.decided_at or timezone.now(), depth=1)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_view_permission(request, obj) or request.user.has_perm(DECIDE_CASES)

    def get_urls(self) -> list[URLPattern]:
        dashboard = path(
            "dashboard/",
            self.admin_site.admin_view(self.dashboard_view),
            name="moderation_dashboard",
        )
        return [dashboard, *super().get_urls()]

    def _decider(self, request: HttpRequest) -> User:
        if not request.user.has_perm(DECIDE_CASES):
            raise PermissionDenied
        return request_user(request)

    # --- One case -------------------------------------------------------------------------

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        case = get_object_or_404(
            ModerationCase.objects.select_related(
                "author", "creator", "assigned_to", "decided_by", "decision_rule"
            ),
            pk=object_id,
        )
        if not self.has_view_permission(request, case):
            raise PermissionDenied
        form = CaseDecisionForm(request.POST or None)
        if request.method == "POST":
            moderator = self._decider(request)
            if "assign" in request.POST:
                assignee = moderator if request.POST["assign"] == "me" else None
                return self._apply(
                    request, lambda: self._assign(case, moderator, assignee), request.path
                )
            if form.is_valid():
                then = reverse("admin:moderation_moderationcase_changelist")
                if "save_next" in request.POST:
                    following = selectors.case_next_open(after=case)
                    if following is not None:
                        then = reverse(
                            "admin:moderation_moderationcase_change", args=[following.pk]
                        )
                return self._apply(request, lambda: self._decide(case, moderator, form), then)
        preview = _preview(case)
        evidence = evidence_in_words(case.evidence.get("screenings", []))
        following = selectors.case_next_open(after=case)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Case {case.pk}",
            "case": case,
            "preview": preview,
            "evidence": evidence,
            "text_marked": text_highlighted(
                case.text, [word for line in evidence for word in line.words]
            ),
            "caption_marked": text_highlighted(
                case.caption, [word for line in evidence for word in line.words]
            ),
            "history": selectors.author_history(case=case),
            "next_case": following,
            "reports": case.evidence.get("reports", []),
            "form": form,
            "can_decide": request.user.has_perm(DECIDE_CASES) and case.is_open,
            "audit": _audit_trail("case", case.pk),
            "appeal": Appeal.objects.filter(case=case).first(),
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/moderation/moderationcase/review.html", context)

    def _decide(self, case: ModerationCase, moderator: User, form: CaseDecisionForm) -> str:
        data = form.cleaned_data
        if data["decision"] == CaseDecisionForm.APPROVE:
            cases.case_approve(case=case, moderator=moderator, message=data["message"])
            return f"Case {case.pk} approved."
        if data["decision"] == CaseDecisionForm.REJECT:
            cases.case_reject(
                case=case,
                moderator=moderator,
                rule=data["rule"],
                message=data["message"],
                strike=data["strike"],
            )
            return f"Case {case.pk} rejected."
        cases.case_escalate(case=case, moderator=moderator, note=data["message"])
        return f"Case {case.pk} escalated."

    def _assign(self, case: ModerationCase, moderator: User, assignee: User | None) -> str:
        cases.case_assign(case=case, moderator=assignee, actor=moderator)
        return f"Case {case.pk} assigned to you." if assignee else f"Case {case.pk} unassigned."

    def _apply(
        self, request: HttpRequest, action: Callable[[], str], redirect_to: str
    ) -> HttpResponse:
        """Run a decision; a refusal (say, someone decided first) is shown on the case."""
        try:
            done = action()
        except ApplicationError as error:
            messages.error(request, error.message)
            return HttpResponseRedirect(request.path)
        messages.success(request, done)
        return HttpResponseRedirect(redirect_to)

    # --- Bulk actions ---------------------------------------------------------------------

    @admin.action(description=_("Approve the selected cases"))
    def approve_selected(self, request: HttpRequest, queryset: QuerySet[ModerationCase]) -> None:
        moderator = self._decider(request)
        _bulk(
            request,
            queryset,
            lambda case: cases.case_approve(case=case, moderator=moderator),
            ("{count} case approved.", "{count} cases approved."),
        )

    @admin.action(description=_("Escalate the selected cases"))
    def escalate_selected(self, request: HttpRequest, queryset: QuerySet[ModerationCase]) -> None:
        moderator = self._decider(request)
        _bulk(
            request,
            queryset,
            lambda case: cases.case_escalate(case=case, moderator=moderator),
            ("{count} case escalated.", "{count} cases escalated."),
        )

    @admin.action(description=_("Assign the selected cases to me"))
    def assign_to_me(self, request: HttpRequest, queryset: QuerySet[ModerationCase]) -> None:
        moderator = self._decider(request)
        _bulk(
            request,
            queryset,
            lambda case: cases.case_assign(case=case, moderator=moderator, actor=moderator),
            ("{count} case assigned to you.", "{count} cases assigned to you."),
        )

    @admin.action(description=_("Reject the selected cases…"))
    def reject_selected(
        self, request: HttpRequest, queryset: QuerySet[ModerationCase]
    ) -> HttpResponse | None:
        """Asks for the guideline first (an intermediate page), then rejects each case."""
        moderator = self._decider(request)
        form = BulkRejectForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            data = form.cleaned_data
            _bulk(
                request,
                queryset,
                lambda case: cases.case_reject(
                    case=case,
                    moderator=moderator,
                    rule=data["rule"],
                    message=data["message"],
                    strike=data["strike"],
                ),
                ("{count} case rejected.", "{count} cases rejected."),
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Reject the selected cases",
            "cases": queryset,
            "form": form,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/moderation/moderationcase/reject.html", context)

    # --- Dashboard ------------------------------------------------------------------------

    def dashboard_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Moderation dashboard",
            "figures": selectors.dashboard_figures(),
            "days": selectors.DASHBOARD_DAYS,
        }
        return TemplateResponse(request, "admin/moderation/dashboard.html", context)


@admin.register(Appeal)
class AppealAdmin(_ReadOnly):
    list_display = ["id", "appellant", "about", "status", "created_at", "decided_by"]
    list_filter = ["status", "created_at"]
    list_select_related = ["appellant", "decided_by"]
    search_fields = ["text", "appellant__username"]
    ordering = ["status", "created_at"]

    @admin.display(description=_("Appeal of"))
    def about(self, appeal: Appeal) -> str:
        return f"Case {appeal.case_id}" if appeal.case_id else f"Strike {appeal.strike_id}"

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_view_permission(request, obj) or request.user.has_perm(DECIDE_APPEALS)

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        appeal = get_object_or_404(
            Appeal.objects.select_related("appellant", "case__decision_rule", "strike__case"),
            pk=object_id,
        )
        if not self.has_view_permission(request, appeal):
            raise PermissionDenied
        form = AppealDecisionForm(request.POST or None)
        if request.method == "POST":
            if not request.user.has_perm(DECIDE_APPEALS):
                raise PermissionDenied
            if form.is_valid():
                grant = form.cleaned_data["decision"] == "grant"
                try:
                    appeals.appeal_decide(
                        appeal=appeal,
                        moderator=request_user(request),
                        grant=grant,
                        message=form.cleaned_data["message"],
                    )
                except ApplicationError as error:
                    messages.error(request, error.message)
                    return HttpResponseRedirect(request.path)
                decided = _("Appeal {pk} granted.") if grant else _("Appeal {pk} denied.")
                messages.success(request, decided.format(pk=appeal.pk))
                return HttpResponseRedirect(reverse("admin:moderation_appeal_changelist"))
        decided_at = appeal.case.decided_at if appeal.case else appeal.strike.created_at  # type: ignore[union-attr]
        pending = appeal.status == Appeal.Status.PENDING
        own_decision = pending and request.user.pk in appeals.appeal_deciders_excluded(appeal)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Appeal {appeal.pk}",
            "appeal": appeal,
            "preview": _preview(appeal.case) if appeal.case else None,
            "deadline": appeal_deadline(decided_at) if decided_at else None,
            "form": form,
            "can_decide": request.user.has_perm(DECIDE_APPEALS)
            and appeal.status == Appeal.Status.PENDING
            and not own_decision,
            "own_decision": appeals.APPEAL_OWN_DECISION if own_decision else "",
            "needs_administrator": pending and appeals.appeal_needs_administrator(appeal),
            "audit": _audit_trail("appeal", appeal.pk),
        }
        return TemplateResponse(request, "admin/moderation/appeal/review.html", context)


@admin.register(Strike)
class StrikeAdmin(_ReadOnly):
    list_display = ["id", "user", "category", "reason", "created_at", "issued_by", "overturned_at"]
    list_filter = ["category", "created_at", "overturned_at"]
    list_select_related = ["user", "issued_by"]
    search_fields = ["user__username", "reason"]


@admin.register(SuspendedUser)
class SuspendedUserAdmin(_ReadOnly):
    list_display = ["username", "remix_suspended_until", "active_strikes"]
    search_fields = ["username"]
    actions = ["lift_suspension"]
    fields = ["username", "display_name", "remix_suspended_until"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[SuspendedUser]:
        return super().get_queryset(request).filter(remix_suspended_until__gt=timezone.now())

    @admin.display(description=_("Strikes in the window"))
    def active_strikes(self, user: SuspendedUser) -> int:
        return strikes.strikes_active(user=user)

    @admin.action(description=_("Lift the suspension of the selected accounts"))
    def lift_suspension(self, request: HttpRequest, queryset: QuerySet[SuspendedUser]) -> None:
        if not request.user.has_perm("moderation.change_suspendeduser"):
            raise PermissionDenied
        moderator = request_user(request)
        _bulk(
            request,
            queryset,
            lambda user: strikes.suspension_lift(
                user=user, actor=moderator, reason="Lifted by a moderator"
            ),
            ("{count} suspension lifted.", "{count} suspensions lifted."),
        )


class _BlankNamedFilter(admin.AllValuesFieldListFilter):
    """Admin's filter by a field's values, with the blank value named: its link had no text,
    which a screen reader cannot announce (axe-core: link-name)."""

    def choices(self, changelist: ChangeList) -> Iterator["_ListFilterChoices"]:
        for choice in super().choices(changelist):
            choice["display"] = choice["display"] or "(none)"
            yield choice


@admin.register(AuditEntry)
class AuditEntryAdmin(_ReadOnly):
    list_display = ["created_at", "actor", "action", "target_type", "target_id", "category"]
    list_filter = ["action", "target_type", ("category", _BlankNamedFilter), "created_at"]
    search_fields = ["actor", "target_id", "reason"]
    date_hierarchy = "created_at"

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        return {}  # not even "delete selected"


class _AuditedGuidelineData(admin.ModelAdmin):
    """Moderators edit the guidelines here; each change is audited and reloads the screeners."""

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        before = model_to_dict(type(obj).objects.get(pk=obj.pk)) if change else None
        rules.guideline_data_save(actor=request_user(request), instance=obj, before=before)

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        rules.guideline_data_delete(actor=request_user(request), instance=obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for obj in queryset:
            rules.guideline_data_delete(actor=request_user(request), instance=obj)


@admin.register(GuidelineRule)
class GuidelineRuleAdmin(_AuditedGuidelineData):
    list_display = [
        "title",
        "category",
        "action",
        "severity",
        "escalate",
        "certain",
        "enabled",
        "updated_at",
    ]
    list_filter = ["category", "action", "enabled"]
    search_fields = ["title", "slug", "guideline"]
    fieldsets = [
        (None, {"fields": ["slug", "title", "category", "guideline", "enabled"]}),
        ("Decision", {"fields": ["action", "severity", "escalate", "certain"]}),
        ("Matching", {"fields": ["phrases", "patterns", "all_of", "exceptions"]}),
        ("Semantic matching", {"fields": ["exemplars", "semantic_threshold"]}),
    ]


@admin.register(PublicFigure)
class PublicFigureAdmin(_AuditedGuidelineData):
    list_display = ["name", "aliases", "enabled"]
    list_filter = ["enabled"]
    search_fields = ["name"]
