from django import forms
from django.utils.translation import gettext_lazy as _

from apps.accounts.forms import ServiceErrorsMixin
from apps.videos.models import CAPTION_MAX_LENGTH


class UploadForm(ServiceErrorsMixin, forms.Form):
    file = forms.FileField(
        label=_("Video"),
        required=False,  # the service says what is wrong with a missing, empty or bad file
        allow_empty_file=True,
        help_text=_("MP4, MOV or WebM (H.264, HEVC, VP9 or AV1), 1 second to 10 minutes."),
        widget=forms.ClearableFileInput(attrs={"accept": "video/mp4,video/quicktime,video/webm"}),
    )
    caption = forms.CharField(
        required=False,
        max_length=CAPTION_MAX_LENGTH * 2,  # the service reports the real limit with its message
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": CAPTION_MAX_LENGTH}),
        help_text=_("Add #hashtags and @mentions."),
    )
