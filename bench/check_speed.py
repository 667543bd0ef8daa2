"""Speed of the guard's judgement: parse + scan + judge per message.

    .venv/bin/python -m bench.check_speed [--rounds 5] [--cli-sample 20]

In-process: every corpus message without attachments, every one with
attachments, and messages carrying a 1 MB PDF, DOCX or XLSX (generated here);
messages per second and p50/p99 milliseconds per message, after one warm-up
pass. Via the CLI: one ``varna check --json`` over all corpus files
(throughput), and ``--cli-sample`` single-file invocations (start-up included).
Goals (issue 4): p99 ≤ 20 ms without attachments, ≤ 300 ms with a 1 MB
PDF/DOCX/XLSX attachment.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import documents
from bench.mail_corpus import INTERNAL_DOMAINS, PARTNER_DOMAINS, messages
from varna.mail import message_from_fields, read_message
from varna.policy import Policy, judge, load_policy

ONE_MB = 1_000_000


def _filler_lines(count: int) -> list[str]:
    rng = random.Random(4)
    words = [
        "Solby",
        "kommun",
        "redovisar",
        "utfall",
        "och",
        "prognos",
        "för",
        "verksamheten",
        "där",
        "kostnaderna",
        "följer",
        "budget",
        "med",
        "mindre",
        "avvikelser",
        "inom",
        "lokaler",
        "transporter",
        "personal",
        "material",
        "tjänster",
        "investeringar",
        "underhåll",
        "skolor",
        "förskolor",
        "boenden",
    ]
    return [f"{i:05d} " + " ".join(rng.choice(words) for _ in range(12)) for i in range(count)]


def _photo(size: int) -> bytes:
    return random.Random(7).randbytes(size)


def big_pdf() -> bytes:
    """A typical 1 MB report: 30 pages of text and photos."""
    lines = _filler_lines(1_800)
    pages = [lines[i : i + 60] for i in range(0, len(lines), 60)]
    text_only = documents.pdf(pages)
    return documents.pdf(pages, image=_photo(max(0, ONE_MB - len(text_only))))


def text_only_pdf() -> bytes:
    """The worst case: 1 MB of nothing but uncompressed text (about 340 pages)."""
    lines = _filler_lines(20_000)
    pages = [lines[i : i + 60] for i in range(0, len(lines), 60)]
    for count in range(10, len(pages) + 1, 10):
        data = documents.pdf(pages[:count], compress=False)
        if len(data) >= ONE_MB:
            return data
    return documents.pdf(pages, compress=False)


def big_docx() -> bytes:
    """A typical 1 MB Word document: 30 pages of text and photos."""
    lines = _filler_lines(1_800)
    text_only = documents.docx(lines)
    return documents.docx(lines, media=[("image1.jpeg", _photo(max(0, ONE_MB - len(text_only))))])


def big_xlsx() -> bytes:
    rows: list[list[str | int | float]] = [["Artikel", "Antal", "Belopp", "Datum", "Konto"]]
    index = 0
    while True:
        for _ in range(5_000):
            index += 1
            rows.append(
                [
                    f"Artikel {index % 997} förbrukning",
                    index % 37,
                    index * 13.5,
                    f"2024-{index % 12 + 1:02d}-{index % 28 + 1:02d}",
                    4000 + index % 90,
                ]
            )
        data = documents.xlsx([("Utfall", rows)])
        if len(data) >= ONE_MB:
            return data


def _measure(name: str, jobs: list[Callable[[], object]], rounds: int) -> None:
    for job in jobs:  # warm-up: compile patterns, load data files
        job()
    times: list[float] = []
    for _ in range(rounds):
        for job in jobs:
            start = time.perf_counter()
            job()
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p50 = statistics.median(times)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    rate = 1000 * len(times) / sum(times)
    print(f"{name:<36} n={len(times):>5}  {rate:8.1f} msg/s  p50 {p50:7.2f} ms  p99 {p99:7.2f} ms")


def in_process(rounds: int, policy: Policy) -> None:
    plain: list[Callable[[], object]] = []
    attached: list[Callable[[], object]] = []
    for message in messages():
        raw = message.raw

        def job(raw: bytes = raw) -> object:
            return judge(read_message(raw), policy)

        (attached if b"Content-Disposition: attachment" in raw else plain).append(job)
    _measure("corpus, no attachments", plain, rounds)
    _measure("corpus, with attachments", attached, rounds)
    for label, name, make in (
        ("1 MB PDF, text + photos", "rapport.pdf", big_pdf),
        ("1 MB DOCX, text + photos", "rapport.docx", big_docx),
        ("1 MB XLSX, 35k rows", "utfall.xlsx", big_xlsx),
        ("1 MB PDF, text only (worst)", "text.pdf", text_only_pdf),
    ):
        data = make()

        def big_job(data: bytes = data, name: str = name) -> object:
            parsed = message_from_fields(
                sender="ekonomi@solby.se",
                to=["ledning@solby.se"],
                subject="Underlag",
                body="Se bilaga.",
                attachments=[(name, data)],
            )
            return judge(parsed, policy)

        _measure(f"{label} ({len(data) / ONE_MB:.2f})", [big_job], max(rounds * 2, 6))


def via_cli(sample: int) -> None:
    varna = Path(sys.executable).with_name("varna")
    flags = [f"--internal-domain={d}" for d in INTERNAL_DOMAINS] + [
        f"--partner-domain={d}" for d in PARTNER_DOMAINS
    ]
    with tempfile.TemporaryDirectory() as directory:
        files = []
        for message in messages():
            path = Path(directory) / message.filename
            path.write_bytes(message.raw)
            files.append(str(path))
        start = time.perf_counter()
        subprocess.run(
            [str(varna), "check", "--json", *flags, *files], capture_output=True, check=False
        )
        elapsed = time.perf_counter() - start
        print(
            f"{'CLI, one run over the corpus':<34} n={len(files):>5}  "
            f"{len(files) / elapsed:8.1f} msg/s  total {elapsed:.2f} s (start-up included)"
        )
        times = []
        for file in files[:sample]:
            start = time.perf_counter()
            subprocess.run(
                [str(varna), "check", "--json", *flags, file], capture_output=True, check=False
            )
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        print(
            f"{'CLI, one file per run':<34} n={len(times):>5}  p50 "
            f"{statistics.median(times):7.1f} ms  p99 {times[-1]:7.1f} ms (start-up included)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cli-sample", type=int, default=20)
    args = parser.parse_args()
    policy = load_policy(internal_domains=INTERNAL_DOMAINS, partner_domains=PARTNER_DOMAINS)
    in_process(args.rounds, policy)
    if args.cli_sample:
        via_cli(args.cli_sample)


if __name__ == "__main__":
    main()
