"""The sensitive-category lexicons: parsing the data files and deciding whether a
word found by the automaton really is a use of a term.

The file format is described in ``lexicons/FORMAT.md``. Matching happens on the
"word buffer" of :mod:`varna.detect.buffers` (letters kept, everything else a
space), so a term found at ``[start, end)`` is checked against the whole word
around it: the part before must be empty unless the term may end a compound,
and the part after must be empty, an inflection ending, or anything for
prefix terms.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from varna.detect.finding import SENSITIVE_KINDS

# Score of a hit when the line gives none. Protected identity and explicit
# health words are rarely anything else; party names and secrecy words often are.
DEFAULT_SCORES = {
    "health": 0.8,
    "ethnicity": 0.7,
    "political": 0.6,
    "religion": 0.7,
    "union": 0.7,
    "genetic_biometric": 0.7,
    "sexual": 0.7,
    "criminal": 0.7,
    "social_welfare": 0.7,
    "secrecy": 0.6,
    "protected_identity": 0.9,
}
# Files that add terms to a kind other than their own name says.
EXTRA_FILES = {"health_icd10se.txt": "health", "health_substances.txt": "health"}
GENERATED_SCORES = {"health_icd10se.txt": 0.7, "health_substances.txt": 0.7}

# Swedish inflection endings a default term may carry: nouns (en/et/er/erna/ar/
# arna/or/orna, genitive s), adjectives and participles (a/t/e/ade/at).
ENDINGS = frozenset(
    """
    s n ns en ens et ets t ts er ers erna
    ernas ar ars arna arnas or ors orna ornas na nas r
    rs rna e es a as ade at ad ads ande andet
    iska iskt isk
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# How far around a hit to look for words that cancel it.
VETO_WINDOW = 60


@dataclass(frozen=True, slots=True)
class Term:
    """One line of a lexicon."""

    kind: str
    text: str
    prefix: bool
    compound: bool
    exact: bool
    case_sensitive: bool
    score: float
    vetoes: tuple[str, ...]
    source: str

    @property
    def label(self) -> str:
        """The term as written in the file, for explanations."""
        return ("*" if self.compound else "") + self.text + ("*" if self.prefix else "")

    def automaton_keys(self) -> list[str]:
        """The strings the automaton looks for."""
        # The word buffer has spaces where the text has hyphens ("DNA-prov").
        text = self.text.replace("-", " ")
        if self.case_sensitive:
            return [text]
        forms = [text, text[:1].upper() + text[1:], text.upper()]
        return list(dict.fromkeys(forms))

    def accepts(self, before: str, after: str) -> bool:
        """Whether a word made of ``before`` + term + ``after`` is a use of the term."""
        if before and not self.compound:
            return False
        if before and len(before) < 2:
            return False
        if self.prefix or not after:
            return True
        if self.exact:
            return False
        return after.lower() in ENDINGS


def parse_line(line: str, kind: str, source: str, default: float) -> Term | None:
    """Parse one lexicon line; blank lines and comments give ``None``."""
    body = line.split("#", 1)[0].strip()
    if not body:
        return None
    vetoes: tuple[str, ...] = ()
    if " !" in body:
        body, veto_text = body.split(" !", 1)
        vetoes = tuple(v.strip().lower() for v in veto_text.split(",") if v.strip())
    score = default
    if " @" in body:
        body, score_text = body.rsplit(" @", 1)
        score = float(score_text)
    text = " ".join(body.split())
    compound = text.startswith("*")
    prefix = text.endswith("*")
    exact = text.endswith("=")
    text = text.strip("*=")
    if not text:
        raise ValueError(f"empty term in {source}")
    return Term(
        kind=kind,
        text=text,
        prefix=prefix,
        compound=compound,
        exact=exact,
        case_sensitive=text != text.lower(),
        score=score,
        vetoes=vetoes,
        source=source,
    )


def load_terms() -> list[Term]:
    """Read every lexicon file shipped with the package."""
    folder = resources.files("varna.detect.lexicons")
    terms: list[Term] = []
    seen: set[tuple[str, str]] = set()
    files = [(f"{kind}.txt", kind, DEFAULT_SCORES[kind]) for kind in sorted(SENSITIVE_KINDS)]
    files += [(name, kind, GENERATED_SCORES[name]) for name, kind in EXTRA_FILES.items()]
    for name, kind, default in files:
        for line in folder.joinpath(name).read_text(encoding="utf-8").splitlines():
            term = parse_line(line, kind, name, default)
            # The hand-written files come first and win over generated duplicates.
            if term is not None and (kind, term.label.lower()) not in seen:
                seen.add((kind, term.label.lower()))
                terms.append(term)
    return terms
