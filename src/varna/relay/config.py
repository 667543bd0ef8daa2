"""The relay's configuration: ``default_relay.toml`` (which documents every option),
a TOML file over it, and command-line flags on top."""

from __future__ import annotations

import ipaddress
import os
import socket
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
BlockAction = Literal["reject", "quarantine"]
StartTls = Literal["off", "opportunistic", "required"]


class RelayConfigError(Exception):
    """The configuration cannot be used; the message is Swedish and names the option."""


@dataclass(frozen=True)
class ListenConfig:
    address: str
    port: int
    hostname: str
    client_networks: tuple[Network, ...]
    max_sessions: int
    max_message_bytes: int
    client_timeout: float
    max_session_seconds: float
    smtputf8: bool


@dataclass(frozen=True)
class TlsConfig:
    certificate: str
    key: str
    require: bool

    @property
    def enabled(self) -> bool:
        return bool(self.certificate)


@dataclass(frozen=True)
class UpstreamConfig:
    host: str
    port: int
    starttls: StartTls
    verify_certificate: bool
    ca_file: str
    timeout: float
    helo: str


@dataclass(frozen=True)
class ActionsConfig:
    block: BlockAction
    notify_sender_on_warn: bool
    notify_sender_on_quarantine: bool


@dataclass(frozen=True)
class NoticesConfig:
    sender: str
    quarantine_url: str


@dataclass(frozen=True)
class JudgingConfig:
    policy: str
    timeout: float
    threads: int


@dataclass(frozen=True)
class ProcessConfig:
    workers: int
    shutdown_grace: float
    log_format: Literal["json", "text"]
    log_level: str


@dataclass(frozen=True)
class MetricsConfig:
    address: str
    port: int


@dataclass(frozen=True)
class RelayConfig:
    listen: ListenConfig
    tls: TlsConfig
    upstream: UpstreamConfig
    actions: ActionsConfig
    notices: NoticesConfig
    judging: JudgingConfig
    record_events: bool
    process: ProcessConfig
    metrics: MetricsConfig

    @property
    def needs_store(self) -> bool:
        """Whether the relay writes to Värna's database (events or quarantine)."""
        return self.record_events or self.actions.block == "quarantine"

    @property
    def worker_count(self) -> int:
        return self.process.workers or os.cpu_count() or 1


def _default_document() -> dict[str, Any]:
    text = resources.files("varna.relay").joinpath("default_relay.toml").read_text("utf-8")
    return tomllib.loads(text)


def _merge(base: dict[str, Any], override: dict[str, Any], origin: str) -> dict[str, Any]:
    merged = {key: dict(table) for key, table in base.items()}
    for section, table in override.items():
        if section not in base:
            raise RelayConfigError(f"Okänd del i {origin}: [{section}]")
        if not isinstance(table, dict):
            raise RelayConfigError(f"[{section}] ska vara en tabell i {origin}")
        for key, value in table.items():
            if key not in base[section]:
                raise RelayConfigError(f"Okänd inställning i {origin}: {section}.{key}")
            expected = type(base[section][key])
            if expected is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if expected is int and isinstance(value, float) and value.is_integer():
                value = int(value)
            if type(value) is not expected:
                raise RelayConfigError(
                    f"{section}.{key} ska vara {_TYPE_NAMES[expected]} ({origin})"
                )
            merged[section][key] = value
    return merged


_TYPE_NAMES = {
    str: "en text",
    int: "ett heltal",
    float: "ett tal",
    bool: "true eller false",
    list: "en lista",
}


def load_config(
    path: Path | None = None, overrides: dict[str, dict[str, Any]] | None = None
) -> RelayConfig:
    """Defaults, then the file at ``path``, then ``overrides`` (from flags)."""
    document = _default_document()
    if path is not None:
        try:
            user = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise RelayConfigError(f"Kan inte läsa konfigurationsfilen {path}: {error}") from error
        except tomllib.TOMLDecodeError as error:
            raise RelayConfigError(
                f"Konfigurationsfilen {path} är inte giltig TOML: {error}"
            ) from error
        document = _merge(document, user, str(path))
    if overrides:
        document = _merge(document, overrides, "kommandoraden")
    return _build(document)


def _positive(value: float, key: str) -> None:
    if value <= 0:
        raise RelayConfigError(f"{key} ska vara större än 0")


