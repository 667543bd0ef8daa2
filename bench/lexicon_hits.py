"""Where lexicon terms hit outside the texts they were written for.

    .venv/bin/python -m bench.lexicon_hits [--since REV] [--mail] [--data DIR] [TERM ...]

Scans the Swedish NER corpus text (news, both splits; only read here, never learnt
from) and, with ``--mail``, the labelled mail corpus, and prints every hit of the
given terms (as written in the lexicon files, e.g. ``diskbråck*``) or of every term
added to ``src/varna/detect/lexicons/*.txt`` since git revision ``REV``, with its
context. Use it before adding a word: a term that hits ordinary words is a false
positive waiting to happen.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from varna.detect import SENSITIVE_KINDS, scan
from varna.detect.lexicon import parse_line

LEXICONS = Path(__file__).resolve().parents[1] / "src" / "varna" / "detect" / "lexicons"


def added_terms(revision: str) -> set[str]:
    diff = subprocess.run(
        ["git", "diff", revision, "--", str(LEXICONS)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    terms = set()
    for line in diff.splitlines():
        if line.startswith("+") and not line.startswith("+++"):
            term = parse_line(line[1:], "health", "diff", 0.5)
            if term is not None:
                terms.add(term.label)
    return terms


def ner_texts(data: Path, per_text: int = 50) -> Iterator[str]:
    """The NER corpus as texts of ``per_text`` sentences (one token per line there)."""
    for name in ("train_corpus.txt", "test_corpus.txt"):
        sentences: list[str] = []
        tokens: list[str] = []
        for line in (data / "ner" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                tokens.append(line.split("\t")[0])
            elif tokens:
                sentences.append(" ".join(tokens))
                tokens = []
            if len(sentences) >= per_text:
                yield "\n".join(sentences)
                sentences = []
        if tokens:
            sentences.append(" ".join(tokens))
        if sentences:
            yield "\n".join(sentences)


def mail_texts() -> Iterator[tuple[str, str]]:
    from bench.mail_corpus import messages
    from varna.mail import read_message

    for corpus in ("dev", "fresh", "heldout", "probe", "blind"):
        for message in messages(corpus):
            for part in read_message(message.raw).parts:
                yield f"{message.id} ({message.expected})", part.text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("terms", nargs="*", help="lexicon terms as written, e.g. kol*")
    parser.add_argument("--since", help="every term added to the lexicons since this revision")
    parser.add_argument("--mail", action="store_true", help="also scan the mail corpus")
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--show", type=int, default=8, help="contexts shown per term")
    args = parser.parse_args()
    wanted = set(args.terms) | (added_terms(args.since) if args.since else set())
    if not wanted:
        sys.exit("name terms or give --since REV")
    hits: dict[str, list[tuple[str, str]]] = defaultdict(list)

    def check(source: str, text: str) -> None:
        for finding in scan(text):
            if finding.kind not in SENSITIVE_KINDS:
                continue
            label = finding.explanation.rsplit(": ", 1)[-1]
            if label in wanted:
                around = text[max(0, finding.start - 40) : finding.end + 40]
                hits[label].append((source, " ".join(around.split())))

    for text in ner_texts(args.data):
        check("ner", text)
    if args.mail:
        for source, text in mail_texts():
            check(source, text)
    for label, found in sorted(hits.items(), key=lambda item: -len(item[1])):
        print(f"{label}: {len(found)}")
        for source, around in found[: args.show]:
            print(f"    {source}: {around}")
    silent = sorted(wanted - set(hits))
    print(f"\n{len(wanted)} terms, {len(silent)} without hits: {', '.join(silent)}")


if __name__ == "__main__":
    main()
