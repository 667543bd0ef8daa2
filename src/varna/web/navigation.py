"""The main menu, assembled from what each app registers in its ``AppConfig.ready()``.

Apps add their entries with :func:`register`; the layout and the start page
show the entries the logged-in user may use, so no template lists them by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.urls import reverse


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    description: str
    visible: Callable[[Any], bool]
    order: int = 100


_ITEMS: dict[str, NavItem] = {}


def register(item: NavItem) -> None:
    _ITEMS[item.url_name] = item


def items_for(request: HttpRequest) -> list[dict[str, str | bool]]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    visible = sorted((i for i in _ITEMS.values() if i.visible(user)), key=lambda i: i.order)
    entries: list[dict[str, str | bool]] = []
    for item in visible:
        url = reverse(item.url_name)
        current = request.path == url or (url != "/" and request.path.startswith(url))
        entries.append(
            {"label": item.label, "url": url, "description": item.description, "current": current}
        )
    return entries
