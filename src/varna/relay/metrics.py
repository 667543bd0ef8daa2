"""Prometheus text metrics, shared by the worker processes without locks.

Every worker owns one row of a shared array of doubles and is its only writer;
the supervisor sums the rows when ``/metrics`` is read. The series are fixed in
advance, so no label can ever carry an address, a subject or other content.
"""

from __future__ import annotations

import itertools
from collections.abc import MutableSequence, Sequence
from dataclasses import dataclass

VERDICTS = ("allow", "warn", "block", "unknown")
ACTIONS = ("forwarded", "rejected", "quarantined", "deferred", "refused")
UPSTREAM_ERRORS = ("connect", "timeout", "disconnected", "temporary", "permanent")
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


@dataclass(frozen=True)
class Series:
    name: str
    kind: str  # counter | gauge | histogram
    help: str
    labels: tuple[str, ...] = ()
    values: tuple[tuple[str, ...], ...] = ((),)


SERIES: tuple[Series, ...] = (
    Series(
        "varna_relay_messages_total",
        "counter",
        "Messages by verdict and by what the relay did with them.",
        ("verdict", "action"),
        tuple(itertools.product(VERDICTS, ACTIONS)),
    ),
    Series(
        "varna_relay_message_duration_seconds",
        "histogram",
        "Seconds from the end of DATA to the relay's reply (judging and delivery).",
    ),
    Series(
        "varna_relay_upstream_errors_total",
        "counter",
        "Upstream failures by kind.",
        ("kind",),
        tuple((k,) for k in UPSTREAM_ERRORS),
    ),
    Series("varna_relay_sessions_total", "counter", "Client connections accepted."),
    Series(
        "varna_relay_sessions_refused_total",
        "counter",
        "Client connections refused.",
        ("reason",),
        (("network",), ("busy",)),
    ),
    Series("varna_relay_sessions_active", "gauge", "Client connections open now."),
    Series("varna_relay_received_bytes_total", "counter", "Message bytes received."),
    Series("varna_relay_judge_errors_total", "counter", "Messages that could not be judged."),
    Series(
        "varna_relay_store_errors_total",
        "counter",
        "Failures writing guard events or quarantine.",
        ("what",),
        (("event",), ("quarantine",)),
    ),
    Series(
        "varna_relay_notices_total",
        "counter",
        "Notices to senders.",
        ("result",),
        (("sent",), ("failed",)),
    ),
    Series("varna_relay_worker_restarts_total", "counter", "Worker processes restarted."),
)


def _layout() -> tuple[dict[tuple[str, tuple[str, ...]], int], int]:
    slots: dict[tuple[str, tuple[str, ...]], int] = {}
    offset = 0
    for series in SERIES:
        if series.kind == "histogram":
            for bucket in (*BUCKETS, float("inf")):
                slots[(series.name + "_bucket", (_number(bucket),))] = offset
                offset += 1
            slots[(series.name + "_sum", ())] = offset
            slots[(series.name + "_count", ())] = offset + 1
            offset += 2
            continue
        for values in series.values:
            slots[(series.name, values)] = offset
            offset += 1
    return slots, offset


def _number(value: float) -> str:
    if value == float("inf"):
        return "+Inf"
    return repr(value)


SLOTS, WIDTH = _layout()


class Metrics:
    """One worker's view: it writes only to its own row of ``storage``."""

    def __init__(self, storage: MutableSequence[float] | None = None, row: int = 0) -> None:
        self.storage: MutableSequence[float] = storage if storage is not None else [0.0] * WIDTH
        self.base = row * WIDTH

    def inc(self, name: str, *labels: str, amount: float = 1.0) -> None:
        self.storage[self.base + SLOTS[(name, labels)]] += amount

    def set(self, name: str, value: float) -> None:
        self.storage[self.base + SLOTS[(name, ())]] = value

    def observe(self, name: str, seconds: float) -> None:
        for bucket in (*BUCKETS, float("inf")):
            if seconds <= bucket:
                self.storage[self.base + SLOTS[(name + "_bucket", (_number(bucket),))]] += 1
        self.storage[self.base + SLOTS[(name + "_sum", ())]] += seconds
        self.storage[self.base + SLOTS[(name + "_count", ())]] += 1

    def value(self, name: str, *labels: str) -> float:
        return self.storage[self.base + SLOTS[(name, labels)]]


def total(storage: Sequence[float], rows: int, name: str, *labels: str) -> float:
    slot = SLOTS[(name, labels)]
    return sum(storage[row * WIDTH + slot] for row in range(rows))


def render(storage: Sequence[float], rows: int) -> str:
    """The Prometheus text exposition format (version 0.0.4), rows summed."""
    out: list[str] = []
    for series in SERIES:
        out.append(f"# HELP {series.name} {series.help}")
        out.append(f"# TYPE {series.name} {series.kind}")
        if series.kind == "histogram":
            for bucket in (*BUCKETS, float("inf")):
                label = _number(bucket)
                count = total(storage, rows, series.name + "_bucket", label)
                out.append(f'{series.name}_bucket{{le="{label}"}} {_format(count)}')
            out.append(f"{series.name}_sum {_format(total(storage, rows, series.name + '_sum'))}")
            out.append(
                f"{series.name}_count {_format(total(storage, rows, series.name + '_count'))}"
            )
            continue
        for values in series.values:
            labels = ",".join(f'{k}="{v}"' for k, v in zip(series.labels, values, strict=True))
            shown = f"{series.name}{{{labels}}}" if labels else series.name
            out.append(f"{shown} {_format(total(storage, rows, series.name, *values))}")
    return "\n".join(out) + "\n"


def _format(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)
