"""A deterministic corpus of Swedish e-mail-like messages for the speed benchmark.

    .venv/bin/python bench/corpus.py [--seed 7] [--megabytes 24]

Writes ``bench/out/corpus-<seed>-<MB>.txt``: messages separated by a form
feed line. Each message is what a municipal employee might send: a greeting,
a body of prose (everyday office sentences with dates, times, amounts, case
numbers, invoice and OCR numbers, and news sentences from the NER corpus for
natural vocabulary and proper nouns; attachments also use sentences from two of
the municipal seed documents), sometimes personal data (Skatteverket
test personnummer, names from SCB's lists, diagnoses, social-services words,
phone numbers, addresses) and a signature. Some messages are long
attachment-like texts (minutes, tables as CSV). Nothing is random across runs:
the same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from pathlib import Path

DATA = Path("/work/shared/data")
# Municipal documents (a GDPR FAQ, an incident investigation) for attachment prose.
SEEDS = [
    Path("/work/shared/seeds/004_226a0e5d4b3f1d8c.txt"),
    Path("/work/shared/seeds/002_f2cf20847814e334.txt"),
]
OUT = Path(__file__).resolve().parent / "out"
SEPARATOR = "\n\f\n"

WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]  # fmt: skip
TITLES = ["rektor", "handläggare", "socialsekreterare", "enhetschef", "lärare", "administratör",
          "ekonom", "HR-specialist", "IT-tekniker", "biståndshandläggare", "kurator",
          "skolsköterska", "upphandlare", "nämndsekreterare", "förskolechef"]  # fmt: skip
UNITS = ["Barn- och utbildningsförvaltningen", "Socialförvaltningen", "Kommunledningskontoret",
         "Vård- och omsorgsförvaltningen", "Samhällsbyggnadsförvaltningen", "Kultur och fritid",
         "Ekonomiavdelningen", "HR-avdelningen", "IT-enheten", "Elevhälsan"]  # fmt: skip
STREETS = ["Storgatan", "Kungsgatan", "Skolvägen", "Parkvägen", "Björkvägen", "Kyrkogatan",
           "Stationsgatan", "Järnvägsgatan", "Ringvägen", "Torggatan", "Åsgränd"]  # fmt: skip
SENSITIVE = [
    "har diagnosen {diagnosis}", "är sjukskriven sedan förra veckan", "har fått en depression",
    "tar {medication} varje morgon", "har ADHD och behöver extra stöd", "har diabetes typ 1",
    "får försörjningsstöd sedan i våras", "har en pågående utredning enligt LVU",
    "en orosanmälan kom in i går", "har skyddad identitet", "polisanmälan är gjord",
    "är dömd för misshandel", "har ekonomiskt bistånd", "är inskriven på BUP",
    "har en sekretessmarkering", "är medlem i facket", "har epilepsi och en anfallsplan",
]  # fmt: skip
OFFICE = [
    "Mötet flyttas till {weekday} den {day} {month} kl. {time} i rum {room}.",
    "Bifogar protokollet från nämndens sammanträde, diarienummer {dnr}.",
    "Fakturan på {amount} kr ska betalas till bankgiro {bankgiro} med OCR {ocr}.",
    "Vi behöver beslut om budgeten för {year} senast den {day} {month}.",
    "Kan du titta på ärendet innan {weekday}? Det gäller upphandlingen av skolskjuts.",
    "Servern startades om i natt och diagnosen visade inga fel på nätverket.",
    "Leverantören har organisationsnummer {orgnr} och avtalsnummer {agreement}.",
    "Enligt policyn ska känsliga uppgifter skickas via säker e-post, inte vanlig e-post.",
    "Tack för ett bra möte i går! Jag sammanfattar det vi kom fram till nedan.",
    "Lokalen är bokad {weekday} {time}–{time2}, ring växeln på {switchboard} om något strular.",
    "Artikelnummer {article} är slut i lager, beräknad leverans vecka {week}.",
    "Ni som inte har lämnat in tidrapporten: gör det senast {weekday}.",
    "Skolan har studiedag den {day} {month}, fritids är öppet som vanligt.",
    "Jag är på utbildning hela veckan men läser mejl på kvällarna.",
    "Glöm inte att uppdatera lösenordet innan den {day} {month}.",
    "Kostnaden blev {amount} kronor, vilket är {percent} % lägre än förra året.",
    "Kvartalsrapporten ligger i Teams under Ekonomi/{year}/Q{quarter}.",
    "Enligt offentlighetsprincipen ska handlingen lämnas ut om inte sekretess gäller.",
    "Välkomna till arbetsplatsträffen på {weekday}, fika finns från kl. {time}.",
    "Postnummer och ort för leveransen är {postal} {town}.",
    "Jag återkommer så snart jag har pratat med min chef om saken.",
    "Har ni möjlighet att komma in med synpunkter på förslaget före nästa vecka?",
    "Underlaget behöver kompletteras med en riskbedömning och en tidsplan.",
    "Vi ser över rutinerna för hur handlingar diarieförs och arkiveras.",
    "Det är viktigt att alla medarbetare har gått den obligatoriska utbildningen.",
    "Beslutet kan överklagas till förvaltningsrätten inom tre veckor.",
    "Förslaget skickas på remiss till berörda förvaltningar innan det tas upp i nämnden.",
    "Personalen på förskolan har önskat fler planeringsdagar under hösten.",
    "Nya lokaler för verksamheten diskuteras, men inget är bestämt ännu.",
    "Vi har fått in flera synpunkter från medborgare om snöröjningen i centrum.",
    "Arbetsmiljöverket har aviserat en inspektion under våren.",
    "Enhetscheferna träffas varannan vecka för att stämma av läget i verksamheterna.",
    "Ansökan ska vara inskickad senast den sista i månaden.",
    "Jag bifogar presentationen från gårdagens workshop om digitalisering.",
    "Det saknas fortfarande några underskrifter på avtalet.",
    "Kan någon ta över min telefontid på torsdag eftermiddag?",
    "Systemet för e-tjänster uppdateras under helgen och kan vara otillgängligt.",
    "Skolskjutsen har ändrade tider från och med nästa termin.",
    "Vi behöver fler vikarier till sommaren inom hemtjänsten och äldreomsorgen.",
    "Rapporten visar att andelen behöriga lärare har ökat jämfört med förra året.",
]  # fmt: skip
PERSONAL = [
    "Eleven {full} ({pnr}) {sensitive}.",
    "Jag pratade med {first} i dag, {pronoun} {sensitive}.",
    "Vårdnadshavare {full} nås på {mobile}.",
    "Brukaren {full}, personnummer {pnr}, {sensitive}.",
    "{first} {sensitive}, så vi behöver planera om schemat.",
    "Kontakta {full} på {email} eller {mobile}.",
    "Patienten {full} {sensitive}; journalen uppdateras i morgon.",
    "Ny adress för {full}: {street} {number}, {postal} {town}.",
    "Lönen betalas till konto {clearing}-{account}.",
    "Hej {first}, kan du skicka underlaget till {email}?",
]  # fmt: skip


class Sources:
    """Everything the generator draws from, loaded once."""

    def __init__(self, data: Path) -> None:
        self.pins = json.loads((data / "testpersonnummer" / "allPins.json").read_text())
        self.first = self._names(data / "names" / "tilltalsnamn-kvinnor.csv")
        self.first += self._names(data / "names" / "tilltalsnamn-man.csv")
        self.surnames = self._names(data / "names" / "efternamn-topp-2019.csv")
        with (data / "places" / "kommuner.csv").open(encoding="utf-8") as handle:
            self.towns = [r["name"].removesuffix(" kommun") for r in csv.DictReader(handle)]
        self.news = self._news(data / "ner" / "train_corpus.txt")
        self.documents = self._documents(SEEDS)
        self.diagnoses = [
            line.split("\t")[-1].strip()
            for line in (data / "icd10se" / "digit3.txt")
            .read_text(encoding="utf-8-sig")
            .splitlines()
        ]
        self.medications = (data / "medications" / "substanser.txt").read_text().split("\n")[:400]

    @staticmethod
    def _names(path: Path) -> list[str]:
        with path.open(encoding="utf-8") as handle:
            rows = list(csv.reader(handle))[1:]
        rows.sort(key=lambda r: -int(r[1]))
        return [r[0] for r in rows[:3000]]

    @staticmethod
    def _documents(paths: list[Path]) -> list[str]:
        sentences = []
        for path in paths:
            if not path.exists():
                continue
            text = " ".join(path.read_text(encoding="utf-8").split())
            sentences += [s.strip() + "." for s in text.split(". ") if len(s.split()) >= 5]
        return sentences

    @staticmethod
    def _news(path: Path) -> list[str]:
        sentences: list[str] = []
        current: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if not parts:
                if len(current) > 6:
                    sentences.append(" ".join(current))
                current = []
            elif len(parts) == 2:
                current.append(parts[0])
        return [_detokenise(s) for s in sentences]


def _detokenise(sentence: str) -> str:
    for mark in (" ,", " .", " :", " ;", " !", " ?", " )"):
        sentence = sentence.replace(mark, mark[1:])
    return sentence.replace("( ", "(")


class Generator:
    def __init__(self, sources: Sources, seed: int) -> None:
        self.s = sources
        self.r = random.Random(seed)

    def first(self) -> str:
        index = int(self.r.paretovariate(1.2)) % len(self.s.first)
        return self.s.first[index]

    def full(self) -> str:
        return f"{self.first()} {self.r.choice(self.s.surnames)}"

    def pnr(self) -> str:
        digits: str = self.r.choice(self.s.pins)
        style = self.r.randrange(4)
        if style == 0:
            return f"{digits[:8]}-{digits[8:]}"
        if style == 1:
            return f"{digits[2:8]}-{digits[8:]}"
        if style == 2:
            return digits
        return f"{digits[2:8]}{digits[8:]}"

    def mobile(self) -> str:
        r = self.r
        groups = f"{r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}"
        return f"07{r.choice('0236')}-{groups}"

    def number(self, low: int, high: int) -> int:
        return self.r.randrange(low, high)

    def digits(self, count: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(count))

    def fill(self, template: str) -> str:
        r, n = self.r, self.number
        first = self.first()
        surname = r.choice(self.s.surnames).lower()
        domain = r.choice(["kommun.se", "skola.se", "gmail.com", "hotmail.com"])
        sensitive = r.choice(SENSITIVE).format(
            diagnosis=r.choice(self.s.diagnoses).lower(), medication=r.choice(self.s.medications)
        )
        values = {
            "weekday": r.choice(WEEKDAYS),
            "day": n(1, 29),
            "month": r.choice(MONTHS),
            "time": f"{n(8, 17)}.{r.choice(['00', '15', '30', '45'])}",
            "time2": f"{n(13, 20)}.00",
            "room": f"{r.choice('ABCDE')}{n(100, 400)}",
            "dnr": f"{r.choice(['BUN', 'SN', 'KS', 'VON'])} {n(2019, 2026)}/{n(1, 999)}",
            "amount": f"{n(1, 999)} {n(100, 999)}",
            "bankgiro": f"{n(100, 9999)}-{n(1000, 9999)}",
            "ocr": self.digits(r.choice([10, 12, 16])),
            "year": n(2024, 2028),
            "orgnr": f"21{n(2000, 2999)}-{n(1000, 9999)}",
            "agreement": f"AVT-{n(10000, 99999)}",
            "switchboard": f"0{n(10, 99)}-{n(10, 99)} {n(10, 99)} 00",
            "article": f"{n(100000, 999999)}-{n(10, 99)}",
            "week": n(1, 52),
            "percent": n(2, 40),
            "quarter": n(1, 5),
            "postal": f"{n(100, 985)} {n(10, 99)}",
            "town": r.choice(self.s.towns),
            "full": self.full(),
            "first": first,
            "pnr": self.pnr(),
            "pronoun": r.choice(["hon", "han"]),
            "sensitive": sensitive,
            "mobile": self.mobile(),
            "email": f"{first.lower()}.{surname}@{domain}",
            "street": r.choice(STREETS),
            "number": n(1, 120),
            "clearing": r.choice(["8327-9", "5000", "6000", "3300", "9420"]),
            "account": f"{n(100, 999)} {n(100, 999)} {n(100, 999)}",
        }
        return template.format(**values)

    def paragraph(self, personal: bool) -> str:
        sentences = []
        for _ in range(self.r.randrange(2, 7)):
            roll = self.r.random()
            if personal and roll < 0.25:
                sentences.append(self.fill(self.r.choice(PERSONAL)))
            elif roll < 0.55:
                sentences.append(self.fill(self.r.choice(OFFICE)))
            else:
                sentences.append(self.r.choice(self.s.news))
        return " ".join(sentences)

    def signature(self) -> str:
        name, r = self.full(), self.r
        town = r.choice(self.s.towns)
        return (
            f"Med vänliga hälsningar\n{name}\n{r.choice(TITLES).capitalize()}\n"
            f"{r.choice(UNITS)}, {town} kommun\nTelefon: {self.mobile()}\n"
            f"E-post: {name.split()[0].lower()}.{name.split()[1].lower()}@{town.lower()}.se\n"
            f"Besöksadress: {r.choice(STREETS)} {r.randrange(1, 60)}, {r.randrange(100, 985)} "
            f"{r.randrange(10, 99)} {town}"
        )

    def email(self, personal: bool) -> str:
        r = self.r
        greeting = r.choice(["Hej {first}!", "Hej,", "Hej {first},", "Hej alla,", "God morgon,"])
        parts = [self.fill(greeting)]
        parts += [self.paragraph(personal) for _ in range(r.randrange(1, 4))]
        parts.append(self.signature())
        if r.random() < 0.2:
            parts.append(
                "Detta e-postmeddelande kan innehålla information som omfattas av sekretess. "
                "Om du fått det av misstag, meddela avsändaren och radera meddelandet."
            )
        return "\n\n".join(parts)

    def message(self) -> str:
        """A short e-mail (60 %), a thread with quoted replies (25 %) or an e-mail
        with an attachment's text (15 %): attachments carry most of the bytes."""
        r = self.r
        personal = r.random() < 0.3
        roll = r.random()
        body = self.email(personal)
        if roll < 0.6:
            return body
        if roll < 0.85:
            quoted = []
            for _ in range(r.randrange(1, 5)):
                previous = self.email(r.random() < 0.3)
                quoted.append("\n".join("> " + line for line in previous.splitlines()))
            return body + "\n\n" + "\n\n".join(quoted)
        return body + "\n\n" + self.attachment()

    def attachment(self) -> str:
        r = self.r
        if r.random() < 0.1:
            rows = ["Namn;Personnummer;Klass;Kommentar"]
            for _ in range(r.randrange(10, 40)):
                rows.append(f"{self.full()};{self.pnr()};{r.randrange(1, 9)}{r.choice('ABC')};")
            return "\n".join(rows)
        paragraphs = []
        prose = self.s.documents or self.s.news
        for _ in range(r.randrange(15, 120)):
            sentences = [
                r.choice(self.s.news if r.random() < 0.5 else prose)
                for _ in range(r.randrange(3, 8))
            ]
            if r.random() < 0.3:
                sentences.append(self.fill(r.choice(OFFICE)))
            if r.random() < 0.04:
                sentences.append(self.fill(r.choice(PERSONAL)))
            paragraphs.append(" ".join(sentences))
        return "\n\n".join(paragraphs)


def generate(seed: int, megabytes: float, data: Path = DATA) -> Path:
    """Write the corpus (once) and return its path."""
    path = OUT / f"corpus-{seed}-{megabytes:g}.txt"
    if path.exists():
        return path
    OUT.mkdir(parents=True, exist_ok=True)
    generator = Generator(Sources(data), seed)
    target = int(megabytes * 1_000_000)
    messages, size = [], 0
    while size < target:
        text = generator.message()
        messages.append(text)
        size += len(text.encode("utf-8")) + len(SEPARATOR)
    path.write_text(SEPARATOR.join(messages), encoding="utf-8")
    return path


def load(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split(SEPARATOR)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--megabytes", type=float, default=24)
    args = parser.parse_args()
    path = generate(args.seed, args.megabytes)
    print(f"{path} ({path.stat().st_size / 1e6:.1f} MB, {len(load(path))} messages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
