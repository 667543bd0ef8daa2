"""Notices to the sender, in Swedish: "your message was sent with a warning" and
"your message is held in quarantine". Only the sender receives them, so they may
name the message's subject; finding values are masked as in every verdict."""

from __future__ import annotations

import email.utils
from email.message import EmailMessage

from varna.policy import Verdict

_INTRO = {
    "warn": (
        "Värna: ditt meddelande skickades med en varning",
        "Ditt meddelande har skickats, men Värna hittade något du bör kontrollera. "
        "Har meddelandet hamnat fel eller innehåller det uppgifter som inte borde ha "
        "skickats, kontakta din GDPR-samordnare så snart som möjligt.",
    ),
    "quarantine": (
        "Värna: ditt meddelande har hållits kvar",
        "Ditt meddelande har inte skickats. Värna hittade uppgifter som inte bör skickas med "
        "vanlig e-post och har lagt meddelandet i karantän. Du kan rätta meddelandet och "
        "skicka det igen, eller be din e-postadministratör att granska det.",
    ),
}


def build_notice(
    kind: str,
    verdict: Verdict,
    *,
    sender: str,
    to: str,
    subject: str,
    message_id: str = "",
    quarantine_url: str = "",
) -> EmailMessage:
    """``kind`` is "warn" or "quarantine"."""
    title, intro = _INTRO[kind]
    lines = [intro, ""]
    if subject:
        lines += [f"Ämne: {subject}", ""]
    if verdict.findings:
        lines.append("Det här hittades:")
        for finding in verdict.findings:
            shown = f" ({', '.join(finding.masked)})" if finding.masked else ""
            lines.append(f"- {finding.message}{shown}")
        lines.append("")
    if verdict.advice:
        lines.append("Gör så här:")
        lines.extend(f"- {advice}" for advice in verdict.advice)
        lines.append("")
    if kind == "quarantine" and quarantine_url:
        lines += [f"Se meddelandet i karantänen: {quarantine_url}", ""]
    lines.append("Det här är ett automatiskt meddelande från Värna. Svara inte på det.")
    notice = EmailMessage()
    notice["From"] = sender
    notice["To"] = to
    notice["Subject"] = title
    notice["Date"] = email.utils.formatdate(localtime=True)
    notice["Message-ID"] = email.utils.make_msgid(domain=_domain(sender))
    notice["Auto-Submitted"] = "auto-generated"
    notice["X-Varna-Verdict"] = "allow; notice"
    if message_id:
        notice["In-Reply-To"] = message_id
        notice["References"] = message_id
    notice.set_content("\n".join(lines))
    return notice


def _domain(address: str) -> str:
    parsed = email.utils.parseaddr(address)[1]
    return parsed.rpartition("@")[2] or "localhost"
