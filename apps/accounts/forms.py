from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from apps.accounts.erasure import account_deletion_restorable
from apps.core.errors import ApplicationError


class ServiceErrorsMixin:
    """Shows a service's field errors (``extra["fields"]``) on the form's fields."""

    def add_service_error(self, error: ApplicationError) -> None:
        fields = error.extra.get("fields") or {"__all__": [error.message]}
        for field, messages in fields.items():
            target = field if field in self.fields else None  # type: ignore[attr-defined]
            for message in messages:
                self.add_error(target, message)  # type: ignore[attr-defined]


class SignUpForm(ServiceErrorsMixin, forms.Form):
    username = forms.CharField(
        label=_("Handle"),
        max_length=100,
        help_text=_("Your @handle: 3 to 30 lowercase letters, digits, underscores or dots."),
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none"}),
    )
    # Checked by the service, so that every invalid field is reported at once.
    email = forms.CharField(
        max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    password = forms.CharField(
        strip=False,
        help_text=_("At least 8 characters, not only digits, not a common password."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )


class LogInForm(AuthenticationForm):
    username = forms.CharField(
        label=_("Handle"),
        max_length=254,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )

    def confirm_login_allowed(self, user: Any) -> None:
        # An account waiting to be deleted logs in to be restored (``LogInView``).
        if not account_deletion_restorable(user):
            super().confirm_login_allowed(user)


class AccountDeleteForm(ServiceErrorsMixin, forms.Form):
    password = forms.CharField(
        strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )
    confirmation = forms.CharField(
        label=_("Type your handle to confirm"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "none"}),
    )


class ProfileForm(ServiceErrorsMixin, forms.Form):
    display_name = forms.CharField(max_length=50, required=False)
    bio = forms.CharField(max_length=300, required=False, widget=forms.Textarea(attrs={"rows": 3}))
    avatar = forms.FileField(
        required=False,
        help_text=_("JPEG, PNG, WebP or GIF, up to 5 MB. Cropped to a square."),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}
        ),
    )
    remove_avatar = forms.BooleanField(required=False, label=_("Remove my avatar"))


class PasswordChangeForm(ServiceErrorsMixin, forms.Form):
    current_password = forms.CharField(
        strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )
    new_password = forms.CharField(
        strip=False,
        help_text=_("At least 8 characters, not only digits, not a common password."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    keep_this_session = forms.BooleanField(
        required=False,
        initial=True,
        label=_("Keep me logged in here"),
        help_text=_("Every other browser and app is logged out either way."),
    )


class PasswordResetForm(forms.Form):
    email = forms.CharField(
        max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )


class TokenCreateForm(ServiceErrorsMixin, forms.Form):
    name = forms.CharField(
        max_length=100,
        required=False,
        help_text=_("To tell your tokens apart, e.g. the app or script that uses it."),
    )
    expires_in_days = forms.IntegerField(
        label=_("Expires after (days)"), min_value=1, required=False
    )
