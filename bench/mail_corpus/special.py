"""Encryption markers, malformed headers, forwarded mail, Outlook files, mixed cases."""

from __future__ import annotations

from bench.mail_corpus.spec import Spec, docx, ods, pdf, xlsx

JONAS = "Jonas Berg <jonas.berg@solby.se>"
INNER_SENSITIVE = Spec(
    "inner-1",
    "block",
    "Anteckning från hembesök",
    "Hembesök hos Greta Åström i dag. Hon har svår KOL och klarar inte längre trappan.",
    sender="Eva Sjöberg <eva.sjoberg@solby.se>",
    to=[JONAS],
)
INNER_GENERAL = Spec(
    "inner-2",
    "allow",
    "Lokalbokning",
    "Hej! Vi har bokat Stora salen den 12 juni kl 13–16 för utbildningen.",
    sender="Reception <reception@solby.se>",
    to=[JONAS],
)

MESSAGES = [
    Spec(
        "enc-b01",
        "block",
        "[SÄKER] Utredning inför beslut",
        "Hej!\n\nHär kommer underlaget inför beslutet. Ring mig om något är oklart.\n\n/Jonas",
        sender=JONAS,
        to=["Gruppledare IFO <gruppledare.ifo@solby.se>"],
    ),
    Spec(
        "enc-b02",
        "block",
        "Underlag till IVO #kryptera",
        "Hej!\n\nBifogar underlaget som IVO begärt.\n\nMed vänlig hälsning\nMAS Solby kommun",
        sender="Medicinskt ansvarig <mas@solby.se>",
        to=["registrator@ivo.se"],
    ),
    Spec(
        "enc-b03",
        "block",
        "Namnlista till förvaltningen",
        "Hej!\n\nHär är listan som du bad om.\n\nMvh",
        sender="Kommunledningskontoret <klk@solby.se>",
        to=["Kansliet <kansli@norrvik.se>"],
        headers=[("X-Varna-Encrypt", "yes")],
    ),
    Spec(
        "enc-a01",
        "allow",
        "[SÄKER] Utredning",
        "(krypterat)",
        sender=JONAS,
        to=["Gruppledare IFO <gruppledare.ifo@solby.se>"],
        encrypted=True,
    ),
    Spec(
        "mix-b01",
        "block",
        "VB: Anteckning från hembesök",
        "Hej Jonas,\n\nVidarebefordrar Evas anteckning, se bifogat meddelande.\n\nMvh",
        sender="Anhörigstöd <anhorigstod@solby.se>",
        to=[JONAS],
        forwarded=INNER_SENSITIVE,
    ),
    Spec(
        "mix-a01",
        "allow",
        "VB: Lokalbokning",
        "Hej!\n\nFör kännedom, se nedan.\n\n/Jonas",
        sender=JONAS,
        to=["IFO alla <ifo.alla@solby.se>"],
        forwarded=INNER_GENERAL,
    ),
    Spec(
        "mix-b02",
        "block",
        "Elevhälsans sammanställning",
        "Hej!\n\nSammanställningen finns i kalkylarket.\n\n/Maria",
        sender="Maria Ek <maria.ek@solby.se>",
        to=["Peter Sandberg <peter.sandberg@solby.se>"],
        attachments=[
            ods(
                "sammanstallning.ods",
                [
                    ["Elev", "Klass", "Hälsa"],
                    ["Ebba Lund", "7A", "Astma, inhalator vid idrott"],
                    ["Sam Nord", "7B", "Epilepsi"],
                ],
            )
        ],
        outlook=True,
    ),
    Spec(
        "mix-w01",
        "warn",
        "Mötesinbjudan",
        "Hej!\n\nVälkommen på möte om samverkan kring ensamkommande barn den 10 juni.\n\n"
        "Hälsningar\nJonas",
        sender=JONAS,
        to=[
            "kansli@norrvik.se",
            "Eva Strand <eva.strand@norrvik.se>",
            "info@regionsolby.se",
            "registrator@migrationsverket.se",
            "kontakt@hvbgruppen.se",
            "Anna Ek <anna.ek@gode-man-foreningen.se>",
        ],
    ),
    Spec(
        "mix-a02",
        "allow",
        "Protokoll socialnämnden",
        "Hej!\n\nProtokollet från socialnämndens sammanträde den 14 maj är justerat och "
        "publiceras på webben. Individärendena är sekretessbelagda och finns bara i den "
        "fysiska akten.\n\nNämndsekreteraren",
        sender="Nämndsekreterare <namnd@solby.se>",
        to=["Socialnämnden <socialnamnden@solby.se>"],
        attachments=[
            pdf(
                "protokoll.pdf",
                "Protokoll socialnämnden 2024-05-14\n§ 45 Budgetuppföljning\n"
                "§ 46 Verksamhetsplan 2025\n§ 47 Individärenden (sekretess)",
            )
        ],
    ),
    Spec(
        "mix-a03",
        "allow",
        "Årsredovisning",
        "Hej!\n\nÅrsredovisningen för 2023 finns bifogad, med nyckeltal per förvaltning.\n\n"
        "Ekonomiservice",
        sender="Ekonomiservice <ekonomiservice@solby.se>",
        to=["Revisorerna <revision@solby.se>"],
        attachments=[
            xlsx(
                "nyckeltal.xlsx",
                [
                    ["Förvaltning", "Nettokostnad", "Årsarbetare"],
                    ["Barn och utbildning", "812400000", "1240"],
                    ["Vård och omsorg", "698300000", "1410"],
                    ["Samhällsbyggnad", "121700000", "210"],
                ],
            ),
            docx(
                "forvaltningsberattelse.docx",
                "Förvaltningsberättelse 2023",
                "Kommunen redovisar ett överskott på 38 mnkr. Sjukfrånvaron bland "
                "medarbetarna minskade till 7,1 procent.",
            ),
        ],
    ),
    Spec(
        "mix-b03",
        "block",
        "Uppgifter till försäkringsbolaget",
        "Hej!\n\nEnligt överenskommelse: Patrik Berg, {pnr23l}, skadades vid olyckan på "
        "idrottsplatsen och har en hjärnskakning.\n\nMvh Säkerhetssamordnaren",
        sender="Säkerhetssamordnare <sakerhet@solby.se>",
        to=["skador@forsakring-exempel.se"],
        legacy_charset="iso-8859-1",
    ),
    Spec(
        "mix-a04",
        "allow",
        "Kallelse till samverkansgrupp",
        "Hej!\n\nKallelse till samverkansgruppen torsdag 23 maj kl 13.00. Dagordning: "
        "arbetsmiljöverket inspektion, sjukfrånvarostatistik, lönerevision 2024.\n\n"
        "Mats Lindberg\nFörvaltningschef",
        sender="Mats Lindberg <mats.lindberg@solby.se>",
        to=[
            "Samverkansgruppen <samverkan@solby.se>",
            "Vision <vision.solby@vision.se>",
            "Kommunal <solby@kommunal.se>",
        ],
        outlook=True,
    ),
]

# Messages with hand-written raw headers: (spec, header replacements).
RAW_HEADER_MESSAGES = [
    (
        Spec(
            "raw-w01",
            "warn",
            "Inbjudan",
            "Hej!\n\nVälkommen på möte om ny rutin för lokalbokning.\n\n/Jonas",
            sender=JONAS,
            to=["kansli@solby.se"],
        ),
        {"To": "kansli@solby.se, bokning@solby.se)<extern@bokningsbolag.se>"},
    ),
]
