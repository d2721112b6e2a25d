"""Settings, Security: sessions, tokens, password and e-mail address (issue 21); the
password-reset and address-check pages reached from mailed links."""

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.views import INTERNAL_RESET_SESSION_TOKEN, PasswordResetConfirmView
from django.db import transaction
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from apps.accounts import credentials, erasure, errors, exports, selectors
from apps.accounts.forms import (
    AccountDeleteForm,
    PasswordChangeForm,
    PasswordResetForm,
    TokenCreateForm,
)
from apps.accounts.http import request_user
from apps.accounts.models import User
from apps.core.errors import ApplicationError
from apps.core.http import client_ip


def _security_page(
    request: HttpRequest,
    *,
    token_form: TokenCreateForm | None = None,
    new_key: str = "",
    status: int = 200,
) -> HttpResponse:
    user = request_user(request)
    context: dict[str, Any] = {
        "sessions": selectors.browser_sessions_of(user=user),
        "tokens": selectors.api_tokens_of(user=user),
        "current_session_key": request.session.session_key,
        "token_form": token_form or TokenCreateForm(),
        "new_key": new_key,
        "require_verified": settings.CLIPMIX_REQUIRE_VERIFIED_EMAIL,
    }
    return render(request, "accounts/security.html", context, status=status)


@login_required
@require_safe
def security(request: HttpRequest) -> HttpResponse:
    return _security_page(request)


@login_required
@require_POST
def token_create(request: HttpRequest) -> HttpResponse:
    form = TokenCreateForm(request.POST)
    if form.is_valid():
        try:
            _, key = credentials.api_token_issue(
                user=request_user(request),
                name=form.cleaned_data["name"],
                client=request.headers.get("User-Agent", ""),
                expires_in_days=form.cleaned_data["expires_in_days"],
            )
        except ApplicationError as error:
            form.add_service_error(error)
        else:
            # Rendered, not redirected: the key is shown this once and stored nowhere.
            return _security_page(request, new_key=key)
    return _security_page(request, token_form=form, status=400)


@login_required
@require_POST
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    credentials.api_token_revoke(user=request_user(request), token_id=token_id)
    messages.success(request, _("Token revoked: it no longer works."))
    return redirect("accounts:security")


@login_required
@require_POST
def session_revoke(request: HttpRequest, session_id: int) -> HttpResponse:
    ended = credentials.browser_session_revoke(user=request_user(request), session_id=session_id)
    if ended == request.session.session_key:
        logout(request)
        return redirect("accounts:login")
    messages.success(request, _("That browser is logged out."))
    return redirect("accounts:security")


@login_required
def password_change(request: HttpRequest) -> HttpResponse:
    form = PasswordChangeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        keep = form.cleaned_data["keep_this_session"]
        old_key = request.session.session_key
        try:
            user = credentials.password_change(
                user=request_user(request),
                current_password=form.cleaned_data["current_password"],
                new_password=form.cleaned_data["new_password"],
                keep_session_key=old_key if keep else None,
            )
        except ApplicationError as error:
            if error.status == 429:
                raise
            form.add_service_error(error)
        else:
            if not keep:
                logout(request)
                messages.success(request, _("Password changed. Log in with the new one."))
                return redirect("accounts:login")
            update_session_auth_hash(request, user)
            if old_key and request.session.session_key:
                credentials.browser_session_rekey(
                    old_key=old_key, new_key=request.session.session_key
                )
            messages.success(
                request, _("Password changed. Every other browser and app is logged out.")
            )
            return redirect("accounts:security")
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "accounts/password_change.html", {"form": form}, status=status)


def password_reset(request: HttpRequest) -> HttpResponse:
    form = PasswordResetForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        credentials.password_reset_request(
            email=form.cleaned_data["email"], client=client_ip(request)
        )
        return render(request, "accounts/password_reset.html", {"sent": True})
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "accounts/password_reset.html", {"form": form}, status=status)


