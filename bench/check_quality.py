"""Verdict quality on the labelled development corpus.

    .venv/bin/python -m bench.check_quality [--set SET] [--write DIR] [--no-config]
                                            [--show-misses]

Prints the confusion matrix, per-verdict precision and recall, block recall and
the share of non-block messages that were blocked (false blocks). The policy is
the default one with solby.se as internal and norrvik.se/regionsolby.se as
partner domains (``--no-config``: defaults only, as ``varna check`` without flags).
``--write DIR`` also writes the corpus as .eml/.msg files with ``labels.json``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from bench.mail_corpus import INTERNAL_DOMAINS, PARTNER_DOMAINS, messages
from varna.mail import read_message
from varna.policy import Policy, judge, load_policy

VERDICTS = ("allow", "warn", "block")
NAMED_SETS = (
    "dev",
    "fresh",
    "heldout",
    "probe",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", type=Path, help="write the corpus files to this directory")
    parser.add_argument("--no-config", action="store_true", help="default policy, no domains")
    parser.add_argument("--show-misses", action="store_true", help="print misjudged messages")
    parser.add_argument(
        "--set",
        choices=(*NAMED_SETS, "team", "all"),
        default="team",
        help="dev: the tuning set; fresh: written after tuning; team: dev and fresh; "
        "heldout: written from the rules alone; probe: written after tuning on heldout; "
        "blind: written by an independent evaluator before reading the policy; "
        "blind2: a second blind set from another municipality (Ekeby); "
        "blind3: a third blind set from Åsby; blind4: a fourth blind set from Lindö; "
        "blind5: a fifth blind set from Norrby; blind6: a sixth blind set from Västby; "
        "all: every set",
    )
    parser.add_argument(
        "--explain",
        nargs="+",
        metavar="ID",
        help="print each finding of these messages and what points out the person it is about",
    )
    args = parser.parse_args()
    policy = (
        load_policy()
        if args.no_config
        else load_policy(internal_domains=INTERNAL_DOMAINS, partner_domains=PARTNER_DOMAINS)
    )
    if args.explain:
        explain(set(args.explain), policy)
        return
    confusion: Counter[tuple[str, str]] = Counter()
    misses: list[str] = []
    labels: dict[str, str] = {}
    sets = {
        "team": ("dev", "fresh"),
        "all": NAMED_SETS,
    }.get(args.set, (args.set,))
    for message in (m for name in sets for m in messages(name)):
        if args.write:
            args.write.mkdir(parents=True, exist_ok=True)
            (args.write / message.filename).write_bytes(message.raw)
            labels[message.filename] = message.expected
        verdict = judge(read_message(message.raw), policy)
        confusion[(message.expected, verdict.verdict)] += 1
        if verdict.verdict != message.expected:
            kinds = ", ".join(f"{f.kind}@{f.where}" for f in verdict.findings) or "-"
            misses.append(
                f"  {message.id}: expected {message.expected}, got {verdict.verdict} ({kinds})"
            )
    if args.write:
        (args.write / "labels.json").write_text(json.dumps(labels, indent=1, sort_keys=True))
    total = sum(confusion.values())
    print(f"{total} messages; rows = expected, columns = verdict")
    print(f"{'':>8}" + "".join(f"{v:>8}" for v in VERDICTS))
    for expected in VERDICTS:
        print(f"{expected:>8}" + "".join(f"{confusion[(expected, v)]:>8}" for v in VERDICTS))
    print()
    for name in VERDICTS:
        predicted = sum(confusion[(e, name)] for e in VERDICTS)
        actual = sum(confusion[(name, v)] for v in VERDICTS)
        hit = confusion[(name, name)]
        precision = hit / predicted if predicted else 0.0
        recall = hit / actual if actual else 0.0
        print(f"{name:>6}: precision {precision:.3f}  recall {recall:.3f}  (n={actual})")
    non_block = sum(confusion[(e, v)] for e in ("allow", "warn") for v in VERDICTS)
    false_blocks = sum(confusion[(e, "block")] for e in ("allow", "warn"))
    print(
        f"\nfalse blocks: {false_blocks}/{non_block} = "
        f"{false_blocks / non_block if non_block else 0:.1%} of non-block messages"
    )
    if args.show_misses and misses:
        print("\nmisjudged:")
        print("\n".join(misses))


def explain(ids: set[str], policy: Policy) -> None:
    """Findings of the given messages and the pointer that makes each identifiable."""
    from varna.detect import SENSITIVE_KINDS, scan
    from varna.policy.identify import Correspondents, PartContext
    from varna.policy.judge import part_findings
    from varna.policy.pointers import PointerFinder

    for message in (m for name in NAMED_SETS for m in messages(name)):
        if message.id not in ids:
            continue
        parsed = read_message(message.raw)
        print(f"{message.id} (expected {message.expected}, got {judge(parsed, policy).verdict})")
        correspondents = Correspondents.of(parsed)
        for part in parsed.parts:
            findings = part_findings(scan, part.text, policy.min_score)
            context = PartContext(
                part.text,
                findings,
                correspondents,
                PointerFinder(policy.extra_role_words),
                addressed=part.where in ("body", "subject"),
            )
            for finding in findings:
                if finding.kind in SENSITIVE_KINDS:
                    pointer = context.identifying_pointer(finding)
                    why = (
                        f"{pointer.reason}: {part.text[pointer.start : pointer.end]!r}"
                        if pointer
                        else "nobody identifiable"
                    )
                elif finding.kind == "name":
                    why = context.standing(finding) or "third party"
                else:
                    why = ""
                print(f"  {part.where} {finding.kind} {finding.value!r} {finding.score} {why}")


if __name__ == "__main__":
    main()
