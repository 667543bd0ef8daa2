from __future__ import annotations

from typing import Any

from django import forms

from varna.policy.texts import KIND_LABELS
from varna.web.guard.models import Action, Source, Verdict


class ReleaseForm(forms.Form):
    justification = forms.CharField(
        label="Motivering",
        help_text="Varför ska meddelandet skickas trots att Värna stoppade det? Motiveringen "
        "sparas och kan granskas av dataskyddsombudet.",
        min_length=10,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": "Skriv en motivering.",
            "min_length": "Skriv en motivering med minst %(limit_value)d tecken.",
        },
    )


class DeleteForm(forms.Form):
    confirm = forms.BooleanField(
        label="Ja, radera meddelandet. Det går inte att ångra.",
        error_messages={"required": "Bekräfta att meddelandet ska raderas."},
    )


def _blank(choices: Any) -> list[tuple[str, str]]:
    return [("", "Alla"), *choices]


class EventFilterForm(forms.Form):
    verdict = forms.ChoiceField(label="Bedömning", choices=_blank(Verdict.choices), required=False)
    action = forms.ChoiceField(label="Åtgärd", choices=_blank(Action.choices), required=False)
    source = forms.ChoiceField(label="Källa", choices=_blank(Source.choices), required=False)
    kind = forms.ChoiceField(
        label="Fynd",
        choices=_blank(sorted(KIND_LABELS.items(), key=lambda i: i[1])),
        required=False,
    )
    sender = forms.CharField(label="Avsändare innehåller", required=False, max_length=320)
    since = forms.DateField(
        label="Från och med", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label="Till och med", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class QuarantineFilterForm(forms.Form):
    status = forms.ChoiceField(
        label="Visa",
        required=False,
        choices=[("open", "I karantän"), ("closed", "Hanterade"), ("all", "Alla")],
    )
