from django import forms
from django.utils.translation import gettext_lazy as _

from apps.moderation.models import GuidelineRule
from apps.moderation.services.appeals import APPEAL_TEXT_MAX_LENGTH
from apps.moderation.services.cases import RULE_REQUIRED


def _rules() -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        queryset=GuidelineRule.objects.filter(enabled=True).order_by("category", "title"),
        required=False,
        label=_("Guideline"),
        help_text=_("Required to reject: the author is told which guideline the content breaks."),
    )


class CaseDecisionForm(forms.Form):
    APPROVE, REJECT, ESCALATE = "approve", "reject", "escalate"

    decision = forms.ChoiceField(
        choices=[
            (APPROVE, "Approve: publish it, or keep it and dismiss the reports"),
            (REJECT, "Reject: withdraw it and tell the author why"),
            (ESCALATE, "Escalate to a senior moderator"),
        ],
        widget=forms.RadioSelect,
    )
    rule = _rules()
    message = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        label=_("Message to the author"),
        help_text=_("Optional; a rejection without one quotes the guideline."),
    )
    strike = forms.BooleanField(
        required=False, label=_("Also give the author a strike (three in 90 days suspend remixes)")
    )

    def clean(self) -> dict:
        data = super().clean() or {}
        if data.get("decision") == self.REJECT and not data.get("rule"):
            self.add_error("rule", RULE_REQUIRED)
        return data


class BulkRejectForm(forms.Form):
    rule = _rules()
    message = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    strike = forms.BooleanField(required=False, label=_("Also give each author a strike"))

    def clean_rule(self) -> GuidelineRule:
        rule = self.cleaned_data.get("rule")
        if rule is None:
            raise forms.ValidationError(RULE_REQUIRED)
        return rule


class AppealDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[
            ("grant", "Grant: restore the content or overturn the strike"),
            ("deny", "Deny: the decision stands"),
        ],
        widget=forms.RadioSelect,
    )
    message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), label=_("Message to the person who appealed")
    )


class AppealForm(forms.Form):
    text = forms.CharField(
        label=_("Why was this decision wrong?"),
        max_length=APPEAL_TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": APPEAL_TEXT_MAX_LENGTH}),
    )
