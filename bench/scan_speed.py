"""How fast ``varna.detect.scan`` is, and how it compares with Presidio.

    .venv/bin/python bench/scan_speed.py [--seed 7] [--megabytes 24] [--latency 2000]
        [--presidio-megabytes 2] [--passes 3] [--no-presidio]

1. Generates (once) the corpus of ``bench/corpus.py`` under ``bench/out/``.
2. Full scan: every message scanned on its own, in one process (= one core);
   prints MB/s of UTF-8 text (CPU time), the best of ``--passes`` passes, as
   for every throughput below: one pass on these shared virtual machines varies
   by up to ±10 %, and the best pass is the least disturbed one. A pass lasts at
   least half a second (a short text set is scanned several times over), so
   that Värna's and Presidio's passes are measured alike.
3. Latency: the corpus cut into 5 KB texts; prints p50/p99/max of one scan.
4. Presidio on the same messages in the same run, its passes and Värna's on
   those messages taken in turn (presidio-analyzer with a blank Swedish spaCy
   tokenizer, no model download, and its Swedish personnummer, e-mail, phone,
   IBAN and credit-card recognizers). Presidio is
   slow, so it scans the first ``--presidio-megabytes`` of the corpus and its
   MB/s is compared with ours on exactly the same messages as well as on the
   whole corpus. Install it with ``.venv/bin/pip install -r requirements/bench.txt``.

Heavy: run it sparingly on the shared two-core machines.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import generate, load
from varna.detect import scan
from varna.detect.scanner import compiled


def megabytes(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def one_pass(
    texts: list[str], scan_one: Callable[[str], object], least: float
) -> tuple[float, int]:
    """Seconds of CPU per round over ``texts``, and the findings of a round.

    A pass scans every text, and again, until it has taken at least ``least``
    seconds of CPU time: a pass over Presidio's 2 MB sample takes ~40 ms for
    Värna and ~2 s for Presidio, and the shorter a measurement is the more a
    moment's disturbance on a shared machine decides it.
    """
    rounds = 0
    started = time.process_time()
    while True:
        found = 0
        for text in texts:
            result = scan_one(text)
            found += len(result) if isinstance(result, list) else 0
        rounds += 1
        elapsed = time.process_time() - started
        if elapsed >= least:
            return elapsed / rounds, found


def throughput(
    texts: list[str], scan_one: Callable[[str], object], passes: int, least: float = 0.5
) -> tuple[float, float, int]:
    """Return (MB/s, seconds, findings) of the fastest of ``passes`` passes."""
    return side_by_side(texts, [scan_one], passes, least)[0]


def side_by_side(
    texts: list[str], scanners: list[Callable[[str], object]], passes: int, least: float = 0.5
) -> list[tuple[float, float, int]]:
    """(MB/s, seconds, findings) of the fastest pass of each scanner, their
    passes taken in turn (one of each, ``passes`` times over): a slow spell of
    a shared machine then falls on both sides of a comparison alike, not on
    whichever happened to run during it."""
    size = megabytes(texts)
    best = [(float("inf"), 0)] * len(scanners)
    for _ in range(passes):
        for index, scan_one in enumerate(scanners):
            best[index] = min(best[index], one_pass(texts, scan_one, least))
    return [(size / seconds, seconds, found) for seconds, found in best]


def latency(texts: list[str], count: int) -> list[float]:
    """Milliseconds per scan of 5 KB pieces of the corpus."""
    joined = "\n".join(texts)
    step = max(5000, (len(joined) - 5000) // count)
    pieces = [joined[i : i + 5000] for i in range(0, len(joined) - 5000, step)][:count]
    times = []
    for piece in pieces:
        started = time.perf_counter()
        scan(piece)
        times.append((time.perf_counter() - started) * 1000)
    return times


def presidio_analyzer() -> Any | None:
    # Imported by name: Presidio and spaCy are optional bench packages
    # (requirements/bench.txt), so the type checker must not require them.
    try:
        spacy = importlib.import_module("spacy")
        tldextract = importlib.import_module("tldextract")
        analyzer = importlib.import_module("presidio_analyzer")
        engines = importlib.import_module("presidio_analyzer.nlp_engine")
        recognizers = importlib.import_module("presidio_analyzer.predefined_recognizers")
    except ImportError:
        return None
    # Presidio's e-mail recognizer would download the public suffix list; use the
    # snapshot bundled with tldextract instead (these machines are offline).
    setattr(tldextract, "extract", tldextract.TLDExtract(suffix_list_urls=()))  # noqa: B010
    nlp_engine = engines.SpacyNlpEngine(models=[{"lang_code": "sv", "model_name": "blank"}])
    nlp_engine.nlp = {"sv": spacy.blank("sv")}  # tokenizer only
    registry = analyzer.RecognizerRegistry(supported_languages=["sv"])
    sv = {"supported_language": "sv"}
    registry.add_recognizer(recognizers.SePersonnummerRecognizer(**sv))
    registry.add_recognizer(recognizers.EmailRecognizer(**sv))
    registry.add_recognizer(recognizers.PhoneRecognizer(**sv, supported_regions=["SE"]))
    registry.add_recognizer(recognizers.IbanRecognizer(**sv))
    registry.add_recognizer(recognizers.CreditCardRecognizer(**sv))
    return analyzer.AnalyzerEngine(
        nlp_engine=nlp_engine, registry=registry, supported_languages=["sv"]
    )


def prefix(texts: list[str], size_mb: float) -> list[str]:
    out, total = [], 0.0
    for text in texts:
        if total >= size_mb:
            break
        out.append(text)
        total += len(text.encode("utf-8")) / 1e6
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--megabytes", type=float, default=24)
    parser.add_argument("--latency", type=int, default=2000, help="number of 5 KB scans")
    parser.add_argument("--presidio-megabytes", type=float, default=2.0)
    parser.add_argument("--passes", type=int, default=3, help="best of this many passes")
    parser.add_argument("--no-presidio", action="store_true")
    args = parser.parse_args()

    path = generate(args.seed, args.megabytes)
    texts = load(path)
    size = megabytes(texts)
    started = time.perf_counter()
    compiled()
    print(f"corpus: {path.name}, {size:.1f} MB, {len(texts)} messages")
    print(f"load + compile: {(time.perf_counter() - started) * 1000:.0f} ms (once per process)")

    rate, elapsed, found = throughput(texts, scan, args.passes)
    print(
        f"full scan: {rate:.1f} MB/s per core ({elapsed:.2f} s CPU, best of {args.passes}, "
        f"{found} findings, "
        f"{found / size:.0f} per MB)"
    )

    times = latency(texts, args.latency)
    quantiles = statistics.quantiles(times, n=100)
    print(
        f"5 KB texts: p50 {statistics.median(times):.3f} ms, p99 {quantiles[98]:.3f} ms, "
        f"max {max(times):.3f} ms ({len(times)} scans)"
    )

    if args.no_presidio:
        return 0
    analyzer = presidio_analyzer()
    if analyzer is None:
        print(
            "Presidio: NOT INSTALLED - no comparison. "
            "Install it with: .venv/bin/pip install -r requirements/bench.txt"
        )
        return 0
    sample = prefix(texts, args.presidio_megabytes)
    analyzer.analyze(text=sample[0], language="sv")  # warm up
    (ours, _, _), (theirs, theirs_elapsed, _) = side_by_side(
        sample, [scan, lambda t: analyzer.analyze(text=t, language="sv")], args.passes
    )
    print(
        f"Presidio: {theirs:.2f} MB/s per core on the first {megabytes(sample):.1f} MB "
        f"({theirs_elapsed:.1f} s CPU); Värna on the same messages {ours:.1f} MB/s"
    )
    print(
        f"ratio: {ours / theirs:.0f}x on the same messages, "
        f"{rate / theirs:.0f}x full-corpus rate vs Presidio"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
