"""Small display helpers for the register's templates."""

from __future__ import annotations

from typing import Any

from django import template

from varna.web.incidents.choices import Art34Exception, Status
from varna.web.incidents.recommendation import BAND_LABELS, RISK_LABELS

register = template.Library()


@register.filter
def yes_no(value: Any) -> str:
    """``Ja`` / ``Nej`` / ``Vet inte`` for True / False / None."""
    if value is True:
        return "Ja"
    if value is False:
        return "Nej"
    return "Vet inte"


@register.filter
def risk_label(value: Any) -> str:
    return RISK_LABELS.get(str(value), "Inte bedömd")


@register.filter
def band_label(value: Any) -> str:
    return BAND_LABELS.get(str(value), str(value))


@register.filter
def art34_label(value: Any) -> str:
    return Art34Exception(value).label if value in Art34Exception.values else ""


@register.filter
def status_label(value: Any) -> str:
    return Status(value).label if value in Status.values else "–"


@register.filter
def get_item(mapping: Any, key: Any) -> Any:
    try:
        return mapping.get(key, key)
    except AttributeError:
        return key


@register.filter
def fields(form: Any, names: str) -> list[Any]:
    """The bound fields ``names`` (comma-separated) that ``form`` has, in that order."""
    return [form[name] for name in names.split(",") if name in form.fields]


def _plain(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if value is True:
        return "Ja"
    if value is False:
        return "Nej"
    return str(value)


@register.filter
def change_text(value: Any) -> str:
    """An audit entry's recorded change: ``old → new`` or the value itself."""
    if isinstance(value, list) and len(value) == 2:
        return f"{_plain(value[0])} → {_plain(value[1])}"
    return _plain(value)
