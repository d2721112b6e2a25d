from django.utils.translation import gettext_lazy as _

FILE_MISSING = _("Choose a video file to upload.")
FILE_EMPTY = _("The file is empty.")
FILE_TOO_LARGE = _("The video is larger than {limit} MB.")
NOT_A_VIDEO = _("That file is not a video.")
IMAGE_NOT_VIDEO = _("That file is an image. Upload a video (MP4, MOV or WebM).")
VIDEO_CORRUPT = _("The video is damaged or incomplete and cannot be played.")
EXTRA_DATA = _("The file has other data after the video. Upload the video file by itself.")
UNSUPPORTED_CONTAINER = _("Upload an MP4, MOV or WebM video.")
UNSUPPORTED_CODEC = _("The video uses the {codec} codec. Use H.264, HEVC, VP9 or AV1.")
NO_VIDEO_STREAM = _("The file has no video track.")
VIDEO_TOO_SHORT = _("Videos must be at least {min_seconds:g} second long.")
VIDEO_TOO_LONG = _("Videos can be at most {max_minutes:g} minutes long.")
RESOLUTION_TOO_LARGE = _(
    "The video is {width}×{height}; the largest allowed is {max_side} pixels on a side."
)
RESOLUTION_TOO_SMALL = _(
    "The video is {width}×{height}; it must be at least {min_side} pixels on a side."
)
PROBE_TIMEOUT = _("The video took too long to inspect. Try another file.")
CAPTION_TOO_LONG = _("Captions can be at most {limit} characters.")
VIDEO_NOT_FOUND = _("This video doesn't exist or isn't available.")
VIDEO_NOT_READY = _("This video is still processing.")
NOT_VIDEO_OWNER = _("Only the creator of this video can do that.")
PROCESSING_FAILED = _("We couldn't process this video.")
STORAGE_UNAVAILABLE = _("We couldn't process this video: media storage could not be reached.")
