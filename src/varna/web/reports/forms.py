"""The choices behind each export and the dashboard. Query parameters are Swedish words,
because they show in the address bar: ``namnd``, ``ar``, ``fran``, ``till``, ``dnr``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from django import forms
from django.utils import timezone

from varna.web.incidents.models import Board

MAX_LOG_DAYS = 366 * 10


class ScopeForm(forms.Form):
    """Which board (or all the user's boards) and, where it applies, which year."""

    namnd = forms.ChoiceField(label="Nämnd", required=False)
    id_prefix = "val"  # several forms share one page: keep their element ids apart

    def __init__(self, *args: Any, boards: Sequence[Board], all_label: str, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", f"{self.id_prefix}-%s")
        super().__init__(*args, **kwargs)
        field: Any = self.fields["namnd"]
        field.choices = [("", all_label), *((str(b.pk), str(b)) for b in boards)]


def year_choices(years: Sequence[int]) -> list[tuple[str, str]]:
    return [(str(y), str(y)) for y in years]


class DashboardForm(ScopeForm):
    ar = forms.TypedChoiceField(label="År", coerce=int, required=False)

    def __init__(self, *args: Any, years: Sequence[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["ar"]
        field.choices = year_choices(years)


class AnnualReportForm(DashboardForm):
    id_prefix = "arsrapport"
    ar = forms.TypedChoiceField(label="År", coerce=int)
    dnr = forms.CharField(
        label="Rapportens diarienummer (om den diarieförs)", required=False, max_length=60
    )


class IncidentLogForm(ScopeForm):
    id_prefix = "logg"
    fran = forms.DateField(
        label="Från och med", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    till = forms.DateField(
        label="Till och med", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    dnr = forms.CharField(
        label="Rapportens diarienummer (om den diarieförs)", required=False, max_length=60
    )
    format = forms.ChoiceField(
        label="Format",
        choices=[("pdf", "PDF (för diariet)"), ("docx", "Word"), ("xlsx", "Excel")],
        widget=forms.RadioSelect,
        initial="pdf",
    )

    @staticmethod
    def defaults() -> dict[str, Any]:
        today = timezone.localdate()
        return {"fran": date(today.year, 1, 1), "till": today, "format": "pdf"}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("fran"), data.get("till")
        if start and end:
            if start > end:
                self.add_error("till", "Slutdatumet kan inte vara före startdatumet.")
            elif end - start > timedelta(days=MAX_LOG_DAYS):
                self.add_error("till", "Välj en period på högst tio år.")
        return data


class RawExportForm(ScopeForm):
    id_prefix = "tabell"
    ar = forms.TypedChoiceField(label="År", coerce=int, required=False, empty_value=None)
    format = forms.ChoiceField(
        label="Format",
        choices=[("xlsx", "Excel"), ("csv", "CSV (semikolonseparerad, UTF-8)")],
        widget=forms.RadioSelect,
        initial="xlsx",
    )

    def __init__(self, *args: Any, years: Sequence[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["ar"]
        field.choices = [("", "Alla år"), *year_choices(years)]
