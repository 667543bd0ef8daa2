"""The policy: defaults from ``default_policy.toml``, a TOML file over them, and
command-line domain overrides on top."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any, Literal

Action = Literal["block", "block_if_identifiable", "warn", "warn_if_identifiable", "allow"]
ACTIONS: frozenset[str] = frozenset(
    {"block", "block_if_identifiable", "warn", "warn_if_identifiable", "allow"}
)


class PolicyError(Exception):
    """The policy file cannot be used; the message is Swedish and names the key."""


@dataclass(frozen=True)
class Policy:
    internal_domains: tuple[str, ...] = ()
    partner_domains: tuple[str, ...] = ()
    actions: dict[str, Action] = field(default_factory=dict)
    min_score: float = 0.5
    extra_role_words: tuple[str, ...] = ()
    visible_min_recipients: int = 4
    visible_min_organisations: int = 2
    visible_min_private: int = 3
    lookalike_max_distance: int = 2
    private_mailbox_domains: frozenset[str] = frozenset()
    encryption_subject_tags: tuple[str, ...] = ()
    encryption_headers: tuple[str, ...] = ()
    secure_channel: str = ""
    contact: str = ""

    def action(self, kind: str) -> Action:
        return self.actions.get(kind, "allow")


def _default_document() -> dict[str, Any]:
    text = resources.files("varna.policy").joinpath("default_policy.toml").read_text("utf-8")
    return tomllib.loads(text)


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if key not in base:
            raise PolicyError(f"Okänd inställning i policyfilen: [{key}]")
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise PolicyError(f"[{key}] ska vara en tabell i policyfilen")
            unknown = set(value) - set(base[key])
            if unknown:
                names = ", ".join(sorted(unknown))
                raise PolicyError(f"Okänd inställning i [{key}]: {names}")
            merged[key] = {**base[key], **value}
        else:
            merged[key] = value
    return merged


def _domains(values: Any, key: str) -> tuple[str, ...]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise PolicyError(f"{key} ska vara en lista med domäner")
    return tuple(v.strip().lower().lstrip("@").rstrip(".") for v in values if v.strip())


def _strings(values: Any, key: str) -> tuple[str, ...]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise PolicyError(f"{key} ska vara en lista med texter")
    return tuple(values)


def _integer(value: Any, key: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise PolicyError(f"{key} ska vara ett heltal, 0 eller större")
    return value


def _from_document(document: dict[str, Any]) -> Policy:
    actions: dict[str, Action] = {}
    for kind, action in document["actions"].items():
        if action not in ACTIONS:
            allowed = ", ".join(sorted(ACTIONS))
            raise PolicyError(f"[actions] {kind} = {action!r} går inte; välj en av {allowed}")
        actions[kind] = action
    organisation = document["organisation"]
    recipients = document["recipients"]
    encryption = document["encryption"]
    advice = document["advice"]
    score = document["detection"]["min_score"]
    if not isinstance(score, (int, float)) or not 0 <= score <= 1:
        raise PolicyError("[detection] min_score ska vara ett tal mellan 0 och 1")
    return Policy(
        internal_domains=_domains(organisation["internal_domains"], "internal_domains"),
        partner_domains=_domains(organisation["partner_domains"], "partner_domains"),
        actions=actions,
        min_score=float(score),
        extra_role_words=_strings(
            document["identifiability"]["extra_role_words"], "extra_role_words"
        ),
        visible_min_recipients=_integer(
            recipients["visible_min_recipients"], "visible_min_recipients"
        ),
        visible_min_organisations=_integer(
            recipients["visible_min_organisations"], "visible_min_organisations"
        ),
        visible_min_private=_integer(recipients["visible_min_private"], "visible_min_private"),
        lookalike_max_distance=_integer(
            recipients["lookalike_max_distance"], "lookalike_max_distance"
        ),
        private_mailbox_domains=frozenset(
            _domains(recipients["private_mailbox_domains"], "private_mailbox_domains")
        ),
        encryption_subject_tags=_strings(encryption["subject_tags"], "subject_tags"),
        encryption_headers=_strings(encryption["headers"], "headers"),
        secure_channel=str(advice["secure_channel"]),
        contact=str(advice["contact"]),
    )


def load_policy(
    path: str | Path | None = None,
    *,
    internal_domains: tuple[str, ...] | list[str] = (),
    partner_domains: tuple[str, ...] | list[str] = (),
) -> Policy:
    """The defaults, overridden by the TOML file at ``path`` and then by the
    domain lists given here (the ``--internal-domain``/``--partner-domain`` flags).

    >>> load_policy(internal_domains=["Kungalv.se"]).internal_domains
    ('kungalv.se',)
    >>> load_policy().action("personnummer")
    'block'
    """
    document = _default_document()
    if path is not None:
        try:
            with open(path, "rb") as handle:
                override = tomllib.load(handle)
        except OSError as error:
            raise PolicyError(f"Policyfilen {path} kan inte läsas ({error.strerror})") from error
        except tomllib.TOMLDecodeError as error:
            raise PolicyError(f"Policyfilen {path} är inte giltig TOML: {error}") from error
        document = _merge(document, override)
    policy = _from_document(document)
    if internal_domains:
        policy = replace(policy, internal_domains=_domains(list(internal_domains), "domän"))
    if partner_domains:
        policy = replace(policy, partner_domains=_domains(list(partner_domains), "domän"))
    return policy
