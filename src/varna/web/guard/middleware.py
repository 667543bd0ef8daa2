"""A short path through the middleware for ``POST /api/v1/check``.

The check API is called with a bearer token for every message a user sends, so
its latency matters; it uses no cookies, sessions, CSRF tokens, logged-in users,
flash messages or static files. This middleware sits right after the security
headers (``settings.MIDDLEWARE``) and calls the check view itself, skipping the
rest of the stack, but keeps what that stack gives every response: the host
check against ``ALLOWED_HOSTS``, ``X-Frame-Options``, ``Content-Language`` and
``Content-Length``. Everything else, the other API endpoints included, takes
the usual path.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from varna.web.guard import api


@cache
def _check_path() -> str:
    return reverse("guard:api-check")


class CheckApiMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info != _check_path():
            return self.get_response(request)
        request.get_host()  # raises DisallowedHost (400) as CommonMiddleware would
        response = api.check(request)
        # What XFrameOptionsMiddleware, LocaleMiddleware and CommonMiddleware add.
        response.headers.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        response.headers.setdefault("Content-Language", get_language())
        patch_vary_headers(response, ("Accept-Language",))
        if not response.streaming and "Content-Length" not in response:
            response.headers["Content-Length"] = str(len(response.content))
        return response
