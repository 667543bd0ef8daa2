"""The cheap character tests in names.py never skip what the expressions behind them match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from varna.detect import names

# Pieces of names, particles, punctuation, line breaks and the words of laws and rooms.
PIECES = st.sampled_from(
    [
        " ", "  ", "\t", "\n", "\r\n", "\r", ",", ".", "!", ":", "-", "_", "'", "’",
        "Anna", "Svensson", "von", "al-", "Mc", "O'", "D’", "A.", "É", "ö", "Łukasz", "ǅ",
        "lex", "LEX", "rum", "Rummet", "mötesrum", "sal", "salen", "lokal", "Lokalen",
        "ſal", "loKal", "Sarah", "ek", "hej", "x", "1",
    ]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=12).map("".join)


@settings(max_examples=500)
@given(TEXTS)
def test_a_name_only_goes_on_where_may_continue_allows(text: str) -> None:
    for at in range(len(text) + 1):
        if names._NEXT_WORD.match(text, at):
            assert names.may_continue(text, at)


@settings(max_examples=500)
@given(TEXTS)
def test_a_name_only_follows_a_trigger_where_capital_follows_allows(text: str) -> None:
    for at in range(len(text) + 1):
        if names._AFTER_TRIGGER.match(text, at):
            assert names.capital_follows(text, at, False)
        if names._AFTER_SIGN_OFF.match(text, at):
            assert names.capital_follows(text, at, True)


@settings(max_examples=500)
@given(TEXTS)
def test_laws_and_rooms_are_found_exactly_where_the_expressions_match(text: str) -> None:
    for start in range(len(text) + 1):
        window = max(0, start - 24)
        expected = bool(
            names._LAW_BEFORE.search(text, window, start)
            or names._ROOM_BEFORE.search(text, window, start)
        )
        assert names.law_or_room_before(text, start) == expected


def test_every_particle_may_continue_a_name() -> None:
    for particle in names._PARTICLES.split("|"):
        assert names.may_continue(f"Anna {particle} Sydow", 4), particle


def test_examples() -> None:
    assert names.law_or_room_before("enligt lex Sarah", 11)
    assert names.law_or_room_before("i mötesrummet Ek", 14)
    assert not names.law_or_room_before("till Anna", 5)
    assert names.capital_follows("Hälsningar,\r\n  Anna", 10, True)
    assert not names.capital_follows("Hej,\nAnna", 3, False)
    assert not names.may_continue("Anna har", 4)
    assert names.may_continue("Anna von Sydow", 4)


# Pieces of the words _NEXT_WORD reads: every particle and prefix, capitals and
# small letters in and beyond Latin-1 (and letters of neither class: Greek,
# the title-case "ǅ"), the characters that join and end words, digits.
WORD_PIECES = st.sampled_from(
    [
        " ", "  ", "   ", "\t", "-", "'", "’", ".", "_", ",", "1", "٣",
        "A", "B", "Ö", "É", "Ł", "Ṡ", "Σ", "ǅ", "a", "b", "ö", "ß", "ł", "ṡ", "σ",
        "Anna", "Karl-Erik", "O'Brien", "D’Angelo", "Mc", "Mac", "McDonald", "MacDonald",
        "Macdonald", "Macx", "Mcb",
        "Oa", "Da", "O", "D", "M", *names._PARTICLE_WORDS, "al-", "el-", "Al-", "x",
    ]
)  # fmt: skip


@settings(max_examples=800)
@given(st.lists(WORD_PIECES, max_size=10).map("".join))
def test_the_next_word_reader_finds_what_the_next_word_expression_matches(text: str) -> None:
    for at in range(len(text) + 1):
        match = names._NEXT_WORD.match(text, at)
        expected = -1 if match is None else match.start(2) << 32 | match.end()
        assert names.next_word(text, at) == expected, (text, at)


def test_the_next_word_reader_examples() -> None:
    def span(text: str, at: int) -> tuple[int, int] | None:
        found = names.next_word(text, at)
        return None if found < 0 else (found >> 32, found & 0xFFFFFFFF)

    assert span("Anna Svensson", 4) == (5, 13)
    assert span("Anna  von Sydow", 4) == (10, 15)
    assert span("Anna al-Hassan", 4) == (8, 14)
    assert span("Ronald McDonald.", 6) == (7, 15)
    assert span("Ian MacDonald", 3) == (4, 13)
    assert span("Sean O’Brien-Smith", 4) == (5, 18)
    assert span("Eva A. Ek", 3) == (4, 6)
    assert span("Eva A.B", 3) == (4, 5)
    assert span("Eva Anna-", 3) is None
    assert span("Eva har", 3) is None


AFTER_TRIGGER_PIECES = st.sampled_from(
    [
        " ", "  ", "\t", ",", ":", "!", ".", "\n", "\r", "\r\n", " \n", "-", "'", "_", "1",
        "Anna", "Karl-Erik", "O'Brien", "McDonald", "MacDonald", "Mac", "A", "Ö", "Σ", "ǅ",
        "anna", "ß", "x", "é",
    ]
)  # fmt: skip


@settings(max_examples=800)
@given(st.lists(AFTER_TRIGGER_PIECES, max_size=8).map("".join))
def test_the_name_after_a_trigger_is_what_the_trigger_expressions_match(text: str) -> None:
    for at in range(len(text) + 1):
        for sign_off, expression in ((False, names._AFTER_TRIGGER), (True, names._AFTER_SIGN_OFF)):
            match = expression.match(text, at)
            expected = -1 if match is None else match.start(1) << 32 | match.end(1)
            assert names.name_after(text, at, sign_off) == expected, (text, at, sign_off)


def test_the_name_after_a_trigger_examples() -> None:
    assert names.name_after("Hej Anna!", 3, False) == 4 << 32 | 8
    assert names.name_after("Hälsningar,\r\n  Eva Ek", 10, True) == 15 << 32 | 18
    assert names.name_after("Hälsningar,\r\n  Eva Ek", 10, False) == -1
    assert names.name_after("Hej A. Ek", 3, False) == -1  # an initial is no name here
