"""Risks among the recipients: many outside addresses visible to each other,
look-alike domains, private webmail."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from varna.mail import ParsedMessage, Recipient
from varna.policy.config import Policy

_HOMOGLYPHS = (
    ("rn", "m"),
    ("vv", "w"),
    ("0", "o"),
    ("1", "l"),
    ("3", "e"),
    ("5", "s"),
    ("ä", "a"),
    ("å", "a"),
    ("ö", "o"),
    ("é", "e"),
    ("-", ""),
)


def organisation_of(domain: str) -> str:
    """The registrable part of a domain, near enough: the last two labels.

    >>> organisation_of("skola.kungalv.se")
    'kungalv.se'
    """
    labels = domain.lower().rstrip(".").split(".")
    return ".".join(labels[-2:])


def belongs_to(domain: str, domains: Iterable[str]) -> bool:
    domain = domain.lower().rstrip(".")
    return any(domain == d or domain.endswith("." + d) for d in domains)


def own_domains(parsed: ParsedMessage, policy: Policy) -> tuple[str, ...]:
    """Configured internal domains and the sender's organisation (unless the sender
    writes from webmail)."""
    sender_domain = parsed.sender.rpartition("@")[2].lower().rstrip(".")
    if (
        sender_domain
        and "." in sender_domain
        and not belongs_to(sender_domain, policy.private_mailbox_domains)
        and not belongs_to(sender_domain, policy.internal_domains)
    ):
        return (*policy.internal_domains, organisation_of(sender_domain))
    return policy.internal_domains


def _distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance, giving up above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _skeleton(text: str) -> str:
    for source, target in _HOMOGLYPHS:
        text = text.replace(source, target)
    return text


def _embedded(domain: str, reference: str, label: str, tld: str) -> bool:
    """The own name as whole labels inside a longer domain: "kungalv.se.mejl.net",
    "kungalv-se.com" — not "regionkungalv.se", which is another organisation."""
    pattern = rf"(?:^|[.\-])(?:{re.escape(reference)}|{re.escape(label)}-{re.escape(tld)})[.\-]"
    return re.search(pattern, domain) is not None


def lookalike_of(
    domain: str, references: Iterable[str], max_distance: int, *, same_name_elsewhere: bool = True
) -> str | None:
    """The reference domain that ``domain`` imitates, if any.

    >>> lookalike_of("kungaiv.se", ["kungalv.se"], 2)
    'kungalv.se'
    >>> lookalike_of("kungalv.com", ["kungalv.se"], 2)
    'kungalv.se'
    >>> lookalike_of("kungalv.se.mejl.net", ["kungalv.se"], 2)
    'kungalv.se'
    >>> lookalike_of("skola.kungalv.se", ["kungalv.se"], 2) is None
    True
    >>> lookalike_of("ale.se", ["kungalv.se"], 2) is None
    True
    >>> lookalike_of("regionkungalv.se", ["kungalv.se"], 2) is None
    True
    """
    domain = domain.lower().rstrip(".")
    organisation = organisation_of(domain)
    for reference in references:
        reference = reference.lower()
        if belongs_to(domain, [reference]):
            return None
    for reference in references:
        reference = reference.lower()
        ref_label, _, ref_tld = reference.rpartition(".")
        label, _, tld = organisation.rpartition(".")
        if not ref_label or not label:
            continue
        if same_name_elsewhere:
            # The same name under another top domain, or hidden inside a longer one.
            if label == ref_label and tld != ref_tld:
                return reference
            if len(ref_label) >= 5 and _embedded(domain, reference, ref_label, ref_tld):
                return reference
        allowed = 1 if len(ref_label) <= 6 else max_distance
        if _skeleton(organisation) == _skeleton(reference):
            return reference
        if len(ref_label) >= 4 and 0 < _distance(organisation, reference, allowed) <= allowed:
            return reference
    return None


@dataclass(frozen=True)
class RecipientRisk:
    kind: str
    recipients: tuple[Recipient, ...]
    detail: str  # Swedish
    reference: str = ""


def visible_recipients(
    parsed: ParsedMessage, policy: Policy, own: tuple[str, ...]
) -> RecipientRisk | None:
    visible = [
        r
        for r in parsed.recipients
        if r.field in ("to", "cc") and r.address and not belongs_to(r.domain, own)
    ]
    unique = {r.address.lower(): r for r in visible}
    private = [r for r in unique.values() if belongs_to(r.domain, policy.private_mailbox_domains)]
    organisations = {organisation_of(r.domain) for r in unique.values() if r not in private} | {
        r.address.lower() for r in private
    }
    many = (
        len(unique) >= policy.visible_min_recipients
        and len(organisations) >= policy.visible_min_organisations
    )
    many_private = policy.visible_min_private > 0 and len(private) >= policy.visible_min_private
    if not (many or many_private):
        return None
    detail = (
        f"{len(unique)} mottagare utanför organisationen, från {len(organisations)} "
        "olika organisationer eller privata adresser, ser varandras e-postadresser i "
        "fälten Till och Kopia."
    )
    return RecipientRisk("visible_recipients", tuple(unique.values()), detail)


def lookalike_recipients(
    parsed: ParsedMessage, policy: Policy, own: tuple[str, ...]
) -> list[RecipientRisk]:
    known = [*own, *policy.partner_domains]
    webmail = sorted(policy.private_mailbox_domains)
    risks: list[RecipientRisk] = []
    seen: set[str] = set()
    for recipient in parsed.recipients:
        domain = recipient.domain
        if not domain or domain in seen or belongs_to(domain, [*known, *webmail]):
            continue
        seen.add(domain)
        # Webmail names are only compared for typing errors: telia.se is not telia.com's
        # imitation, it is the company.
        reference = lookalike_of(domain, known, policy.lookalike_max_distance) or lookalike_of(
            domain, webmail, policy.lookalike_max_distance, same_name_elsewhere=False
        )
        if reference is not None:
            detail = (
                f"Adressen {recipient.address} har domänen {domain}, som liknar "
                f"{reference} men inte är samma."
            )
            risks.append(RecipientRisk("lookalike_domain", (recipient,), detail, reference))
    return risks


def private_recipients(parsed: ParsedMessage, policy: Policy) -> list[Recipient]:
    return [
        r
        for r in parsed.recipients
        if r.address and belongs_to(r.domain, policy.private_mailbox_domains)
    ]
