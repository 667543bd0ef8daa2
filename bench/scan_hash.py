"""One fingerprint of everything ``varna.detect.scan`` finds in the speed corpus.

    .venv/bin/python bench/scan_hash.py [--seed 7] [--megabytes 24]

Prints a SHA-256 over kind, span, value, score and explanation of every finding in
every message of the corpus of ``bench/scan_speed.py`` (``today`` fixed, so the
century of ten-digit numbers does not move with the date). A change meant only to
make the scan faster must leave it unchanged: run it before and after.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import generate, load
from varna.detect import scan

TODAY = date(2026, 11, 22)


def fingerprint(texts: list[str]) -> tuple[str, int]:
    digest = hashlib.sha256()
    count = 0
    for text in texts:
        for f in scan(text, today=TODAY):
            digest.update(repr((f.kind, f.start, f.end, f.value, f.score, f.explanation)).encode())
            count += 1
    return digest.hexdigest(), count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--megabytes", type=float, default=24)
    args = parser.parse_args()
    texts = load(generate(args.seed, args.megabytes))
    value, count = fingerprint(texts)
    print(f"{value}  ({count} findings in {len(texts)} messages)")


if __name__ == "__main__":
    main()
