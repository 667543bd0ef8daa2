"""Builders for raw test messages. Personas: the sender Åsa Berg at Kungälv
municipality, the colleague Karin Lund, the guardian Sven Ek at a webmail address."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

SENDER = "Åsa Berg <asa.berg@kungalv.se>"
COLLEAGUE = "Karin Lund <karin.lund@kungalv.se>"
GUARDIAN = "Sven Ek <sven.ek@gmail.com>"


def build(
    body: str = "Hej!",
    *,
    subject: str = "Fråga",
    to: str = COLLEAGUE,
    html: str | None = None,
    attachments: list[tuple[str, bytes, str]] | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = SENDER
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
    for name, data, mime in attachments or []:
        maintype, _, subtype = mime.partition("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes(policy=SMTP)
