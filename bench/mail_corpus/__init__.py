"""The labelled development corpus (see ``spec`` for the personas and placeholders)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from bench.mail_corpus import (
    admin,
    blind,
    blind2,
    blind3,
    blind4,
    blind5,
    blind6,
    care,
    fresh,
    heldout,
    probe,
    school,
    special,
)
from bench.mail_corpus.spec import Expected, Spec, to_eml, to_msg

# blind2 is mail from Ekeby kommun (ekeby.se) with partners Region Ekeby and Vallby kommun;
# blind3 from Åsby kommun (asby.se) with partners Region Åsby and Åsby Energi AB;
# blind4 from Lindö kommun (lindo.se) with partners Region Lindö and Lindö Bostäder AB;
# blind5 from Norrby kommun (norrby.se) with partners Region Norrby and Norrby Vatten AB;
# blind6 from Västby kommun (vastby.se) with partners Region Västby and Västby Fastigheter AB.
INTERNAL_DOMAINS = ("solby.se", "ekeby.se", "asby.se", "lindo.se", "norrby.se", "vastby.se")
PARTNER_DOMAINS = (
    "norrvik.se",
    "regionsolby.se",
    "regionekeby.se",
    "vallby.se",
    "regionasby.se",
    "asbyenergi.se",
    "regionlindo.se",
    "lindobostader.se",
    "regionnorrby.se",
    "norrbyvatten.se",
    "regionvastby.se",
    "vastbyfastigheter.se",
)


@dataclass(frozen=True)
class LabelledMessage:
    id: str
    expected: Expected
    filename: str
    raw: bytes


def specs(corpus: str = "dev") -> list[Spec]:
    """``dev``: the set the rules were developed on; ``fresh``: written afterwards;
    ``heldout``: written from the rules alone by the quality pass, before tuning;
    ``probe``: written after that tuning, never tuned on; ``blind``: written by an
    independent evaluator from the rules alone, before reading the policy code.

    ``blind2``: a second blind set by another independent evaluator, about 120
    messages from a different fictional municipality (Ekeby kommun, ekeby.se, with
    Region Ekeby and Vallby kommun as partners) across school, care, social services,
    LSS, HR, planning, culture, politics, IT and procurement; labelled from the
    issue's rules and the seeds alone, without reading the policy or detection code,
    their tests or the other sets, and committed before the guard was run on it.

    ``blind3``: a third blind set by another independent evaluator, about 120
    messages from Åsby kommun (asby.se, with Region Åsby and Åsby Energi AB as
    partners) stressing gymnasium, Komvux/SFI, student health, school transport,
    housing adaptation, debt counselling, the chief guardian, family law, refugee
    reception, labour-market measures, the rescue service, environmental health,
    parking, procurement, politicians' private addresses, the registry, public-access
    requests, whistleblowing and HR rehabilitation; written under the same blind
    conditions and committed before the guard was run on it.

    ``blind4``: a fourth blind set by another independent evaluator, about 120
    terse everyday messages from Lindö kommun (lindo.se, with Region Lindö and Lindö
    Bostäder AB as partners) from home care, night patrol, care homes, LSS group
    homes, preschool, school, social services and HR, with the sensitive line in a
    subject, a calendar invite, the oldest part of a forwarded thread, a list column
    or a footer, next to look-alike harmless facility, IT and finance mail; written
    under the same blind conditions and committed before the guard was run on it.

    ``blind5``: a fifth blind set by another independent evaluator, 100 messages
    from Norrby kommun (norrby.se, with Region Norrby and Norrby Vatten AB as
    partners) stressing citizens' own mail forwarded by staff, sensitive data
    carried in attachments (docx, xlsx, csv, pdf, zip) under a harmless body, board
    and politics, HR and payroll, each with harmless look-alikes; written under the
    same blind conditions and committed before the guard was run on it.

    ``blind6``: a sixth blind set by another independent evaluator, about 70
    messages from Västby kommun (vastby.se, with Region Västby and Västby
    Fastigheter AB as partners) stressing the hardest distinctions: anonymised
    cases, statistics, routines, training, job ads and staff or politicians in
    their role against a nickname, initials with a class or room, a relative, a
    quoted reply far below, an attachment or a care abbreviation pointing out the
    person; written under the same blind conditions and committed before the guard
    was run on it."""
    if corpus == "fresh":
        return list(fresh.MESSAGES)
    if corpus == "heldout":
        return list(heldout.MESSAGES)
    if corpus == "probe":
        return list(probe.MESSAGES)
    if corpus == "blind":
        return list(blind.MESSAGES)
    if corpus == "blind2":
        return list(blind2.MESSAGES)
    if corpus == "blind3":
        return list(blind3.MESSAGES)
    if corpus == "blind4":
        return list(blind4.MESSAGES)
    if corpus == "blind5":
        return list(blind5.MESSAGES)
    if corpus == "blind6":
        return list(blind6.MESSAGES)
    return [*school.MESSAGES, *care.MESSAGES, *admin.MESSAGES, *special.MESSAGES]


def _with_raw_headers(raw: bytes, replacements: dict[str, str]) -> bytes:
    lines = raw.split(b"\r\n")
    for index, line in enumerate(lines):
        if not line:
            break
        name = line.split(b":", 1)[0].decode("ascii", "replace")
        if name in replacements:
            lines[index] = f"{name}: {replacements[name]}".encode()
    return b"\r\n".join(lines)


def messages(corpus: str = "dev") -> Iterator[LabelledMessage]:
    """Every labelled message: .eml for each spec, .msg as well where marked."""
    for spec in specs(corpus):
        yield LabelledMessage(spec.id, spec.expected, f"{spec.id}.eml", to_eml(spec))
        if spec.outlook:
            yield LabelledMessage(f"{spec.id}-msg", spec.expected, f"{spec.id}.msg", to_msg(spec))
    for spec, replacements in special.RAW_HEADER_MESSAGES if corpus == "dev" else ():
        yield LabelledMessage(
            spec.id, spec.expected, f"{spec.id}.eml", _with_raw_headers(to_eml(spec), replacements)
        )
