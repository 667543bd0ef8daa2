"""What points out a person in a text, for the rule "sensitive data about an
identifiable person".

Strong pointers identify on their own and reach across the paragraph: a name, a
personnummer, initials, a home address (``identify``). Medium pointers reach the
neighbouring sentences: a class, room or unit, a birth date or age. Contact details
(a phone number, another street address, an e-mail address) count in their own
sentence. Weak pointers only count in the same sentence and not in a
general statement ("Om eleven är sjuk …"): a definite role noun ("eleven",
"patienten", "brukaren"), a possessive ("min klient", "vår elev", "hans mamma"),
a personal pronoun ("hon", "hans").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum


class Strength(IntEnum):
    WEAK = 1  # same sentence, not in a general statement
    CONTACT = 2  # same sentence (phone, address, e-mail address)
    MEDIUM = 3  # same or neighbouring sentence
    STRONG = 4  # anywhere in the paragraph


@dataclass(frozen=True)
class Pointer:
    start: int
    end: int
    strength: Strength
    reason: str  # Swedish, shown to people: "namn", "klass eller avdelning", …


# Definite singular role nouns (and their genitive): they point at one person the
# recipient knows. Plural and indefinite forms ("elever", "en patient") do not.
ROLE_WORDS: tuple[str, ...] = (
    "eleven",
    "barnet",
    "patienten",
    "brukaren",
    "klienten",
    "vårdtagaren",
    "omsorgstagaren",
    "den boende",
    "hyresgästen",
    "sökanden",
    "den sökande",
    "medarbetaren",
    "den anställde",
    "den anställda",
    "arbetstagaren",
    "praktikanten",
    "vikarien",
    "deltagaren",
    "kursdeltagaren",
    "pojken",
    "flickan",
    "killen",
    "tjejen",
    "mannen",
    "kvinnan",
    "damen",
    "herren",
    "mamman",
    "pappan",
    "modern",
    "fadern",
    "vårdnadshavaren",
    "föräldern",
    "sonen",
    "dottern",
    "brodern",
    "systern",
    "maken",
    "makan",
    "sambon",
    "den unge",
    "ungdomen",
    "tonåringen",
    "personen",
    "individen",
    "den enskilde",
    "den enskilda",
    "den drabbade",
    "den misstänkte",
    "den misstänkta",
    "gärningspersonen",
    "gärningsmannen",
    "målsäganden",
    "målsägaren",
    "vittnet",
    "den dömde",
    "den dömda",
    "den avlidne",
    "den avlidna",
    "anmälaren",
    "den anmälde",
    "den anmälda",
    "fastighetsägaren",
    "lägenhetsinnehavaren",
    "förskolebarnet",
    "gymnasieeleven",
    "studenten",
    "den sjukskrivne",
    "den sjukskrivna",
    "den nyanlände",
    "den nyanlända",
    "ensamkommande barnet",
    "den placerade",
    "familjehemsbarnet",
    "den äldre",
    "pensionären",
    "mottagaren av insatsen",
    "den försäkrade",
    "den avstängde",
    "den avstängda",
)
_PEOPLE_NOUNS = (
    r"elev|barn|patient|brukare|klient|vårdtagare|omsorgstagare|boende|hyresgäst|medarbetare|"
    r"anställd|kollega|son|dotter|bror|syster|mamma|pappa|mor|far|make|maka|sambo|fru|man|"
    r"sambo|pojke|flicka|kille|tjej|granne|vän|kompis|klasskamrat|kusin|mormor|farmor|morfar|"
    r"farfar|pojkvän|flickvän|partner|deltagare|praktikant|vikarie|student|kund|sökande|"
    r"vårdnadshavare|förälder|familj|man"
)
_POSSESSIVE = re.compile(
    rf"\b(?:min|mitt|mina|vår|vårt|våra|din|ditt|dina|er|ert|hans|hennes|hens|deras|"
    rf"denna|detta|den\s+här|det\s+här|nämnda|aktuella|ifrågavarande|berörda)\s+"
    rf"(?:{_PEOPLE_NOUNS})(?:s|en|et|n|ar|er|na)?\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:han|hon|hen|honom|henne|hans|hennes|hens)\b", re.IGNORECASE)
# About the one recipient of a message: "Du har beviljats …", "din diagnos".
SECOND_PERSON_STATE = re.compile(
    r"\b(?:du|ni)\s+(?:har|hade|är|var|blev|fick|beviljas|beviljades|nekas|nekades)\b",
    re.IGNORECASE,
)
SECOND_PERSON_BEFORE = re.compile(
    r"\b(?:din|ditt|dina|er|ert|era)\s+(?:"
    # The recipient's own matter: "din ansökan om ekonomiskt bistånd", "ditt beslut enligt
    # LSS", "din tid hos BUP" — not a question or a mail about a topic ("din fråga om LSS").
    r"(?:ansökan|ansökningar|beslut(?:et)?|ärende(?:t|n)?|insats(?:en|er)?|utredning(?:en)?|"
    r"remiss(?:en)?|behandling(?:en)?|placering(?:en)?|plan(?:en)?|kontakt(?:en)?|tid(?:en)?|"
    r"besök(?:et)?|journal(?:en)?)\s+"
    r"(?:om|för|till|gällande|angående|avseende|enligt|inom|från|hos|med|på|vid)\s+"
    r"(?:[\w-]+\s+)?"
    r"|(?:[\w-]+\s+)?)$",
    re.IGNORECASE,
)
# The sender about themself: "jag har fått diagnosen …", "jag är sjukskriven", "min
# diagnos". Only right before the term, with no person or topic word between ("jag
# har en elev med …", "jag är handläggare för …" are not about the sender).
_GAP_WORD = (
    rf"(?!(?:{_PEOPLE_NOUNS}|handläggare|ansvarig|för|om|kring|inom|gällande|angående|"
    r"rörande|frågor|hand)\b)[\w-]+"
)
FIRST_PERSON_BEFORE = re.compile(
    r"\b(?:jag\s+(?:har|hade|är|var|blev|blir|fick|får|mår|lider|tar|äter|behöver)"
    rf"(?:\s+{_GAP_WORD}){{0,3}}|(?:min|mitt|mina)(?:\s+{_GAP_WORD})?)\s+$",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"^\W*(?:om|när|ifall|vid|innan|den\s+som|de\s+som|alla|varje|var\s+och\s+en|för\s+att|"
    r"som\s+vårdnadshavare|många|flera|vissa|ingen|inga)\b"
    # A conditional by inversion: "Har ditt barn en allergi, fyll i blanketten."
    r"|^\W*(?:har|är|behöver|vill|ska|kan|får|blir|känner|saknar)\s+(?:du|ni|ditt|din|dina|"
    r"er|ert|era|en|ett|eleven|barnet|någon|man)\b[^.!?]*,"
    r"|\b(?:om|när|ifall|innan)\s+(?:en|ett|någon|något|man|du|ditt|din|eleven|barnet|"
    r"patienten|brukaren|klienten|medarbetaren|den\s+anställde)\b"
    r"|\b(?:den|de)\s+som\b|\balla\s+(?:elever|barn|patienter|brukare|medarbetare)\b"
    r"|\b(?:varje|var\s+och\s+en|generellt|i\s+allmänhet|statistik|andelen|procent|rutin(?:en|er"
    r"|erna)?|riktlinje(?:n|r|rna)?|policy(?:n)?|information\s+om|ansvarar\s+för)\b|%",
    re.IGNORECASE,
)
_INITIALS = re.compile(r"(?<![\w.])[A-ZÅÄÖ]\.\s?(?:-\s?)?[A-ZÅÄÖ]\.(?:\s?[A-ZÅÄÖ]\.)?(?![\w])")
_ROLE_INITIALS = re.compile(
    r"\b(?:eleven|barnet|patienten|brukaren|klienten|vårdtagaren|pojken|flickan|elev|"
    r"patient|brukare|klient)\s+[A-ZÅÄÖ]{2,3}\b"
)
_UNIT = re.compile(
    r"\b(?:(?i:klass(?:en)?|grupp(?:en)?|avdelning(?:en)?|avd\.?|lägenhet(?:en)?|lgh|"
    r"säng|plats|boende(?:t)?|enhet(?:en)?|hus|våning|mentorsgrupp(?:en)?|basgrupp(?:en)?)"
    # A room, flat or class is a short number or a name on the same line: "rum 14",
    # "lgh 1102", "avdelning Blåbäret" — not an amount in the next cell of a table.
    # A room with a name ("rum Solsidan", "rum Eken") is a meeting room; a resident's
    # or patient's room has a number.
    r"[ \u00a0]+(?:nr\.?[ \u00a0]*)?(?:\d{1,4}[A-Za-zÅÄÖ]?(?![\w,.]\d)(?!\d)|[A-ZÅÄÖ][\wåäöÅÄÖ\-]*)"
    r"|(?i:rum(?:met)?)[ \u00a0]+(?:nr\.?[ \u00a0]*)?\d{1,4}[A-Za-zÅÄÖ]?(?![\w,.]\d)(?!\d))"
    r"|\b(?:[1-9]|10)\s?[A-FÅÄÖ]\b(?!\s?(?:kap|§))"
    # People write classes in lower case too ("EK i 9c", "alva i 3b"); "1a", "2a" and
    # "3e" … are also ordinals ("2a våningen"), so those need "i" or "klass" before.
    r"|\b(?:[3-9]|10)[a-dfåäö]\b(?![\-/]|\s?(?:kap|§))"
    r"|(?<=\bi\s)(?:[12][a-dfåäö])\b(?![\-/]|\s?(?:kap|§))"
    r"|\b(?i:åk|årskurs)\s?[1-9]\s?[A-F]\b",
)
# Bare initials as the subject of a sentence, as school staff write about a pupil: "AK
# har fått sin diagnos", "EK i 9c behöver …" — not an acronym of an organisation.
_ACRONYMS = (
    r"IT|HR|AB|HB|KB|EU|FN|OK|TV|PR|VD|UF|LO|SR|UR|VR|SJ|SL|BB|PM|KS|KF|SN|BUP|IFO|LSS|SoL|"
    r"S|M|SD|C|V|KD|L|MP|FP|MR|DO|JO|JK|KI|SU|KTH|LU|GU|UU|SVT|SCB|SKR|SKL|HVB|SIS|SiS|BVC|"
    r"MVC|VC|AF|FK|CSN|SFI|SFB|NPF|ADD|ADHD|OCD|IVO|RFSU|ICA|SMS|PDF|CV|GDPR|OSL|PUL|NP|AI|"
    r"APT|RUT|ROT|ID|BRÅ|UD|EES|ST|AT|TF|TT|DN|SvD|GP|HD|SDS|UNT|NT|VLT|HN|BT|OBS|FAQ|USA|UK"
)
_BARE_INITIALS = re.compile(
    r"(?<![\w.\-/@])"
    rf"(?!(?:{_ACRONYMS})\b)[A-ZÅÄÖ]{{2,3}}"
    r"(?=\s+(?:i\s+(?:klass\s+)?\d|har|hade|är|var|fick|får|behöver|ska|kommer|blev|mår|"
    r"säger|sa|berättade|berättar)\b)",
    re.MULTILINE,
)
# A family named by its surname: "familjen Karimi", "barnen i familjen Lind".
_FAMILY = re.compile(r"\b(?i:familjen|familj)\s+[A-ZÅÄÖ][\wåäöÅÄÖ\-]+")
_BIRTH_OR_AGE = re.compile(
    r"\b(?:född|f\.)\s*(?:den\s+)?(?:\d{1,2}\s+\w+\s+)?(?:19|20)\d{2}\b"
    r"|\b\d{1,3}[\s-]år(?:ig|iga|ige|s)\b|\(\s?\d{1,3}\s?år\s?\)|,\s?\d{1,3}\s?år\b",
    re.IGNORECASE,
)

# An unnamed person of some age, as the news writes of them: "en 45-årig man", "en
# 17-årig flicka". The age alone points nobody out; a class, a unit or a name nearby does.
_UNNAMED_OF_AGE = re.compile(
    r"\b(?:en|ett)\s+\d{1,3}[\s-]årig[ae]?\s+(?:man|kvinna|person|pojke|flicka|kille|tjej|"
    r"yngling|pensionär|förare|bilist|cyklist|fotgängare|mamma|pappa|mor|far)\b",
    re.IGNORECASE,
)
# … unless a named place follows: "en 15-årig flicka på Solbyskolan".
_NAMED_PLACE_AFTER = re.compile(r"\s+(?:på|i|vid|hos)\s+[A-ZÅÄÖ]")


def _role_pattern(extra: Iterable[str]) -> re.Pattern[str]:
    words = sorted(
        {*ROLE_WORDS, *(w.strip().lower() for w in extra if w.strip())}, key=len, reverse=True
    )
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") + "s?" for w in words)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


class PointerFinder:
    """Finds pointers in text; compiled once per policy."""

    def __init__(self, extra_role_words: Iterable[str] = ()) -> None:
        self._roles = _role_pattern(extra_role_words)

    def textual(self, text: str) -> list[Pointer]:
        """Pointers found in the wording itself (names and numbers come from detect)."""
        found: list[Pointer] = []
        for pattern, strength, reason in (
            (_INITIALS, Strength.STRONG, "initialer"),
            (_ROLE_INITIALS, Strength.STRONG, "initialer"),
            (_BARE_INITIALS, Strength.MEDIUM, "initialer"),
            (_FAMILY, Strength.STRONG, "familjens efternamn"),
            (_UNIT, Strength.MEDIUM, "klass, grupp, avdelning eller rum"),
            (_BIRTH_OR_AGE, Strength.MEDIUM, "födelseår eller ålder"),
            (self._roles, Strength.WEAK, "ett ord som ”eleven” eller ”brukaren”"),
            (_POSSESSIVE, Strength.WEAK, "ett ord som ”min klient” eller ”hans mamma”"),
            (_PRONOUN, Strength.WEAK, "”han” eller ”hon” om en viss person"),
        ):
            found.extend(
                Pointer(m.start(), m.end(), strength, reason) for m in pattern.finditer(text)
            )
        unnamed = [
            m.span()
            for m in _UNNAMED_OF_AGE.finditer(text)
            if not _NAMED_PLACE_AFTER.match(text, m.end())
        ]
        if unnamed:
            found = [
                p
                for p in found
                if p.reason != "födelseår eller ålder"
                or not any(start <= p.start < end for start, end in unnamed)
            ]
        return found


def is_generic(sentence: str) -> bool:
    """A general statement rather than one about a particular person.

    >>> is_generic("Om eleven är sjuk ska vårdnadshavaren ringa skolan.")
    True
    >>> is_generic("Eleven har fått diagnosen diabetes.")
    False
    """
    return bool(_GENERIC.search(sentence))
