"""The layout of a text as a reader sees it: sentences, paragraphs, and the parts
of a mail that speak about the correspondents rather than about anyone else —
greetings, signatures and the header lines of quoted or forwarded mail.

Plain-text mail is wrapped at about 72 characters, so a single line break inside
prose does not end a sentence; in lists, forms and tables (short lines, tabs) it does.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“(]?[A-ZÅÄÖÉ0-9•\-–*>])")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:t\.ex|bl\.a|m\.m|m\.fl|o\.s\.v|dvs|resp|ca|kl|nr|tel|mob|s\.k|p\.g\.a|pga|f\.d|"
    r"d\.v\.s|enl|jfr|fr\.o\.m|t\.o\.m|ang|st|avd|tfn|f|Dr|dr|jr|sr|mr|mrs|ms|prof)"
    r"|\b[A-ZÅÄÖ])\.$",
    re.IGNORECASE,
)
_WRAP_WIDTH = 60
_GREETING = re.compile(
    r"^\s*(?:hej|hejsan|hallå|hallo|god\s+(?:morgon|dag|eftermiddag|kväll)|kära|bästa|"
    r"till|dear|hi|hello|morsning|tjena|tja)\b[^.!?\n]{0,60}[,!.:]?\s*$",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^\s*(?:--\s*|med\s+vänlig(?:a)?\s+hälsning(?:ar)?|vänlig(?:a)?\s+hälsning(?:ar)?|"
    r"hälsningar|hälsning|mvh|vh|bästa\s+hälsningar|varma\s+hälsningar|ha\s+det\s+bra|"
    r"tack\s+på\s+förhand|best\s+regards|kind\s+regards|regards|sincerely|cheers|"
    r"med\s+vänliga\s+hälsningar)\b[^\n]{0,40}$",
    re.IGNORECASE,
)
_QUOTE_HEADER = re.compile(
    # Lines that name the correspondents of quoted or forwarded mail. The subject
    # line is not one of them: it speaks about the matter.
    r"^[>\s]*(?:från|from|skickat|sent|till|to|kopia|cc|datum|date|avsändare|mottagare)\s*:"
    r"|^[>\s]*(?:den|on)\s.{0,120}\b(?:skrev|wrote)\b.{0,120}:\s*$"
    r"|^[>\s]*-{2,}\s*(?:ursprungligt meddelande|original message|vidarebefordrat meddelande|"
    r"forwarded message|bifogat meddelande)",
    re.IGNORECASE,
)
_SIGNATURE_LINES = 12
# A signature has the sender's name, title, unit, phone, addresses, web and perhaps a
# disclaimer about e-mail and personal data. A line of prose that is none of these
# (a note about a client below "--") ends it: it is about someone, not the sender.
_SIGNATURE_PROSE_WORDS = 10
_SIGNATURE_LIKE = re.compile(
    r"@|https?:|www\.|\||\b(?:e-?post|mejl|mail|meddelande|personuppgift|gdpr|dataskydd|"
    r"konfidentiell|avsändare|mottagare|misstag|radera|tel|telefon|mobil|växel|besöksadress|"
    r"postadress|org\.?\s*nr|kommun|förvaltning|region)\w*",
    re.IGNORECASE,
)
_INTRO_MIN_WORDS = 3
_LIST_ITEM_WIDTH = 80


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and self.start <= offset < self.end


class Layout:
    """Sentences, paragraphs and correspondence zones of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.sentences = _sentences(text, self.line_starts)
        self._sentence_starts = [s.start for s in self.sentences]
        self.paragraphs = _paragraphs(text)
        self._paragraph_starts = [p.start for p in self.paragraphs]
        self.correspondence = _correspondence_zones(text, self.line_starts)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset)

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def paragraph_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._paragraph_starts, offset) - 1)

    def paragraph_of(self, offset: int) -> Span:
        index = max(0, bisect.bisect_right(self._paragraph_starts, offset) - 1)
        return self.paragraphs[index] if self.paragraphs else Span(0, len(self.text))

    def introduced_list(self, index: int) -> range:
        """The sentences of the list that sentence ``index`` introduces with a colon
        ("följande kunder får ekonomiskt bistånd:" and then one name per line, after a
        blank line or not); empty when it introduces none. The sentence says what
        the list is, so the list is part of it."""
        sentence = self.sentences[index]
        if not introduces_list(self.text, sentence):
            return range(0)
        paragraph = self.paragraph_index(sentence.start)
        listed = Span(sentence.end, self.paragraphs[paragraph].end)
        if not self.text[listed.start : listed.end].strip() and paragraph + 1 < len(
            self.paragraphs
        ):
            listed = self.paragraphs[paragraph + 1]
        if not _is_list(self.text, listed):
            return range(0)
        end = listed.end
        last = index
        while last + 1 < len(self.sentences) and self.sentences[last + 1].start < end:
            last += 1
        return range(index + 1, last + 1)

    def in_correspondence(self, offset: int) -> bool:
        """True inside a greeting, a signature or a quoted mail's header lines."""
        return any(offset in zone for zone in self.correspondence)


