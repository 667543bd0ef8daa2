"""Held messages encrypted at rest (Fernet: AES-128-CBC + HMAC-SHA256).

The key comes from ``VARNA_QUARANTINE_KEY`` (several comma-separated keys rotate:
the first encrypts, all decrypt). Without a key the quarantine refuses to work,
loudly; only DEBUG falls back to a development key kept in the data directory.
A held message is one file: written to a temporary name, fsynced, renamed and the
directory fsynced, so that once ``write_sealed`` returns it survives a crash.
"""

from __future__ import annotations

import json
import os
import struct
import uuid
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

_SUFFIX = ".sealed"
_HEADER = struct.Struct(">I")


class QuarantineNotConfigured(ImproperlyConfigured):
    pass


def _dev_key() -> bytes:
    path = Path(settings.DATA_DIR) / "dev-quarantine.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(Fernet.generate_key())
        path.chmod(0o600)
    return path.read_bytes().strip()


def fernet() -> MultiFernet:
    raw = str(getattr(settings, "VARNA_QUARANTINE_KEY", "") or "")
    keys = [k.strip() for k in raw.split(",") if k.strip()]
    if not keys:
        if settings.DEBUG:
            return MultiFernet([Fernet(_dev_key())])
        raise QuarantineNotConfigured(
            "VARNA_QUARANTINE_KEY saknas: karantänen krypterar meddelanden och behöver en nyckel. "
            "Skapa en med `varna manage quarantine_key` (se docs/DEPLOYMENT.md)."
        )
    try:
        return MultiFernet([Fernet(k.encode("ascii")) for k in keys])
    except (ValueError, UnicodeEncodeError) as error:
        raise QuarantineNotConfigured(
            "VARNA_QUARANTINE_KEY är ogiltig: varje nyckel ska vara 32 byte i url-säker base64 "
            "(44 tecken), som `varna manage quarantine_key` skriver ut."
        ) from error


def seal_text(text: str) -> str:
    return fernet().encrypt(text.encode("utf-8")).decode("ascii")


def open_text(token: str) -> str:
    if not token:
        return ""
    try:
        return fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken as error:
        raise UnreadableHeld("fel nyckel eller skadad uppgift") from error


class UnreadableHeld(Exception):
    """A held message cannot be decrypted (wrong key, damaged file)."""


def quarantine_dir() -> Path:
    return Path(settings.VARNA_QUARANTINE_DIR)


def path_for(held_id: uuid.UUID | str) -> Path:
    return quarantine_dir() / f"{held_id}{_SUFFIX}"


def pack(meta: dict[str, Any], content: bytes) -> bytes:
    header = json.dumps(meta, ensure_ascii=False).encode("utf-8")
    return _HEADER.pack(len(header)) + header + content


def unpack(bundle: bytes) -> tuple[dict[str, Any], bytes]:
    (length,) = _HEADER.unpack_from(bundle)
    start = _HEADER.size
    meta: dict[str, Any] = json.loads(bundle[start : start + length].decode("utf-8"))
    return meta, bundle[start + length :]


def write_sealed(held_id: uuid.UUID, meta: dict[str, Any], content: bytes) -> Path:
    """Encrypt and store durably; returns the final path."""
    token = fernet().encrypt(pack(meta, content))
    directory = quarantine_dir()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    final = path_for(held_id)
    temporary = directory / f".{held_id}.tmp"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(token)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, final)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_directory(directory)
    return final


def read_sealed(held_id: uuid.UUID | str) -> tuple[dict[str, Any], bytes]:
    try:
        token = path_for(held_id).read_bytes()
    except FileNotFoundError as error:
        raise UnreadableHeld("filen finns inte") from error
    try:
        return unpack(fernet().decrypt(token))
    except InvalidToken as error:
        raise UnreadableHeld("fel nyckel eller skadad fil") from error


def remove_sealed(held_id: uuid.UUID | str) -> None:
    path_for(held_id).unlink(missing_ok=True)
    _fsync_directory(quarantine_dir())


def sealed_files() -> list[tuple[str, Path, float]]:
    """(id, path, modification time) of every file in the quarantine, leftovers of
    interrupted writes (``.tmp``) included."""
    directory = quarantine_dir()
    if not directory.is_dir():
        return []
    found = []
    for path in directory.iterdir():
        if path.suffix == _SUFFIX or path.name.endswith(".tmp"):
            name = path.name.removeprefix(".").removesuffix(".tmp").removesuffix(_SUFFIX)
            found.append((name, path, path.stat().st_mtime))
    return found


def _fsync_directory(directory: Path) -> None:
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
