"""Entity-level precision, recall and F1 of name recognition on the Swedish NER corpus.

    .venv/bin/python bench/names_eval.py [--split test|train] [--data DIR] [--errors N]

Reads ``ner/{split}_corpus.txt`` (one ``token TAG`` per line, blank line between
sentences; consecutive PER tokens form one entity), joins each sentence's
tokens with spaces, runs ``varna.detect.scan`` over the whole text and scores
the ``name`` findings against the PER entities: a hit counts only if it covers
exactly the tokens of an entity. The detector's gazetteers use only the train
split, so the test split is the honest number.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

from varna.detect import scan

DEFAULT_DATA = Path("/work/shared/data")


def read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if sentences[-1]:
                sentences.append([])
            continue
        if len(parts) == 2:
            sentences[-1].append((parts[0], parts[1]))
    return [s for s in sentences if s]


def build_text(
    sentences: list[list[tuple[str, str]]],
) -> tuple[str, list[tuple[int, int]], set[tuple[int, int]]]:
    """Return the text, each token's (start, end) and the gold PER spans as character offsets."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    gold: set[tuple[int, int]] = set()
    pos = 0
    for sentence in sentences:
        entity_start = None
        for i, (token, tag) in enumerate(sentence):
            start, end = pos, pos + len(token)
            spans.append((start, end))
            parts.append(token)
            parts.append(" " if i < len(sentence) - 1 else "\n")
            pos = end + 1
            if tag == "PER" and entity_start is None:
                entity_start = start
            next_tag = sentence[i + 1][1] if i + 1 < len(sentence) else "0"
            if tag == "PER" and next_tag != "PER":
                assert entity_start is not None
                gold.add((entity_start, end))
                entity_start = None
    return "".join(parts), spans, gold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "train"), default="test")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=0, help="print this many errors of each type")
    args = parser.parse_args()
    path = args.data / "ner" / f"{args.split}_corpus.txt"
    if not path.exists():
        print(f"missing {path}", file=sys.stderr)
        return 2
    text, _, gold = build_text(read_sentences(path))
    started = time.perf_counter()
    found = {(f.start, f.end) for f in scan(text) if f.kind == "name"}
    elapsed = time.perf_counter() - started
    tp = len(found & gold)
    precision = tp / len(found) if found else 0.0
    recall = tp / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"split={args.split} entities={len(gold)} predicted={len(found)} correct={tp}")
    print(f"precision={precision:.3f} recall={recall:.3f} f1={f1:.3f} ({elapsed * 1000:.0f} ms)")
    if args.errors:
        fp = collections.Counter(text[s:e] for s, e in found - gold)
        fn = collections.Counter(text[s:e] for s, e in gold - found)
        print("false positives:", fp.most_common(args.errors))
        print("missed:", fn.most_common(args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
