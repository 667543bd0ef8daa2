"""What the relay says: readable Swedish, ASCII-safe, no personal data."""

from __future__ import annotations

from varna.policy import Verdict, VerdictFinding
from varna.relay.replies import ascii_safe, format_reply, rejection, relayed


def finding(kind: str, where: str, count: int = 1) -> VerdictFinding:
    return VerdictFinding(kind, where, "block", count, ("20180101-23**",), "meddelande")


def test_it_turns_swedish_letters_into_plain_ascii():
    assert ascii_safe("Åsa, Ärla och Östen – möts på fredag…") == (
        "Asa, Arla och Osten - mots pa fredag..."
    )
    assert ascii_safe("tab\there\u200b") == "tab?here?"


def test_a_long_reply_is_wrapped_into_a_multiline_reply():
    reply = format_reply(550, "5.7.1", ["ord " * 120])
    lines = reply.split("\r\n")
    assert len(lines) == 3
    assert all(line.startswith("550-5.7.1 ") for line in lines[:-1])
    assert lines[-1].startswith("550 5.7.1 ")
    assert all(len(line) <= 512 for line in lines)


def test_a_rejection_names_kinds_and_places_but_never_attachment_names_or_values():
    verdict = Verdict(
        "block",
        (
            finding("personnummer", "attachment:Utredning Anna Svensson.pdf", 3),
            finding("personnummer", "attachment:elever.xlsx", 2),
            finding("health", "body"),
        ),
        ("Ta bort uppgifterna.",),
    )
    text = rejection(verdict).render()
    assert "personnummer (5 i en bilaga)" in text
    assert "uppgift om halsa (1 i texten)" in text
    assert "Anna" not in text
    assert "elever" not in text
    assert "2018" not in text
    assert text.isascii()


def test_an_upstream_reply_is_passed_on_as_one_printable_line():
    assert relayed(550, "5.1.1 Mottagaren\r\nfinns inte") == "550 5.1.1 Mottagaren finns inte"
    assert relayed(452, "Mailbox full") == "452 4.0.0 Mailbox full"
    assert (
        relayed(250, "2.0.0 Varna allow: Ok: queued as X")
        == "250 2.0.0 Varna allow: Ok: queued as X"
    )
