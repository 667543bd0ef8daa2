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


def _value_labels() -> dict[str, dict[str, str]]:
    """For each recorded field with a closed vocabulary: stored key → Swedish label."""
    from varna.web.incidents import choices
    from varna.web.incidents.models import Case

    labels: dict[str, dict[str, str]] = {
        field.name: {str(k): str(v) for k, v in field.flatchoices}
        for field in Case._meta.concrete_fields
        if field.choices
    }
    labels.update(
        breach_types=dict(choices.BreachType.choices),
        data_categories=dict(choices.DataCategory.choices),
        subject_groups=dict(choices.SubjectGroup.choices),
        status=dict(choices.Status.choices),
        kind=dict(choices.NotificationKind.choices),
        art34_exception=dict(choices.Art34Exception.choices),
    )
    return labels


_LABELS: dict[str, dict[str, str]] = {}


def _label(key: str, value: Any) -> Any:
    if not _LABELS:
        _LABELS.update(_value_labels())
    mapping = _LABELS.get(key)
    if mapping is None:
        return value
    if isinstance(value, list):
        return [mapping.get(str(v), v) for v in value]
    return mapping.get(str(value), value) if value not in (None, "") else value


@register.filter
def change_text(value: Any, key: str = "") -> str:
    """An audit entry's recorded change of field ``key``: ``old → new``, or the value."""
    if isinstance(value, list) and len(value) == 2 and key not in _LIST_FIELDS:
        return f"{_plain(_label(key, value[0]))} → {_plain(_label(key, value[1]))}"
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, list) for v in value):
        return f"{_plain(_label(key, value[0]))} → {_plain(_label(key, value[1]))}"
    return _plain(_label(key, value))


_LIST_FIELDS = frozenset(
    {"breach_types", "data_categories", "subject_groups", "risk_reducing", "risk_raising"}
)
