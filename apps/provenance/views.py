from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from apps.core.errors import ApplicationError
from apps.core.http import client_ip
from apps.core.ratelimit import rate_limit_hit
from apps.provenance.api.ninja import IMAGE_MISSING
from apps.provenance.verification import media_verify


class VerifyForm(forms.Form):
    image = forms.FileField(
        required=False,  # the service explains what is wrong with a missing or bad file
        allow_empty_file=True,
        help_text=_(
            "JPEG, PNG, WebP, GIF or an MP4 clip, up to 10 MB. Nothing you upload here is kept."
        ),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/gif,video/mp4"}
        ),
    )


def credentials(request: HttpRequest) -> HttpResponse:
    """Anyone can check an image's Content Credentials and Clipmix watermark here."""
    form = VerifyForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        image = form.cleaned_data["image"]
        try:
            rate_limit_hit(scope="verify", key=client_ip(request))
            if image is None:
                raise ApplicationError(IMAGE_MISSING, code="image_missing")
            report = media_verify(image, size=image.size or 0)
        except ApplicationError as error:
            form.add_error("image", error.message)
    return render(
        request,
        "provenance/credentials.html",
        {"form": form, "report": report},
        status=400 if form.errors else 200,
    )
