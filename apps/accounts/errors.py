from django.utils.translation import gettext_lazy as _

HANDLE_TAKEN = _("That handle is taken.")
HANDLE_RESERVED = _("That handle is reserved. Pick another one.")
HANDLE_TOO_SHORT = _("Handles have at least 3 characters.")
HANDLE_TOO_LONG = _("Handles have at most 30 characters.")
HANDLE_INVALID = _("Use lowercase letters, digits, underscores and dots (not at the start or end).")
EMAIL_INVALID = _("Enter a valid email address.")
INVALID_CREDENTIALS = _("That handle and password don't match an account.")
CANNOT_FOLLOW_SELF = _("You can't follow yourself.")
CANNOT_BLOCK_SELF = _("You can't block yourself.")
FOLLOW_BLOCKED = _("You can't follow @{handle}.")
USER_NOT_FOUND = _("There is no account @{handle}.")
INVALID_TOKEN = _("That token is not valid: it is unknown, expired or revoked.")
TOKEN_DAYS_RANGE = _("A token lives from 1 to {days} days.")
WRONG_PASSWORD = _("That is not your current password.")
LINK_INVALID = _("This link is not valid any more: it was used, it expired, or it was changed.")
EMAIL_OWNED_ELSEWHERE = _("Another account verified this address first. Sign up with another one.")
EMAIL_UNVERIFIED = _(
    "Confirm your e-mail address first: follow the link we mailed you (Settings, Security "
    "sends a new one). Until then you can watch, follow and comment."
)
PASSWORD_RESET_SENT = _(
    "If an account uses that address, we sent it a link to choose a new password."
)
SIGN_UP_CHECK_MAIL = _("We sent a link to {email}: open it to confirm your address.")
DELETE_CONFIRMATION = _("Type your handle, {phrase}, to confirm.")
EXPORT_IN_PROGRESS = _("An export of your data is being built already: wait for it to be ready.")
EXPORT_GONE = _("This export was downloaded already or has expired. Ask for a new one.")
REMIXES_IN_COMMENTS_INVALID = _("Choose one of: {choices}.")
