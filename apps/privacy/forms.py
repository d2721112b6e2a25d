from django import forms
from django.utils.translation import gettext_lazy as _

from apps.accounts.forms import ServiceErrorsMixin
from apps.privacy.models import (
    CommentAudience,
    RemixAudience,
    RemixesOfRemixes,
    RemixKind,
    Visibility,
)

# What each kind of remix does, for the settings pages (with a small example image each, under
# static/img/remix-kinds/<kind>.jpg).
KIND_EXPLANATIONS = {
    RemixKind.RESTYLE: "The whole frame redrawn in a style (a watercolour, pixel art, a sketch); "
    "people and places stay where they are.",
    RemixKind.BACKGROUND: "The people stay as they are; the place behind them is replaced.",
    RemixKind.FACE: "An effect on a face (sunglasses, a cartoon face): it changes how a person "
    "looks, so it starts off until you allow it.",
    RemixKind.CAPTION_ONLY: "The frame unchanged, with a meme caption written on it.",
    RemixKind.VOICE: "A few seconds of the video with the voice changed (higher, deeper, robot, "
    "echo, telephone): it changes how a person sounds, so it starts off until you allow it.",
}


class PrivacyForm(ServiceErrorsMixin, forms.Form):
    visibility = forms.ChoiceField(
        label=_("Who can watch"), choices=Visibility.choices, widget=forms.RadioSelect
    )
    comment_audience = forms.ChoiceField(
        label=_("Who can comment"), choices=CommentAudience.choices, widget=forms.RadioSelect
    )
    remix_audience = forms.ChoiceField(
        label=_("Who can make AI remixes"), choices=RemixAudience.choices, widget=forms.RadioSelect
    )
    remix_kinds = forms.MultipleChoiceField(
        label=_("Which kinds of remix they may make"),
        choices=RemixKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    remix_requires_approval = forms.BooleanField(
        label=_("Review remixes before they appear"), required=False
    )

    def kind_choices(self) -> list[tuple[object, str, str]]:
        """The kind checkboxes, each with its explanation and example image, for the template."""
        return [
            (choice, KIND_EXPLANATIONS[RemixKind(choice.data["value"])], choice.data["value"])
            for choice in self["remix_kinds"]
        ]


# Who may remix, in one sentence each, for the first upload's question.
AUDIENCE_EXPLANATIONS = {
    RemixAudience.EVERYONE: _("Anyone who can watch your video may ask for a remix of it."),
    RemixAudience.FOLLOWERS: _("Only people who follow you."),
    RemixAudience.FRIENDS: _("Only people you follow back (friends)."),
    RemixAudience.NO_ONE: _("Nobody: AI remixes of your videos are off."),
}


class RemixChoiceForm(ServiceErrorsMixin, forms.Form):
    """The first upload's question (issue 17): who may remix the creator's videos and which
    kinds, preselected with what they would get without answering. The answer becomes the
    account's defaults."""

    remix_audience = forms.ChoiceField(
        label=_("Who may make AI remixes of your videos"),
        choices=RemixAudience.choices,
        widget=forms.RadioSelect,
    )
    remix_kinds = forms.MultipleChoiceField(
        label=_("Which kinds of remix they may make"),
        choices=RemixKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def audience_choices(self) -> list[tuple[object, object]]:
        return [
            (choice, AUDIENCE_EXPLANATIONS[RemixAudience(choice.data["value"])])
            for choice in self["remix_audience"]
        ]

    def kind_choices(self) -> list[tuple[object, str, str]]:
        return [
            (choice, KIND_EXPLANATIONS[RemixKind(choice.data["value"])], choice.data["value"])
            for choice in self["remix_kinds"]
        ]


class AccountPrivacyForm(PrivacyForm):
    """The account's defaults, and who may remix the remixes this account makes."""

    remixes_of_remixes = forms.ChoiceField(
        label=_("Who can remix your remixes"),
        choices=RemixesOfRemixes.choices,
        widget=forms.RadioSelect,
        required=False,  # left out: unchanged
        help_text=_(
            "A remix of your remix also needs the original video's creator to allow it; the "
            "stricter of your settings and theirs wins."
        ),
    )
