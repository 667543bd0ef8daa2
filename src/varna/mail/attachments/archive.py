"""Reading ZIP containers (plain archives and the ZIP inside DOCX/XLSX/ODF) within
the message's budget: no member is expanded past the remaining room, a suspicious
compression ratio stops reading, and encrypted members are reported."""

from __future__ import annotations

import io
import zipfile

from varna.mail.limits import Budget, LimitExceeded, ReadError

_RATIO_FLOOR = 1_000_000  # small members may compress well without being bombs


def open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError) as error:
        raise ReadError("trasig fil") from error


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: Budget) -> bytes:
    if info.flag_bits & 0x1:
        raise ReadError("lösenordsskyddad")
    budget.take_member()
    budget.check_time()
    room = budget.room()
    if info.file_size > room:
        raise LimitExceeded("filen är för stor uppackad")
    ratio = budget.limits.max_ratio
    if info.file_size > _RATIO_FLOOR and info.file_size > ratio * max(info.compress_size, 1):
        raise LimitExceeded("misstänkt zip-bomb (orimligt hög komprimering)")
    try:
        with archive.open(info) as handle:
            # The sizes in the header can lie; never read more than the room left.
            data = handle.read(room + 1)
    except RuntimeError as error:  # "File is encrypted, password required"
        raise ReadError("lösenordsskyddad") from error
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
        raise ReadError("trasig fil") from error
    except Exception as error:  # zlib/bz2/lzma errors of many kinds
        raise ReadError("trasig fil") from error
    if len(data) > room:
        raise LimitExceeded("filen är för stor uppackad")
    if len(data) > _RATIO_FLOOR and len(data) > ratio * max(info.compress_size, 1):
        raise LimitExceeded("misstänkt zip-bomb (orimligt hög komprimering)")
    budget.take_bytes(len(data))
    return data


def read_named(archive: zipfile.ZipFile, name: str, budget: Budget) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    return read_member(archive, info, budget)
