"""Structured logs for the relay: one JSON object per line.

Callers pass fields in ``extra={"fields": {...}}``. Fields are chosen by the
relay's code and never include addresses, subjects or content; the personnummer
mask of ``varna.logmask`` still runs over every line as a last defence.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from typing import Any

from varna.logmask import MaskPersonalDataFilter, mask_personnummer_shapes


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            data.update(fields)
        if record.exc_info and record.exc_info[0] is not None:
            data["error"] = record.exc_info[0].__name__
        elif record.exc_text:
            data["error"] = record.exc_text.splitlines()[-1][:200]
        return mask_personnummer_shapes(json.dumps(data, ensure_ascii=False, default=str))


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict) and fields:
            line += " " + " ".join(f"{k}={v}" for k, v in fields.items())
        return mask_personnummer_shapes(line)


def configure(log_format: str, level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if log_format == "json" else TextFormatter())
    handler.addFilter(MaskPersonalDataFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # aiosmtpd logs every command with its arguments (addresses) at INFO.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    logging.getLogger("aiosmtplib").setLevel(logging.WARNING)
