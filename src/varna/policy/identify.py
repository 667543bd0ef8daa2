"""Is a sensitive finding about a person the recipient can identify?

Pointers (see ``pointers``) come from the wording and from detect's findings
(names, personnummer, phone numbers, addresses, e-mail addresses). Names of the
correspondents themselves — the sender and the recipients, names in greetings,
signatures and quoted mail headers — and of staff named with their title or as a
contact do not point out the person the sensitive data is about.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from varna.detect import Finding
from varna.mail import ParsedMessage
from varna.policy.layout import Layout
from varna.policy.pointers import (
    FIRST_PERSON_BEFORE,
    SECOND_PERSON_BEFORE,
    SECOND_PERSON_STATE,
    Pointer,
    PointerFinder,
    Strength,
    is_generic,
)

# Detect's findings; the alias keeps the rules readable as "anything finding-shaped".
FindingLike = Finding


IDENTIFIER_KINDS = frozenset({"personnummer", "samordningsnummer"})
_TITLES = (
    r"rektor|biträdande\s+rektor|förskolechef|kurator(?:n)?|skolkurator(?:n)?|skolsköterska(?:n)?|"
    r"sjuksköterska(?:n)?|distriktssköterska(?:n)?|skolläkare(?:n)?|läkare(?:n)?|psykolog(?:en)?|"
    r"skolpsykolog(?:en)?|specialpedagog(?:en)?|speciallärare(?:n)?|lärare(?:n)?|klasslärare(?:n)?|"
    r"mentor(?:n)?|studie-\s*och\s*yrkesvägledare(?:n)?|syv|handläggare(?:n)?|"
    r"socialsekreterare(?:n)?|biståndshandläggare(?:n)?|enhetschef(?:en)?|avdelningschef(?:en)?|"
    r"verksamhetschef(?:en)?|förvaltningschef(?:en)?|chef(?:en)?|samordnare(?:n)?|"
    r"hr-?(?:konsult|partner|specialist|chef|generalist)(?:en)?|lönehandläggare(?:n)?|"
    r"lönekonsult(?:en)?|ekonom(?:en)?|controller(?:n)?|bygglovshandläggare(?:n)?|"
    r"bygglovsarkitekt(?:en)?|inspektör(?:en)?|miljöinspektör(?:en)?|arkitekt(?:en)?|"
    r"it-?(?:tekniker|ansvarig|samordnare|chef|support)(?:en|n)?|tekniker(?:n)?|"
    r"projektledare(?:n)?|sekreterare(?:n)?|nämndsekreterare(?:n)?|registrator(?:n)?|"
    r"ordförande(?:n)?|kommunalråd(?:et)?|undersköterska(?:n)?|vårdbiträde(?:t)?|"
    r"personlig\s+assistent|assistent(?:en)?|kontaktperson(?:en)?|dataskyddsombud(?:et)?|"
    r"jurist(?:en)?|kommunjurist(?:en)?|arbetsterapeut(?:en)?|fysioterapeut(?:en)?|"
    r"sjukgymnast(?:en)?|dietist(?:en)?|logoped(?:en)?|föreläsare(?:n)?|utbildare(?:n)?|"
    r"konsult(?:en)?|leverantör(?:en)?|säljare(?:n)?|vaktmästare(?:n)?|administratör(?:en)?|"
    r"skoladministratör(?:en)?|informatör(?:en)?|kommunikatör(?:en)?|utredare(?:n)?|"
    r"ledamot(?:en)?|ersättare(?:n)?|oppositionsråd(?:et)?|gruppledare(?:n)?|"
    r"förtroendevald(?:e|a)?|facklig(?:a|t)?\s+(?:företrädare|representant|ombud)(?:n|en|et)?|"
    r"fackombud(?:et)?|skyddsombud(?:et)?|huvudskyddsombud(?:et)?|psykiater(?:n)?|"
    r"barnläkare(?:n)?|överläkare(?:n)?|barnmorska(?:n)?|tandläkare(?:n)?|"
    r"barnpsykiater(?:n)?|"
    # Treatment, police, faith and school staff named in their work (blind set).
    r"psykoterapeut(?:en)?|terapeut(?:en)?|familjebehandlare(?:n)?|socionom(?:en)?|"
    r"handledare(?:n)?|kommunpolis(?:en)?|områdespolis(?:en)?|närpolis(?:en)?|"
    r"polisinspektör(?:en)?|imam(?:en)?|präst(?:en)?|diakon(?:en)?|pastor(?:n)?|"
    r"förskollärare(?:n)?|barnskötare(?:n)?|fritidspedagog(?:en)?|fritidsledare(?:n)?|"
    r"elevassistent(?:en)?|modersmålslärare(?:n)?|studiehandledare(?:n)?|"
    r"boendestödjare(?:n)?|stödpedagog(?:en)?|fältassistent(?:en)?|bibliotekarie(?:n)?|"
    r"upphandlare(?:n)?|inköpare(?:n)?|kostchef(?:en)?|"
    # Care and support roles of a municipality named in their work (blind4 set).
    r"anhörigkonsulent(?:en)?|anhörigsamordnare(?:n)?|anhörigstödjare(?:n)?|"
    r"demenssjuksköterska(?:n)?|demenssamordnare(?:n)?|lss-handläggare(?:n)?|"
    r"aktivitetssamordnare(?:n)?|aktivitetsledare(?:n)?|stödassistent(?:en)?|"
    r"boendehandledare(?:n)?|rehabkoordinator(?:n)?|omsorgshandläggare(?:n)?|"
    r"medicinskt\s+ansvarig\s+sjuksköterska(?:n)?|"
    # Leaders and advisers of an authority or a unit (blind6 set).
    r"ledare(?:n)?|strateg(?:en)?|konsulent(?:en)?|rådgivare(?:n)?|utvecklare(?:n)?"
)
# A compound ending in a title is a title too: "demenssjuksköterskan",
# "utvecklingsledare", "LSS-handläggaren".
_TITLE_WORD = rf"[a-zåäö\-]*(?:{_TITLES})"
# Words before a title that do not change it: "vikarierande enhetschef", "tf rektor".
_MODIFIERS = (
    r"(?:(?:vår|ny|nya|min|er|vikarierande|tillförordnad|tf\.?|t\.f\.|biträdande|"
    r"tillträdande|ordinarie|interim)\s+)*"
)
# "leg. psykolog", "legitimerad sjuksköterska": the licence in front of a title.
_LICENSED = r"(?:leg\.?\s*|legitimerad\s+)?"
# A party or union in brackets after a name is how minutes, press releases and
# negotiation records write a politician or a union representative in that role:
# "Eva Ström (M)", "Eva Sund (Kommunal)". Their affiliation there is public.
_UNIONS = (
    r"Kommunal|Vision|Lärarförbundet|Sveriges\s+Lärare|"
    r"Lärarnas\s+Riksförbund|Vårdförbundet|Läkarförbundet|Akademikerförbundet\s+SSR|SSR|"
    r"Ledarna|Unionen|Saco|LO|TCO|Seko|Naturvetarna|Sveriges\s+Ingenjörer|Byggnads|"
    r"Fastighets|IF\s+Metall|Journalistförbundet"
)
_AFFILIATION = rf"S|M|SD|C|V|KD|L|MP|FP|Fi|PP|{_UNIONS}"
# Staff named in their work are not the people sensitive data is about: a contact
# ("kontakta socialsekreterare Jonas Berg"), a title in apposition ("Lena Ström,
# specialpedagog"), a title after "är/av/med" ("föreläsare är kurator Anna Ek"), or
# a title followed by the job itself ("Kuratorn Anna Ek håller en föreläsning").
# A bare title does not excuse a name: "Undersköterskan Malin Ek har fått diagnosen".
_CONTACT_BEFORE = re.compile(
    rf"(?:\b(?:kontakta|ring|ringa|mejla|maila|hör\s+av\s+dig\s+till|vänd\s+dig\s+till|fråga|"
    rf"hälsningar|hälsning|mvh|cc|kontaktperson\s+är|handläggs\s+av|tack|tack\s+till|"
    rf"enligt(?:\s+[a-zåäö\-]+)?|säger|skriver|intervju\s+med|"
    # Labels of a contact line in an advert, a press release or an invitation:
    # "Kontakt: enhetschef Petra Lindén, 0511-…", "Upplysningar: Eva Ek".
    rf"(?:kontakt|kontaktperson(?:er)?|upplysningar|mer\s+information|frågor)(?=\s*:)|"
    rf"frågor\s+besvaras\s+av)"
    rf"|\b(?:är|av|med|hos|till|från|och|samt)\s+(?:vår|er|din|min)?\s*(?:{_TITLES}))"
    rf"\s*[:,]?\s*(?:(?:{_TITLES})\s+)?$",
    re.IGNORECASE,
)
_TOPIC_BEFORE = re.compile(
    r"\b(?:föreläsning(?:en|ar)?|utbildning(?:en|ar)?|kurs(?:en|er)?|seminari(?:um|et|er)|"
    r"konferens(?:en|er)?|workshop(?:en)?|temadag(?:en)?|tema|information(?:en)?|"
    r"utbildningsdag(?:en|ar)?|informationsmöte(?:t|n)?|intervju(?:n|er)?|"
    r"broschyr(?:en)?|material(?:et)?|film(?:en)?|bok(?:en)?|artikel(?:n)?|rapport(?:en)?|"
    r"forskning(?:en)?|riktlinje(?:r|rna)?|rutin(?:en|er|erna)?|policy(?:n)?|handbok(?:en)?|"
    r"webbinari(?:um|et)|studiedag(?:en)?|föredrag(?:et)?|nätverk(?:et)?|kampanj(?:en)?|"
    r"enkät(?:en)?|kartläggning(?:en)?\s+av\s+hur|samtal(?:et)?\s+om\s+hur|"
    r"fortbildning(?:en)?|kunskap(?:en)?|arbete(?:t)?\s+mot|förebyggande\s+arbete(?:t)?|"
    r"frågor(?:na)?|förhandling(?:en|ar)?|möte(?:t)?|omorganisation(?:en)?|upphandling(?:en)?|"
    r"föreläser|undervisar|utbildar)"
    r"(?:\s+[\wåäö\-]+){0,3}?\s+(?:om|kring|i|av|gällande|på\s+temat|mot|för\s+att\s+förebygga)"
    # The topic and who it is for: "workshop om hedersrelaterat våld och förtryck för
    # skola och socialtjänst".
    r"\s+(?:[\wåäö\-]+\s+){0,4}(?:(?:för|till)\s+(?:[\wåäö\-]+\s+){0,3})?$",
    re.IGNORECASE,
)
# "information om sin diagnos", "kurs om Lisas behandling": a topic that belongs to someone.
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:sin|sitt|sina|hans|hennes|hens|din|ditt|dina|min|mitt|mina|deras|er|ert|era)"
    r"|\b[A-ZÅÄÖ][\wåäö\-]*s|\b(?:elevens|barnets|patientens|brukarens|klientens|"
    r"medarbetarens|sonens|dotterns|mammans|pappans))\s+(?:[\wåäö\-]+\s+)?$"
)
# A general question or fact about a service ("hur lång handläggningstid har ni för
# ansökningar om hemtjänst?", "vilka regler gäller för bistånd?") says nothing about
# anyone named in other sentences, such as the signer of the question — unless it
# says that someone has, gets or applies for the service.
_SERVICE_QUESTION = re.compile(
    r"\b(?:handläggningstid(?:en|er|erna)?|väntetid(?:en|er|erna)?|kötid(?:en|er|erna)?|"
    r"hur\s+lång|hur\s+många|hur\s+ofta|hur\s+fungerar|hur\s+ansöker|"
    r"vilka\s+(?:regler|kriterier|krav|riktlinjer|avgifter)|vilken\s+avgift|vad\s+kostar)\b",
    re.IGNORECASE,
)
_SOMEONES_CASE = re.compile(
    r"\b(?:jag|mig|min|mitt|mina|vi|oss|vår|vårt|våra|han|hon|hen|honom|henne|hans|hennes|"
    r"hens|de|dem|deras|sin|sitt|sina|(?:an)?sökt|ansökte|söker|ansöker|beviljad?e?s?|fått|"
    r"får|nekad?e?s?|avslag(?:et)?|beslut(?:et)?|behöver|har\s+hemtjänst)\b",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(rf"\b(?:{_TITLE_WORD})\s*[:,]?\s*$", re.IGNORECASE)
# A job done by the one with the title, written before it: "I dag håller kuratorn Anna
# Ek en föreläsning", "Den 12 juni leder demenssjuksköterskan Eva Ek en utbildningsdag".
_JOB_BEFORE = re.compile(
    r"\b(?:håller|leder|föreläser|medverkar|berättar|informerar|presenterar|visar|guidar|"
    r"inleder|modererar|talar|pratar|undervisar|utbildar)\s+(?:[A-ZÅÄÖ][\wåäö\-]*s\s+)?"
    rf"{_MODIFIERS}(?:{_TITLE_WORD})\s*[:,]?\s*$",
    re.IGNORECASE,
)
_APPOSITION_AFTER = re.compile(
    rf"^\s*(?:(?:[,(–\-/]\s*|(?:är|som)\s+)(?i:{_MODIFIERS}){_LICENSED}"
    rf"(?i:{_TITLE_WORD})\b"
    rf"|\(\s*(?:{_AFFILIATION})\s*\))"
)
# A title term right before a name or in apposition after one is that person's job
# ("Socialsekreterare Jonas Berg", "Jonas Berg, socialsekreterare"), not a fact
# about anyone.
_TITLE_AT = re.compile(rf"(?:{_TITLE_WORD})\b", re.IGNORECASE)
# A unit or service in a job title: "enhetschef för hemtjänst Norr", "handläggare
# inom LSS" — where the person works, not a service they receive.
_TITLE_FOR_UNIT = re.compile(
    rf"\b(?:{_TITLE_WORD})\s+(?:för|inom|på|vid)\s+(?:[\wåäö\-]+\s+){{0,2}}$", re.IGNORECASE
)
_UNIT_NAME = re.compile(r"[\wåäö\-]*(?:\s+[A-ZÅÄÖ][\wåäö\-]*){0,2}\s*[,:]?\s*")
# A table cell that is only a title, possibly licensed: "Huvudskyddsombud".
TITLE_CELL = re.compile(rf"{_LICENSED}(?:{_TITLES})", re.IGNORECASE)
_TITLE_GAP = re.compile(rf"\s*(?:[,(–\-]\s*|(?:är|som)\s+)?(?i:{_MODIFIERS}){_LICENSED}")
_JOB_AFTER = re.compile(
    r"^\s*(?:[A-ZÅÄÖ][\wåäö\-]+\s+)?"
    # "… Eva Ek från Region Västby håller": where the one with the title works.
    r"(?:(?:från|på|vid|hos)\s+[A-ZÅÄÖ][\wåäö\-]*(?:\s+[A-ZÅÄÖ][\wåäö\-]*){0,2}\s+)?"
    # "Kommunpolisen Anders Fält och vi bjuder in …": an invitation made together.
    r"(?:(?:och|samt)\s+(?:vi|jag)\s+)?"
    r"(?:bjuder\s+in|inbjuder|inviger|välkomnar|medverkar|deltar|visar|guidar|"
    r"håller|leder|föreläser|berättar|informerar|presenterar|"
    r"svarar|ansvarar|finns|nås|kan\s+kontaktas|tar\s+emot|kommer\s+att\s+(?:hålla|berätta|"
    r"prata|informera|leda)|pratar\s+om|talar\s+om|går\s+igenom|handlägger|samordnar|"
    r"är\s+(?:ansvarig|kontaktperson|handläggare|på\s+plats)|(?:på|via)\s+(?:telefon|tel|\d)|"
    r"har\s+(?:social)?jour(?:en)?|har\s+beredskap(?:en)?|har\s+telefontid(?:en)?)",
    re.IGNORECASE,
)
# The label of an attendance list or a welcome list: the people on that line take
# part in their work ("Närvarande: Camilla Sund (LSS), Peter Rask (hemtjänst)").
_LIST_LABEL = re.compile(
    r"[\s>•*\-–]*(?:[\wåäö]+\s+){0,2}?(?:närvarande|frånvarande|mötesdeltagare|medverkande|"
    r"justerare|ledamöter|ersättare|(?:våra\s+)?nya\s+(?:chefer|kollegor|medarbetare))\s*:",
    re.IGNORECASE,
)
# A unit of the organisation in brackets after a staff member's name: "(LSS)",
# "(hemtjänst)", "(försörjningsstöd)" — where they work, not a service they receive.
_UNIT_IN_BRACKETS = re.compile(
    r"\(\s*(?:enhet(?:en)?\s+|avdelning(?:en)?\s+)?(?i:LSS|SoL|IFO|hemtjänst(?:en)?|"
    r"försörjningsstöd(?:et)?|ekonomiskt\s+bistånd|socialtjänst(?:en)?|elevhälsa(?:n)?|"
    r"BUP|(?:vuxen|barn|social)?psykiatri(?:n)?|missbruksvård(?:en)?|beroendevård(?:en)?|"
    r"familjehem(?:senheten)?|HVB|boendestöd(?:et)?|daglig\s+verksamhet|"
    r"personlig\s+assistans|familjerätt(?:en)?|familjebehandling(?:en)?|"
    r"barn\s+och\s+unga|vuxenenheten|mottagning(?:en)?|socialnämnd(?:en)?|"
    r"biståndsenhet(?:en)?|äldreomsorg(?:en)?|särskilt\s+boende|korttids(?:boende)?)"
    r"(?:\s*[,/]\s*[\wåäö\- ]{1,30})?\s*\)"
)
# "A (enhet) och B (enhet)": people listed side by side with their units.
_COORDINATION = re.compile(r"(?:\s+[^\W\d_][\w'\-]*)?\s*\([^()\n]{1,40}\)\s*(?:,|och|samt|&)\s*")
_BRACKET_AFTER = re.compile(r"(?:\s+[^\W\d_][\w'\-]*)?\s*\(")
_NAME_TAIL = re.compile(r"\s*(?:[^\W\d_][\w'\-]*\s*)?")
# A surname the name finder left out (a place as well: "Lena Ås (S)") before a bracket.
_CUT_SURNAME = re.compile(r" [^\W\d_][\w'\-]*(?= ?\()")
_CONTACT_DETAIL_BEFORE = re.compile(
    r"\b(?:ring|ringa|kontakta|telefon|tel|tfn|mobil|växel|växeln|nås|sms|mejla|maila|"
    r"e-post|mejl|mail|på)\s*[.:]?\s*$",
    re.IGNORECASE,
)
# A flat or floor after a street address: "Storgatan 4 B, 2 tr", "Storgatan 4, lgh 1102",
# "Storgatan 4, våning 3".
_FLAT_AFTER = re.compile(
    r"\s*,?\s*(?:\d{1,2}\s?(?:tr|trappor|trappa|vån|våningen)\b|(?:lgh|lägenhet)\.?\s*(?:nr\.?\s*)?\d"
    r"|(?:vån|våning)\.?\s*\d)",
    re.IGNORECASE,
)
# Initials right before a street address, as night patrols and home care list their
# visits ("GB Storgatan 4 - …"): one household, as a name and an address together.
_INITIALS_BEFORE = re.compile(r"(?:^|[\n,;:(]|\s-)[ \t]*(?!AB\b|HB\b|KB\b)[A-ZÅÄÖ]{2}[ \t]+$")
_LIVES_BEFORE = re.compile(
    r"\b(?:bor|boende|bosatt|bosatta|folkbokförd|folkbokförda|hemadress|hemadressen|flyttat|"
    r"flyttar|skriven)\s+(?:(?:nu|numera|kvar|fortfarande)\s+)?(?:på|i|vid|till|:)?\s*$",
    re.IGNORECASE,
)
# A number or address of a unit or a union, not of a person: "socialtjänstens
# mottagning, 0771-…", "Fackliga företrädare: Vision, 0771-…", and a care or school
# unit with its proper name: "hemtjänst Norr 0480-…", "Ekbackens förskola: 0480-…",
# "Lindöskolan, 0480-…". Not "boende": "boende Erik Holm, 070-…" is a resident and
# his own number.
_UNIT_WORDS = (
    r"hemtjänst|hemtjänstgrupp|nattpatrull|äldreboende|gruppbostad|servicebostad|"
    r"korttidsboende|korttids|enhet|avdelning|förskola|skola|fritidshem|fritids|"
    r"daglig\s+verksamhet|hemsjukvård|rehab|socialtjänst|biståndsenhet"
)
_SERVICE_BEFORE = re.compile(
    r"\b(?:(?i:mottagning|expedition|reception|växel|kundtjänst|kundcenter|kontaktcenter|"
    r"servicecenter|medborgarservice|socialjour|jour|kansli|support|servicedesk|helpdesk|"
    r"upplysning|sektion|förvaltning|kontor)(?:en|n|et|s)?"
    rf"|(?:{_UNIONS})"
    rf"|[\wåäö]*(?i:{_UNIT_WORDS})(?:en|n|et|t|s)?(?:\s+[A-ZÅÄÖ][\wåäö\-]*){{0,2}})"
    r"\s*[,:(]?\s*$"
)
_QUOTATION_MARKS = ('"', "”", "“", "»")
# A job advertisement speaks to whoever applies.
_ADVERT = re.compile(
    r"\b(?i:vi\s+söker|sök\s+(?:tjänsten|jobbet)|sista\s+ansökningsdag|välkommen\s+med\s+din\s+"
    r"ansökan)\b"
)
_LAW_BEFORE = re.compile(r"\blex\s+$", re.IGNORECASE)
_STRONG_REACH = 4  # sentences
# Placeholders left where a name or another detail was masked before release ("Patient:
# [MASKERAT]", "[XX]", "[namn]", "Enhet: ***"). In a text masked like this, a "hen" or
# "patienten" refers to whoever is behind the mask: nobody the reader can identify.
_MASKED = re.compile(
    r"\[\s*(?:maskera(?:t|d|de)|borttag(?:et|en|na)|struk(?:et|en|na)|sekretess|"
    r"sekretessbelagt|namn|personnummer|x{2,}|\*{2,}|-{2,}|\.{3}|…)\s*\]"
    r"|(?:^|:)[ \t]*(?:\*{3,}|X{2,})[ \t]*$"
    r"|\u2588{2,}",
    re.IGNORECASE | re.MULTILINE,
)
# The sender's own everyday sick call ("jag är sjuk/förkyld i dag") is not stopped;
# their diagnosis, sick leave or treatment is.
_SELF_MIN_SCORE = 0.7
_NAME_TOKEN = re.compile(r"[^\W\d_]{2,}")
_QUOTED_LINE = re.compile(r"^\s*>", re.M)


@dataclass
class Correspondents:
    """Who the message is between: their name parts and addresses."""

    tokens: frozenset[str]
    addresses: frozenset[str]
    single_recipient: bool = False

    @classmethod
    def of(cls, parsed: ParsedMessage) -> Correspondents:
        tokens: set[str] = set()
        addresses: set[str] = set()
        people = [(parsed.sender_name, parsed.sender)] + [
            (r.display_name, r.address) for r in parsed.recipients
        ]
        for name, address in people:
            tokens.update(t.lower() for t in _NAME_TOKEN.findall(name))
            local = address.partition("@")[0]
            tokens.update(t.lower() for t in _NAME_TOKEN.findall(local.replace(".", " ")))
            if address:
                addresses.add(address.lower())
        # "Du" and "din" speak to the person in To; those in Cc or Bcc are kept informed
        # ("Du kallas till ett rehabiliteringsmöte", Cc the manager). Without a To line
        # (a relay's envelope only) every recipient counts.
        recipients = {r.address.lower() for r in parsed.recipients if r.address}
        addressed = {r.address.lower() for r in parsed.recipients if r.address and r.field == "to"}
        return cls(frozenset(tokens), frozenset(addresses), len(addressed or recipients) == 1)


@dataclass
class PartContext:
    """Pointers of one text part, indexed by sentence and paragraph."""

    text: str
    findings: Sequence[FindingLike]
    correspondents: Correspondents
    finder: PointerFinder
    # Written to the recipient (body or subject), where "du" and "din" mean the
    # recipient; in an attached document they are generic.
    addressed: bool = True
    layout: Layout = field(init=False)
    by_sentence: dict[int, list[Pointer]] = field(init=False)
    third_party_names: set[str] = field(init=False)
    third_party_details: list[FindingLike] = field(init=False)

    def __post_init__(self) -> None:
        self.layout = Layout(self.text)
        self.by_sentence = defaultdict(list)
        self.third_party_names = set()
        self.third_party_details = []
        pointers = self.finder.textual(self.text) + self._finding_pointers()
        if self.correspondents.single_recipient and self.addressed:
            pointers += [
                Pointer(m.start(), m.end(), Strength.WEAK, "”du” eller ”din” om mottagaren")
                for m in SECOND_PERSON_STATE.finditer(self.text)
                if self._speaks_to_recipient(m.start())
            ]
        masked = bool(_MASKED.search(self.text))
        for pointer in pointers:
            if pointer.strength != Strength.STRONG and self.layout.in_correspondence(pointer.start):
                continue
            if masked and pointer.strength == Strength.WEAK:
                continue
            self.by_sentence[self.layout.sentence_index(pointer.start)].append(pointer)

    def _finding_pointers(self) -> list[Pointer]:
        pointers: list[Pointer] = []
        for finding in self.findings:
            if finding.kind in IDENTIFIER_KINDS:
                pointers.append(
                    Pointer(finding.start, finding.end, Strength.STRONG, "personnummer")
                )
            elif finding.kind == "name":
                if self.text[finding.end : finding.end + 1].isdigit():
                    continue  # "Blad1", "Grupp2": a sheet or group label, not a person
                if _LAW_BEFORE.search(self.text[max(0, finding.start - 5) : finding.start]):
                    continue  # "lex Sarah", "lex Maria": a provision of law, not a person
                standing = self.standing(finding)
                if standing == "role":
                    # Named in their role: what the same sentence says is still about
                    # them ("Eva Ström (M) är sjukskriven"), the rest of the text is not.
                    pointers.append(Pointer(finding.start, finding.end, Strength.CONTACT, "namn"))
                elif standing is None:
                    pointers.append(Pointer(finding.start, finding.end, Strength.STRONG, "namn"))
                    self.third_party_names.add(
                        " ".join(
                            t.lower()
                            for t in _NAME_TOKEN.findall(self.text[finding.start : finding.end])
                        )
                    )
            elif finding.kind in ("phone", "address", "email_address", "bank_account"):
                if self.layout.in_correspondence(finding.start):
                    continue
                if finding.kind in ("phone", "email_address") and _CONTACT_DETAIL_BEFORE.search(
                    self.text[max(0, finding.start - 30) : finding.start]
                ):
                    continue  # "ring expeditionen på 0301-…": a way to reach staff
                if finding.kind in ("phone", "email_address") and _SERVICE_BEFORE.search(
                    self.text[max(0, finding.start - 40) : finding.start]
                ):
                    continue
                if finding.kind == "email_address" and (
                    finding.value.lower() in self.correspondents.addresses
                ):
                    continue
                if finding.kind == "address" and self._is_home(finding):
                    # A home down to the flat or floor, or where someone lives, points
                    # out one household as a name does.
                    pointers.append(
                        Pointer(finding.start, finding.end, Strength.STRONG, "bostadsadress")
                    )
                    self.third_party_details.append(finding)
                    continue
                label = {
                    "phone": "telefonnummer",
                    "address": "adress",
                    "email_address": "e-postadress",
                    "bank_account": "kontonummer",
                }
                pointers.append(
                    # Contact details identify within their own sentence only: in lists
                    # and tables the next line is often somebody else.
                    Pointer(finding.start, finding.end, Strength.CONTACT, label[finding.kind])
                )
                self.third_party_details.append(finding)
        return pointers

    def _speaks_to_recipient(self, offset: int) -> bool:
        """ "Du" at ``offset`` is the recipient — not a quotation ("Hon sa: ”du har …”")
        nor an advert's reader ("Vi söker en kurator. Du har erfarenhet av …")."""
        paragraph = self.layout.paragraph_of(offset)
        before = self.text[paragraph.start : offset]
        if sum(before.count(q) for q in _QUOTATION_MARKS) % 2:
            return False
        return not _ADVERT.search(self.text, paragraph.start, paragraph.end)

    def _is_home(self, finding: FindingLike) -> bool:
        """A street address with a flat or floor ("Storgatan 4, 3 tr", "lgh 1102"), one
        someone lives at ("bor på Storgatan 4"), or one after a person's initials ("GB
        Storgatan 4")."""
        before = self.text[max(0, finding.start - 25) : finding.start]
        return bool(
            _FLAT_AFTER.match(self.text, finding.end)
            or _LIVES_BEFORE.search(before)
            or _INITIALS_BEFORE.search(before)
        )

    def is_correspondent_or_staff(self, finding: FindingLike) -> bool:
        return self.standing(finding) is not None

    def standing(self, finding: FindingLike) -> str | None:
        """Why a name is not (only) a third party: ``"correspondent"`` (sender, a
        recipient, a greeting, a signature, a quote header) or ``"contact"`` (someone
        to reach: "kontakta Jonas Berg", "säger Eva Ek") point out nobody; ``"role"``
        (a title in apposition, a party in brackets, a title and the job) points out
        the person only within the sentence; ``None``: a third party."""
        if self.layout.in_correspondence(finding.start):
            return "correspondent"
        tokens = [t.lower() for t in _NAME_TOKEN.findall(self.text[finding.start : finding.end])]
        if tokens and all(t in self.correspondents.tokens for t in tokens):
            return "correspondent"
        before = self.text[max(0, finding.start - 60) : finding.start]
        after = self.text[finding.end : finding.end + 60]
        if _CONTACT_BEFORE.search(before):
            return "contact"
        previous = self._coordinated_with(finding)
        if previous is not None:
            # "Tack Gunilla Ström (Solbyskolan) och Bo Ek": the second name is listed
            # in the same capacity as the first.
            inherited = self.standing(previous)
            if inherited in ("contact", "role"):
                return inherited
        line_start = self.text.rfind("\n", 0, finding.start) + 1
        cut = _CUT_SURNAME.match(after) if after[1:2].isupper() else None
        if (
            _APPOSITION_AFTER.search(after)
            or (cut is not None and _APPOSITION_AFTER.search(after[cut.end() :]))
            or (_TITLE_BEFORE.search(before) and _JOB_AFTER.search(after))
            or _JOB_BEFORE.search(before)
            or _LIST_LABEL.match(self.text, line_start, finding.start)
        ):
            return "role"
        return None

    def identifying_pointer(self, finding: FindingLike) -> Pointer | None:
        """The pointer that makes ``finding`` about an identifiable person, if any."""
        if self._is_title_of_named_person(finding) or self._is_unit_of_named_staff(finding):
            return None
        layout = self.layout
        index = layout.sentence_index(finding.start)
        sentence = layout.sentences[index]
        before = self.text[max(sentence.start, finding.start - 90) : finding.start]
        if _TOPIC_BEFORE.search(before) and not _OWNER_BEFORE.search(before):
            # "en föreläsning om hedersrelaterat våld": the subject of an event or a
            # text, not a fact about someone — unless a personnummer sits right there.
            return next(
                (p for p in self.by_sentence.get(index, ()) if p.reason == "personnummer"), None
            )
        generic: bool | None = None
        # The strongest pointer in the sentence explains the verdict best.
        for pointer in sorted(self.by_sentence.get(index, ()), key=lambda p: -p.strength):
            if pointer.strength == Strength.WEAK:
                if generic is None:
                    generic = is_generic(self.text[sentence.start : sentence.end])
                if generic:
                    continue
            return pointer
        if (
            self.addressed
            and self.correspondents.single_recipient
            and SECOND_PERSON_BEFORE.search(
                self.text[max(sentence.start, finding.start - 50) : finding.start]
            )
            and self._speaks_to_recipient(finding.start)
        ):
            return Pointer(finding.start, finding.end, Strength.WEAK, "”din” om mottagaren")
        if (
            finding.score >= _SELF_MIN_SCORE
            and FIRST_PERSON_BEFORE.search(
                self.text[max(sentence.start, finding.start - 60) : finding.start]
            )
            and not is_generic(self.text[sentence.start : sentence.end])
        ):
            return Pointer(finding.start, finding.end, Strength.WEAK, "”jag” – avsändaren själv")
        sentence_text = self.text[sentence.start : sentence.end]
        if _SERVICE_QUESTION.search(sentence_text) and not _SOMEONES_CASE.search(sentence_text):
            return None
        for neighbour in (index - 1, index + 1):
            for pointer in self.by_sentence.get(neighbour, ()):
                if pointer.strength >= Strength.MEDIUM:
                    return pointer
        # A name reaches a few sentences within its paragraph: far enough for a list
        # under a heading or a short case note, not across a whole document (a
        # document's lines are all one "paragraph").
        paragraph = layout.paragraph_index(finding.start)
        for distance in range(2, _STRONG_REACH + 1):
            for neighbour in (index - distance, index + distance):
                for pointer in self.by_sentence.get(neighbour, ()):
                    if pointer.strength == Strength.STRONG and (
                        layout.paragraph_index(pointer.start) == paragraph
                    ):
                        return pointer
        # A sentence that introduces a list ("… får ekonomiskt bistånd:") is about
        # everyone named in the list, however long it is.
        for neighbour in layout.introduced_list(index):
            for pointer in self.by_sentence.get(neighbour, ()):
                if pointer.strength == Strength.STRONG:
                    return pointer
        return None

    def _coordinated_with(self, finding: FindingLike) -> FindingLike | None:
        """The name listed right before this one in a list of people with their units
        ("Gunilla Ström (Solbyskolan) och Bo Ek (Gata park)")."""
        if not _BRACKET_AFTER.match(self.text, finding.end):
            return None  # cheap test first: most names are not in such a list
        previous = [
            f
            for f in self.findings
            if f.kind == "name" and f.end <= finding.start and finding.start - f.end <= 60
        ]
        if not previous:
            return None
        nearest = max(previous, key=lambda f: f.end)
        if _COORDINATION.fullmatch(self.text, nearest.end, finding.start):
            return nearest
        return None

    def _is_unit_of_named_staff(self, finding: FindingLike) -> bool:
        """A unit in brackets after a name that is not a third party's (see
        ``standing``): "Camilla Sund (LSS)" in an attendance list."""
        if self.text.rfind("(", max(0, finding.start - 40), finding.start) < 0:
            return False  # cheap test first: most terms are not in brackets
        for other in self.findings:
            if other.kind != "name" or not 0 <= finding.start - other.end <= 40:
                continue
            opening = self.text.rfind("(", other.end, finding.start)
            # The surname may be missing from the name found ("Amra Hodžić (IFO)").
            if opening < 0 or not _NAME_TAIL.fullmatch(self.text, other.end, opening):
                continue
            bracket = _UNIT_IN_BRACKETS.match(self.text, opening)
            if bracket and bracket.end() >= finding.end and self.standing(other) is not None:
                return True
        return False

    def _is_title_of_named_person(self, finding: FindingLike) -> bool:
        """A term that is the job title of a person named right next to it, or the
        unit in such a title ("Ulla Ek, enhetschef för hemtjänst Norr")."""
        title = _TITLE_AT.match(self.text, finding.start)
        if title is not None and title.end() >= finding.end:
            return self._names_title(finding.start, title.end())
        unit = _TITLE_FOR_UNIT.search(self.text, max(0, finding.start - 60), finding.start)
        if unit is None:
            return False
        tail = _UNIT_NAME.match(self.text, finding.end)
        end = tail.end() if tail else finding.end
        return self._names_title(unit.start(), end)

    def _names_title(self, start: int, end: int) -> bool:
        """Whether the title at ``start``–``end`` belongs to a name right next to it."""
        for other in self.findings:
            if other.kind != "name":
                continue
            if 0 <= other.start - end <= 2:  # "Socialsekreterare Jonas Berg"
                return True
            if 0 <= start - other.end <= 40 and _TITLE_GAP.fullmatch(self.text[other.end : start]):
                return True  # "Jonas Berg, socialsekreterare", "Sara Holm som ny …"
        return False

    def is_quoted(self, offset: int) -> bool:
        """In the quoted or forwarded history of a reply."""
        line_start = self.text.rfind("\n", 0, offset) + 1
        if _QUOTED_LINE.match(self.text, line_start):
            return True
        zones = [z for z in self.layout.correspondence if z.start < offset]
        return any(
            re.match(
                r"[>\s]*(?:från|from|den\s|on\s|-{2,})", self.text[z.start : z.end], re.IGNORECASE
            )
            for z in zones
        )