def _port(value: int, key: str, *, allow_zero: bool = False) -> int:
    if not (0 if allow_zero else 1) <= value <= 65535:
        raise RelayConfigError(f"{key} ska vara ett portnummer (1–65535)")
    return value


def _networks(values: list[Any]) -> tuple[Network, ...]:
    networks: list[Network] = []
    for value in values:
        if not isinstance(value, str):
            raise RelayConfigError("listen.client_networks ska vara en lista med nät som text")
        try:
            networks.append(ipaddress.ip_network(value, strict=False))
        except ValueError as error:
            raise RelayConfigError(f"listen.client_networks: {value!r} är inget nät") from error
    return tuple(networks)


def _choice(value: str, key: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise RelayConfigError(f"{key} ska vara ett av: {', '.join(choices)}")
    return value


def _build(doc: dict[str, Any]) -> RelayConfig:
    listen, tls, upstream = doc["listen"], doc["tls"], doc["upstream"]
    actions, notices, judging = doc["actions"], doc["notices"], doc["judging"]
    process, metrics = doc["process"], doc["metrics"]
    for section, key in (
        ("listen", "max_sessions"),
        ("listen", "max_message_bytes"),
        ("listen", "client_timeout"),
        ("listen", "max_session_seconds"),
        ("upstream", "timeout"),
        ("judging", "timeout"),
        ("judging", "threads"),
    ):
        _positive(doc[section][key], f"{section}.{key}")
    if process["workers"] < 0 or process["shutdown_grace"] < 0:
        raise RelayConfigError("process.workers och process.shutdown_grace får inte vara negativa")
    if bool(tls["certificate"]) != bool(tls["key"]):
        raise RelayConfigError("tls.certificate och tls.key ska anges tillsammans")
    for key in ("certificate", "key"):
        if tls[key] and not Path(tls[key]).is_file():
            raise RelayConfigError(f"tls.{key}: filen {tls[key]} finns inte")
    if tls["require"] and not tls["certificate"]:
        raise RelayConfigError("tls.require kräver tls.certificate och tls.key")
    if upstream["ca_file"] and not Path(upstream["ca_file"]).is_file():
        raise RelayConfigError(f"upstream.ca_file: filen {upstream['ca_file']} finns inte")
    hostname = listen["hostname"] or socket.getfqdn()
    return RelayConfig(
        listen=ListenConfig(
            address=listen["address"],
            port=_port(listen["port"], "listen.port", allow_zero=True),
            hostname=hostname,
            client_networks=_networks(listen["client_networks"]),
            max_sessions=listen["max_sessions"],
            max_message_bytes=listen["max_message_bytes"],
            client_timeout=listen["client_timeout"],
            max_session_seconds=listen["max_session_seconds"],
            smtputf8=listen["smtputf8"],
        ),
        tls=TlsConfig(certificate=tls["certificate"], key=tls["key"], require=tls["require"]),
        upstream=UpstreamConfig(
            host=upstream["host"],
            port=_port(upstream["port"], "upstream.port"),
            starttls=_choice(  # type: ignore[arg-type]
                upstream["starttls"], "upstream.starttls", ("off", "opportunistic", "required")
            ),
            verify_certificate=upstream["verify_certificate"],
            ca_file=upstream["ca_file"],
            timeout=upstream["timeout"],
            helo=upstream["helo"] or hostname,
        ),
        actions=ActionsConfig(
            block=_choice(actions["block"], "actions.block", ("reject", "quarantine")),  # type: ignore[arg-type]
            notify_sender_on_warn=actions["notify_sender_on_warn"],
            notify_sender_on_quarantine=actions["notify_sender_on_quarantine"],
        ),
        notices=NoticesConfig(sender=notices["from"], quarantine_url=notices["quarantine_url"]),
        judging=JudgingConfig(
            policy=judging["policy"], timeout=judging["timeout"], threads=judging["threads"]
        ),
        record_events=doc["events"]["record"],
        process=ProcessConfig(
            workers=process["workers"],
            shutdown_grace=process["shutdown_grace"],
            log_format=_choice(process["log_format"], "process.log_format", ("json", "text")),  # type: ignore[arg-type]
            log_level=process["log_level"].upper(),
        ),
        metrics=MetricsConfig(
            address=metrics["address"],
            port=_port(metrics["port"], "metrics.port", allow_zero=True),
        ),
    )
