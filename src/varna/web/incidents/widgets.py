"""Form widgets and fields the register's forms share."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile

DATETIME_FORMAT = "%Y-%m-%dT%H:%M"
DATE_FORMAT = "%Y-%m-%d"


def datetime_input() -> forms.DateTimeInput:
    return forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_FORMAT)


def date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format=DATE_FORMAT)


class LocalDateTimeField(forms.DateTimeField):
    """A ``datetime-local`` input (what phones show as a date and time picker)."""

    widget = forms.DateTimeInput
    input_formats = (DATETIME_FORMAT, "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S")

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", datetime_input())
        kwargs.setdefault(
            "error_messages", {"invalid": "Ange datum och klockslag, t.ex. 2025-03-14 09:30."}
        )
        super().__init__(**kwargs)


class LocalDateField(forms.DateField):
    input_formats = (DATE_FORMAT,)

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", date_input())
        kwargs.setdefault("error_messages", {"invalid": "Ange ett datum, t.ex. 2025-03-14."})
        super().__init__(**kwargs)


class YesNoUnknownRadio(forms.RadioSelect):
    def format_value(self, value: Any) -> list[str]:
        if value in (True, "true", "True"):
            return ["true"]
        if value in (False, "false", "False"):
            return ["false"]
        return ["unknown"]


def yes_no_unknown_field(label: str, help_text: str = "") -> forms.NullBooleanField:
    return forms.NullBooleanField(
        label=label,
        help_text=help_text,
        required=False,
        widget=YesNoUnknownRadio(
            choices=[("true", "Ja"), ("false", "Nej"), ("unknown", "Vet inte")]
        ),
    )


def yes_no_field(label: str, help_text: str = "") -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        help_text=help_text,
        choices=[("true", "Ja"), ("false", "Nej")],
        coerce=lambda v: v == "true",
        widget=YesNoUnknownRadio,
        error_messages={"required": "Välj ja eller nej."},
    )


class LinesField(forms.CharField):
    """A list of short texts, one per line (e.g. risk-reducing circumstances)."""

    widget = forms.Textarea

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list):
            return "\n".join(str(v) for v in value)
        return value

    def clean(self, value: Any) -> list[str]:
        text = super().clean(value) or ""
        return [line.strip(" \t-•*") for line in text.splitlines() if line.strip(" \t-•*")]


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(**kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile[bytes]]:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


def checkbox_choices(choices: Any, **kwargs: Any) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        choices=choices, widget=forms.CheckboxSelectMultiple, required=False, **kwargs
    )


def as_local_input(value: datetime | date | None) -> str:
    if isinstance(value, datetime):
        return value.strftime(DATETIME_FORMAT)
    if isinstance(value, date):
        return value.strftime(DATE_FORMAT)
    return ""
