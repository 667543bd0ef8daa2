"""Social services (socialtjänst) and elderly care (äldreomsorg, LSS)."""

from __future__ import annotations

from bench.mail_corpus.spec import Spec, docx, ods, pdf, xlsx, zip_file

JONAS = "Jonas Berg <jonas.berg@solby.se>"
SOC = (
    "\n\nMed vänlig hälsning\nJonas Berg\nSocialsekreterare, Individ- och familjeomsorgen\n"
    "0301-124 10"
)
EVA = "Eva Sjöberg <eva.sjoberg@solby.se>"
CARE = "\n\nHälsningar\nEva Sjöberg\nEnhetschef hemtjänsten Solby norra\n0301-125 20"

PROVIDERS = [
    "info@omsorgspartner.se",
    "Kontakt <kontakt@vardbolaget.se>",
    "order@trygghemtjanst.se",
    "Anders Moberg <anders@solbyassistans.se>",
    "hej@livskvalitet-lss.se",
    "Sofia Dahl <sofia.dahl@aldrevard.se>",
    "info@hemhjalpen-norr.se",
    "kansli@hvbgruppen.se",
]

MESSAGES = [
    Spec(
        "care-b01",
        "block",
        "Beslut försörjningsstöd maj",
        "Hej!\n\nKlienten Jonas Ek ({pnr7s}) har beviljats försörjningsstöd för maj. "
        "Utbetalning sker den 25:e." + SOC,
        sender=JONAS,
        to=["Ekonomienheten IFO <ekonomi.ifo@solby.se>"],
    ),
    Spec(
        "care-b02",
        "block",
        "Inför förhandlingen",
        "Hej Lena,\n\nJag vill förvarna om att min klient är dömd för grov misshandel och har "
        "kontaktförbud mot sin förra sambo. Vi bör inte boka mötet på familjecentralen." + SOC,
        sender=JONAS,
        to=["Lena Ahl <lena.ahl@familjerattsbyran.se>"],
    ),
    Spec(
        "care-b03",
        "block",
        "VB: Orosanmälan",
        "Vidarebefordrar orosanmälan från skolan för kännedom.\n\n/Jonas\n\n"
        "---------- Vidarebefordrat meddelande ----------\nFrån: Peter Sandberg "
        "<peter.sandberg@solby.se>\nÄmne: Orosanmälan\n\n"
        "Vi gör en orosanmälan gällande Emil Sundqvist, 9 år. Emil har vid flera tillfällen "
        "kommit till skolan med blåmärken och berättar att pappa slår honom när han är arg.",
        sender=JONAS,
        to=["Barn och unga <barnochunga@solby.se>"],
    ),
    Spec(
        "care-b04",
        "block",
        "Ny demensdiagnos",
        "Hej alla på Lärkan!\n\nBrukaren i rum 7 på avdelning Lärkan har fått en "
        "Alzheimerdiagnos. Tänk på att hon kan bli orolig på kvällarna och behöver extra "
        "tillsyn." + CARE,
        sender=EVA,
        to=["Personal Lärkan <larkan@solby.se>"],
    ),
    Spec(
        "care-b05",
        "block",
        "Smitta – rum 14",
        "Viktigt!\n\nPatienten i rum 14 har MRSA. Använd skyddsrock och handskar vid all "
        "omvårdnad och informera kvällspersonalen." + CARE,
        sender=EVA,
        to=["Personal Solgården <solgarden@solby.se>"],
    ),
    Spec(
        "care-b06",
        "block",
        "Insatslista hemtjänst vecka 21",
        "Hej!\n\nHär är insatslistan för nästa vecka.\n\n/Eva",
        sender=EVA,
        to=["Planerare hemtjänst <planering.hemtjanst@solby.se>"],
        attachments=[
            xlsx(
                "insatser_v21.xlsx",
                [
                    ["Namn", "Adress", "Insats", "Tid"],
                    ["Gunnar Holm", "Ekvägen 4", "Insulin, blodsockerkontroll", "07.30"],
                    ["Ingrid Wall", "Storgatan 18", "Såromläggning bensår", "09.00"],
                    ["Karl Öst", "Lindvägen 2B", "Stödstrumpor, dusch", "10.30"],
                ],
                sheet="Vecka 21",
            )
        ],
    ),
    Spec(
        "care-b07",
        "block",
        "Birgitta Lund",
        "Hej!\n\nGällande Birgitta Lund på Solgården: hon föll i natt och har fått en "
        "höftfraktur. Hon ligger nu på ortopeden.\n\nMvh Eva",
        sender=EVA,
        to=["Anhörigstöd <anhorigstod@solby.se>"],
    ),
    Spec(
        "care-b08",
        "block",
        "Omedelbart omhändertagande",
        "Hej!\n\nBarnet omhändertogs enligt LVU i går kväll och är placerat i jourhem. "
        "Beslutet ska underställas förvaltningsrätten inom en vecka." + SOC,
        sender=JONAS,
        to=["Utskottet <socialutskottet@solby.se>"],
    ),
    Spec(
        "care-b09",
        "block",
        "Utredning enligt 11 kap 1 § SoL",
        "Hej,\n\nBifogar utredningen för granskning innan beslut.\n\n/Jonas",
        sender=JONAS,
        to=["Gruppledare IFO <gruppledare.ifo@solby.se>"],
        attachments=[
            docx(
                "utredning.docx",
                "Utredning enligt 11 kap. 1 § SoL",
                "Berörd person: Mikael Sten, {pnr9l}",
                "Mikael har ett långvarigt missbruk av alkohol och har ansökt om "
                "behandling på behandlingshem.",
            )
        ],
    ),
    Spec(
        "care-b10",
        "block",
        "Angående Lars Petersson",
        "Hej!\n\nAngående Lars Petersson som ni har kontakt med. Han har missbruksproblem och "
        "har varit aktuell på Beroendeenheten sedan i vintras.\n\nMvh Jonas",
        sender=JONAS,
        to=["Bostadsenheten <bostad@solby.se>"],
    ),
    Spec(
        "care-b11",
        "block",
        "Ansökan ekonomiskt bistånd",
        "Hej!\n\nSökande med samordningsnummer {snr3} har ansökt om ekonomiskt bistånd. "
        "Kan du boka in ett nybesök?\n\nTack!",
        sender="Mottagningen IFO <mottagning.ifo@solby.se>",
        to=[JONAS],
    ),
    Spec(
        "care-b12",
        "block",
        "SV: Min ansökan",
        "Hej Ali,\n\nJag har tagit emot din ansökan och återkommer efter handläggningen.\n\n"
        "Med vänlig hälsning\nJonas Berg\n\n"
        "Den 10 maj 2024 skrev Ali Hassan <ali.hassan@hotmail.com>:\n"
        "> Hej, jag skickar min ansökan om bistånd. Mitt personnummer är {pnr10s}.\n"
        "> Jag har varit sjukskriven sedan februari.",
        sender=JONAS,
        to=["Ali Hassan <ali.hassan@hotmail.com>"],
    ),
    Spec(
        "care-b13",
        "block",
        "Genomförandeplan",
        "Hej!\n\nHär är genomförandeplanen, uppdaterad efter mötet.\n\n/Eva",
        sender=EVA,
        to=["Sjuksköterskorna <ssk@solby.se>"],
        attachments=[
            pdf(
                "genomforandeplan.pdf",
                "Genomförandeplan hemtjänst\nNamn: Stina Rydberg\n"
                "Hälsa: Diabetes typ 2, insulinbehandling morgon och kväll.\n"
                "Behöver hjälp med dusch två gånger i veckan.",
            )
        ],
    ),
    Spec(
        "care-b14",
        "block",
        "Placering",
        "Hej!\n\nJag pratade med mamman i dag. Hennes son är placerad på HVB-hem efter en "
        "period av självskadebeteende och hon vill veta hur hon kan besöka honom." + SOC,
        sender=JONAS,
        to=["Familjebehandlarna <familjebehandling@solby.se>"],
    ),
    Spec(
        "care-b15",
        "block",
        "Inskrivning korttidsboende",
        "Hej!\n\nVi skriver in Harald Ek på korttids i morgon. Han har Alzheimer och "
        "går vilse lätt, så dörrlarmet behöver vara på.\n\nEva",
        sender=EVA,
        to=["Korttidsboendet <korttids@solby.se>"],
        outlook=True,
    ),
    Spec(
        "care-b16",
        "block",
        "LSS-beslut april",
        "Hej!\n\nHär är sammanställningen av LSS-besluten i april.\n\n/Handläggarna",
        sender="LSS-handläggarna <lss@solby.se>",
        to=["Verksamhetsstöd <vstod@solby.se>"],
        attachments=[
            ods(
                "lss_april.ods",
                [
                    ["Namn", "Insats", "Beslut"],
                    ["Elias Berg", "Personlig assistans, 98 tim/vecka", "Bifall"],
                    ["Julia Strand", "Daglig verksamhet, autism", "Bifall"],
                ],
            )
        ],
    ),
    Spec(
        "care-b17",
        "block",
        "Familjen Hussein",
        "Hej!\n\nFamiljen Hussein som flyttar in i lägenheten på Åsgatan har skyddade "
        "personuppgifter (sekretessmarkering). Deras namn får inte stå på dörren eller i "
        "porten.\n\nMvh Jonas",
        sender=JONAS,
        to=["Fastighetsförvaltningen <fastighet@solbybostader.se>"],
    ),
    Spec(
        "care-b18",
        "block",
        "Journalanteckning",
        "Hej!\n\nHär är journalanteckningen från i går i en zip.\n\n/Eva",
        sender=EVA,
        to=["Medicinskt ansvarig <mas@solby.se>"],
        attachments=[
            zip_file(
                "journal.zip",
                pdf(
                    "anteckning.pdf",
                    "Journalanteckning 2024-05-12\nVårdtagare: Olof Nyberg\n"
                    "Har fått feber och andningsbesvär, misstänkt "
                    "lunginflammation. Läkare kontaktad.",
                ),
            )
        ],
    ),
    Spec(
        "care-w01",
        "warn",
        "Kontaktuppgifter till familjen",
        "Hej Maja!\n\nHär är kontaktuppgifterna till familjen som du ska träffa i "
        "språkvänsprojektet:\n\nAhmed Karimi och Leila Karimi\nStorgatan 5, 432 10 Solby\n"
        "070-123 45 67\n\nTack för att du ställer upp!" + SOC,
        sender=JONAS,
        to=["Maja Holm <maja.holm77@gmail.com>"],
    ),
    Spec(
        "care-w02",
        "warn",
        "Verksamhetsberättelse",
        "Hej!\n\nBifogar verksamhetsberättelsen i en krypterad zip. Lösenord kommer separat."
        "\n\n/Eva",
        sender=EVA,
        to=["Förvaltningsledningen <ledning.vof@solby.se>"],
        attachments=[
            zip_file(
                "verksamhetsberattelse.zip",
                pdf("vb.pdf", "Verksamhetsberättelse 2023"),
                encrypted=True,
            )
        ],
    ),
    Spec(
        "care-w03",
        "warn",
        "Upphandling hemtjänst – informationsmöte",
        "Hej!\n\nVälkommen till informationsmöte om den kommande upphandlingen av hemtjänst "
        "den 4 juni kl 10.00 i kommunhuset. Anmäl er senast den 28 maj.\n\n"
        "Hälsningar\nUpphandlingsenheten",
        sender="Upphandling <upphandling@solby.se>",
        to=PROVIDERS,
    ),
    Spec(
        "care-w04",
        "warn",
        "Samverkan kring utskrivning",
        "Hej!\n\nKan vi boka ett samverkansmöte om utskrivningsrutinerna nästa vecka?\n\nMvh Eva",
        sender=EVA,
        to=["Karin Ståhl <karin.stahl@regionsolbi.se>"],
    ),
    Spec(
        "care-a01",
        "allow",
        "Ny riksnorm för försörjningsstöd",
        "Hej alla!\n\nRegeringen har beslutat om riksnormen för försörjningsstöd 2024. "
        "Normen höjs med 3,5 procent. Nya belopp gäller från 1 januari och finns i bifogad "
        "tabell. Handläggare som har frågor kan vända sig till mig." + SOC,
        sender=JONAS,
        to=["IFO alla <ifo.alla@solby.se>"],
        attachments=[
            xlsx(
                "riksnorm_2024.xlsx",
                [
                    ["Hushåll", "Belopp kr/mån"],
                    ["Ensamstående", "3 510"],
                    ["Sammanboende", "6 330"],
                    ["Barn 7–10 år", "2 870"],
                ],
            )
        ],
    ),
    Spec(
        "care-a02",
        "allow",
        "Statistik orosanmälningar",
        "Hej!\n\nAntalet orosanmälningar ökade med 12 % under 2023 jämfört med året innan. "
        "De flesta anmälningarna kom från skolan och polisen. Andelen som ledde till "
        "utredning var 31 %.\n\nRapporten presenteras för nämnden i juni.\n\nJonas Berg",
        sender=JONAS,
        to=["Socialnämnden <socialnamnden@solby.se>"],
    ),
    Spec(
        "care-a03",
        "allow",
        "Utbildning LVU och LVM",
        "Hej!\n\nFör nya socialsekreterare ordnar vi en utbildningsdag om LVU och LVM den "
        "15 oktober. Vi går igenom lagstiftningen, rutinerna för omedelbart omhändertagande "
        "och hur man skriver en ansökan till förvaltningsrätten.\n\nAnmälan till mig." + SOC,
        sender=JONAS,
        to=["Nyanställda IFO <nya.ifo@solby.se>"],
    ),
    Spec(
        "care-a04",
        "allow",
        "Ärendedragning – avidentifierat",
        "Hej!\n\nInför handledningen, ett avidentifierat ärende:\n\nEn ensamstående förälder "
        "med två barn ansöker om ekonomiskt bistånd efter att ha förlorat sitt arbete. "
        "Hur ser vi på rimliga boendekostnader när hyran ligger över riktvärdet?\n\n/Jonas",
        sender=JONAS,
        to=["Handledningsgruppen <handledning.ifo@solby.se>"],
    ),
    Spec(
        "care-a05",
        "allow",
        "Schema vecka 22",
        "Hej alla!\n\nSchemat för vecka 22 ligger i bifogad fil. Sara Ek och Johan Lind byter "
        "pass på onsdag. Tack Kerstin Berg för att du tar helgen!" + CARE,
        sender=EVA,
        to=["Personal Solby norra <hemtjanst.norra@solby.se>"],
        attachments=[
            xlsx(
                "schema_v22.xlsx",
                [
                    ["Namn", "Mån", "Tis", "Ons"],
                    ["Sara Ek", "D", "D", "K"],
                    ["Johan Lind", "K", "K", "D"],
                    ["Kerstin Berg", "-", "D", "D"],
                ],
            )
        ],
    ),
    Spec(
        "care-a06",
        "allow",
        "Läkemedelsgenomgångar på Solgården",
        "Hej!\n\nLäkemedelsgenomgångarna på Solgården görs vecka 23 tillsammans med "
        "vårdcentralens läkare. Sjuksköterskorna förbereder listorna i journalsystemet, "
        "inte i e-post.\n\nMvh Eva",
        sender=EVA,
        to=["Sjuksköterskorna <ssk@solby.se>"],
    ),
    Spec(
        "care-a07",
        "allow",
        "Journalkopia",
        "(krypterat)",
        sender=EVA,
        to=["Inspektionen för vård och omsorg <registrator@ivo.se>"],
        encrypted=True,
    ),
    Spec(
        "care-a08",
        "allow",
        "SV: Fråga om ekonomiskt bistånd",
        "Hej!\n\nTack för din fråga. Du kan ansöka om ekonomiskt bistånd digitalt via "
        "kommunens e-tjänst. Om du har frågor är du välkommen att kontakta "
        "socialsekreterare Jonas Berg på 0301-124 10, vardagar 9–11.\n\nMed vänlig hälsning\n"
        "Kontaktcenter Solby kommun",
        sender="Kontaktcenter <kontaktcenter@solby.se>",
        to=["noor.a@gmail.com"],
    ),
    Spec(
        "care-a09",
        "allow",
        "Minnesanteckningar APT",
        "Hej!\n\nMinnesanteckningar från APT 14 maj:\n- Sjukfrånvaron på enheten var 6,2 % "
        "under april, lägre än förra året.\n- Friskvårdstimmen införs från juni.\n"
        "- Nya rutiner för nyckelhantering.\n\nEva",
        sender=EVA,
        to=["Personal Solby norra <hemtjanst.norra@solby.se>"],
    ),
    Spec(
        "care-a10",
        "allow",
        "Kursinbjudan demens",
        "Hej!\n\nSvenskt Demenscentrum erbjuder webbutbildningen Demens ABC för all "
        "omsorgspersonal. Den tar cirka 3 timmar och ger grundläggande kunskap om "
        "demenssjukdomar och bemötande.\n\nAnmäl dig till din chef." + CARE,
        sender=EVA,
        to=["Personal äldreomsorg <aldreomsorg@solby.se>"],
    ),
]
