from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django.views.decorators.http import require_POST, require_safe

from apps.accounts.http import request_user
from apps.notifications import selectors, services
from apps.notifications.grouping import notifications_group

ALL_READ = gettext_noop("All notifications are marked as read.")


@login_required
@require_safe
def notification_list(request: HttpRequest) -> HttpResponse:
    """Your notifications, newest first. Opening the page reads what it shows, as in most
    apps: those still unread are marked read now and highlighted this once."""
    user = request_user(request)
    before = request.GET.get("before", "")
    page = selectors.notifications_for_user(
        user=user, before_id=int(before) if before.isdigit() else None
    )
    shown_unread = [
        notification.pk for notification in page.notifications if notification.is_unread
    ]
    if shown_unread:
        services.notifications_mark_read(recipient=user, ids=shown_unread)
    groups = notifications_group(page.notifications)
    return render(
        request, "notifications/list.html", {"page": page, "groups": groups, "before": before}
    )


@login_required
@require_POST
def notifications_read(request: HttpRequest) -> HttpResponse:
    services.notifications_mark_read(recipient=request_user(request))
    messages.success(request, _(ALL_READ))
    return redirect("notifications:list")
