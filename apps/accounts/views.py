from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST, require_safe

from apps.accounts import errors, selectors, services
from apps.accounts.erasure import account_deletion_cancel, account_deletion_restorable
from apps.accounts.forms import LogInForm, ProfileForm, SignUpForm
from apps.accounts.http import request_user, request_viewer
from apps.accounts.models import RemixesInComments
from apps.core.errors import ApplicationError
from apps.core.http import client_ip
from apps.core.ratelimit import rate_limit_hit
from apps.privacy.selectors import videos_of_owner
from apps.remix.services import revoking


def sign_up(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("accounts:profile", handle=request.user.username)
    form = SignUpForm(request.POST or None)
    if request.method == "POST":
        rate_limit_hit(scope="sign_up", key=client_ip(request))
        if form.is_valid():
            try:
                user = services.user_sign_up(**form.cleaned_data)
            except ApplicationError as error:
                form.add_service_error(error)
            else:
                login(request, user, backend="apps.accounts.backends.AccountBackend")
                messages.success(
                    request, _("Welcome to Clipmix, @{handle}!").format(handle=user.username)
                )
                if not user.email_verified:
                    messages.info(request, errors.SIGN_UP_CHECK_MAIL.format(email=user.email))
                return redirect("accounts:profile", handle=user.username)
    return render(request, "accounts/sign_up.html", {"form": form}, status=_form_status(form))


class LogInView(LoginView):
    template_name = "accounts/log_in.html"
    authentication_form = LogInForm
    redirect_authenticated_user = True

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        services.log_in_attempt_count(
            client=client_ip(request), username=request.POST.get("username", "")
        )
        return super().post(request, *args, **kwargs)

    def form_valid(self, form: LogInForm) -> HttpResponse:  # type: ignore[override]
        user = form.get_user()
        if account_deletion_restorable(user):
            account_deletion_cancel(user=user)
            user.is_active = True
            messages.success(self.request, _("Welcome back: your account is restored."))
        return super().form_valid(form)

    def form_invalid(self, form: LogInForm) -> HttpResponse:  # type: ignore[override]
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def get_default_redirect_url(self) -> str:
        # People log in to watch: the feed, not their own profile (a ``next`` still wins).
        return reverse("videos:feed")


@require_safe
def profile(request: HttpRequest, handle: str) -> HttpResponse:
    account = selectors.user_get_by_handle(handle=handle, viewer=request_viewer(request))
    if account.username != handle:
        return redirect("accounts:profile", handle=account.username, permanent=True)
    viewer = request_viewer(request)
    videos = videos_of_owner(owner=account, viewer=viewer)
    # What "Block" offers to take down with it: their published remixes of the viewer's videos.
    their_remixes = 0
    if (
        viewer is not None
        and viewer.pk != account.pk
        and not getattr(account, "viewer_blocks", False)
    ):
        their_remixes = len(
            revoking.remixes_of_requester_published(creator=viewer, requester=account)
        )
    return render(
        request,
        "accounts/profile.html",
        {"account": account, "videos": videos, "their_remixes": their_remixes},
    )


def _back_to_profile(request: HttpRequest, handle: str) -> HttpResponse:
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return redirect(next_url)
    return redirect("accounts:profile", handle=handle)


@login_required
@require_POST
def follow(request: HttpRequest, handle: str) -> HttpResponse:
    account = selectors.user_get_by_handle(handle=handle)
    if request.POST.get("intent") == "unfollow":
        services.follow_delete(follower=request_user(request), followee=account)
    else:
        services.follow_create(follower=request_user(request), followee=account)
    return _back_to_profile(request, account.username)


@login_required
@require_POST
def block(request: HttpRequest, handle: str) -> HttpResponse:
    account = selectors.user_get_by_handle(handle=handle)
    if request.POST.get("intent") == "unblock":
        services.block_delete(blocker=request_user(request), blocked=account)
        messages.info(request, _("You unblocked @{handle}.").format(handle=account.username))
    else:
        removed = revoking.requester_block(
            creator=request_user(request),
            requester=account,
            also_remove=request.POST.get("also_remove") == "on",
        )
        text = _("You blocked @{handle}. They can't follow you now.").format(
            handle=account.username
        )
        if removed:
            text += " " + ngettext(
                "Removed their remix of your videos; you can restore it from your studio "
                "for a while.",
                "Removed {count} of their remixes of your videos; you can restore them from "
                "your studio for a while.",
                removed,
            ).format(count=removed)
        messages.info(request, text)
    return _back_to_profile(request, account.username)


@login_required
@require_POST
def remixes_in_comments(request: HttpRequest) -> HttpResponse:
    """ "AI remixes in comments" from the settings page or the comments panel's quick toggle;
    back to where it was changed (``next``)."""
    user = request_user(request)
    try:
        services.remixes_in_comments_set(
            user=user, value=request.POST.get("remixes_in_comments", "")
        )
    except ApplicationError as error:
        messages.error(request, "; ".join(error.extra["fields"]["remixes_in_comments"]))
    else:
        label = RemixesInComments(user.remixes_in_comments).label
        messages.success(request, _("AI remixes in comments: {choice}.").format(choice=label))
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return redirect(next_url)
    return redirect("privacy:account")


@login_required
def profile_edit(request: HttpRequest) -> HttpResponse:
    user = request_user(request)
    initial = {"display_name": user.display_name, "bio": user.bio}
    form = ProfileForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        avatar = form.cleaned_data["avatar"]
        try:
            services.profile_update(
                user=user,
                display_name=form.cleaned_data["display_name"],
                bio=form.cleaned_data["bio"],
                avatar=avatar,
                avatar_size=avatar.size if avatar else 0,
                remove_avatar=form.cleaned_data["remove_avatar"],
            )
        except ApplicationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("Profile saved."))
            return redirect("accounts:profile", handle=request.user.username)
    return render(request, "accounts/profile_edit.html", {"form": form}, status=_form_status(form))


def _form_status(form: SignUpForm | ProfileForm) -> int:
    return 400 if form.is_bound and form.errors else 200
