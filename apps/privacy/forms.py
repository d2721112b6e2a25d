from django import forms

from apps.accounts.forms import ServiceErrorsMixin
from apps.privacy.models import CommentAudience, RemixAudience, Visibility


class PrivacyForm(ServiceErrorsMixin, forms.Form):
    visibility = forms.ChoiceField(
        label="Who can watch", choices=Visibility.choices, widget=forms.RadioSelect
    )
    comment_audience = forms.ChoiceField(
        label="Who can comment", choices=CommentAudience.choices, widget=forms.RadioSelect
    )
    remix_audience = forms.ChoiceField(
        label="Who can make AI remixes", choices=RemixAudience.choices, widget=forms.RadioSelect
    )
    remix_requires_approval = forms.BooleanField(
        label="Review remixes before they appear", required=False
    )
