from django.utils.translation import gettext_lazy as _

BODY_EMPTY = _("Write something first.")
BODY_TOO_LONG = _("Comments can be at most {limit} characters.")
PARENT_NOT_FOUND = _("The comment you're replying to isn't there anymore.")
NOT_ALLOWED_TO_DELETE = _("Only the comment's author or the video's creator can delete it.")
CANNOT_REPORT_OWN = _("You can't report your own comment.")
COMMENT_NOT_FOUND = _("This comment doesn't exist or isn't available.")
COMMENT_HELD = _("Your comment will appear once a moderator has reviewed it.")
COMMENT_REMOVED_NOTICE = _("Your comment on @{handle}'s video was removed: {message}")
REPORT_REASON_REQUIRED = _("Choose which guideline the comment breaks.")
REPORT_NOTE_TOO_LONG = _("Keep the note under {limit} characters.")
REPORT_THANKS = _(
    "Thanks: your report is with the moderators. They check it against the community "
    "guidelines; the comment's author is not told who reported it."
)