def _sentences(text: str, line_starts: list[int]) -> list[Span]:
    cuts: set[int] = {0, len(text)}
    for match in _SENTENCE_END.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()]
        if not _ABBREVIATIONS.search(before):
            cuts.add(match.end())
    lines = [
        (start, line_starts[i + 1] - 1 if i + 1 < len(line_starts) else len(text))
        for i, start in enumerate(line_starts)
    ]
    for index, (start, end) in enumerate(lines[:-1]):
        line = text[start:end]
        following = text[lines[index + 1][0] : lines[index + 1][1]]
        wrapped = (
            len(line) >= _WRAP_WIDTH
            and "\t" not in line
            and not line.rstrip().endswith((".", "!", "?", ":", ";"))
            and following[:1].islower()
        )
        if not wrapped:
            cuts.add(end + 1)
    ordered = sorted(c for c in cuts if 0 <= c <= len(text))
    return [Span(a, b) for a, b in itertools.pairwise(ordered) if b > a] or [Span(0, len(text))]


def _paragraphs(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for match in re.finditer(r"\n[ \t>]*\n", text):
        if match.start() > start:
            spans.append(Span(start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append(Span(start, len(text)))
    return spans or [Span(0, len(text))]


def introduces_list(text: str, span: Span) -> bool:
    """Whether ``span`` (a sentence or a paragraph) ends in a line of prose with a
    colon — not a greeting, a quoted mail's header line or a lone form label."""
    body = text[span.start : span.end].rstrip()
    line = body[body.rfind("\n") + 1 :].strip()
    return (
        line.endswith(":")
        and len(line.split()) >= _INTRO_MIN_WORDS
        and not _GREETING.match(line)
        and not _QUOTE_HEADER.search(line)
    )


def _is_list(text: str, span: Span) -> bool:
    """Short lines only: one item per line, as in a list of names or addresses. A
    table (tab-separated cells) is not a list: its columns say what each cell is."""
    lines = [line for line in text[span.start : span.end].split("\n") if line.strip()]
    return bool(lines) and all(
        len(line.strip()) <= _LIST_ITEM_WIDTH and "\t" not in line for line in lines
    )


def _is_prose(line: str) -> bool:
    """A long line that is not a contact detail or a disclaimer: not a signature's."""
    return len(line.split()) >= _SIGNATURE_PROSE_WORDS and not _SIGNATURE_LIKE.search(line)


def _correspondence_zones(text: str, line_starts: list[int]) -> list[Span]:
    zones: list[Span] = []
    count = len(line_starts)

    def line(i: int) -> tuple[int, int]:
        end = line_starts[i + 1] - 1 if i + 1 < count else len(text)
        return line_starts[i], end

    i = 0
    while i < count:
        start, end = line(i)
        content = text[start:end]
        if _QUOTE_HEADER.search(content) or _GREETING.match(content):
            zones.append(Span(start, end + 1))
        elif _SIGN_OFF.match(content):
            # The signature: the sign-off and the short lines after it, until a
            # blank line followed by quoted mail, a line of prose, or at most a
            # dozen lines.
            last = i
            for j in range(i + 1, min(count, i + 1 + _SIGNATURE_LINES)):
                j_start, j_end = line(j)
                if _QUOTE_HEADER.search(text[j_start:j_end]) or _is_prose(text[j_start:j_end]):
                    break
                last = j
            zones.append(Span(start, line(last)[1] + 1))
            i = last
        i += 1
    return zones
