"""The byte views of a text: one byte per character, whatever the text is written with."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from varna.detect import buffers


def test_letters_beyond_latin_1_become_their_base_letters():
    assert buffers.encode("Łukasz Petrović Yılmaz Šimić") == b"Lukasz Petrovic Yilmaz Simic"


def test_latin_1_letters_stay_as_they_are():
    assert buffers.encode("Åsa Östlund, Zoë") == "Åsa Östlund, Zoë".encode("latin-1")


def test_other_characters_beyond_latin_1_become_question_marks():
    assert buffers.encode("– ”citat” … •") == b"? ?citat? ? ?"


def test_fold_makes_a_word_as_the_name_lists_write_it():
    assert buffers.fold("Łukasz") == "Lukasz"
    assert buffers.fold("Åsa") == "Åsa"


@given(st.text())
def test_every_character_is_one_byte(text):
    raw = buffers.encode(text)
    assert len(raw) == len(text)
    assert len(buffers.word_buffer(raw)) == len(buffers.shape_buffer(raw)) == len(text)


# Letters of every range the encoding folds, its edges, and characters beyond them.
_AROUND_FOLDED = st.characters(min_codepoint=0, max_codepoint=0x2100) | st.sampled_from(
    ["\u0100", "\u024f", "\u0250", "\u1dff", "\u1e00", "\u1eff", "\u1f00", "😀", "\ud800"]
)


@given(st.text(alphabet=_AROUND_FOLDED) | st.text())
def test_the_one_pass_views_are_the_encoding_and_its_two_translations(text):
    raw = buffers.encode(text)
    assert buffers.views(text) == (raw, buffers.word_buffer(raw), buffers.shape_buffer(raw))