class PasswordResetConfirm(PasswordResetConfirmView):
    """Django's checks of the link (kept out of the address bar and referrers once opened);
    the new password is set by our service, which also ends every session and token."""

    template_name = "accounts/password_reset_confirm.html"
    form_class = SetPasswordForm  # type: ignore[assignment]  # generic only in the stubs
    success_url = reverse_lazy("accounts:login")

    def form_valid(self, form: "SetPasswordForm[User]") -> HttpResponse:
        try:
            credentials.password_reset_complete(
                user=form.user, new_password=form.cleaned_data["new_password1"]
            )
        except ApplicationError as error:
            for field, problems in error.extra.get("fields", {}).items():
                for problem in problems:
                    form.add_error(field if field in form.fields else None, problem)
            return self.form_invalid(form)
        del self.request.session[INTERNAL_RESET_SESSION_TOKEN]
        messages.success(self.request, _("Password changed. Log in with the new one."))
        return redirect(self.success_url)


@require_http_methods(["GET", "HEAD", "POST"])
def email_verify(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    """A mailed link opens a page with a button: a link checker that fetches it verifies
    nothing."""
    user = credentials.user_from_uidb64(uidb64)
    valid = (
        user is not None
        and not user.email_verified
        and credentials.email_verification_tokens.check_token(user, token)
    )
    if request.method == "POST":
        try:
            account = credentials.email_verify(uidb64=uidb64, token=token)
        except ApplicationError as error:
            context = {"valid": False, "error": error.message}
            return render(request, "accounts/email_verify.html", context, status=400)
        messages.success(request, _("Thank you: {email} is confirmed.").format(email=account.email))
        return redirect("accounts:security" if request.user == account else "accounts:login")
    context = {"valid": valid, "account": user if valid else None}
    # An invalid link still gets a page that says so (as Django's reset page does).
    return render(request, "accounts/email_verify.html", context)


@login_required
@require_POST
def email_verification_send(request: HttpRequest) -> HttpResponse:
    user = request_user(request)
    credentials.email_verification_send(user=user)
    messages.success(request, errors.SIGN_UP_CHECK_MAIL.format(email=user.email))
    return redirect("accounts:security")


@login_required
def account_delete(request: HttpRequest) -> HttpResponse:
    form = AccountDeleteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            account = erasure.account_deletion_request(
                user=request_user(request),
                password=form.cleaned_data["password"],
                confirmation=form.cleaned_data["confirmation"],
            )
        except ApplicationError as error:
            if error.status == 429:
                raise
            form.add_service_error(error)
        else:
            logout(request)
            due = date_format(account.deletion_due_at or timezone.now(), "DATE_FORMAT")
            messages.success(
                request,
                _(
                    "Your account is deactivated and will be deleted on {due}. "
                    "Log in before then to restore it."
                ).format(due=due),
            )
            return redirect("videos:feed")
    status = 400 if form.is_bound and form.errors else 200
    context = {"form": form, "grace_days": settings.CLIPMIX_ACCOUNT_DELETION_GRACE_DAYS}
    return render(request, "accounts/account_delete.html", context, status=status)


@login_required
def data_export(request: HttpRequest) -> HttpResponse:
    """The account's exports with their progress; POST asks for a new one."""
    user = request_user(request)
    if request.method == "POST":
        try:
            exports.data_export_request(user=user)
        except ApplicationError as error:
            messages.error(request, error.message)
            return redirect("accounts:data_export")
        messages.success(request, _("Your export is being built: this page shows its progress."))
        return redirect("accounts:data_export")
    context = {
        "exports": selectors.data_exports_of(user=user),
        "days": settings.CLIPMIX_DATA_EXPORT_DAYS,
    }
    return render(request, "accounts/data_export.html", context)


@login_required
@require_safe
def data_export_download(request: HttpRequest, export_id: int) -> FileResponse:
    user = request_user(request)
    export = exports.data_export_take(user=user, export_id=export_id)
    response = FileResponse(
        export.file.storage.open(export.file.name or "", "rb"),
        as_attachment=True,
        filename=f"clipmix-{user.username}-{export.created_at:%Y-%m-%d}.zip",
        content_type="application/zip",
    )
    # The response holds the file open; the name goes once the download is recorded.
    transaction.on_commit(lambda: exports.data_export_file_discard(export))
    return response
