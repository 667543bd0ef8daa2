"""Login throttling: too many failures for an account or from an address lock it out for a while."""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from varna.web.accounts.models import LoginFailure


def _digest(username: str) -> str:
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, username.strip().lower().encode(), hashlib.sha256).hexdigest()


def _window_start() -> datetime:
    return timezone.now() - timedelta(seconds=settings.LOGIN_FAILURE_WINDOW_SECONDS)


def is_locked(username: str, address: str | None) -> bool:
    recent = LoginFailure.objects.filter(at__gte=_window_start())
    by_account = recent.filter(username_digest=_digest(username)).count()
    by_address = recent.filter(address=address).count() if address else 0
    # An address gets more room than an account: offices share one NAT address.
    return (
        by_account >= settings.LOGIN_MAX_FAILURES or by_address >= settings.LOGIN_MAX_FAILURES * 4
    )


def record_failure(username: str, address: str | None) -> None:
    LoginFailure.objects.filter(at__lt=_window_start()).delete()
    LoginFailure.objects.create(
        username_digest=_digest(username), address=address, at=timezone.now()
    )


def clear(username: str) -> None:
    LoginFailure.objects.filter(username_digest=_digest(username)).delete()
