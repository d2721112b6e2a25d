HANDLE_TAKEN = "That handle is taken."
HANDLE_RESERVED = "That handle is reserved. Pick another one."
HANDLE_TOO_SHORT = "Handles have at least 3 characters."
HANDLE_TOO_LONG = "Handles have at most 30 characters."
HANDLE_INVALID = "Use lowercase letters, digits, underscores and dots (not at the start or end)."
EMAIL_INVALID = "Enter a valid email address."
INVALID_CREDENTIALS = "That handle and password don't match an account."
CANNOT_FOLLOW_SELF = "You can't follow yourself."
CANNOT_BLOCK_SELF = "You can't block yourself."
FOLLOW_BLOCKED = "You can't follow @{handle}."
USER_NOT_FOUND = "There is no account @{handle}."
INVALID_TOKEN = "That token is not valid: it is unknown, expired or revoked."  # noqa: S105
TOKEN_DAYS_RANGE = "A token lives from 1 to {days} days."  # noqa: S105
WRONG_PASSWORD = "That is not your current password."  # noqa: S105
LINK_INVALID = "This link is not valid any more: it was used, it expired, or it was changed."
EMAIL_OWNED_ELSEWHERE = "Another account verified this address first. Sign up with another one."
EMAIL_UNVERIFIED = (
    "Confirm your e-mail address first: follow the link we mailed you (Settings, Security "
    "sends a new one). Until then you can watch, follow and comment."
)
PASSWORD_RESET_SENT = "If an account uses that address, we sent it a link to choose a new password."  # noqa: S105
SIGN_UP_CHECK_MAIL = "We sent a link to {email}: open it to confirm your address."
DELETE_CONFIRMATION = "Type your handle, {phrase}, to confirm."
EXPORT_IN_PROGRESS = "An export of your data is being built already: wait for it to be ready."
EXPORT_GONE = "This export was downloaded already or has expired. Ask for a new one."
