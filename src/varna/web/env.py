"""Typed readers for settings from environment variables.

Every reader fails loudly (``ImproperlyConfigured``) on a value it cannot
understand, naming the variable and what it expected, never echoing a secret.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


def _raw(name: str, environ: Mapping[str, str] | None) -> str | None:
    return (os.environ if environ is None else environ).get(name)


def get_str(name: str, default: str, environ: Mapping[str, str] | None = None) -> str:
    value = _raw(name, environ)
    return default if value is None else value.strip()


def get_bool(name: str, default: bool, environ: Mapping[str, str] | None = None) -> bool:
    value = _raw(name, environ)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false (1/0, yes/no, on/off), not {value!r}")


def get_int(
    name: str,
    default: int,
    environ: Mapping[str, str] | None = None,
    *,
    minimum: int | None = None,
) -> int:
    value = _raw(name, environ)
    if value is None or not value.strip():
        return default
    try:
        number = int(value.strip())
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {number}")
    return number


def get_list(name: str, default: list[str], environ: Mapping[str, str] | None = None) -> list[str]:
    """A comma-separated list; blank items are dropped."""
    value = _raw(name, environ)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def get_int_list(
    name: str, default: list[int], environ: Mapping[str, str] | None = None
) -> list[int]:
    """A comma-separated list of whole numbers, e.g. ``24,6``."""
    items = get_list(name, [str(d) for d in default], environ)
    try:
        return [int(item) for item in items]
    except ValueError:
        raise ImproperlyConfigured(
            f"{name} must be whole numbers separated by commas, e.g. 24,6"
        ) from None


def get_path(name: str, default: Path, environ: Mapping[str, str] | None = None) -> Path:
    value = _raw(name, environ)
    return default if value is None or not value.strip() else Path(value.strip()).expanduser()


def get_secret_key(debug: bool, environ: Mapping[str, str] | None = None) -> str:
    """SECRET_KEY from the environment; a random one only for DEBUG.

    The generated key changes at every start, so sessions do not survive a
    restart: acceptable for a local demonstration, never for production.
    """
    value = _raw("SECRET_KEY", environ)
    if value:
        if not debug and len(value) < 32:
            raise ImproperlyConfigured("SECRET_KEY must be at least 32 characters long")
        return value
    if debug:
        return "dev-only-" + secrets.token_urlsafe(48)
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Set it to a long random string "
        "(python3 -c 'import secrets; print(secrets.token_urlsafe(50))'), "
        "or set DEBUG=true for local development only."
    )


_POSTGRES_SCHEMES = frozenset({"postgres", "postgresql", "pgsql"})


def parse_database_url(url: str, *, name: str = "DATABASE_URL") -> dict[str, Any]:
    """Turn ``sqlite:///path`` or ``postgres://user:pw@host:port/db?opt=v`` into a DATABASES entry.

    >>> parse_database_url("postgres://postgres@127.0.0.1:5432/varna")["NAME"]
    'varna'
    >>> parse_database_url("sqlite:////var/lib/varna/db.sqlite3")["NAME"]
    '/var/lib/varna/db.sqlite3'
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    options = dict(parse_qsl(parts.query))
    if scheme == "sqlite":
        path = unquote(parts.path)
        if parts.netloc == ":memory:" or path in ("", "/", "/:memory:"):
            db_name = ":memory:"
        else:
            db_name = path[1:] if path.startswith("/") else path
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": db_name,
            "OPTIONS": {
                # WAL + IMMEDIATE: several gunicorn workers write without
                # "database is locked" surprises.
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                "PRAGMA busy_timeout=5000",
                **options,
            },
        }
    if scheme in _POSTGRES_SCHEMES:
        db_name = unquote(parts.path.lstrip("/"))
        if not db_name:
            raise ImproperlyConfigured(f"{name} has no database name after the host")
        try:
            port = parts.port
        except ValueError:
            raise ImproperlyConfigured(f"{name} has an invalid port") from None
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": db_name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(port or ""),
            "OPTIONS": options,
        }
    # Never echo the URL: it may hold a password.
    raise ImproperlyConfigured(
        f"{name} must start with sqlite:// or postgres:// (scheme {scheme or 'missing'!r} unknown)"
    )
