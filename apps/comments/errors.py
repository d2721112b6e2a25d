BODY_EMPTY = "Write something first."
BODY_TOO_LONG = "Comments can be at most {limit} characters."
PARENT_NOT_FOUND = "The comment you're replying to isn't there anymore."
NOT_ALLOWED_TO_DELETE = "Only the comment's author or the video's creator can delete it."
CANNOT_REPORT_OWN = "You can't report your own comment."
COMMENT_NOT_FOUND = "This comment doesn't exist or isn't available."
COMMENT_HELD = "Your comment will appear once a moderator has reviewed it."
COMMENT_REMOVED_NOTICE = "Your comment on @{handle}'s video was removed: {message}"
REPORT_REASON_REQUIRED = "Choose which guideline the comment breaks."
REPORT_NOTE_TOO_LONG = "Keep the note under {limit} characters."
REPORT_THANKS = (
    "Thanks: your report is with the moderators. They check it against the community "
    "guidelines; the comment's author is not told who reported it."
)
