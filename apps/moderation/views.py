from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST, require_safe

from apps.accounts.http import request_user
from apps.core.errors import ApplicationError
from apps.moderation import selectors
from apps.moderation.forms import AppealForm
from apps.moderation.models import ModerationCase, Strike
from apps.moderation.services.appeals import appeal_create

APPEAL_FILED = _("Your appeal was sent. A moderator will answer here and in a notification.")


@login_required
@require_safe
def standing(request: HttpRequest) -> HttpResponse:
    """Your account's standing: decisions about your content, strikes, and their appeals."""
    user = request_user(request)
    return render(
        request,
        "moderation/standing.html",
        {
            "standing": selectors.standing_for_user(user=user),
            "appeal_form": AppealForm(),
            "strike_limit": settings.CLIPMIX_MODERATION_STRIKES_TO_SUSPEND,
            "strike_window": settings.CLIPMIX_MODERATION_STRIKE_WINDOW_DAYS,
            "appeal_days": settings.CLIPMIX_MODERATION_APPEAL_DAYS,
        },
    )


def _appeal(
    request: HttpRequest, *, case: ModerationCase | None = None, strike: Strike | None = None
) -> HttpResponse:
    form = AppealForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(error) for error in form.errors.get("text", [])))
        return redirect("moderation:standing")
    try:
        appeal_create(
            appellant=request_user(request),
            text=form.cleaned_data["text"],
            case=case,
            strike=strike,
        )
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, APPEAL_FILED)
    return redirect("moderation:standing")


@login_required
@require_POST
def case_appeal(request: HttpRequest, case_id: int) -> HttpResponse:
    case = selectors.case_get_for_author(user=request_user(request), case_id=case_id)
    if case is None:
        raise Http404("case")
    return _appeal(request, case=case)


@login_required
@require_POST
def strike_appeal(request: HttpRequest, strike_id: int) -> HttpResponse:
    strike = selectors.strike_get_for_user(user=request_user(request), strike_id=strike_id)
    if strike is None:
        raise Http404("strike")
    return _appeal(request, strike=strike)
