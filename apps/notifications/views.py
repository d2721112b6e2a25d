from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST, require_safe

from apps.accounts.http import request_user
from apps.notifications import selectors, services

ALL_READ = "All notifications are marked as read."


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
    return render(request, "notifications/list.html", {"page": page, "before": before})


@login_required
@require_POST
def notifications_read(request: HttpRequest) -> HttpResponse:
    services.notifications_mark_read(recipient=request_user(request))
    messages.success(request, ALL_READ)
    return redirect("notifications:list")
