"""API tokens: random, shown once, stored only as a SHA-256 hash.

A token has 256 random bits, so a plain (unsalted) hash is enough to make a
leaked database useless to an attacker, and it lets a request be authenticated
with one indexed lookup.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from varna.web.guard.models import ApiClient

PREFIX = "varna_"
# Writing last_used_at on every request would cost a write per check.
_USE_RESOLUTION = timedelta(minutes=1)


class TokenError(Exception):
    """Swedish message for the administrator."""


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_client(name: str) -> tuple[ApiClient, str]:
    """A new client and its token (returned once, never stored in clear)."""
    name = name.strip()
    if not name:
        raise TokenError("Ange ett namn på klientsystemet.")
    token = PREFIX + secrets.token_urlsafe(32)
    try:
        with transaction.atomic():
            client = ApiClient.objects.create(
                name=name, token_prefix=token[:14], token_hash=hash_token(token)
            )
    except IntegrityError as error:
        raise TokenError(f"Det finns redan ett klientsystem som heter {name}.") from error
    return client, token


def revoke(name: str) -> ApiClient:
    try:
        client = ApiClient.objects.get(name=name)
    except ApiClient.DoesNotExist as error:
        raise TokenError(f"Inget klientsystem heter {name}.") from error
    if client.revoked_at is None:
        client.revoked_at = timezone.now()
        client.save(update_fields=["revoked_at"])
    forget_cached()
    return client


def authenticate(header: str) -> ApiClient | None:
    """The active client for an ``Authorization: Bearer <token>`` header, or None.

    Answers are kept for ``CACHE_SECONDS`` in the process (a check should not pay
    for a database query and a write): a revoked token stops working within that
    time.
    """
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token.startswith(PREFIX) or len(token) > 200:
        return None
    digest = hash_token(token)
    now = time.monotonic()
    cached = _CACHE.get(digest)
    if cached is None or cached.expires < now:
        if len(_CACHE) > _CACHE_LIMIT:
            _CACHE.clear()
        client = ApiClient.objects.filter(token_hash=digest, revoked_at=None).first()
        cached = _Cached(now + CACHE_SECONDS, client, cached.used if cached else 0.0)
        _CACHE[digest] = cached
    if cached.client is not None and now - cached.used > _USE_RESOLUTION.total_seconds():
        cached.used = now
        ApiClient.objects.filter(pk=cached.client.pk).update(last_used_at=timezone.now())
    return cached.client


def forget_cached() -> None:
    """Drop cached answers (tests, and after revoking in this process)."""
    _CACHE.clear()


@dataclass
class _Cached:
    expires: float
    client: ApiClient | None
    used: float


CACHE_SECONDS = 10.0
_CACHE_LIMIT = 10_000
_CACHE: dict[str, _Cached] = {}
