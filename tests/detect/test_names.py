"""Person names: fixed personas in the situations e-mails put them in."""

from __future__ import annotations

from varna.detect import scan


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text) if f.kind == "name"]


def test_it_finds_a_first_name_and_surname():
    assert names("I går ringde Anna Svensson från skolan.") == ["Anna Svensson"]


def test_it_finds_a_first_name_in_a_greeting():
    assert names("Hej Kalle!\nTack för senast.") == ["Kalle"]


def test_it_finds_a_name_after_a_role_word():
    assert names("Vårdnadshavare Sara Ali har ringt.") == ["Sara Ali"]
    assert names("Eleven Mohammed kommer senare i dag.") == ["Mohammed"]


def test_it_finds_the_name_under_a_sign_off():
    text = "Med vänliga hälsningar\nPer Andersson\nRektor, Bäckskolan"
    assert names(text) == ["Per Andersson"]


def test_it_finds_hyphenated_and_multi_part_names():
    assert names("Kontakta Anna-Karin Lindqvist Berg om schemat.") == ["Anna-Karin Lindqvist Berg"]
    assert names("Ärendet gäller Ebba von Sydow.") == ["Ebba von Sydow"]


def test_a_surname_seen_with_a_first_name_is_found_again_alone():
    text = "Lina Zetterqvist börjar i dag. Zetterqvist har arbetat i Lund."
    assert names(text) == ["Lina Zetterqvist", "Zetterqvist"]


def test_first_names_that_are_everyday_words_need_a_surname():
    assert names("Per capita är kostnaden låg. Hans bil är röd. Bo i Malmö.") == []
    assert names("Per Andersson och Hans Larsson kommer.") == ["Per Andersson", "Hans Larsson"]


def test_places_and_organisations_are_not_names():
    assert names("Vi åker till Paris och Berlin med Volvo.") == []
    assert names("Mötet hålls i Stockholm hos Skatteverket.") == []


def test_a_name_is_masked_to_initials():
    (finding,) = [f for f in scan("Hej Anna Svensson!") if f.kind == "name"]
    assert finding.masked == "A. S."
    assert finding.value == "Anna Svensson"


def test_the_explanation_never_contains_the_name():
    text = "Hej Anna Svensson! Lina Zetterqvist och Zetterqvist, Ebba von Sydow."
    for finding in scan(text):
        assert finding.value not in finding.explanation
        for word in finding.value.split():
            assert word not in finding.explanation


def test_names_with_letters_beyond_latin_1_are_names_like_any_other():
    assert names("Mötet med Anna Petrović och Emre Yılmaz gick bra.") == [
        "Anna Petrović",
        "Emre Yılmaz",
    ]
    assert names("Eleven Amir Hodžić och Ivana Šimić har flyttat.") == [
        "Amir Hodžić",
        "Ivana Šimić",
    ]


def test_a_name_written_with_its_own_letters_meets_the_name_list_written_without():
    # SCB lists "Lukasz"; the text writes "Łukasz".
    assert names("Vi träffade Łukasz i går.") == ["Łukasz"]
    assert names("Hej Łukasz, tack för sist!") == ["Łukasz"]
    assert names("Eleven Łukasz kommer senare.") == ["Łukasz"]


def test_a_nickname_is_a_first_name_in_a_greeting_and_in_a_sentence():
    assert names("Hej Mojje!\nSes i morgon.") == ["Mojje"]
    assert names("Hej Kalle och Mojje!") == ["Kalle", "Mojje"]
    text = "Alla måste veta att Mojje på Blåbäret har fått ny medicin."
    assert names(text) == ["Mojje"]


def test_a_rare_nickname_that_starts_a_sentence_may_be_a_word():
    assert names("Matte är kul. Vi ses på fredag.") == []


def test_a_capitalised_word_after_an_exclamation_starts_a_sentence():
    assert names("Hej! Testmiljön är nere sedan i morse.") == []
    assert names("Hej! Maria här, ring mig.") == ["Maria"]


def test_a_word_glued_to_digits_is_a_code_not_a_name():
    assert names("[Blad1]\nNamn;Telefon;Klass") == []


def test_a_form_label_after_a_name_is_not_part_of_it():
    text = "Datum: 2024-11-25 Handläggare: Lina Zetterqvist Titel: Verksamhetsutvecklare"
    assert names(text) == ["Lina Zetterqvist"]


def test_names_do_not_run_across_table_cells():
    assert names("Kerstin Åhlund\tKommunal\t350 kr") == ["Kerstin Åhlund"]
    assert names("Namn\tFörbund\nMohamed Ali\tVision") == ["Mohamed Ali"]


def test_max_before_a_number_is_the_word_not_the_name():
    assert names("Max 25 platser, anmälan senast fredag.") == []
    assert names("Max. 12 deltagare per grupp.") == []
    assert names("Hej Max, välkommen tillbaka!") == ["Max"]


def test_a_nickname_that_is_an_everyday_noun_is_the_noun():
    assert names("Vi har Matte på fredag och Idrott på måndag.") == []
    assert names("Ska vi ses i morgon, Kalle?") == ["Kalle"]
