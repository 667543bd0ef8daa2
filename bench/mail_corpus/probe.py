"""A second held-out set, written from the rules after the quality pass had tuned
the guard on ``heldout``, to see whether that tuning generalises. Never tuned on.

Reported by ``bench/check_quality.py --set probe``.
"""

from __future__ import annotations

from bench.mail_corpus.spec import Spec, broken, csv_file, docx, pdf, xlsx

SKOLA = "Rektor Björkskolan <rektor.bjorkskolan@solby.se>"
HT = "Hemtjänst Södra <hemtjanst.sodra@solby.se>"
IFO = "Mottagningen IFO <mottagning.ifo@solby.se>"
HR = "HR-service <hr@solby.se>"
PER = "Per Nyberg <per.nyberg@solby.se>"

MESSAGES = [
    Spec(
        "pr-b01",
        "block",
        "Ang Wilma",
        "Hej! Wilma i 2C har celiaki och får inte äta det vanliga brödet, kan köket ordna "
        "glutenfritt? /Mentor",
        sender="Mentor 2C <mentor.2c@solby.se>",
        to=["Köket Björkskolan <koket.bjorkskolan@solby.se>"],
        note="coeliac disease of a pupil named with class",
    ),
    Spec(
        "pr-b02",
        "block",
        "Kort info",
        "Hej, bara så du vet: Ines pappa sitter i fängelse sedan i höstas, därför hämtar "
        "mormor. /Lärare 1B",
        sender="Lärare 1B <larare.1b@solby.se>",
        to=["Fritids Björkskolan <fritids.bjorkskolan@solby.se>"],
        note="a named pupil's father in prison",
    ),
    Spec(
        "pr-b03",
        "block",
        "SV: tider",
        "Ok, då bokar jag in honom.\n\n/Per\n\n"
        "> Hej Per, Oskar Lind kan komma på torsdag. Han har ju epilepsi så någon måste\n"
        "> vara med vid simningen.\n> /Mamma",
        sender=PER,
        to=["Lisa Lind <lisa.lind78@gmail.com>"],
        note="quoted parent mail with a named child's epilepsy",
    ),
    Spec(
        "pr-b04",
        "block",
        "Ny brukare",
        "Hej!\n\nNy brukare från måndag: Harald Ek, Björkvägen 3. Insatser: hjälp med "
        "stomipåsen, inkontinensskydd och tillsyn. Anhörig: sonen Jan.\n\nSamordnare",
        sender=HT,
        to=["Personal södra <personal.sodra@solby.se>"],
        note="home-care client with health aids",
    ),
    Spec(
        "pr-b05",
        "block",
        "rehab",
        "hej! Maja Olsson e tillbaka på 50% från måndag efter sin utmattning, hon ska inte "
        "ha kvällspass på ett tag. /Per",
        sender=PER,
        to=["Schema <schema@solby.se>"],
        note="burnout of a named employee, sloppy style",
    ),
    Spec(
        "pr-b06",
        "block",
        "Personuppgifter till försäkringsbolaget",
        "Hej! Skadeanmälan gäller vår elev Nora Berg, pnr {pnr45l}, som skadade knät på "
        "idrotten.\n\nSkoladministratör",
        sender="Skoladministration <skoladm@solby.se>",
        to=["Skador <skador@forsakring-exempel.se>"],
        note="personnummer and injury of a named pupil",
    ),
    Spec(
        "pr-b07",
        "block",
        "Kontrolluppgifter",
        "Underlag bifogas.",
        sender="Lönecenter <lon@solby.se>",
        to=["Revisor <revisor@revisionsbyra-exempel.se>"],
        attachments=[
            xlsx(
                "ku_2023.xlsx",
                [
                    ["Namn", "Personnummer", "Bruttolön", "Skatteavdrag"],
                    ["Eva Holm", "{pnr26s}", "412 300 kr", "98 400 kr"],
                    ["Ali Sahin", "{pnr36s}", "388 900 kr", "91 000 kr"],
                ],
            )
        ],
        note="personnummer among salary amounts in a spreadsheet",
    ),
    Spec(
        "pr-b08",
        "block",
        "Delgivning",
        "Hej,\n\nVi har fått information från polisen om att en av våra boende på "
        "Tallbacken, Rune, är misstänkt för att ha hotat personal.\n\nEnhetschef",
        sender="Enhetschef Tallbacken <ec.tallbacken@solby.se>",
        to=[HR],
        note="criminal suspicion of a named resident",
    ),
    Spec(
        "pr-b09",
        "block",
        "Familjehem",
        "Hej, syskonen Adam och Lea Karimi är familjehemsplacerade hos familjen Ström i "
        "Norrvik sedan januari. Skolan där behöver veta.\n\nSocialsekreterare",
        sender=IFO,
        to=["Skolan <rektor@norrvik.se>"],
        note="foster placement of named children",
    ),
    Spec(
        "pr-b10",
        "block",
        "Sökande",
        "Sökande med samordningsnummer {snr12} har ansökt om bostad. Kontrollera "
        "inkomstuppgifterna.",
        sender=IFO,
        to=["Bostad <bostad@solbybostader.se>"],
        note="samordningsnummer",
    ),
    Spec(
        "pr-b11",
        "block",
        "Inför mötet",
        "Hej Anna,\n\nInför nätverksmötet: mamman till pojken i 5A har berättat att hon är "
        "utsatt för våld i nära relation och bor på skyddat boende med barnen.\n\nKurator",
        sender="Kurator Björkskolan <kurator.bjorkskolan@solby.se>",
        to=["Anna Lindqvist <anna.lindqvist@solby.se>"],
        note="domestic violence and sheltered housing of a pupil's mother (class pointer)",
    ),
    Spec(
        "pr-b12",
        "block",
        "Tolk",
        "Hej! Behöver tolk till mötet med familjen Haddad torsdag. Pappan har PTSD och "
        "blir lätt stressad, så samma tolk som sist vore bra.\n\nJonas",
        sender="Jonas Berg <jonas.berg@solby.se>",
        to=["Tolkbokning <tolk@solby.se>"],
        note="PTSD of a named family's father",
    ),
    Spec(
        "pr-b13",
        "block",
        "Anpassning",
        "Hej,\n\nJag har fått veta av läkaren att jag har reumatism och behöver ett "
        "höj- och sänkbart skrivbord.\n\nMvh Lisa Ahl",
        sender="Lisa Ahl <lisa.ahl@solby.se>",
        to=["Fastighet <fastighet@solby.se>"],
        note="the sender's own diagnosis",
    ),
    Spec(
        "pr-b14",
        "block",
        "Elever med extra behov",
        "Lista bifogad.",
        sender=SKOLA,
        to=["Skolskjuts <skolskjuts@solby.se>"],
        attachments=[
            csv_file(
                "extra_behov.csv",
                "Elev;Klass;Behov\nElton Ryd;3A;Rullstol, ramp\nSiri Dahl;4B;Diabetes, måste äta\n",
            )
        ],
        note="health needs of named pupils in a CSV",
    ),
    Spec(
        "pr-b15",
        "block",
        "[Kryptera] Journal",
        "Här är journalkopian.",
        sender="Skolsköterska <skolskoterska@solby.se>",
        to=["BUP <bup@regionsolby.se>"],
        note="marked [KRYPTERA] but not encrypted",
    ),
    Spec(
        "pr-b16",
        "block",
        "Ärende",
        "Hej,\n\nUngdomen vi pratade om, Kevin 15 år, har blivit gripen för rån igen. "
        "Soc är inkopplade.\n\nFritidsgården",
        sender="Fritidsgården <fritidsgarden@solby.se>",
        to=["Polisen kontakt <kontakt@polisen-exempel.se>"],
        note="arrest of a named youth",
    ),
    Spec(
        "pr-b17",
        "block",
        "Hälsoundersökning",
        "Resultat från hälsoundersökningen i åk 4 bifogas.",
        sender="Skolsköterska <skolskoterska@solby.se>",
        to=[SKOLA],
        attachments=[
            pdf(
                "halsoundersokning.pdf",
                "Hälsoundersökning åk 4\nTheo Lund: övervikt, remiss till dietist\n"
                "Ella Sjö: synfel, remiss till ögonmottagning",
            )
        ],
        note="health findings per named pupil in a PDF",
    ),
    Spec(
        "pr-b18",
        "block",
        "Inskrivning",
        "Hej!\n\nHerbert Nilsson flyttar in på korttids nästa vecka efter sin höftoperation. "
        "Han har också lätt demens.\n\nBiståndshandläggare",
        sender="Biståndsenheten <bistand@solby.se>",
        to=["Korttidsboendet <korttids@solby.se>"],
        note="hip surgery and dementia of a named person",
    ),
    # --------------------------------------------------------------- warn
    Spec(
        "pr-w01",
        "warn",
        "Inbjudan samverkansdag",
        "Hej!\n\nVälkomna till samverkansdagen den 12 september.\n\nSolby kommun",
        sender="Kommunikation <kommunikation@solby.se>",
        to=[
            "kontakt@norrvik.se",
            "info@ostby.se",
            "info@vastby.se",
            "registrator@sjoby.se",
            "info@bergby.se",
        ],
        note="many outside organisations visible to each other",
    ),
    Spec(
        "pr-w02",
        "warn",
        "Lönefil",
        "Hej, här kommer lönefilen för maj.",
        sender="Lönecenter <lon@solby.se>",
        to=["Lön <lon@solby-se.com>"],
        note="a look-alike of the own domain",
    ),
    Spec(
        "pr-w03",
        "warn",
        "Anmälningar simskolan",
        "Hej Tove!\n\nHär är anmälningarna:\nLiv Berg, 070-111 22 33, Åsvägen 2\n"
        "Hugo Sten, 070-222 33 44, Åsvägen 5\nMira Ek, 073-333 44 55, Åsvägen 9\n\n/Fritid",
        sender="Fritid <fritid@solby.se>",
        to=["Tove Sim <tove.simlarare@hotmail.com>"],
        note="citizens' contact details to a private webmail address",
    ),
    Spec(
        "pr-w04",
        "warn",
        "Ritning",
        "Ritningen bifogas.",
        sender="Bygglov <bygglov@solby.se>",
        to=["Sökande <sokande@byggfirma-exempel.se>"],
        attachments=[docx("ritning.docx", "Plan 1"), broken("fasad.pdf")],
        note="a damaged PDF that cannot be read",
    ),
    # --------------------------------------------------------------- allow
    Spec(
        "pr-a01",
        "allow",
        "Krisplan",
        "Hej!\n\nUppdaterad krisplan: vid dödsfall, allvarlig olycka eller hot mot elev "
        "ska rektor och kurator kontaktas direkt. Elevhälsan ansvarar för uppföljning.\n\n"
        "Rektor",
        sender=SKOLA,
        to=["Personal Björkskolan <personal.bjorkskolan@solby.se>"],
        note="a routine without a person",
    ),
    Spec(
        "pr-a02",
        "allow",
        "Hemtjänsttimmar april",
        "Hej, i april utfördes 12 480 timmar hemtjänst (+3 %). Antal brukare med "
        "trygghetslarm: 734. Snittålder 83 år.\n\nUppföljning",
        sender="Uppföljning <uppfoljning@solby.se>",
        to=["Socialchef <socialchef@solby.se>"],
        note="aggregated statistics",
    ),
    Spec(
        "pr-a03",
        "allow",
        "Faktura 88731",
        "Hej!\n\nPåminnelse: faktura 88731, OCR {pnr52d}, 3 450 kr, förföll 2024-05-01. "
        "Betala till bankgiro 5050-1055.\n\nEkonomi",
        sender="Ekonomienheten <ekonomi@solby.se>",
        to=["Kund <ekonomi@foretag-exempel.se>"],
        note="OCR number that happens to pass as a date+Luhn",
    ),
    Spec(
        "pr-a04",
        "allow",
        "Nämndsammanträde",
        "Protokollsutdrag: Socialnämndens ordförande Maria Lind (S) och vice ordförande "
        "Johan Ek (M) justerar. Beslut om riktlinjer för ekonomiskt bistånd fattades.\n\n"
        "Nämndsekreterare",
        sender="Nämndsekreterare <namnd@solby.se>",
        to=["Registrator <registrator@solby.se>"],
        note="politicians in role; guidelines on welfare",
    ),
    Spec(
        "pr-a05",
        "allow",
        "Föreläsning",
        "Tips! Psykiatern Karin Wall föreläser om ADHD hos vuxna på stadsbiblioteket den "
        "14 maj, fri entré.\n\nHR",
        sender=HR,
        to=["Chefer <chefer@solby.se>"],
        note="a lecture on a diagnosis",
    ),
    Spec(
        "pr-a06",
        "allow",
        "Testmiljö",
        "Hej! Testmiljön för Procapita är uppe. Använd testpersonerna i testdatabasen, "
        "aldrig riktiga ärenden. Diagnosloggen ligger i /var/log/procapita.\n\nIT",
        sender="IT-support <it@solby.se>",
        to=["Systemförvaltning <sysforv@solby.se>"],
        note="IT, no person",
    ),
    Spec(
        "pr-a07",
        "allow",
        "Mötestid",
        "Hej Per! Funkar tisdag 14.00 för genomgång av budgeten för LSS-verksamheten? /Lena",
        sender="Lena Ek <lena.ek@solby.se>",
        to=[PER],
        note="meeting about the LSS budget",
    ),
    Spec(
        "pr-a08",
        "allow",
        "Leverantörsregister",
        "Hej,\n\nNya leverantörer: Målarfirman Blå AB 556789-0123, Trädgård & Sånt HB "
        "969612-3456. Bankgiro 5402-9876 och 123-4567.\n\nEkonomi",
        sender="Ekonomienheten <ekonomi@solby.se>",
        to=["Inköp <inkop@solby.se>"],
        note="organisationsnummer and bankgiro",
    ),
    Spec(
        "pr-a09",
        "allow",
        "Sjukfrånvaro Q1",
        "Sjukfrånvaron i äldreomsorgen var 9,1 % under Q1, mest korttidsfrånvaro pga "
        "förkylningar och magsjuka. Långtidssjukskrivningar minskade.",
        sender=HR,
        to=["Ledningsgrupp <ledning@solby.se>"],
        note="statistics on sick leave",
    ),
    Spec(
        "pr-a10",
        "allow",
        "Kol till grillen",
        "Hej! Kan du köpa två säckar kol och lite tändvätska till personalfesten? Kvitto "
        "till ekonomi. /Per",
        sender=PER,
        to=["Lena Ek <lena.ek@solby.se>"],
        note="charcoal",
    ),
    Spec(
        "pr-a11",
        "allow",
        "Välkommen",
        "Välkommen Sara Holm som ny biståndshandläggare på äldreomsorgen från 1 juni! "
        "Sara kommer närmast från Norrviks kommun.\n\nLena",
        sender="Lena Ek <lena.ek@solby.se>",
        to=["Alla ÄO <alla.ao@solby.se>"],
        note="a new colleague in her role",
    ),
    Spec(
        "pr-a12",
        "allow",
        "Telefontider",
        "Telefontider för frågor om försörjningsstöd: mån–tors 9–11 på 0123-45 60 00. "
        "Akuta ärenden: socialjouren 0123-45 60 99.",
        sender=IFO,
        to=["Kontaktcenter <kontaktcenter@solby.se>"],
        note="service information",
    ),
]
