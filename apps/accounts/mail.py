"""The messages Clipmix mails to account owners, rendered from ``templates/accounts/mail/``."""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

from apps.accounts.credentials import (
    email_address_owner,
    email_verification_tokens,
    user_uidb64,
)
from apps.accounts.models import User

SUBJECTS = {
    "password_reset": "Reset your Clipmix password",
    "password_changed": "Your Clipmix password was changed",
    "email_verification": "Confirm your e-mail address for Clipmix",
    "address_in_use": "Someone used your e-mail address to sign up on Clipmix",
}


def _link(name: str, user: User, token: str) -> str:
    path = reverse(name, kwargs={"uidb64": user_uidb64(user), "token": token})
    return settings.CLIPMIX_SITE_URL.rstrip("/") + path


def account_mail_send(*, user_id: int, kind: str) -> bool:
    """Render and send one message of ``kind`` to the account's address; False when there is
    nothing to send (the account is gone, or the address was verified meanwhile)."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email:
        return False
    context: dict[str, object] = {"user": user, "site": settings.CLIPMIX_SITE_URL}
    if kind == "password_reset":
        context["link"] = _link(
            "accounts:password_reset_confirm", user, default_token_generator.make_token(user)
        )
    elif kind == "email_verification":
        if user.email_verified:
            return False
        owner = email_address_owner(user)
        if owner is not None:
            # The address belongs to someone else's verified account: tell its owner, who can
            # reset their password if they forgot it; the new account never gets a link.
            kind, user = "address_in_use", owner
            context["user"] = owner
            context["reset"] = settings.CLIPMIX_SITE_URL.rstrip("/") + reverse(
                "accounts:password_reset"
            )
        else:
            context["link"] = _link(
                "accounts:email_verify", user, email_verification_tokens.make_token(user)
            )
    elif kind != "password_changed":
        raise ValueError(kind)
    body = render_to_string(f"accounts/mail/{kind}.txt", context)
    send_mail(SUBJECTS[kind], body, None, [user.email])
    return True
