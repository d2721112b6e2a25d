"""What people read about their remixes (tests import these)."""

from typing import cast

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

KIND_INVALID = _("Choose what kind of remix to make.")
PROMPT_REQUIRED = _("Describe the remix you want.")
CAPTION_REQUIRED = _("A caption-only remix needs a caption.")
TOO_LONG = _("Keep the prompt under {prompt} characters and the caption under {caption}.")
MOMENT_OUTSIDE = _("Pick a moment inside the video (0 to {duration:.1f} seconds).")
NOT_YOURS = _("Only the person who asked for this remix can do that.")
CANNOT_CANCEL = _("This remix has already finished.")
CANNOT_RETRY = _("Only a remix that failed can be tried again.")
NOT_WAITING = _("This remix is not waiting for a decision.")
NOT_CREATOR = _("Only the video's creator can do that.")
AWAITS_MODERATOR = _(
    "A moderator is checking this remix against the community guidelines; it can appear only "
    "once they have cleared it."
)
APPROVED = _("Remix approved.")
APPROVED_AWAITS_MODERATOR = _("Remix approved. It appears once a moderator has cleared it.")
CANCELLED_BY_REQUESTER = _("You cancelled this remix.")
CONSENT_WITHDRAWN = _("This remix is no longer allowed: {why}")
FAILED_REPEATEDLY = _("Generation kept failing, so we stopped trying. Try again with another seed.")
ENGINE_FAILED = _("The image could not be generated: {error}")
# The engine looked and found nothing to work on: the job fails at once, never retried.
NO_FACE = _("No face was found at {at}; pick another moment, where a face is clearly in view.")
# The engines raise this one as it is (their refusals take text): it stays lazy, typed as text,
# and the worker turns a refusal's reason into str before storing or sending it.
ENGINE_UNAVAILABLE = cast(
    str,
    _(
        "This kind of remix is unavailable on this server right now (a model file is missing or "
        "damaged; its operators can see which). Try again later, or pick another kind."
    ),
)
NO_PERSON = _(
    "No person was found at {at} (we find people by their face); pick another moment, where "
    "someone faces the camera."
)
DECLINED_BY_CREATOR = _("The creator declined this remix.")
REMOVED_BY_CREATOR = _("The creator removed this remix.")
NOT_REMOVED = _("Only a removed remix can be restored.")
CANNOT_RESTORE = _(
    "This remix can no longer be restored: its files were deleted, or its video, its comment or "
    "its author is gone or blocked."
)
RESTORED = _("Remix restored: it appears in the comments again.")
NOTICE_REMIXED = _("@{handle} remixed your video")
NOTICE_WANTS_TO_REMIX = _("@{handle} wants to remix your video")
NOTICE_PUBLISHED = _("Your remix is published")
NOTICE_REJECTED = _("Your remix was not published: {reason}")
NOTICE_ENDED = _("Your remix no longer appears: {reason}")
NOTICE_RESTORED = _("Your remix appears again: the creator restored it")
NOTICE_FAILED = _("Your remix failed: {reason}")


def notice_removed(*, count: int, reason: str) -> str:
    """What a requester reads when ``count`` of their published remixes were removed (its own
    state: ``removed``, restorable by the creator; not "not published")."""
    return ngettext(
        "Your remix was removed: {reason}",
        "{count} of your remixes were removed: {reason}",
        count,
    ).format(count=count, reason=reason)


# Remixes of remixes (apps/remix/services/chains.py).
PARENT_GONE = _("The remix this one starts from no longer exists.")
PARENT_NOT_PUBLISHED = _(
    "Remix #{remix_id}, which this one starts from, no longer appears, so it can't be remixed."
)
PARENT_TAKEN_DOWN = _("The remix it was made from was taken down.")
CLIP_NOT_REMIXABLE = _("A voice remix can't be remixed; remix the video instead.")
CHAIN_TOO_LONG = _("A remix can be remixed at most {depth} times over; remix the video instead.")
VOICE_OF_REMIX = _(
    "A remix of a remix starts from its picture, which has no sound: pick another kind."
)
DECLINED_BY_REMIXER = _("@{handle}, whose remix this one starts from, declined it.")
NOTICE_WANTS_TO_REMIX_YOUR_REMIX = _("@{handle} wants to remix your remix")
NOTICE_REMIXED_YOUR_REMIX = _("@{handle} remixed your remix")

REMOVE_CONFIRM = _(
    "Remove this remix? It disappears from the comments and @{handle} is told that you removed "
    "it. You can undo this."
)


def notice_group(kind: str, count: int, handle: str) -> str:
    """``count`` notifications of one kind about one video, in one line (the notification list
    groups them)."""
    texts = {
        "remix.published": ngettext(
            "Your remix was published on @{handle}'s video",
            "{count} of your remixes were published on @{handle}'s video",
            count,
        ),
        "remix.created": ngettext(
            "Someone remixed your video", "{count} new remixes of your video", count
        ),
        "remix.requested": ngettext(
            "A remix of your video waits for your approval",
            "{count} remixes of your video wait for your approval",
            count,
        ),
        "remix.rejected": ngettext(
            "Your remix of @{handle}'s video was not published",
            "{count} of your remixes of @{handle}'s video were not published",
            count,
        ),
        "remix.failed": ngettext(
            "Your remix of @{handle}'s video failed",
            "{count} of your remixes of @{handle}'s video failed",
            count,
        ),
        "remix.removed": ngettext(
            "Your remix on @{handle}'s video was removed",
            "{count} of your remixes on @{handle}'s video were removed",
            count,
        ),
    }
    return texts[kind].format(count=count, handle=handle)


GROUPED_NOTICE_KINDS = (
    "remix.published",
    "remix.created",
    "remix.requested",
    "remix.rejected",
    "remix.failed",
    "remix.removed",
)


# Voice remixes: refused before queueing when the video cannot give one.
VOICE_NO_AUDIO = "This video has no sound, so its voice cannot be changed; pick another kind."
VOICE_TOO_SHORT = "A voice remix needs a video of at least {seconds:.0f} seconds."
VOICE_EFFECT_UNKNOWN = "Name a voice effect: {effects}."
VOICE_TOO_LARGE = "The clip came out larger than {limit} MB even at the lowest quality tried."
