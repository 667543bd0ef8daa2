"""The labelled development corpus: every kind is found and the traps stay quiet."""

from __future__ import annotations

from tests.detect.devcorpus import paragraphs, score


def test_the_corpus_has_every_kind_and_plenty_of_traps():
    items = paragraphs()
    kinds = {kind for item in items for kind, _, _ in item.gold}
    assert len(kinds) == 19
    assert sum(not item.gold for item in items) >= 10


def test_precision_and_recall_per_kind_on_the_development_corpus():
    result = score(paragraphs())
    low = {
        kind: (round(result.precision(kind), 2), round(result.recall(kind), 2))
        for kind in result.kinds()
        if result.precision(kind) < 0.8 or result.recall(kind) < 0.8
    }
    assert low == {}, result.errors


def test_identifiers_are_exact_on_the_development_corpus():
    result = score(paragraphs())
    for kind in ("personnummer", "samordningsnummer", "payment_card", "bank_account"):
        assert result.precision(kind) == 1.0, result.errors
        assert result.recall(kind) == 1.0, result.errors
