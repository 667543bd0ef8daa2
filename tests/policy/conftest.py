"""Personas: Anna Lindqvist, teacher at Solby kommun (solby.se), writes to her
colleague Karin Holm; Sven Ek is a guardian with a webmail address; Norrviks kommun
(norrvik.se) is a partner."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from varna.mail import ParsedMessage, message_from_fields
from varna.policy import Policy, Verdict, judge, load_policy

ANNA = "Anna Lindqvist <anna.lindqvist@solby.se>"
KARIN = "Karin Holm <karin.holm@solby.se>"
SVEN = "Sven Ek <sven.ek@gmail.com>"
SIGNATURE = "\n\nMed vänliga hälsningar\nAnna Lindqvist\nLärare, Solby skola\n0301-123 45"


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy(internal_domains=["solby.se"], partner_domains=["norrvik.se"])


def message(
    body: str = "Hej!",
    *,
    subject: str = "Fråga",
    to: Sequence[str] = (KARIN,),
    cc: Sequence[str] = (),
    bcc: Sequence[str] = (),
    attachments: Sequence[tuple[str, bytes]] = (),
    headers: dict[str, str] | None = None,
) -> ParsedMessage:
    return message_from_fields(
        sender=ANNA,
        to=list(to),
        cc=list(cc),
        bcc=list(bcc),
        subject=subject,
        body=body,
        attachments=list(attachments),
        headers=headers,
    )


def verdict_of(policy: Policy, body: str = "Hej!", **fields: object) -> Verdict:
    return judge(message(body, **fields), policy)  # type: ignore[arg-type]
