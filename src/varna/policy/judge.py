"""Findings + envelope + policy → Verdict, with reasons and advice in Swedish.

Pure: the only input is the parsed message, the policy and the scanner (detect's
``scan`` unless another is given, e.g. in tests of the rules themselves).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from varna.detect import SENSITIVE_KINDS as DETECT_SENSITIVE_KINDS
from varna.detect import scan
from varna.logmask import mask_personnummer_shapes
from varna.mail import BODY, SUBJECT, ParsedMessage
from varna.policy import texts
from varna.policy.config import Policy
from varna.policy.identify import IDENTIFIER_KINDS, Correspondents, FindingLike, PartContext
from varna.policy.pointers import PointerFinder
from varna.policy.recipients import (
    RecipientRisk,
    lookalike_recipients,
    own_domains,
    private_recipients,
    visible_recipients,
)
from varna.policy.tables import column_findings
from varna.policy.verdict import SEVERITY, Verdict, VerdictFinding, VerdictName

Scanner = Callable[[str], Sequence[FindingLike]]

# Art. 9 categories, offences, social services, secrecy and protected identity.
SENSITIVE_KINDS = DETECT_SENSITIVE_KINDS
_MAX_SHOWN = 20
_FALSE_VALUES = frozenset({"", "no", "false", "0", "nej", "off"})


@dataclass
class _Hit:
    kind: str
    where: str
    action: str  # "block" or "warn"
    line: int | None = None
    masked: str = ""
    value: str = ""
    detail: str = ""
    quoted: bool = False


def scan_above(scan: Scanner, text: str, min_score: float = 0.0) -> list[FindingLike]:
    """Detect's findings scored at least ``min_score``.

    The policy trusts detect with identifiers: a valid personnummer among amounts,
    dates and customer words is detect's to keep (``varna.detect.numbers``), so
    there is no second pass here that could disagree with it.
    """
    return [f for f in scan(text) if f.score >= min_score]


def part_findings(scan: Scanner, text: str, min_score: float) -> list[FindingLike]:
    """What the judgement weighs in one part: detect's findings and the cells under a
    sensitive column header (``varna.policy.tables``)."""
    findings = scan_above(scan, text, min_score)
    return findings + column_findings(text, findings)


def _default_scanner() -> Scanner:
    return scan


_FINDERS: dict[tuple[str, ...], PointerFinder] = {}


def _finder(policy: Policy) -> PointerFinder:
    key = policy.extra_role_words
    if key not in _FINDERS:
        _FINDERS[key] = PointerFinder(key)
    return _FINDERS[key]


def judge(parsed: ParsedMessage, policy: Policy, *, scanner: Scanner | None = None) -> Verdict:
    """Judge one parsed message under ``policy``."""
    scan = scanner or _default_scanner()
    correspondents = Correspondents.of(parsed)
    hits: list[_Hit] = []
    third_party_names: set[str] = set()
    third_party_details = 0
    for part in parsed.parts:
        if parsed.encrypted and part.where != "subject":
            continue  # only the envelope of an encrypted message travels in the clear
        findings = part_findings(scan, part.text, policy.min_score)
        if not findings:
            continue
        context: PartContext | None = None
        if any(policy.action(f.kind).endswith("_if_identifiable") for f in findings) or (
            private_recipients(parsed, policy)
        ):
            context = PartContext(
                part.text,
                findings,
                correspondents,
                _finder(policy),
                addressed=part.where in (BODY, SUBJECT),
            )
            third_party_names |= context.third_party_names
            third_party_details += len(context.third_party_details)
        hits.extend(_part_hits(part.where, part.text, findings, policy, context))
    hits.extend(_encryption_hits(parsed, policy))
    hits.extend(_recipient_hits(parsed, policy, third_party_names, third_party_details))
    for problem in parsed.problems:
        action = policy.action(problem.kind)
        if action in ("block", "warn"):
            hits.append(_Hit(problem.kind, problem.where, action, detail=problem.reason))
    return _assemble(hits, policy, parsed)


def _line(where: str, text: str, offset: int) -> int | None:
    if where == "subject":
        return None
    return text.count("\n", 0, offset) + 1


def _part_hits(
    where: str,
    text: str,
    findings: Sequence[FindingLike],
    policy: Policy,
    context: PartContext | None,
) -> list[_Hit]:
    hits: list[_Hit] = []
    for finding in findings:
        configured = policy.action(finding.kind)
        if configured == "allow":
            continue
        detail = ""
        action: str = configured
        if configured.endswith("_if_identifiable"):
            pointer = context.identifying_pointer(finding) if context else None
            if pointer is None:
                continue
            detail = pointer.reason
            action = configured.removesuffix("_if_identifiable")
        quoted = context.is_quoted(finding.start) if context else False
        hits.append(
            _Hit(
                finding.kind,
                where,
                action,
                _line(where, text, finding.start),
                finding.masked,
                finding.value,
                detail,
                quoted,
            )
        )
    return hits


def _encryption_hits(parsed: ParsedMessage, policy: Policy) -> list[_Hit]:
    if parsed.encrypted:
        return []
    subject = parsed.subject.casefold()
    tag = next((t for t in policy.encryption_subject_tags if t.casefold() in subject), None)
    header = next(
        (
            h
            for h in policy.encryption_headers
            if any(v.strip().lower() not in _FALSE_VALUES for v in parsed.header(h))
        ),
        None,
    )
    marker = tag or header
    if marker is None:
        return []
    action = policy.action("encryption_failed")
    if action not in ("block", "warn"):
        return []
    return [_Hit("encryption_failed", "subject", action, masked=marker, detail=marker)]


def _recipient_hits(
    parsed: ParsedMessage, policy: Policy, third_party_names: set[str], third_party_details: int
) -> list[_Hit]:
    own = own_domains(parsed, policy)
    risks: list[RecipientRisk] = []
    visible = visible_recipients(parsed, policy, own)
    if visible is not None:
        risks.append(visible)
    risks.extend(lookalike_recipients(parsed, policy, own))
    private = private_recipients(parsed, policy)
    if private and (len(third_party_names) >= 3 or (third_party_names and third_party_details)):
        domains = sorted({r.domain for r in private})
        risks.append(RecipientRisk("private_mailbox", tuple(private), ", ".join(domains)))
    hits: list[_Hit] = []
    for risk in risks:
        action = policy.action(risk.kind)
        if action not in ("block", "warn"):
            continue
        for recipient in risk.recipients:
            masked = recipient.domain if risk.kind != "lookalike_domain" else recipient.address
            hits.append(
                _Hit(
                    risk.kind,
                    "recipients",
                    action,
                    masked=masked,
                    value=recipient.address,
                    detail=risk.detail,
                )
            )
    return hits


_WHERE_ORDER = {"subject": 0, "body": 1, "recipients": 3}
_KIND_ORDER = {"encryption_failed": 0, "personnummer": 1, "samordningsnummer": 1}


def _assemble(hits: list[_Hit], policy: Policy, parsed: ParsedMessage) -> Verdict:
    groups: dict[tuple[str, str], list[_Hit]] = {}
    for hit in hits:
        groups.setdefault((hit.kind, hit.where), []).append(hit)
    findings = [_verdict_finding(kind, where, group) for (kind, where), group in groups.items()]
    findings.sort(
        key=lambda f: (
            -SEVERITY[f.action],
            _KIND_ORDER.get(f.kind, 3),
            _WHERE_ORDER.get(f.where, 2),
        )
    )
    verdict: VerdictName = "allow"
    for finding in findings:
        if SEVERITY[finding.action] > SEVERITY[verdict]:
            verdict = finding.action
    return Verdict(
        verdict,
        tuple(findings),
        tuple(_advice(hits, policy, verdict)),
        parsed.encrypted,
        tuple(mask_personnummer_shapes(n) for n in parsed.unscanned),
    )


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))[:_MAX_SHOWN]


def _verdict_finding(kind: str, where: str, group: list[_Hit]) -> VerdictFinding:
    first = group[0]
    lines = tuple(sorted({h.line for h in group if h.line is not None}))
    masked = _unique([h.masked for h in group])
    values = _unique([h.value for h in group])
    # An attachment may be named after a person's personnummer: never echo it.
    where = mask_personnummer_shapes(where)
    return VerdictFinding(
        kind=kind,
        where=where,
        action="block" if first.action == "block" else "warn",
        count=len(group),
        masked=masked,
        message=_message(kind, where, group, list(lines)),
        values=values,
        lines=lines,
    )


def _message(kind: str, where: str, group: list[_Hit], lines: list[int]) -> str:
    place = texts.where_label(where, lines)
    label = texts.KIND_LABELS.get(kind, kind)
    count = len(group)
    first = group[0]
    if kind in IDENTIFIER_KINDS:
        return f"{texts.count_phrase(count, label, label)} {place}. {texts.IDENTIFIER_WHY}"
    if kind in SENSITIVE_KINDS:
        what = label[0].upper() + label[1:]
        if count > 1:
            what = f"{what} ({count} ställen)"
        reasons = ", ".join(dict.fromkeys(h.detail for h in group if h.detail))
        return (
            f"{what} {place} om en person som kan identifieras. Personen pekas ut av: "
            f"{reasons}. {texts.SENSITIVE_WHY}"
        )
    if kind == "encryption_failed":
        return (
            f"Meddelandet är märkt för kryptering ({first.detail}) men är inte krypterat. "
            "Det skulle skickas som vanlig, okrypterad e-post."
        )
    if kind == "visible_recipients":
        return (
            f"{first.detail} Adresserna är personuppgifter och ska inte spridas till "
            "andra mottagare."
        )
    if kind == "lookalike_domain":
        return " ".join(dict.fromkeys(h.detail for h in group)) + (
            " Ett stavfel i domänen kan skicka meddelandet till någon annan."
        )
    if kind == "private_mailbox":
        return (
            f"Meddelandet innehåller personuppgifter om andra personer (namn och "
            f"kontaktuppgifter) och går till privat e-post ({first.detail}). Privata "
            "e-posttjänster är utanför organisationens kontroll."
        )
    if kind == "unreadable_attachment":
        name = where.removeprefix("attachment:")
        reason = first.detail or "okänd orsak"
        if where == "body":
            return (
                f"Meddelandet kunde inte tolkas helt ({reason}); granskningen kan vara "
                "ofullständig."
            )
        return f"Bilagan {name} kunde inte granskas ({reason})."
    if kind == "malformed_recipients":
        return f"Mottagarna kunde inte läsas säkert: {first.detail}."
    return f"{label[0].upper() + label[1:]} {place}."


def _advice(hits: list[_Hit], policy: Policy, verdict: str) -> list[str]:
    kinds = {h.kind for h in hits}
    secure = policy.secure_channel
    advice: list[str] = []
    if "encryption_failed" in kinds:
        advice.append(texts.ADVICE_ENCRYPTION.format(secure=secure))
    if kinds & IDENTIFIER_KINDS:
        advice.append(texts.ADVICE_IDENTIFIER.format(secure=secure))
    if kinds & SENSITIVE_KINDS:
        advice.append(texts.ADVICE_SENSITIVE.format(secure=secure))
    if any(h.quoted and h.action == "block" for h in hits):
        advice.append(texts.ADVICE_REPLY)
    for kind, text in (
        ("payment_card", texts.ADVICE_PAYMENT_CARD),
        ("visible_recipients", texts.ADVICE_VISIBLE),
        ("lookalike_domain", texts.ADVICE_LOOKALIKE),
        ("private_mailbox", texts.ADVICE_PRIVATE),
        ("unreadable_attachment", texts.ADVICE_UNREADABLE),
        ("malformed_recipients", texts.ADVICE_MALFORMED),
    ):
        if kind in kinds:
            advice.append(text)
    if verdict != "allow" and policy.contact:
        advice.append(policy.contact)
    return advice
