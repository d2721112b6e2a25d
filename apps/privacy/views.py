from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from apps.accounts.http import request_user
from apps.accounts.models import RemixesInComments
from apps.core.errors import ApplicationError
from apps.privacy import selectors, services
from apps.privacy.forms import AccountPrivacyForm, PrivacyForm
from apps.privacy.models import VideoPrivacy

# The answer to "also remove remixes already published that these settings no longer allow?".
REMIXES_REMOVE, REMIXES_KEEP = "remove", "keep"


def _removed_text(removed: int) -> str:
    if not removed:
        return ""
    return " " + ngettext(
        "Removed {count} published remix; you can restore it from your studio for a while.",
        "Removed {count} published remixes; you can restore them from your studio for a while.",
        removed,
    ).format(count=removed)


@login_required
def video_privacy(request: HttpRequest, video_id: int) -> HttpResponse:
    """Settings of one video. A change that leaves published remixes the new settings would
    not allow asks first, with their count: remove them too, or keep them."""
    video = selectors.video_get_for_owner(video_id=video_id, user=request_user(request))
    form = PrivacyForm(request.POST or None, initial=video.privacy.values())
    if request.method == "POST" and form.is_valid():
        changes: dict[str, Any] = form.cleaned_data
        answer = request.POST.get("remixes")
        try:
            if answer not in (REMIXES_REMOVE, REMIXES_KEEP):
                disallowed = selectors.remixes_disallowed_by_change(video=video, changes=changes)
                if disallowed:
                    proposed = selectors.video_privacy_proposed(video=video, changes=changes)
                    return _confirm_removal(request, form, video, proposed, len(disallowed))
            change = services.video_privacy_change(
                video=video, remove_disallowed_remixes=answer == REMIXES_REMOVE, **changes
            )
        except ApplicationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("Privacy settings saved.") + _removed_text(change.removed))
            return redirect("privacy:video", video_id=video.pk)
    return render(
        request,
        "privacy/video.html",
        {"video": video, "form": form, "summary": selectors.privacy_summary(video.privacy)},
        status=400 if form.errors else 200,
    )


def _confirm_removal(
    request: HttpRequest, form: PrivacyForm, video: Any, proposed: VideoPrivacy, count: int
) -> HttpResponse:
    return render(
        request,
        "privacy/confirm_removal.html",
        {
            "video": video,
            "count": count,
            "summary": selectors.privacy_summary(proposed),
            # The choices made, posted again with the answer.
            "hidden": [
                (name, value) for name in form.fields for value in request.POST.getlist(name)
            ],
        },
    )


@login_required
def account_privacy(request: HttpRequest) -> HttpResponse:
    user = request_user(request)
    defaults = selectors.account_privacy_get(user=user)
    form = AccountPrivacyForm(
        request.POST or None,
        initial={**defaults.values(), "remixes_of_remixes": defaults.remixes_of_remixes},
    )
    if request.method == "POST" and form.is_valid():
        try:
            changes = dict(form.cleaned_data)
            if not changes.get("remixes_of_remixes"):
                changes.pop("remixes_of_remixes", None)
            services.account_privacy_update(user=user, **changes)
        except ApplicationError as error:
            form.add_service_error(error)
        else:
            messages.success(
                request, _("Defaults saved. They apply to videos you post from now on.")
            )
            return redirect("privacy:account")
    differing = selectors.videos_differing_from_defaults(user=user).count()
    return render(
        request,
        "privacy/account.html",
        {
            "form": form,
            "summary": selectors.privacy_summary(defaults),
            "differing": differing,
            "remixes_choices": RemixesInComments.choices,
            # Counted only when no video differs (else apply-to-all's page counts them).
            "disallowed": 0
            if differing
            else len(selectors.remixes_disallowed_by_defaults(user=user)),
        },
        status=400 if form.errors else 200,
    )


@login_required
def apply_to_all(request: HttpRequest) -> HttpResponse:
    """GET asks for confirmation, listing each video that would change with what the defaults
    would loosen on it, and how many published remixes the resulting settings no longer allow
    (removed only if asked); POST applies, keeping stricter videos as they are if asked."""
    user = request_user(request)
    if request.method == "POST":
        applied = services.privacy_apply_to_all(
            user=user,
            remove_disallowed_remixes=request.POST.get("also_remove") == "on",
            keep_stricter=request.POST.get("keep_stricter") == "on",
        )
        changed = applied.changed
        text = ngettext(
            "Applied your defaults to {count} video.",
            "Applied your defaults to {count} videos.",
            changed,
        ).format(count=changed)
        if applied.kept:
            text += " " + ngettext(
                "Kept {count} stricter video as it was.",
                "Kept {count} stricter videos as they were.",
                applied.kept,
            ).format(count=applied.kept)
        messages.success(request, text + _removed_text(applied.removed))
        return redirect("privacy:account")
    defaults = selectors.account_privacy_get(user=user)
    plan = selectors.apply_to_all_plan(user=user)
    loosened = [change for change in plan if change.loosens]
    return render(
        request,
        "privacy/apply_to_all.html",
        {
            "count": len(plan),
            "plan": plan,
            "loosened": len(loosened),
            "disallowed": len(selectors.remixes_disallowed_by_defaults(user=user)),
            "disallowed_keeping": len(
                selectors.remixes_disallowed_by_defaults(user=user, keep_stricter=True)
            ),
            "summary": selectors.privacy_summary(defaults),
        },
    )
