"""Everyday words for illness, abuse, crime and social services that people write in
mail (added in the quality pass), and the ordinary words next to them that must
not be taken for them."""

from __future__ import annotations

import pytest

from varna.detect import SENSITIVE_KINDS, scan


def hits(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in scan(text) if f.kind in SENSITIVE_KINDS]


@pytest.mark.parametrize(
    ("text", "kind", "word"),
    [
        ("Nils har KOL och syrgas dygnet runt.", "health", "KOL"),
        ("Brukaren har MRSA, använd förkläde.", "health", "MRSA"),
        ("Hon har ESBL i urinen.", "health", "ESBL"),
        ("Anders har diskbråck och får inte lyfta.", "health", "diskbråck"),
        ("Diskbråcket opererades i maj.", "health", "Diskbråcket"),
        ("Han har fortsatta alkoholproblem.", "health", "alkoholproblem"),
        ("Alkoholproblematiken har förvärrats.", "health", "Alkoholproblematiken"),
        ("Hon kom alkoholpåverkad till jobbet.", "health", "alkoholpåverkad"),
        ("Han är nedstämd sedan i vintras.", "health", "nedstämd"),
        ("Hon har fått antidepressiva.", "health", "antidepressiva"),
        ("Alva har nötallergi med risk för anafylaxi.", "health", "anafylaxi"),
        ("EpiPen finns i kylen.", "health", "EpiPen"),
        ("Samuel bröt armen på rasten.", "health", "bröt armen"),
        ("Han har blödarsjuka.", "health", "blödarsjuka"),
        ("Hon har berättat att hon skadar sig själv.", "health", "skadar sig själv"),
        ("Han har MS och sitter i rullstol.", "health", "MS"),
        ("Kolla blodsockret före idrotten.", "health", "blodsockret"),
        ("Utdraget ur belastningsregistret kom i dag.", "criminal", "belastningsregistret"),
        ("Två personer är brottsmisstänkta.", "criminal", "brottsmisstänkta"),
        ("Han har snattat på Ica.", "criminal", "snattat"),
        ("Han har gripits av polisen.", "criminal", "gripits"),
        ("Hon har utsatts för våld av sin sambo.", "criminal", "utsatts för våld"),
        ("Mamman är våldsutsatt sedan länge.", "criminal", "våldsutsatt"),
        ("Barnen omhändertogs i går.", "social_welfare", "omhändertogs"),
        ("Hon har beviljats bistånd för hyran.", "social_welfare", "beviljats bistånd"),
        ("Han flyttar till särskilt boende.", "social_welfare", "särskilt boende"),
        ("Theo får korttidsvistelse sex dygn i månaden.", "social_welfare", "korttidsvistelse"),
        ("Hon har ansökt om färdtjänst.", "social_welfare", "färdtjänst"),
        ("Hon är medlem i Kommunal.", "union", "medlem i Kommunal"),
        ("Theo: övervikt, remiss till dietist.", "health", "övervikt"),
    ],
)
def test_it_finds_everyday_words_and_their_inflections(text, kind, word):
    assert (kind, word) in hits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kan någon köpa kol och tändvätska till grillen?",
        "Kolla om det finns kol kvar i förrådet.",
        "Mötet hålls i MS Teams, länken kommer i Outlook.",
        "Den kommunala bostadsförmedlingen har öppet.",
        "Vi har en vision för skolan 2030.",
        "Vätskan delas ut vid langningsstationen efter milen.",
        "Målet gjordes av Jesus Corona.",
        "Hon är blind för problemen i sin egen organisation.",
        "Diagnosloggen för testmiljön ligger i /var/log/app.",
    ],
)
def test_ordinary_words_next_to_the_new_terms_are_not_hits(text):
    assert hits(text) == []
