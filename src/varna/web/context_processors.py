from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

from varna.web.navigation import items_for


def organisation(request: HttpRequest) -> dict[str, object]:
    return {
        "organisation_name": settings.VARNA_ORGANISATION_NAME,
        "navigation": items_for(request),
    }
