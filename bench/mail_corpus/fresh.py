"""A second set written after the rules were tuned on the first, to see whether they
generalise (reported separately by bench/check_quality.py --set fresh)."""

from __future__ import annotations

from bench.mail_corpus.spec import Spec, docx, pdf, xlsx, zip_file

A = "Karl Nordin <karl.nordin@solby.se>"

MESSAGES = [
    Spec(
        "fresh-b01",
        "block",
        "Frånvaro",
        "Hej!\n\nTyra Holmberg i 3A har varit sjukskriven från skolan i två veckor på grund av "
        "lunginflammation. Kan du skicka hem läxorna?\n\nKarl",
        sender=A,
    ),
    Spec(
        "fresh-b02",
        "block",
        "Inför mötet",
        "Hej,\n\nPappan till en av mina elever har hört av sig. Han berättar att sonen har "
        "fått diagnosen Tourettes syndrom och undrar vad skolan kan göra.\n\nKarl",
        sender=A,
    ),
    Spec(
        "fresh-b03",
        "block",
        "Uppgifter om sökande",
        "Hej!\n\nUppgifter till kreditupplysningen: Lennart Sjögren, {pnr30l}.\n\nMvh Ekonomi",
        sender="Ekonomi <ekonomi@solby.se>",
        to=["kundtjanst@kreditbolag-exempel.se"],
    ),
    Spec(
        "fresh-b04",
        "block",
        "Boende",
        "Hej!\n\nKvinnan i lägenhet 1102 är placerad hos oss via socialtjänsten efter att ha "
        "lämnat en våldsam relation. Hon har kvarskrivning och namnet får inte synas på "
        "brevlådan.\n\nFastighetsskötarna",
        sender="Fastighet <fastighet@solbybostader.se>",
        to=["Skötare <skotare@solbybostader.se>"],
    ),
    Spec(
        "fresh-b05",
        "block",
        "Sammanställning hemtjänst",
        "Se bifogad fil.",
        sender="Eva Sjöberg <eva.sjoberg@solby.se>",
        to=["Verksamhetsutvecklare <vu@solby.se>"],
        attachments=[
            docx(
                "brukare.docx",
                "Brukare med dubbelbemanning",
                table=[
                    ["Namn", "Orsak"],
                    ["Rut Berglund", "Parkinsons sjukdom, fallrisk"],
                    ["Åke Lindahl", "Benamputerad, lyft med personlift"],
                ],
            )
        ],
    ),
    Spec(
        "fresh-b06",
        "block",
        "Ärende 2024/1187",
        "Hej!\n\nDen misstänkte, Dennis Ahl, är 16 år och har tidigare dömts för rån. "
        "Socialtjänsten har inlett en utredning.\n\n/Fältgruppen",
        sender="Fältgruppen <faltgruppen@solby.se>",
        to=["Polisen Solby <solby@polisen-exempel.se>"],
    ),
    Spec(
        "fresh-b07",
        "block",
        "Betygskatalog",
        "Hej, här är katalogen.",
        sender=A,
        to=["Studie- och yrkesvägledare <syv@solby.se>"],
        attachments=[
            xlsx(
                "betyg.xlsx",
                [
                    ["Elev", "Personnummer", "Meritvärde"],
                    ["Wilma Ek", "{pnr31}", "285"],
                    ["Hampus Ström", "{pnr32}", "240"],
                ],
            )
        ],
    ),
    Spec(
        "fresh-b08",
        "block",
        "Dödsfall",
        "Hej alla,\n\nTyvärr har vår boende Gunvor på avdelning Rosen avlidit i natt efter en "
        "tids sjukdom i cancer. Anhöriga är underrättade.\n\nEva",
        sender="Eva Sjöberg <eva.sjoberg@solby.se>",
        to=["Personal Rosen <rosen@solby.se>"],
    ),
    Spec(
        "fresh-b09",
        "block",
        "SV: Angående min mamma",
        "Hej Birgitta,\n\nTack, jag har lagt in det i planeringen.\n\nEva\n\n"
        "> Hej! Min mamma Elsy Karlsson har blivit alltmer förvirrad och läkaren misstänker "
        "demens.\n> Kan hemtjänsten titta till henne oftare?\n> /Birgitta",
        sender="Eva Sjöberg <eva.sjoberg@solby.se>",
        to=["Birgitta K <birgitta.k@telia.com>"],
    ),
    Spec(
        "fresh-b10",
        "block",
        "Samordningsnummer",
        "Hej!\n\nBarnet har samordningsnummer {snr5l} och ska skrivas in på förskolan."
        "\n\n/Mottagningen",
        sender="Mottagning <mottagning@solby.se>",
        to=["Förskolan Solrosen <solrosen@solby.se>"],
    ),
    Spec(
        "fresh-b11",
        "block",
        "Beslut",
        "Hej!\n\nDu har beviljats försörjningsstöd med 6 450 kronor för juni. Pengarna betalas "
        "ut den 25 juni.\n\nMed vänlig hälsning\nIndivid- och familjeomsorgen",
        sender="IFO <ifo@solby.se>",
        to=["kenneth.ahl@hotmail.com"],
    ),
    Spec(
        "fresh-b12",
        "block",
        "Protokoll EHT",
        "Protokollet finns i zip-filen.",
        sender=A,
        to=["Rektor <rektor@solby.se>"],
        attachments=[
            zip_file(
                "eht.zip",
                pdf(
                    "protokoll.pdf",
                    "Protokoll elevhälsoteam 2024-05-20\nMelvin Sandberg, 5A: stark oro för "
                    "självskadebeteende. Kurator tar kontakt med BUP.",
                ),
            )
        ],
    ),
    Spec(
        "fresh-w01",
        "warn",
        "Inbjudan till nätverksträff",
        "Hej!\n\nVälkomna till nätverksträff för skolkuratorer i länet den 2 oktober.\n\nKarl",
        sender=A,
        to=[
            "kurator@norrvik.se",
            "kurator@ale-exempel.se",
            "elevhalsa@lerum-exempel.se",
            "kurator@stenung-exempel.se",
            "kuratorer@tjorn-exempel.se",
        ],
    ),
    Spec(
        "fresh-w02",
        "warn",
        "Kallelse",
        "Hej!\n\nHär är kallelsen till mötet på tisdag.\n\nKarl",
        sender=A,
        to=["Eva Strand <eva.strand@norrvik.com>"],
    ),
    Spec(
        "fresh-w03",
        "warn",
        "Lönelista",
        "Bifogar lönelistan, lösenordsskyddad.",
        sender="Lön <lon@solby.se>",
        to=["Revisor <revisor@revisionsbyran-exempel.se>"],
        attachments=[zip_file("lonelista.zip", xlsx("lon.xlsx", [["x"]]), encrypted=True)],
    ),
    Spec(
        "fresh-w04",
        "warn",
        "Deltagarlista simskola",
        "Hej Jenny!\n\nHär är deltagarna i simskolan som du ska leda:\n"
        "Alice Berg, 070-123 11 22\nOmar Saleh, 073-234 22 33\nLinnea Dahl, 076-345 33 44\n\n/Karl",
        sender=A,
        to=["jenny.simlarare@gmail.com"],
    ),
    Spec(
        "fresh-w05",
        "warn",
        "Vårdnadshavare 2B",
        "Hej!\n\nPåminnelse om utvecklingssamtalen nästa vecka. Boka tid i appen.\n\nKarl",
        sender=A,
        to=["a.lind@gmail.com", "petra.k@hotmail.com", "mats.o@telia.com", "sanna.r@outlook.com"],
    ),
    Spec(
        "fresh-w06",
        "warn",
        "Ritningar",
        "Hej! Här kommer ritningarna.",
        sender="Lena Ek <lena.ek@solby.se>",
        to=["Bygg AB <info@byggab-exempel.se>"],
        attachments=[zip_file("ritningar.zip", pdf("a.pdf", "Plan 1"), encrypted=True)],
    ),
    Spec(
        "fresh-a01",
        "allow",
        "Temadag om psykisk hälsa",
        "Hej alla!\n\nDen 10 oktober uppmärksammar vi psykisk hälsa med en temadag för "
        "eleverna i åk 7–9. Elevhälsan berättar om stress, sömn och var man kan få stöd om "
        "man mår dåligt.\n\nKarl Nordin\nBiträdande rektor",
        sender=A,
        to=["Personal <personal@solby.se>"],
    ),
    Spec(
        "fresh-a02",
        "allow",
        "Budget 2025 socialtjänsten",
        "Hej!\n\nKostnaderna för försörjningsstöd ökade med 8 % och placeringskostnaderna för "
        "barn och unga ligger 4,2 mnkr över budget. Vi föreslår en åtgärdsplan.\n\nEkonomi",
        sender="Ekonomi <ekonomi@solby.se>",
        to=["Socialchef <socialchef@solby.se>"],
    ),
    Spec(
        "fresh-a03",
        "allow",
        "Ny rutin för orosanmälan",
        "Hej!\n\nDen nya rutinen för orosanmälan finns på intranätet. När en medarbetare "
        "misstänker att ett barn far illa ska anmälan göras samma dag.\n\nKarl",
        sender=A,
        to=["Personal <personal@solby.se>"],
    ),
    Spec(
        "fresh-a04",
        "allow",
        "Fakturafråga",
        "Hej!\n\nFaktura 88123 på 12 900 kr (OCR 881230045) avser konsulttimmar i april. "
        "Vår referens är ansvar 4310, projekt 2024-017. Org.nr 212000-1421.\n\nEkonomi",
        sender="Ekonomi <ekonomi@solby.se>",
        to=["faktura@konsultbolag-exempel.se"],
    ),
    Spec(
        "fresh-a05",
        "allow",
        "Kursinbjudan HLR",
        "Hej!\n\nAll personal erbjuds HLR-utbildning den 3 september. Hjärt-lungräddning kan "
        "rädda liv vid hjärtstopp.\n\nFriskvård",
        sender="HR <hr@solby.se>",
        to=["Alla <alla@solby.se>"],
    ),
    Spec(
        "fresh-a06",
        "allow",
        "SV: Fråga om bygglov",
        "Hej Lars!\n\nTack för din fråga. För en altan under 1,8 meter behövs oftast inget "
        "bygglov. Läs mer på vår webbplats eller ring bygglovsenheten på 0301-128 00.\n\n"
        "Med vänlig hälsning\nLena Ek\nBygglovshandläggare",
        sender="Lena Ek <lena.ek@solby.se>",
        to=["Lars Ek <lars.ek@gmail.com>"],
    ),
    Spec(
        "fresh-a07",
        "allow",
        "Kontaktlista nämnden",
        "Hej!\n\nHär är kontaktlistan till ledamöterna i socialnämnden: ordförande Maria Holm "
        "(S), vice ordförande Per Ek (M) och Sara Lind (C).\n\nNämndsekreteraren",
        sender="Nämnd <namnd@solby.se>",
        to=["Kansliet <kansli@solby.se>"],
    ),
    Spec(
        "fresh-a08",
        "allow",
        "Avidentifierat fall till handledning",
        "Hej!\n\nFall A: Pojke 12 år, i behov av stöd efter en period av hög skolfrånvaro. "
        "Familjen har tackat nej till insatser. Hur går vi vidare?\n\nKarl",
        sender=A,
        to=["Handledare <handledare@solby.se>"],
    ),
    Spec(
        "fresh-a09",
        "allow",
        "Leverans av skyddsutrustning",
        "Hej!\n\nLeveransen av munskydd och handskar (order 778812) kommer vecka 23. "
        "Smittskyddsrutinerna gäller som tidigare.\n\nInköp",
        sender="Inköp <inkop@solby.se>",
        to=["Enhetschefer <enhetschefer@solby.se>"],
    ),
    Spec(
        "fresh-a10",
        "allow",
        "Information till vårdnadshavare",
        "Hej!\n\nVi har fått information om fall av vattkoppor på förskolan. Om ditt barn får "
        "blåsor och feber, håll barnet hemma och kontakta vårdcentralen.\n\nFörskolan Solrosen",
        sender="Förskolan Solrosen <solrosen@solby.se>",
        to=["Solrosen <solrosen@solby.se>"],
        bcc=["a.lind@gmail.com", "petra.k@hotmail.com", "mats.o@telia.com"],
    ),
]
