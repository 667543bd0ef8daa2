"""The labelled development corpus (``corpus/dev_corpus.txt``) and its scoring.

Shared by ``test_dev_corpus.py`` and ``bench/detect_quality.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from varna.detect import scan

PATH = Path(__file__).resolve().parent / "corpus" / "dev_corpus.txt"
MARK = re.compile(r"⟦([a-z_]+)\|(.*?)⟧", re.S)


@dataclass
class Paragraph:
    text: str
    gold: list[tuple[str, int, int]]


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    found_gold: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def precision(self, kind: str) -> float:
        found = self.tp[kind] + self.fp[kind]
        return self.tp[kind] / found if found else 1.0

    def recall(self, kind: str) -> float:
        gold = self.found_gold[kind] + self.fn[kind]
        return self.found_gold[kind] / gold if gold else 1.0

    def kinds(self) -> list[str]:
        return sorted(set(self.tp) | set(self.fp) | set(self.fn) | set(self.found_gold))


def paragraphs(path: Path = PATH) -> list[Paragraph]:
    body = "\n".join(
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    )
    out = []
    for block in re.split(r"\n\s*\n", body):
        if not block.strip():
            continue
        text, gold, pos = "", [], 0
        for match in MARK.finditer(block):
            text += block[pos : match.start()]
            start = len(text)
            text += match.group(2)
            gold.append((match.group(1), start, len(text)))
            pos = match.end()
        text += block[pos:]
        out.append(Paragraph(text, gold))
    return out


def score(items: list[Paragraph]) -> Score:
    """A finding is right when a gold mark of the same kind overlaps it; a gold
    mark is found when at least one finding of its kind overlaps it."""
    result = Score()
    for item in items:
        found = [(f.kind, f.start, f.end) for f in scan(item.text)]
        for kind, start, end in found:
            if any(k == kind and s < end and start < e for k, s, e in item.gold):
                result.tp[kind] += 1
            else:
                result.fp[kind] += 1
                result.errors.append(f"false {kind}: {item.text[start:end]!r}")
        for kind, start, end in item.gold:
            if any(k == kind and s < end and start < e for k, s, e in found):
                result.found_gold[kind] += 1
            else:
                result.fn[kind] += 1
                result.errors.append(f"missed {kind}: {item.text[start:end]!r}")
    return result
