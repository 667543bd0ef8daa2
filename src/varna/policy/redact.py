"""A de-identified copy of a message, for ``varna redact``.

Personnummer and samordningsnummer become their masked form, names of other
people become ``[namn]``, contact details placeholders, and every sentence with
sensitive content is flagged ``[KÄNSLIG UPPGIFT]`` for the sender to rewrite.
Names of the correspondents (greetings, signatures, sender, recipients) and of
staff named with their title are kept. The MIME structure stays valid: text parts
are rewritten in place; a document attachment with personal data is replaced by
a text attachment with its de-identified text.
"""

from __future__ import annotations

from collections.abc import Sequence
from email import policy as email_policy
from email.message import EmailMessage, Message

from varna.mail import ParsedMessage, read_message
from varna.mail.attachments import OLE_MAGIC, read_attachment
from varna.mail.charsets import decode_bytes
from varna.mail.eml import parse_bytes
from varna.mail.limits import Budget, Limits
from varna.policy.identify import IDENTIFIER_KINDS, Correspondents, FindingLike, PartContext
from varna.policy.judge import (
    SENSITIVE_KINDS,
    Scanner,
    _default_scanner,
    scan_above,
)
from varna.policy.pointers import PointerFinder

FLAG = "[KÄNSLIG UPPGIFT] "
PLACEHOLDERS = {
    "name": "[namn]",
    "phone": "[telefon]",
    "email_address": "[e-post]",
    "address": "[adress]",
    "bank_account": "[kontonummer]",
    "payment_card": "[kortnummer]",
}
NOTE = (
    "Värna: bilagan {name} innehöll personuppgifter och har ersatts med sin text, "
    "avidentifierad. Kontrollera texten innan du skickar.\n\n"
)


class Redactor:
    def __init__(self, parsed: ParsedMessage, scanner: Scanner | None = None) -> None:
        self.scan = scanner or _default_scanner()
        self.correspondents = Correspondents.of(parsed)
        self.finder = PointerFinder()

    def redact(self, text: str) -> tuple[str, int]:
        """The de-identified text and how many changes were made."""
        findings: Sequence[FindingLike] = scan_above(self.scan, text)
        if not findings:
            return text, 0
        context = PartContext(text, findings, self.correspondents, self.finder)
        edits: list[tuple[int, int, str]] = []
        flagged: set[int] = set()
        for finding in findings:
            if finding.kind in IDENTIFIER_KINDS:
                edits.append((finding.start, finding.end, finding.masked))
            elif finding.kind in PLACEHOLDERS:
                if finding.kind == "name" and context.is_correspondent_or_staff(finding):
                    continue
                if finding.kind != "name" and context.layout.in_correspondence(finding.start):
                    continue  # the sender's own signature stays as it is
                if finding.kind == "email_address" and (
                    finding.value.lower() in self.correspondents.addresses
                ):
                    continue
                edits.append((finding.start, finding.end, PLACEHOLDERS[finding.kind]))
            elif finding.kind in SENSITIVE_KINDS:
                sentence = context.layout.sentences[context.layout.sentence_index(finding.start)]
                if sentence.start not in flagged:
                    flagged.add(sentence.start)
                    start = (
                        sentence.start
                        + len(text[sentence.start : sentence.end])
                        - len(text[sentence.start : sentence.end].lstrip())
                    )
                    edits.append((start, start, FLAG))
        return _apply(text, edits), len(edits)


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    out: list[str] = []
    position = 0
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1])):
        if start < position:
            continue  # overlaps an earlier edit
        out.append(text[position:start])
        out.append(replacement)
        position = end
    out.append(text[position:])
    return "".join(out)


def redact_message(
    raw: bytes, *, scanner: Scanner | None = None, limits: Limits | None = None
) -> bytes:
    """A de-identified copy of ``raw`` (.eml or .msg) as MIME bytes."""
    parsed = read_message(raw, limits=limits)
    redactor = Redactor(parsed, scanner)
    if raw[:8] == OLE_MAGIC:
        return _from_parsed(parsed, redactor)
    message = parse_bytes(raw)
    if parsed.encrypted:
        return raw  # sealed content cannot be read or changed; the envelope is all there is
    subject = parsed.subject
    if subject:
        new_subject, changes = redactor.redact(subject)
        if changes:
            del message["Subject"]
            message["Subject"] = new_subject
    budget = Budget(limits or Limits())
    for part in list(message.walk()):
        if part.is_multipart() or part.get_content_maintype() == "message":
            continue
        _redact_part(part, redactor, budget)
    return message.as_bytes(policy=email_policy.SMTP)


def _redact_part(part: Message, redactor: Redactor, budget: Budget) -> None:
    assert isinstance(part, EmailMessage)
    try:
        data = part.get_payload(decode=True)
    except Exception:
        return
    if not isinstance(data, bytes):
        return
    ctype = part.get_content_type()
    filename = part.get_filename()
    if ctype in ("text/plain", "text/html", "text/csv") or (
        ctype.startswith("text/") and not filename
    ):
        text = decode_bytes(data, part.get_content_charset())
        new_text, changes = redactor.redact(text)
        if changes:
            _replace(part, new_text, ctype.split("/")[1], filename)
        return
    if not filename:
        return
    extracted = ParsedMessage()
    read_attachment(extracted, filename, data, budget, 1, ctype)
    texts: list[str] = []
    changed = 0
    for extracted_part in (p for p in extracted.parts if not p.file_name):
        new_text, changes = redactor.redact(extracted_part.text)
        changed += changes
        texts.append(new_text)
    if changed:
        note = NOTE.format(name=filename)
        _replace(part, note + "\n\n".join(texts), "plain", f"{filename}.avidentifierad.txt")


def _replace(part: EmailMessage, text: str, subtype: str, filename: str | None) -> None:
    disposition = part.get_content_disposition()
    for header in ("Content-Transfer-Encoding", "Content-Type", "Content-Disposition"):
        del part[header]
    part.set_content(
        text, subtype=subtype, charset="utf-8", disposition=disposition, filename=filename
    )


def _from_parsed(parsed: ParsedMessage, redactor: Redactor) -> bytes:
    """An Outlook .msg has no MIME to keep: build a new message from its parts."""
    message = EmailMessage()
    if parsed.sender:
        message["From"] = parsed.sender
    for field, header in (("to", "To"), ("cc", "Cc")):
        addresses = [r.address for r in parsed.recipients if r.field == field and r.address]
        if addresses:
            message[header] = ", ".join(addresses)
    message["Subject"] = redactor.redact(parsed.subject)[0]
    body = parsed.body
    message.set_content(redactor.redact(body.text)[0] if body else "")
    for part in parsed.parts:
        if part.where.startswith("attachment:") and not part.file_name:
            name = part.where.removeprefix("attachment:").replace("/", "_")
            message.add_attachment(
                redactor.redact(part.text)[0].encode("utf-8"),
                maintype="text",
                subtype="plain",
                filename=f"{name}.avidentifierad.txt",
            )
    return message.as_bytes(policy=email_policy.SMTP)
