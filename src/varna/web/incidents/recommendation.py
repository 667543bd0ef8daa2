"""The assessment engine's recommendation for a case — advice, never the decision."""

from __future__ import annotations

import logging
from typing import Any

from varna.assess import Facts, FactsError, assess
from varna.web.incidents.models import Case

logger = logging.getLogger(__name__)

RISK_LABELS = {
    "unlikely": "Osannolikt att incidenten medför en risk för de registrerade",
    "risk": "Incidenten medför en risk för de registrerade",
    "high_risk": "Incidenten medför en hög risk för de registrerade",
}
BAND_LABELS = {"low": "Låg", "medium": "Medel", "high": "Hög", "very_high": "Mycket hög"}


def recommendation_for(case: Case) -> dict[str, Any] | None:
    """``assess(case.facts())`` as JSON, or None if the facts cannot be assessed."""
    try:
        return dict(assess(Facts.from_json(case.facts())).to_json())
    except FactsError as error:
        # The forms store only known values, so this is a bug. The field is named,
        # the value never is (it could be personal data).
        logger.error("the facts of case %s could not be assessed: %s", case.pk, error.field)
        return None
