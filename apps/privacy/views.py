from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from apps.accounts.http import request_user
from apps.core.errors import ApplicationError
from apps.privacy import selectors, services
from apps.privacy.forms import PrivacyForm


@login_required
def video_privacy(request: HttpRequest, video_id: int) -> HttpResponse:
    video = selectors.video_get_for_owner(video_id=video_id, user=request_user(request))
    form = PrivacyForm(request.POST or None, initial=video.privacy.values())
    if request.method == "POST" and form.is_valid():
        try:
            services.video_privacy_update(video=video, **form.cleaned_data)
        except ApplicationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, "Privacy settings saved.")
            return redirect("privacy:video", video_id=video.pk)
    return render(
        request,
        "privacy/video.html",
        {"video": video, "form": form, "summary": selectors.privacy_summary(video.privacy)},
        status=400 if form.errors else 200,
    )


@login_required
def account_privacy(request: HttpRequest) -> HttpResponse:
    user = request_user(request)
    defaults = selectors.account_privacy_get(user=user)
    form = PrivacyForm(request.POST or None, initial=defaults.values())
    if request.method == "POST" and form.is_valid():
        try:
            services.account_privacy_update(user=user, **form.cleaned_data)
        except ApplicationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, "Defaults saved. They apply to videos you post from now on.")
            return redirect("privacy:account")
    return render(
        request,
        "privacy/account.html",
        {
            "form": form,
            "summary": selectors.privacy_summary(defaults),
            "differing": selectors.videos_differing_from_defaults(user=user).count(),
        },
        status=400 if form.errors else 200,
    )


@login_required
def apply_to_all(request: HttpRequest) -> HttpResponse:
    """GET asks for confirmation, saying how many videos will change; POST applies."""
    user = request_user(request)
    if request.method == "POST":
        changed = services.privacy_apply_to_all(user=user)
        messages.success(
            request, f"Applied your defaults to {changed} video{'s' if changed != 1 else ''}."
        )
        return redirect("privacy:account")
    defaults = selectors.account_privacy_get(user=user)
    return render(
        request,
        "privacy/apply_to_all.html",
        {
            "count": selectors.videos_differing_from_defaults(user=user).count(),
            "summary": selectors.privacy_summary(defaults),
        },
    )
