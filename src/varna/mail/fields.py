"""A message from separate fields (the HTTP check API, tests)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from varna.mail.addresses import parse_address_list
from varna.mail.attachments import read_attachment
from varna.mail.eml import add_recipients
from varna.mail.htmltext import html_to_text
from varna.mail.limits import Budget, Limits
from varna.mail.model import BODY, SUBJECT, ParsedMessage, Part


def message_from_fields(
    *,
    sender: str = "",
    to: Sequence[str] = (),
    cc: Sequence[str] = (),
    bcc: Sequence[str] = (),
    subject: str = "",
    body: str = "",
    html_body: str = "",
    attachments: Iterable[tuple[str, bytes]] = (),
    headers: dict[str, str] | None = None,
    limits: Limits | None = None,
) -> ParsedMessage:
    """Build a ParsedMessage as if these fields had been sent; never raises on bad
    addresses (they become ``malformed_recipients`` problems)."""
    budget = Budget(limits or Limits())
    parsed = ParsedMessage(subject=subject.strip())
    if sender:
        result = parse_address_list(sender)
        if result.addresses:
            parsed.sender_name, parsed.sender = result.addresses[0]
        elif result.uncertain:
            parsed.sender = result.uncertain[0]
    for field, values in (("to", to), ("cc", cc), ("bcc", bcc)):
        for value in values:
            add_recipients(parsed, field, value)  # type: ignore[arg-type]
    parsed.headers = {k.lower(): [v] for k, v in (headers or {}).items()}
    if subject.strip():
        parsed.parts.append(Part(SUBJECT, parsed.subject))
    text = body.replace("\r\n", "\n")
    if html_body.strip():
        html_text = html_to_text(html_body)
        text = f"{text}\n{html_text}" if text.strip() else html_text
    if text.strip():
        parsed.parts.append(Part(BODY, budget.take_text(text)))
    for name, data in attachments:
        read_attachment(parsed, name or "namnlös", data, budget, 1)
    return parsed
