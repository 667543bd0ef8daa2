"""The development corpus keeps its quality (bench/check_quality.py prints the details)."""

from collections import Counter

from bench.mail_corpus import INTERNAL_DOMAINS, PARTNER_DOMAINS, messages

from varna.mail import read_message
from varna.policy import judge, load_policy


def test_the_labelled_corpus_meets_the_quality_goals():
    policy = load_policy(internal_domains=INTERNAL_DOMAINS, partner_domains=PARTNER_DOMAINS)
    outcome: Counter[tuple[str, str]] = Counter()
    for name in ("dev", "fresh", "heldout", "probe"):
        for message in messages(name):
            verdict = judge(read_message(message.raw), policy).verdict
            outcome[(message.expected, verdict)] += 1
    blocks = sum(n for (expected, _), n in outcome.items() if expected == "block")
    others = sum(n for (expected, _), n in outcome.items() if expected != "block")
    false_blocks = sum(n for (e, v), n in outcome.items() if e != "block" and v == "block")
    assert blocks >= 60
    assert others >= 60
    assert outcome[("block", "block")] / blocks >= BLOCK_RECALL_FLOOR
    assert false_blocks / others <= 0.02


# The goal; every set (dev, fresh, heldout, probe) reaches 1.0 today, but the
# later sets were written to find misses and new ones should be able to show some.
BLOCK_RECALL_FLOOR = 0.98
