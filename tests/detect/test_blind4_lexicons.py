"""Lexicon terms added after the fourth blind set (bench --set blind4): everyday care
words for falls, bruises and confusion, medicine brands in lower case, care
abbreviations for infections and clots, and weight loss and nutrition."""

import pytest

from tests.detect.test_lexicons import hits


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Brukaren hade ett stort blåmärke på låret i morse.", "blåmärke"),
        ("Han föll och slog i huvudet vid frukosten.", "föll och slog"),
        ("Anmäld som fallolycka i avvikelsesystemet.", "fallolycka"),
        ("Hon ramlade ur sängen vid tretiden.", "ramlade ur sängen"),
        ("Han var mycket förvirrad när kvällspersonalen kom.", "förvirrad"),
        ("Vi tror att hon har UVI igen, urinprov tas i dag.", "UVI"),
        ("Utredning för TIA på akuten.", "TIA"),
        ("Har fått DVT efter operationen.", "DVT"),
        ("Ökad oro kvällstid, BPSD-skattning görs.", "BPSD"),
        ("Hon har gått ner i vikt hela våren.", "gått ner i vikt"),
        ("Viktnedgången oroar oss.", "Viktnedgången"),
        ("Risk för undernäring enligt senaste bedömningen.", "undernäring"),
        ("Han äter dåligt sedan flytten.", "äter dåligt"),
        ("Vi har skickat en remiss till dietisten.", "dietisten"),
        ("Fick stesolid enligt ordination vid niotiden.", "stesolid"),
        ("Hon tar waran och ska inte ha ipren.", "waran"),
    ],
)
def test_everyday_care_words_are_health(text, word):
    assert ("health", word) in hits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Börsen föll kraftigt under torsdagen.",
        "Priserna har fallit med tio procent sedan i fjol.",
        "Tavlan har fallit ner från väggen i korridoren.",
        "Valet har fallit på den andra leverantören.",
        "Det blev lite förvirring kring mötestiden.",
        "Tia kommer förbi efter lunch.",
    ],
)
def test_falling_prices_and_mixed_up_meetings_are_not_health(text):
    assert hits(text) == []
