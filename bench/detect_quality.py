"""Detection quality: precision/recall per kind on the labelled development corpus,
and recall on every Skatteverket test number in every written form.

    .venv/bin/python bench/detect_quality.py [--data /work/shared/data] [--errors]

The development corpus is ``tests/detect/corpus/dev_corpus.txt`` (hand-labelled,
with traps). The Skatteverket part reads all 41,129 personnummer and 2,264
samordningsnummer from the shared data folder and embeds each written form in
a sentence; it takes a few minutes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.detect.devcorpus import paragraphs, score

from varna.detect import scan
from varna.detect.identifiers import personnummer

KINDS = ("personnummer", "samordningsnummer")


def forms(number: str, today: date) -> list[tuple[str, str | None]]:
    """(written form, expected twelve digits or None when the century cannot be known)."""
    short = personnummer.format_short(number, today=today)
    exact = short[6] == "-"
    return [
        (f"{number[:8]}-{number[8:]}", number),
        (number, number),
        (short, number),
        (short.replace("-", "–"), number),
        (f"{number[2:8]}{number[8:]}", number if exact else None),
        (f"{number[2:8]} {number[8:]}", number if exact else None),
    ]


def skatteverket_recall(data: Path) -> None:
    today = date.today()
    folder = data / "testpersonnummer"
    for file, kind in (("allPins.json", "personnummer"), ("allCoords.json", "samordningsnummer")):
        numbers = json.loads((folder / file).read_text())
        total = missed = 0
        started = time.perf_counter()
        for number in numbers:
            for written, expected in forms(number, today):
                for template in ("Personnummer: {}.", "Namn;{};7B", "({})"):
                    total += 1
                    found = [
                        f for f in scan(template.format(written), today=today) if f.kind in KINDS
                    ]
                    ok = len(found) == 1 and found[0].kind == kind
                    ok = ok and found[0].value[2:] == number[2:]
                    ok = ok and (expected is None or found[0].value == expected)
                    missed += not ok
        elapsed = time.perf_counter() - started
        print(
            f"{kind}: {len(numbers)} numbers x 6 forms x 3 contexts = {total} texts, "
            f"found {total - missed} ({(total - missed) / total:.4%}) in {elapsed:.0f} s"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--no-skatteverket", action="store_true")
    args = parser.parse_args()
    items = paragraphs()
    result = score(items)
    print(f"development corpus: {len(items)} paragraphs")
    print(f"{'kind':20s} {'gold':>5s} {'found':>5s} {'precision':>9s} {'recall':>7s}")
    for kind in result.kinds():
        gold = result.found_gold[kind] + result.fn[kind]
        found = result.tp[kind] + result.fp[kind]
        print(
            f"{kind:20s} {gold:5d} {found:5d} {result.precision(kind):9.2f} "
            f"{result.recall(kind):7.2f}"
        )
    tp, fp, fn, hit = (
        sum(c.values()) for c in (result.tp, result.fp, result.fn, result.found_gold)
    )
    print(f"{'all':20s} {hit + fn:5d} {tp + fp:5d} {tp / (tp + fp):9.2f} {hit / (hit + fn):7.2f}")
    if args.errors:
        print("\n".join(result.errors))
    if not args.no_skatteverket:
        skatteverket_recall(args.data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
