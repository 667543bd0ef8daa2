"""A third blind set: mail from Åsby kommun (asby.se) with its partners Region Åsby
(regionasby.se) and Åsby Energi AB (asbyenergi.se).

Written by an independent evaluator from the issue's rules, the seeds and ordinary
Swedish data-protection practice (GDPR art. 9 and 10, OSL) alone, without reading
the policy or detection code, their tests, their documentation or the other sets,
and committed before the guard was run on it. It leans on areas the earlier sets
touch less: upper-secondary school, Komvux and SFI, student health, school
transport, housing adaptation, debt counselling, the chief guardian, family law,
refugee reception, labour-market measures, the rescue service, environmental
health, parking, procurement, politicians' mail, the registry, public-access
requests, whistleblowing and HR rehabilitation. Every person is fictional;
personnummer are Skatteverket test numbers written as placeholders (see ``spec``).
"""

from __future__ import annotations

from bench.mail_corpus.spec import (
    Spec,
    broken,
    csv_file,
    docx,
    locked_pdf,
    ods,
    pdf,
    text_file,
    xlsx,
    zip_file,
)

# Åsby kommun
MENTOR = "Johan Bergkvist <johan.bergkvist@asby.se>"
KURATOR = "Sofia Nyberg <sofia.nyberg@asby.se>"
SKOLSKOTERSKA = "Malin Ek <malin.ek@asby.se>"
REKTOR_GY = "Peter Sandström <peter.sandstrom@asby.se>"
SFI_LARARE = "Leila Haddad <leila.haddad@asby.se>"
SYV = "Mats Forsberg <mats.forsberg@asby.se>"
SKOLSKJUTS = "Annika Wiklund <annika.wiklund@asby.se>"
BAB = "Henrik Dahl <henrik.dahl@asby.se>"
SKULD = "Camilla Strömberg <camilla.stromberg@asby.se>"
OFN = "Oskar Nordin <oskar.nordin@asby.se>"
OFN_CHEF = "Birgitta Lund <birgitta.lund@asby.se>"
FAMILJERATT = "Elin Hedlund <elin.hedlund@asby.se>"
FLYKT = "Ahmed Yusuf <ahmed.yusuf@asby.se>"
JOBBCOACH = "Fredrik Lindgren <fredrik.lindgren@asby.se>"
INSATSLEDARE = "Tobias Holm <tobias.holm@asby.se>"
BRANDING = "Jenny Åkesson <jenny.akesson@asby.se>"
MILJO = "Sara Blom <sara.blom@asby.se>"
PARKERING = "Niklas Berg <niklas.berg@asby.se>"
UPPHANDLARE = "Karolina Sjöberg <karolina.sjoberg@asby.se>"
NAMNDSEK = "Ulrika Norén <ulrika.noren@asby.se>"
REGISTRATOR = "Registrator Åsby kommun <registrator@asby.se>"
JURIST = "Daniel Ek <daniel.ek@asby.se>"
HR = "Maria Sundberg <maria.sundberg@asby.se>"
CHEF = "Patrik Jonsson <patrik.jonsson@asby.se>"
SOC = "Helena Wallin <helena.wallin@asby.se>"

# Partners and others
SKOLLAKARE = "Anders Mårtensson <anders.martensson@regionasby.se>"
VC = "Vårdcentralen Åsby <vardcentralen.asby@regionasby.se>"
ENERGI = "Kundservice Åsby Energi <kundservice@asbyenergi.se>"
POLITIKER_GMAIL = "Lars-Göran Pettersson <lg.pettersson58@gmail.com>"
POLITIKER_HOTMAIL = "Margareta Olofsson <margareta.olofsson@hotmail.com>"

SIG_GY = "\n\nMed vänlig hälsning\nJohan Bergkvist\nMentor NA22b, Åsby gymnasieskola\n0570-123 45"


MESSAGES: list[Spec] = [
    # ------------------------------------------------------------------ gymnasium / elevhälsa
    Spec(
        id="b3-gy-mentor-angest",
        expected="block",
        sender=MENTOR,
        to=(KURATOR,),
        cc=(SKOLSKOTERSKA,),
        subject="Alva Lindström NA22b – inför EHT på torsdag",
        body="Hej Sofia!\n\nKan vi ta upp Alva Lindström på EHT på torsdag? Hon har varit borta "
        "nästan hela februari och när jag pratade med henne i fredags berättade hon att hon har "
        "panikångest och inte klarar av att sitta i klassrummet. Hon går redan hos BUP sedan i "
        "höstas enligt mamma.\n\nJag har inte sagt något till klassen." + SIG_GY,
        note="Named pupil's panic disorder and BUP contact: health data about an identifiable "
        "person, internal mail is no exception.",
    ),
    Spec(
        id="b3-gy-eht-protokoll",
        expected="block",
        sender=KURATOR,
        to=(REKTOR_GY, SKOLSKOTERSKA, "Lina Persson <lina.persson@asby.se>"),
        subject="Minnesanteckningar EHT v. 11",
        body="Hej,\n\nHär kommer anteckningarna från EHT-mötet. Läs igenom innan nästa vecka.\n\n"
        "/Sofia",
        attachments=(
            docx(
                "EHT_v11.docx",
                "Elevhälsoteamet, Åsby gymnasieskola, 2024-03-14",
                "Närvarande: rektor, kurator, skolsköterska, specialpedagog",
                "Ärenden:",
                table=(
                    ("Elev", "Klass", "Ärende", "Åtgärd"),
                    ("Noah Karlsson", "TE21a", "Misstänkt ätstörning, viktnedgång", "SSK kontakt"),
                    ("Ebba Johansson", "SA23c", "Hög frånvaro, ADHD-utredning pågår", "Anpassning"),
                    ("Viktor Åberg", "EL22", "Orosanmälan gjord 2024-03-08", "Kurator följer upp"),
                ),
            ),
        ),
        note="EHT notes name three pupils with an eating disorder, ADHD assessment and a report "
        "to social services: health and social-services data in an attachment.",
    ),
    Spec(
        id="b3-gy-skolsk-lakare",
        expected="block",
        sender=SKOLSKOTERSKA,
        to=(SKOLLAKARE,),
        subject="Remiss skolläkare – elev född 2007",
        body="Hej Anders,\n\nJag skulle vilja boka in en tid för en elev hos dig, {pnr50l}, som "
        "har haft återkommande svimningar på idrotten. Vårdnadshavare är informerade.\n\n"
        "Malin Ek\nSkolsköterska, Åsby gymnasieskola",
        note="Personnummer of a pupil together with a health complaint, sent to the region.",
    ),
    Spec(
        id="b3-gy-avstangning-kniv",
        expected="block",
        sender=REKTOR_GY,
        to=("Gymnasiechef Åsa Lindén <asa.linden@asby.se>",),
        subject="Beslut om avstängning",
        body="Hej Åsa,\n\nJag har i dag fattat beslut om avstängning av Hamid Rahimi, EL23, i en "
        "vecka efter att han hade en kniv med sig i skolan i tisdags och hotade en klasskamrat. "
        "Polisanmälan är gjord. Beslutet bifogas när det är justerat.\n\nPeter Sandström\nRektor",
        note="Named pupil, knife carrying, threat and police report: criminal-offence data about "
        "an identifiable person.",
    ),
    Spec(
        id="b3-gy-graviditet",
        expected="block",
        sender=SKOLSKOTERSKA,
        to=(MENTOR,),
        subject="Sv: Frånvaro Tilde",
        body="Hej Johan,\n\nTilde Sjögren kommer att vara borta några dagar nästa vecka. Hon är "
        "gravid och har bestämt sig för abort, hon har gett mig lov att säga det till dig så att "
        "du förstår frånvaron. Säg inget till någon annan.\n\nMalin\n\n"
        "> Hej Malin, vet du varför Tilde i NA22b har så mycket frånvaro? /Johan",
        note="A named pupil's pregnancy and abortion: health and sexual-life data.",
    ),
    Spec(
        id="b3-gy-apl-lista",
        expected="allow",
        sender="Karin Öhman <karin.ohman@asby.se>",
        to=(MENTOR, "Stefan Lund <stefan.lund@asby.se>"),
        subject="APL-platser BA22 vecka 14–19",
        body="Hej!\n\nHär är fördelningen av APL-platser för BA22. Handledarna är informerade och "
        "eleverna har fått sina placeringar på mentorstiden.\n\n"
        "Elin Svärd – Byggmästarna i Åsby AB, handledare Tommy Ek\n"
        "Anton Lindh – NCC, Arbetsplats Kvarnen\n"
        "Filip Mäkelä – Åsby Bostäder, fastighetsservice\n"
        "Sam Yilmaz – Bergs Snickeri\n\n"
        "Start måndag 1 april kl. 07.00. Skyddsskor och hjälm lånas ut från skolan.\n\n"
        "Karin Öhman\nAPL-samordnare",
        note="Pupils' names and work placements inside the municipality: ordinary personal "
        "data, nothing sensitive.",
    ),
    Spec(
        id="b3-gy-statistik-elevenkat",
        expected="allow",
        sender=KURATOR,
        to=(REKTOR_GY,),
        subject="Resultat elevenkäten hälsa",
        body="Hej Peter,\n\nSammanställningen av hälsoenkäten i år 1 är klar. 412 elever svarade "
        "(svarsfrekvens 81 %).\n\n- 23 % uppger att de ofta känner oro eller ångest\n"
        "- 9 % uppger att de har skadat sig själva någon gång\n"
        "- 14 % har provat narkotika, en ökning från 11 % förra året\n"
        "- andelen som sover mindre än sex timmar per natt är 31 %\n\n"
        "Resultaten redovisas inte per klass eftersom grupperna blir för små. Jag föreslår att vi "
        "lägger mer tid på psykisk hälsa i mentorstiden.\n\nSofia",
        note="Aggregate health statistics, explicitly not broken down by class: nobody "
        "identifiable.",
    ),
    Spec(
        id="b3-gy-rutin-lakemedel",
        expected="allow",
        sender=SKOLSKOTERSKA,
        to=("Personal Åsby gymnasieskola <personal.gymnasiet@asby.se>",),
        subject="Påminnelse: rutin för läkemedel på studieresor",
        body="Hej alla,\n\nInför vårens studieresor vill jag påminna om rutinen:\n\n"
        "1. Elever som behöver läkemedel (t.ex. insulin, adrenalinpenna vid allergi) ansvarar "
        "själva för sin medicin om de är myndiga.\n2. Hälsodeklarationen lämnas till mig, inte "
        "till er som reseledare. Ni får bara veta det ni behöver för att kunna agera vid en akut "
        "situation.\n3. Skicka aldrig uppgifter om elevers hälsa i mejl – ring mig eller använd "
        "Säkra meddelanden.\n\nMalin Ek, skolsköterska",
        note="A routine about health information with no pupil identified.",
    ),
    Spec(
        id="b3-gy-vh-bcc",
        expected="allow",
        sender=MENTOR,
        to=(MENTOR,),
        bcc=(
            "familjen.holm@gmail.com",
            "s.ahmadi@hotmail.com",
            "pernilla.wik@telia.com",
            "jonas.ek77@outlook.com",
            "m.lindberg@gmail.com",
            "anna.karlsson.1979@gmail.com",
            "khaled.a@yahoo.se",
            "ulrika.fors@icloud.com",
            "t.nyman@gmail.com",
        ),
        subject="Utvecklingssamtal NA22b",
        body="Hej vårdnadshavare i NA22b!\n\nNu är det dags att boka tid för utvecklingssamtal "
        "vecka 15. Boka via Skolplattformen senast fredag. Samtalen tar 20 minuter och hålls i "
        "sal B214.\n\nHör av er om ni behöver tolk." + SIG_GY,
        note="Mass mail to guardians correctly in Bcc, nothing sensitive: allow.",
    ),
    # ------------------------------------------------------------------ Komvux / SFI
    Spec(
        id="b3-sfi-ptsd",
        expected="block",
        sender=SFI_LARARE,
        to=(SYV,),
        subject="Amina på SFI spår 2",
        body="Hej Mats,\n\nJag vill prata med dig om Amina Hussein i min grupp på spår 2. Hon har "
        "berättat att hon har PTSD efter flykten och att hon inte sover på nätterna, och hon får "
        "ofta panikattacker på lektionerna. Hon har fått remiss till traumamottagningen men de har "
        "lång kö. Kan hon läsa på distans under tiden?\n\nLeila",
        note="Named SFI student's PTSD and panic attacks: health data.",
    ),
    Spec(
        id="b3-sfi-anmalan-snr",
        expected="block",
        sender=SYV,
        to=("Komvux administration <komvux.admin@asby.se>",),
        subject="Ny elev SFI – registrera",
        body="Hej,\n\nRegistrera gärna en ny elev på SFI kurs B från vecka 12:\n\n"
        "Namn: Tesfay Gebremedhin\nSamordningsnummer: {snr0}\nTelefon 072-345 67 89\n\n"
        "Tack!\nMats Forsberg, SYV",
        note="A samordningsnummer is treated like a personnummer: block anywhere.",
    ),
    Spec(
        id="b3-komvux-antagningslista",
        expected="block",
        sender="Komvux administration <komvux.admin@asby.se>",
        to=("Ingrid Palm <ingrid.palm@asby.se>",),
        subject="Antagna vård- och omsorgsutbildningen HT24",
        body="Hej Ingrid,\n\nBifogar listan på antagna till VO-utbildningen. Kolla gärna att "
        "alla finns med i Alvis innan kursstart.\n\n/Komvux adm",
        attachments=(
            xlsx(
                "antagna_VO_HT24.xlsx",
                (
                    ("Personnummer", "Namn", "Kurs", "Start"),
                    ("{pnr13}", "Sara Andersson", "Vård- och omsorgsarbete 1", "2024-08-19"),
                    ("{pnr18}", "Mohammed Ali", "Vård- och omsorgsarbete 1", "2024-08-19"),
                    ("{pnr22}", "Lena Grahn", "Vård- och omsorgsarbete 1", "2024-08-19"),
                ),
                sheet="Antagna",
            ),
        ),
        note="Spreadsheet with personnummer of adult students (12-digit numbers in cells).",
    ),
    Spec(
        id="b3-komvux-schema",
        expected="allow",
        sender=SYV,
        to=("Lärare Komvux <larare.komvux@asby.se>",),
        subject="Schema och salar period 3",
        body="Hej alla,\n\nSchemat för period 3 är klart:\n\nMatematik 2b – mån/ons 17.30–20.00, "
        "sal C12\nSvenska som andraspråk 3 – tis/tors 08.30–11.45, sal C14\nEngelska 6 – "
        "distans, träff 2024-04-11 kl. 18.00\n\nNationella provet i Sva 3 skrivs 2024-05-07. "
        "Frågor till mig på 0570-123 80.\n\n/Mats",
        note="Schedule, rooms, dates and a phone number: nothing personal.",
    ),
    Spec(
        id="b3-sfi-statistik",
        expected="allow",
        sender="Verksamhetschef Komvux <ann-sofi.berg@asby.se>",
        to=("Utbildningsnämndens presidium <bun.presidium@asby.se>",),
        subject="SFI – elevstatistik 2023",
        body="Hej,\n\nSom underlag inför nämnden: under 2023 hade SFI 386 elever, varav 61 % "
        "kvinnor. De vanligaste modersmålen var arabiska (29 %), tigrinja (17 %), dari (12 %) och "
        "ukrainska (10 %). 44 % av de som avslutade kurs D fick godkänt. Avbrott beror oftast på "
        "arbete, föräldraledighet eller ohälsa.\n\nAnn-Sofi Berg",
        note="Aggregate statistics about language background and dropout: no individual.",
    ),
    Spec(
        id="b3-komvux-privatmejl",
        expected="warn",
        sender="Ingrid Palm <ingrid.palm@asby.se>",
        to=("Ingrid Palm <ingridpalm.privat@gmail.com>",),
        subject="klasslista att jobba med hemma",
        body="Klasslistan för Engelska 6 kvällsgruppen så jag kan rätta hemma i helgen.\n\n"
        "Jessica Dahlberg – jessica.dahlberg@live.se – 070-112 23 34\n"
        "Robin Sundqvist – robin.s@gmail.com – 073-998 12 10\n"
        "Fatima Noor – fatima.noor91@hotmail.com – 076-443 21 09\n"
        "Per Hällström – perhallstrom@telia.com – 070-556 78 12\n"
        "Marie Lund – marie.lund@outlook.com – 072-200 10 20",
        note="Adult students' names, e-mail and phone sent to a private Gmail account: "
        "citizens' ordinary personal data to private webmail.",
    ),
    # ------------------------------------------------------------------ skolskjuts
    Spec(
        id="b3-skjuts-autism",
        expected="block",
        sender=SKOLSKJUTS,
        to=("Trafikledning Åsby Buss & Taxi <trafik@asbytaxi.se>",),
        subject="Ny skolskjuts från v. 10",
        body="Hej!\n\nFrån och med måndag vecka 10 ska Liam Öberg, åk 4 på Bergaskolan, hämtas "
        "på Lillåvägen 7 kl. 07.40. Liam har autism och klarar inte att åka med andra barn, så "
        "det behöver vara samma chaufför varje dag och ensamåkning. Mamma följer med ut till "
        "bilen.\n\nAnnika Wiklund\nSkolskjutshandläggare",
        note="Named child's autism diagnosis and address sent to the taxi company: health data.",
    ),
    Spec(
        id="b3-skjuts-skyddad",
        expected="block",
        sender=SKOLSKJUTS,
        to=("Trafikledning Åsby Buss & Taxi <trafik@asbytaxi.se>",),
        subject="Viktigt – elev på linje 412",
        body="Hej,\n\nEn viktig sak om en ny elev på linje 412, Wilma Forsman (åk 2): hon har "
        "skyddade personuppgifter. Hennes namn får inte stå på några listor i bussen och "
        "chauffören får inte berätta för någon var hon kliver av. Hållplatsen är Kyrkbacken.\n\n"
        "Annika",
        note="Protected identity of a named pupil, with her stop, sent outside the municipality.",
    ),
    Spec(
        id="b3-skjuts-lista-csv",
        expected="block",
        sender=SKOLSKJUTS,
        to=("Trafikledning Åsby Buss & Taxi <trafik@asbytaxi.se>",),
        subject="Skjutslista HT24",
        body="Hej!\n\nHär kommer skjutslistan för höstterminen. Hör av er om något inte "
        "stämmer.\n\nAnnika",
        attachments=(
            csv_file(
                "skjutslista_HT24.csv",
                "Personnummer;Namn;Hållplats;Skola\n"
                "{pnr1s};Ella Strand;Norrby vägskäl;Bergaskolan\n"
                "{pnr3s};Melvin Holm;Kvarnbacken;Bergaskolan\n"
                "{pnr7s};Selma Lindqvist;Åsby kyrka;Åsbyskolan\n",
            ),
        ),
        note="Children's personnummer in a CSV attachment.",
    ),
    Spec(
        id="b3-skjuts-turlista",
        expected="allow",
        sender=SKOLSKJUTS,
        to=("Trafikledning Åsby Buss & Taxi <trafik@asbytaxi.se>",),
        subject="Ändrade tider linje 410 och 412 från 2024-08-19",
        body="Hej!\n\nInför höstterminen ändras tiderna:\n\nLinje 410: avgång Norrby 07.25 "
        "(tidigare 07.30), ankomst Bergaskolan 07.55\nLinje 412: avgång Kyrkbacken 07.35, "
        "ankomst Åsbyskolan 08.05\n\nAvtal 2022-0345, Åsby Buss & Taxi AB (org.nr 556841-2596). "
        "Fakturan för juni mottagen, OCR 4471 0932 8815.\n\nAnnika Wiklund",
        note="Timetable, contract number, company organisationsnummer and an OCR: no personal "
        "data; the taxi company's own domain is not a misspelling of asby.se.",
    ),
    # ------------------------------------------------------------------ bostadsanpassning
    Spec(
        id="b3-bab-ms-entreprenor",
        expected="block",
        sender=BAB,
        to=("Roger Falk <roger@falksbygg.se>",),
        subject="BAB 2024-0088 Tallstigen 3",
        body="Hej Roger,\n\nBeslut finns nu för ramp och borttagning av trösklar hos Bengt "
        "Halvarsson på Tallstigen 3. Han har MS som har försämrats snabbt och använder rullstol "
        "sedan i vintras, så det brådskar. Ring honom innan ni åker dit, 070-221 33 44.\n\n"
        "Henrik Dahl\nBostadsanpassningshandläggare",
        note="Named applicant's MS diagnosis and wheelchair use sent to a contractor: health data.",
    ),
    Spec(
        id="b3-bab-pnr-amne",
        expected="block",
        sender="Bengt Halvarsson <bengt.halvarsson@telia.com>",
        to=(BAB,),
        subject="Ang ansökan {pnr32d}",
        body="Hej, jag undrar hur det går med min ansökan. Mvh Bengt",
        note="Personnummer in the subject line.",
    ),
    Spec(
        id="b3-bab-faktura",
        expected="allow",
        sender="Ekonomi Åsby kommun <ekonomi@asby.se>",
        to=(BAB,),
        subject="Faktura att attestera – Falks Bygg",
        body="Hej Henrik,\n\nFaktura 20240315 från Falks Bygg AB (org.nr 556012-8711) ligger "
        "för attest i Proceedo. Belopp 48 750 kr inkl. moms, avser ärende BAB 2024-0088. "
        "Förfallodag 2024-04-14, bankgiro 5432-1098.\n\nEkonomienheten",
        note="Invoice number, case number, organisationsnummer and bankgiro: nothing personal.",
    ),
    # ------------------------------------------------------------------ budget- och skuldrådgivning
    Spec(
        id="b3-skuld-spelberoende",
        expected="block",
        sender=SKULD,
        to=("Helena Wallin <helena.wallin@asby.se>",),
        subject="Fw: Mötet med Jessica",
        body="Hej Helena,\n\nVidarebefordrar nedan. Jessica Åström har ju även kontakt med er på "
        "försörjningsstöd.\n\n/Camilla\n\n-----Ursprungligt meddelande-----\n"
        "Från: Jessica Åström <jessica.astrom@hotmail.com>\nSkickat: den 4 mars 2024 21:14\n"
        "Till: Camilla Strömberg\nÄmne: Mötet\n\nHej Camilla. Jag vill vara ärlig med dig, hela "
        "skulden kommer från spel. Jag är spelberoende sedan flera år och går nu på behandling "
        "hos beroendemottagningen. Kan vi ändå göra en plan?",
        note="Quoted citizen mail: a named client's gambling addiction and treatment, plus the "
        "fact that she receives social assistance.",
    ),
    Spec(
        id="b3-skuld-forelasning",
        expected="allow",
        sender=SKULD,
        to=("Kommunikation Åsby <kommunikation@asby.se>",),
        subject="Text till webben – Koll på ekonomin",
        body='Hej!\n\nKan ni lägga upp detta på asby.se?\n\n"Har du svårt att få pengarna att '
        "räcka? Kommunens budget- och skuldrådgivning är gratis och du kan vara anonym. Vi "
        "hjälper dig att göra en budget, kontakta fordringsägare och ansöka om skuldsanering. "
        'Drop-in tisdagar 13–15 i Medborgarhuset. Telefon 0570-123 60."\n\n'
        "Förra året fick 142 hushåll rådgivning och 38 ansökningar om skuldsanering beviljades.\n\n"
        "/Camilla",
        note="Public information and aggregate numbers: no person.",
    ),
    # ------------------------------------------------------------------ överförmyndare
    Spec(
        id="b3-ofn-demens",
        expected="block",
        sender=OFN,
        to=("Kerstin Dahl <kerstin.dahl55@gmail.com>",),
        subject="Ditt uppdrag som god man",
        body="Hej Kerstin,\n\nTack för att du tar uppdraget som god man för Sven-Erik "
        "Holmberg. Som du vet har han en långt gången Alzheimers demens och bor sedan januari på "
        "Solgårdens särskilda boende. Hans dotter har haft fullmakt men den går inte längre att "
        "använda. Förteckningen ska vara inne inom två månader.\n\nOskar Nordin\n"
        "Handläggare, Överförmyndarenheten",
        note="Named ward's dementia and nursing-home placement, sent to a god man's webmail.",
    ),
    Spec(
        id="b3-ofn-bank-register",
        expected="block",
        sender=OFN_CHEF,
        to=("Handläggare dödsbon Nordbanken <dodsbo@nordbanken.se>",),
        subject="Sv: Förfrågan ur registret",
        body="Hej,\n\nSvar på er förfrågan: Irma Gustafsson har sedan 2022 en förvaltare enligt "
        "11 kap. 7 § föräldrabalken, på grund av sin psykiska sjukdom. Förvaltare är Anneli "
        "Rask. Registerutdrag skickas med post.\n\nBirgitta Lund\nÖverförmyndare",
        note="Register answer naming a person under förvaltarskap with the reason, mental "
        "illness: health and secrecy-protected data to a bank.",
    ),
    Spec(
        id="b3-ofn-arsrakning-paminnelse",
        expected="allow",
        sender=OFN,
        to=(OFN,),
        bcc=(
            "kerstin.dahl55@gmail.com",
            "bo.lindqvist@outlook.com",
            "gm.ahlgren@telia.com",
            "ewa.sandin@hotmail.com",
            "goran.nord@gmail.com",
            "lasse.westin@bredband.net",
            "k.borg@gmail.com",
            "ingela.m@outlook.com",
        ),
        subject="Påminnelse: årsräkningen ska vara inne 1 mars",
        body="Hej alla ställföreträdare,\n\nEn påminnelse om att årsräkningen för 2023 ska "
        "vara inne senast 1 mars. Använd e-tjänsten på asby.se och logga in med BankID. Skicka "
        "inte kontoutdrag med mejl.\n\nVälkomna på informationsträff 2024-02-20 kl. 18.00 i "
        "Stadshuset.\n\nÖverförmyndarenheten",
        note="Bulk mail to private gode män correctly in Bcc, nothing about any ward.",
    ),
    Spec(
        id="b3-ofn-tillsyn-beslut",
        expected="block",
        sender=OFN,
        to=("Anneli Rask <anneli.rask@gmail.com>",),
        cc=(OFN_CHEF,),
        subject="[SÄKER] Beslut om arvode",
        body="Hej Anneli,\n\nHär kommer beslutet om arvode för 2023 för ditt uppdrag. "
        "Arvodet betalas ut i april.\n\nOskar",
        attachments=(pdf("Beslut_arvode_2023.pdf", "Beslut om arvode 2023\nArvode: 12 400 kr"),),
        note="Subject tagged [SÄKER] but the message is not encrypted: the add-in failed, block.",
    ),
    # ------------------------------------------------------------------ familjerätt
    Spec(
        id="b3-fam-vardnad",
        expected="block",
        sender=FAMILJERATT,
        to=("Tingsrätten Åsby <asby.tingsratt@dom.se>",),
        subject="Mål T 1234-24 – upplysningar",
        body="Hej,\n\nFamiljerätten har tagit del av målet om vårdnad om Alice och Leo Berggren. "
        "Av våra register framgår att det har gjorts två orosanmälningar om pappan Mikael "
        "Berggren under 2023 gällande våld i hemmet och att mamman Johanna Berggren har haft "
        "insatser från socialtjänsten. Fullständiga upplysningar skickas med säker post.\n\n"
        "Elin Hedlund\nFamiljerättssekreterare",
        note="Named parents and children, reports of domestic violence and social-services "
        "interventions: social-services and offence data.",
    ),
    Spec(
        id="b3-fam-samarbetssamtal",
        expected="block",
        sender=FAMILJERATT,
        to=("Reception Familjecentrum <familjecentrum@asby.se>",),
        subject="Bokning samarbetssamtal",
        body="Hej!\n\nJag har bokat rum 3 tisdag 9/4 kl. 13–14.30 för samarbetssamtal med "
        "Patrik och Sandra Nilsson, som är i en svår vårdnadskonflikt om sin son. De ska inte "
        "sitta i samma väntrum – pappan har kontaktförbud mot mamman. Kan ni ta emot dem på "
        "olika våningar?\n\n/Elin",
        note="Named parents in family-law counselling, custody conflict and a restraining order: "
        "social-services and offence data.",
    ),
    Spec(
        id="b3-fam-statistik",
        expected="allow",
        sender=FAMILJERATT,
        to=("IFO-chef Göran Wik <goran.wik@asby.se>",),
        subject="Familjerätten Q1",
        body="Hej Göran,\n\nUnder första kvartalet: 46 faderskapsärenden, 19 "
        "samarbetssamtal, 7 vårdnads-, boende- och umgängesutredningar på uppdrag av tingsrätten. "
        "I fyra av utredningarna förekommer uppgifter om våld. Väntetiden för samarbetssamtal är "
        "sex veckor.\n\nElin",
        note="Aggregate counts; 'four investigations involve violence' points out nobody.",
    ),
    # ------------------------------------------------------------------ flyktingmottagande
    Spec(
        id="b3-flykt-konvertit",
        expected="block",
        sender=FLYKT,
        to=("Bostadsförmedlingen Åsby Bostäder <uthyrning@asbybostader.se>",),
        subject="Bostad familjen Karimi",
        body="Hej!\n\nFamiljen Karimi (Reza, Nasrin och två barn) anvisas till oss i maj. Det är "
        "viktigt att de inte placeras i Norrbyområdet, eftersom Reza har konverterat till "
        "kristendomen och familjen har blivit hotad av landsmän på förläggningen.\n\n"
        "Ahmed Yusuf\nFlyktingsamordnare",
        note="Named refugee's religious conversion and threats: religion data about an "
        "identifiable family, sent to the housing company.",
    ),
    Spec(
        id="b3-flykt-etnicitet",
        expected="block",
        sender=FLYKT,
        to=("Tolkförmedlingen Väst <bokning@tolkvast.se>",),
        subject="Tolk hazaragi 12/4",
        body="Hej,\n\nVi behöver tolk i hazaragi till ett möte 12/4 kl. 10. Klienten, Ali "
        "Jafari, är hazar och vill absolut inte ha en pashtunsk tolk på grund av det han varit "
        "med om i Afghanistan. Tack för att ni tar hänsyn till det.\n\nAhmed Yusuf",
        note="Named client's ethnic origin stated explicitly to an outside agency.",
    ),
    Spec(
        id="b3-flykt-anvisning",
        expected="allow",
        sender=FLYKT,
        to=("Kommundirektör Åsby <kommundirektor@asby.se>",),
        subject="Anvisningar 2025",
        body="Hej,\n\nLänsstyrelsen har fastställt kommuntalen för 2025: Åsby ska ta emot 34 "
        "nyanlända (2024: 41). Migrationsverket räknar med att ungefär hälften är barn. "
        "Vi behöver 9 lägenheter, varav minst 4 med tre rum eller fler.\n\nAhmed",
        note="Allocation figures from public authorities: no person.",
    ),
    Spec(
        id="b3-flykt-boendelista",
        expected="block",
        sender=FLYKT,
        to=("Jenny Strand <jenny.strand@asby.se>",),
        subject="Boendelista maj",
        body="Hej Jenny,\n\nUppdaterad boendelista bifogad.\n\n/Ahmed",
        attachments=(
            ods(
                "boendelista_maj.ods",
                (
                    ("Namn", "Samordningsnummer", "Adress", "Inflyttning"),
                    ("Yonas Haile", "{snr3}", "Storgatan 14 B", "2024-05-02"),
                    ("Olena Kovalenko", "{pnr20s}", "Kvarngatan 3", "2024-05-06"),
                ),
            ),
        ),
        note="Samordningsnummer and personnummer in an ODS attachment.",
    ),
    # ------------------------------------------------------------------ arbetsmarknad
    Spec(
        id="b3-am-arbetsgivare",
        expected="block",
        sender=JOBBCOACH,
        to=("Johanna Ek <johanna@eksbageri.se>",),
        subject="Praktikant från Jobbtorget",
        body="Hej Johanna!\n\nTack för att ni kan ta emot Daniel Sundin på praktik från "
        "måndag. Han har försörjningsstöd och har varit hemma länge på grund av depression, så "
        "börja gärna med halvdagar. Han har inget körkort.\n\nFredrik Lindgren\n"
        "Jobbcoach, Jobbtorget Åsby",
        note="Named participant's depression and social assistance told to an employer.",
    ),
    Spec(
        id="b3-am-uppfoljning",
        expected="allow",
        sender=JOBBCOACH,
        to=("Arbetsmarknadschef Lena Björk <lena.bjork@asby.se>",),
        subject="Uppföljning Jobbtorget mars",
        body="Hej Lena,\n\nI mars hade vi 212 inskrivna deltagare. 31 gick till arbete och 9 "
        "till studier. Andelen med försörjningsstöd är 58 %. Vi ser att deltagare med psykisk "
        "ohälsa stannar längre i insatserna, i snitt 14 månader.\n\nFredrik",
        note="Aggregate follow-up figures, no participant identifiable.",
    ),
    Spec(
        id="b3-am-ledigt-jobb",
        expected="allow",
        sender=JOBBCOACH,
        to=("Rekrytering Åsby Energi <rekrytering@asbyenergi.se>",),
        subject="Sommarjobb via Jobbtorget",
        body="Hej!\n\nVi har ett tiotal deltagare som skulle passa som sommarvikarier i er "
        "kundtjänst eller på återvinningscentralen. Kan vi boka ett möte vecka 17 och gå igenom "
        "hur ni vill ha ansökningarna? Jag nås på 070-812 40 12.\n\nFredrik Lindgren\n"
        "Jobbtorget Åsby",
        note="A partner company, no participant named.",
    ),
    # ------------------------------------------------------------------ räddningstjänst
    Spec(
        id="b3-rtj-anlagd",
        expected="block",
        sender=BRANDING,
        to=("Polisen Åsby <utredning.asby@polisen.se>",),
        subject="Brandorsaksutredning Storgatan 8",
        body="Hej,\n\nBrandorsaksutredningen är klar. Branden i trapphuset startade i en "
        "barnvagn på bottenplan. Vi bedömer att den är anlagd. Flera grannar uppger att Dennis "
        "Axelsson, som bor på plan 2, setts i trapphuset strax innan och att han tidigare hotat "
        "att 'bränna ner kåken'.\n\nJenny Åkesson\nBrandingenjör",
        note="A named person pointed out as suspected of arson: criminal-offence data.",
    ),
    Spec(
        id="b3-rtj-forrad",
        expected="allow",
        sender=INSATSLEDARE,
        to=("Räddningschef Åke Persson <ake.persson@asby.se>",),
        subject="Insatsrapport 2024-0398",
        body="Hej,\n\nBrand i förråd hos Åsby Lantbruksmaskiner AB, Industrivägen 4, "
        "larm 14.32. Släckt 15.10, ingen person skadad. Trolig orsak: laddning av truckbatteri. "
        "Vi gör tillsyn av brandskyddet hos företaget nästa månad. Händelsenummer SOS "
        "2024-118734.\n\nTobias",
        note="Fire at a company with no person involved.",
    ),
    Spec(
        id="b3-rtj-skola-anlagd",
        expected="allow",
        sender=BRANDING,
        to=("Rektorer grundskola <rektorer.grundskola@asby.se>",),
        subject="Anlagda bränder i skolmiljö",
        body="Hej,\n\nVi har haft sex anlagda bränder i papperskorgar och toaletter på kommunens "
        "skolor sedan januari. Ingen gärningsperson är känd. Vi rekommenderar att papperskorgar "
        "töms dagligen och att toaletter ses över vid rasterna. Polisen är informerad.\n\nJenny",
        note="Offences in general, no one identifiable.",
    ),
    Spec(
        id="b3-rtj-ovning",
        expected="warn",
        sender=BRANDING,
        to=(
            "Lars Ek <lars.ek@asbylantbruk.se>",
            "Maria Holm <maria.holm@nordbygg.se>",
            "Kent Ström <kent.strom@coop.se>",
            "Anna Fors <anna.fors@ica-asby.se>",
            "Petra Vik <petra.vik@asbyhotell.se>",
            "Ola Nyström <ola@nystromsakeri.se>",
            "Sofie Lind <sofie.lind@preem.se>",
            "Jonas Berg <jonas.berg@bergsverkstad.se>",
            "Emir Kovač <emir@kovacbygg.se>",
        ),
        subject="Inbjudan: utbildning i systematiskt brandskyddsarbete",
        body="Hej!\n\nRäddningstjänsten bjuder in verksamheter med tillstånd för brandfarlig "
        "vara till en utbildning 2024-05-22 kl. 08.30–12.00 i brandstationens lektionssal. "
        "Anmälan senast 10 maj.\n\nJenny Åkesson\nBrandingenjör",
        note="Nine recipients from nine outside companies visible to each other in To: should "
        "be Bcc.",
    ),
    Spec(
        id="b3-rtj-sotning-gmail",
        expected="warn",
        sender=BRANDING,
        to=("Nisse Sotare <nisse.sotaren@gmail.com>",),
        subject="Brandskyddskontroller vecka 20",
        body="Hej Nils,\n\nHär är fastighetsägarna som ska ha brandskyddskontroll vecka 20:\n\n"
        "Gun Ahlström, Skogsvägen 3, 070-334 55 66\nRolf Nyman, Skogsvägen 9, 073-121 21 21\n"
        "Jan-Erik Sten, Bäckvägen 2, 070-990 11 22\nMarita Kull, Bäckvägen 6, 076-554 43 32\n\n"
        "Jenny",
        note="Homeowners' names, addresses and phone numbers to a Gmail address: ordinary "
        "personal data to private webmail.",
    ),
    # ------------------------------------------------------------------ miljö- och hälsoskydd
    Spec(
        id="b3-miljo-misar",
        expected="block",
        sender=MILJO,
        to=("Helena Wallin <helena.wallin@asby.se>",),
        subject="Bostad Backgatan 5 – orolig",
        body="Hej Helena,\n\nVi var på inspektion hos Greta Sandberg på Backgatan 5 efter "
        "klagomål från grannarna om lukt. Lägenheten är fylld av sopor och det finns "
        "råttspillning. Greta verkar förvirrad och sa att hon slutat ta sina mediciner för sin "
        "schizofreni. Jag tror att ni på socialtjänsten behöver göra ett hembesök.\n\n"
        "Sara Blom\nMiljö- och hälsoskyddsinspektör",
        note="Named resident's schizophrenia and medication: health data, internal or not.",
    ),
    Spec(
        id="b3-miljo-restaurang",
        expected="allow",
        sender=MILJO,
        to=("Restaurang Kvarnen AB <info@kvarnenasby.se>",),
        subject="Inspektionsrapport livsmedelskontroll 2024-03-12",
        body="Hej,\n\nTack för att vi fick komma. Ägaren Ali Haddad var med under besöket. "
        "Avvikelser: kylrum 2 höll 9 °C (krav 8 °C), handfat i kök saknade pappershanddukar, "
        "spårbarhet för kyckling saknades. Vi gör en uppföljande kontroll inom fyra veckor. "
        "Avgift för extra offentlig kontroll: 1 456 kr per timme. Dnr MHN 2024/0233.\n\n"
        "Sara Blom\nLivsmedelsinspektör",
        note="Food-control findings about a company; the owner named in his business role.",
    ),
    Spec(
        id="b3-miljo-restauranger-cc",
        expected="warn",
        sender=MILJO,
        to=("Miljö Åsby <miljo@asby.se>",),
        cc=(
            "info@kvarnenasby.se",
            "pizzeria.roma@gmail.com",
            "kontakt@sushibaren.se",
            "info@golfkrogen.se",
            "bokning@asbyhotell.se",
            "info@thaihouse-asby.se",
            "cafe.linden@telia.com",
            "info@gatukoket.se",
            "kontakt@burgerhuset.se",
            "info@torgcafet.se",
        ),
        subject="Ny avgiftsmodell för livsmedelskontroll 2025",
        body="Hej alla livsmedelsföretagare!\n\nFrån 1 januari 2025 övergår Åsby kommun till "
        "efterhandsdebitering för livsmedelskontroll. Timavgiften blir 1 456 kr. Mer information "
        "på asby.se/livsmedel.\n\nMiljö- och hälsoskydd",
        note="Ten outside businesses in Cc, exposing each other's addresses: should be Bcc.",
    ),
    # ------------------------------------------------------------------ parkering
    Spec(
        id="b3-park-rorelsehinder",
        expected="block",
        sender=PARKERING,
        to=("Parkeringsövervakning Securitas <asby.parkering@securitas.se>",),
        subject="Fw: Bestridande kontrollavgift",
        body="Hej,\n\nKan ni makulera avgiften nedan? Hon hade giltigt tillstånd.\n\nNiklas\n\n"
        "> Hej, jag fick en parkeringsbot på Torget den 3 mars (ABC 123). Jag har "
        "> parkeringstillstånd för rörelsehindrade eftersom jag har svår KOL och inte kan gå "
        "> mer än 50 meter, men kortet hade ramlat ner. Mvh Ingrid Bäck",
        note="Quoted citizen mail: named person's COPD and disability forwarded to a contractor.",
    ),
    Spec(
        id="b3-park-statistik",
        expected="allow",
        sender=PARKERING,
        to=("Gatuchef Per Olsson <per.olsson@asby.se>",),
        subject="Kontrollavgifter 2023",
        body="Hej Per,\n\n2023 utfärdades 4 812 kontrollavgifter, varav 312 bestreds och 97 "
        "makulerades. Intäkt 2 886 400 kr. Flest avgifter på Stationsgatan och Torget. "
        "Securitas-avtalet (dnr KS 2021/0412) löper ut 2025-03-31.\n\nNiklas",
        note="Statistics and a case number, no person.",
    ),
    Spec(
        id="b3-park-boende-politiker",
        expected="warn",
        sender=PARKERING,
        to=(POLITIKER_GMAIL,),
        subject="Boendeparkering Villastaden – de som klagat",
        body="Hej Lars-Göran,\n\nDu bad om listan på de boende som skrivit in om "
        "boendeparkeringen i Villastaden:\n\nAnders Wikström, Lövvägen 4, ABC 123\n"
        "Sofia Ring, Lövvägen 11, XYZ 987\nHåkan Ödman, Ekgatan 2, MLK 45A\n"
        "Birgit Falk, Ekgatan 9, RTS 220\n\nNiklas Berg",
        note="Citizens' names, addresses and car registrations sent to a politician's private "
        "Gmail: ordinary personal data to webmail.",
    ),
    # ------------------------------------------------------------------ upphandling
    Spec(
        id="b3-upph-belastning",
        expected="block",
        sender=UPPHANDLARE,
        to=("Jurist Daniel Ek <daniel.ek@asby.se>",),
        subject="Kvalificering – anbud städtjänster",
        body="Hej Daniel,\n\nEn fråga om uteslutning: vi har fått veta att vd:n i Glansstäd "
        "Sverige AB, Marko Petrović, dömdes för grovt skattebrott och bokföringsbrott i "
        "Göteborgs tingsrätt 2022. Räcker det för att utesluta anbudet enligt 13 kap. LOU?\n\n"
        "Karolina",
        note="A named individual's criminal conviction: criminal-offence data (art. 10), even "
        "though he is a company officer.",
    ),
    Spec(
        id="b3-upph-fragor-svar",
        expected="allow",
        sender=UPPHANDLARE,
        to=("Anbudsfrågor <upphandling@asby.se>",),
        subject="Frågor och svar – Skolskjuts 2025, dnr KS 2024/0188",
        body="Fråga 4: Ska fordonen ha bälte på alla platser?\nSvar: Ja, se bilaga 2 punkt 3.4.\n"
        "Fråga 5: Kan flera bolag lämna gemensamt anbud?\nSvar: Ja, ange samtliga organisations"
        "nummer.\n\nSista anbudsdag 2024-06-03. Upphandlande myndighet: Åsby kommun, "
        "org.nr 212000-1181.\n\nKarolina Sjöberg\nUpphandlare",
        note="Procurement Q&A with the municipality's organisationsnummer: nothing personal.",
    ),
    Spec(
        id="b3-upph-tilldelning",
        expected="allow",
        sender=UPPHANDLARE,
        to=("Peter Nord <peter.nord@nordbygg.se>",),
        subject="Tilldelningsbeslut – ramavtal byggentreprenad",
        body="Hej Peter,\n\nHär kommer tilldelningsbeslutet. NordBygg AB (556733-2142) är "
        "rangordnad som nummer 1. Avtalsspärren löper till och med 2024-05-24. Kontaktperson "
        "för avtalet blir fastighetschef Ylva Hansson, 0570-123 90.\n\nKarolina",
        attachments=(
            pdf(
                "Tilldelningsbeslut_KS_2024_0102.pdf",
                "Tilldelningsbeslut\nDnr KS 2024/0102\n1. NordBygg AB 556733-2142\n"
                "2. Falks Bygg AB 556012-8711\nUtvärderingspris 12 340 000 kr",
            ),
        ),
        note="Award decision with organisationsnummer; people only in work roles.",
    ),
    Spec(
        id="b3-upph-anbudsoppning",
        expected="warn",
        sender=UPPHANDLARE,
        to=(
            "info@glansstad.se",
            "anbud@stadproffsen.se",
            "offert@rentab.se",
            "kontakt@cleanservice.se",
            "anbud@samhall.se",
            "upphandling@iss.se",
            "info@asbystad.se",
            "sales@coor.se",
        ),
        subject="Förlängd anbudstid – Städtjänster 2025",
        body="Hej,\n\nAnbudstiden i upphandlingen Städtjänster 2025 (dnr KS 2024/0211) "
        "förlängs till 2024-06-17. Övriga villkor är oförändrade.\n\nKarolina Sjöberg\n"
        "Upphandlare, Åsby kommun",
        note="Eight competing bidders visible to each other in To: should be Bcc (and reveals "
        "who is bidding).",
    ),
    Spec(
        id="b3-upph-lasta-anbud",
        expected="warn",
        sender=UPPHANDLARE,
        to=("Ylva Hansson <ylva.hansson@asby.se>",),
        subject="Anbud för utvärdering",
        body="Hej Ylva,\n\nHär är anbudet från NordBygg. Det är lösenordsskyddat, lösenordet "
        "får du av mig på telefon.\n\nKarolina",
        attachments=(locked_pdf("Anbud_NordBygg.pdf", "Anbud ramavtal byggentreprenad"),),
        note="A password-protected PDF cannot be read: warn.",
    ),
    # ------------------------------------------------------------------ politiker / nämnd
    Spec(
        id="b3-pol-individutskott",
        expected="block",
        sender=NAMNDSEK,
        to=(POLITIKER_GMAIL,),
        subject="Handlingar individutskottet 16 april",
        body="Hej Lars-Göran,\n\nEftersom du inte kommer åt Netpublicator skickar jag "
        "ärendelistan till individutskottet här:\n\n1. Ansökan om försörjningsstöd utöver "
        "norm – Mira Laine\n2. Yttrande till förvaltningsrätten, LVU – Kevin Sundberg, 15 år\n"
        "3. Överklagat beslut om boendestöd – Tommy Hägg\n\nUlrika Norén\nNämndsekreterare",
        note="Agenda of the social individual committee naming clients and their cases (LVU, "
        "social assistance) to a politician's Gmail.",
    ),
    Spec(
        id="b3-pol-kallelse",
        expected="allow",
        sender=NAMNDSEK,
        to=(POLITIKER_HOTMAIL,),
        subject="Kallelse Kultur- och fritidsnämnden 2024-04-23",
        body="Hej Margareta,\n\nHär kommer kallelsen. Sammanträdet är 23 april kl. 18.00 i "
        "Sessionssalen. Ärenden: föreningsbidrag 2024, renovering av simhallen, taxa för "
        "idrottshallar, motion från Liberalerna om läxhjälp på biblioteken.\n\nMeddela förhinder "
        "till mig senast fredag så kallar jag ersättare.\n\nUlrika Norén\nNämndsekreterare",
        note="Public meeting notice to a politician's private address: no citizen data.",
    ),
    Spec(
        id="b3-pol-medborgarforslag",
        expected="warn",
        sender=NAMNDSEK,
        to=(POLITIKER_HOTMAIL,),
        subject="Medborgarförslag att bereda",
        body="Hej Margareta,\n\nDu är föredragande för två medborgarförslag. Förslagsställarna "
        "vill gärna bli kontaktade:\n\nHanna Lövgren, Åsvägen 12, 070-456 78 90 – fler "
        "papperskorgar vid badplatsen\nOlof Brandt, Strandgatan 3, 073-222 11 00 – belysning på "
        "gång- och cykelvägen\n\nUlrika",
        note="Citizens' names, addresses and phone numbers to a politician's Hotmail: warn.",
    ),
    Spec(
        id="b3-pol-kommunalrad",
        expected="allow",
        sender="Kommunikation Åsby <kommunikation@asby.se>",
        to=("Redaktionen Åsby Tidning <nyheter@asbytidning.se>",),
        subject="Pressmeddelande: ny brandstation",
        body="Kommunstyrelsens ordförande Eva Strand (S) och oppositionsrådet Mats Ekholm (M) "
        "tar det första spadtaget till Åsbys nya brandstation den 15 maj kl. 11.00. "
        "Räddningschef Åke Persson visar ritningarna. Kontakt: pressansvarig 0570-123 00.",
        note="Politicians in their public role with their party: public information.",
    ),
    Spec(
        id="b3-pol-sakert-kanal",
        expected="allow",
        sender=NAMNDSEK,
        to=(POLITIKER_GMAIL,),
        subject="Sv: kan du mejla individärendena?",
        body="Hej Lars-Göran,\n\nNej, tyvärr – handlingar i individärenden innehåller sekretess "
        "och känsliga personuppgifter och får inte skickas till privata mejladresser. Du kan "
        "läsa dem i Netpublicator med BankID eller komma in till kansliet en timme innan "
        "sammanträdet.\n\nUlrika\n\n> Kan du inte bara mejla individärendena till mig? "
        "Jag har svårt att logga in. /LG",
        note="Explains the rule in general terms; no client named anywhere.",
    ),
    Spec(
        id="b3-pol-vidarebefordrat-lss",
        expected="block",
        sender=NAMNDSEK,
        to=(POLITIKER_HOTMAIL,),
        subject="Fw: Min sons LSS-beslut",
        body="Hej Margareta, det här mejlet kom till kansliet och är adresserat till dig som "
        "ordförande.\n\n/Ulrika",
        forwarded=Spec(
            id="b3-pol-vidarebefordrat-lss-inner",
            expected="block",
            sender="Mona Ekström <mona.ekstrom@gmail.com>",
            to=(NAMNDSEK,),
            subject="Min sons LSS-beslut",
            body="Till ordföranden i socialnämnden.\n\nMin son Jesper Ekström, 19 år, har "
            "Downs syndrom och en intellektuell funktionsnedsättning. Han har fått avslag på "
            "daglig verksamhet och jag tycker att det är helt fel. Jag vill att nämnden tar upp "
            "det igen.\n\nMona Ekström",
        ),
        note="Forwarded citizen letter (message/rfc822): named son's Down syndrome and LSS "
        "decision, to a politician's Hotmail.",
    ),
    # ------------------------------------------------------------------ registrator / diarium
    Spec(
        id="b3-reg-orosanmalan",
        expected="block",
        sender=REGISTRATOR,
        to=("Mottagningen IFO <ifo.mottagning@asby.se>",),
        subject="Inkommen handling – skickas vidare",
        body="Hej,\n\nDenna har kommit till registrator, vidarebefordrar till er.\n\n"
        "Registrator\n\n---------- Vidarebefordrat meddelande ----------\n"
        "Från: Förskolan Humlan <humlan@asby.se>\nÄmne: Orosanmälan\n\n"
        "Vi vill göra en orosanmälan gällande Elsa Nordqvist, 4 år, på avdelning Blåbär. Hon har "
        "vid flera tillfällen haft blåmärken på armarna och sagt att pappa slår henne.",
        note="A report of concern about a named child, suspected abuse: social-services and "
        "offence data.",
    ),
    Spec(
        id="b3-reg-diarielista",
        expected="block",
        sender=REGISTRATOR,
        to=("Göran Wik <goran.wik@asby.se>",),
        subject="Diarieutdrag SN vecka 14",
        body="Hej Göran,\n\nHär är utdraget från diariet som du bad om.\n\nEva Lindahl\n"
        "Registrator",
        attachments=(
            xlsx(
                "diarium_SN_v14.xlsx",
                (
                    ("Dnr", "Inkom", "Rubrik"),
                    ("SN 2024/0331", "2024-04-02", "Anmälan enligt lex Sarah, Solgårdens boende"),
                    ("SN 2024/0332", "2024-04-03", "Överklagande försörjningsstöd – Rami Aziz"),
                    ("SN 2024/0334", "2024-04-04", "Begäran om utlämnande, journal Lotta Berg"),
                ),
            ),
        ),
        note="Register extract whose case titles name a client appealing social assistance and "
        "a person whose case file is requested: social-services data about named persons.",
    ),
    Spec(
        id="b3-reg-dnr",
        expected="allow",
        sender=REGISTRATOR,
        to=("Ylva Hansson <ylva.hansson@asby.se>",),
        subject="Sv: diarienummer?",
        body="Hej Ylva,\n\nYttrandet till Länsstyrelsen om vindkraftsparken har fått "
        "diarienummer KS 2024/0419. Skriv det i ämnesraden när du skickar in beslutet, så "
        "kopplar jag det. Ärendet om ny detaljplan för Kvarnen är KS 2023/1187.\n\n"
        "Eva Lindahl, registrator",
        note="Case numbers and a colleague's name: nothing sensitive.",
    ),
    Spec(
        id="b3-reg-arkiv-zip",
        expected="warn",
        sender=REGISTRATOR,
        to=("Stadsarkivet Åsby <arkiv@asby.se>",),
        subject="Leverans till arkivet – KS 2019",
        body="Hej!\n\nHär kommer leveransen av avslutade ärenden KS 2019. Filen är krypterad, "
        "lösenordet kommer i separat mejl.\n\nEva",
        attachments=(
            zip_file(
                "KS_2019_leverans.zip",
                text_file("forteckning.txt", "Dnr KS 2019/0001 - KS 2019/0988"),
                encrypted=True,
            ),
        ),
        note="Encrypted ZIP cannot be read: unreadable attachment, warn.",
    ),
    Spec(
        id="b3-reg-trasig-bilaga",
        expected="warn",
        sender="Per Olsson <per.olsson@asby.se>",
        to=(REGISTRATOR,),
        subject="För diarieföring: avtal snöröjning",
        body="Hej,\n\nKan du diarieföra bifogat avtal för snöröjning 2024–2026 på "
        "KS 2024/0101?\n\nPer",
        attachments=(broken("Avtal_snorojning.pdf"),),
        note="A damaged PDF the guard cannot read: warn.",
    ),
    # ------------------------------------------------------------------ allmänna handlingar
    Spec(
        id="b3-offhandl-misslyckad-maskning",
        expected="block",
        sender=JURIST,
        to=("Kalle Järv <kalle.jarv@asbytidning.se>",),
        subject="Sv: Begäran om allmän handling – lex Sarah-rapport",
        body="Hej Kalle,\n\nHär kommer den begärda rapporten. Vissa uppgifter är maskerade med "
        "stöd av 26 kap. 1 § OSL.\n\nDaniel Ek\nKommunjurist",
        attachments=(
            pdf(
                "lex_Sarah_2024-03.pdf",
                "Rapport enligt lex Sarah\nDatum: 2024-03-02\nBrukare: Ruth Engström, "
                "Solgårdens boende, avd 2\nHändelse: brukaren fick fel insulindos och fördes "
                "till akuten med känningar. Brukaren har diabetes typ 1 och demens.\n"
                "Åtgärd: ny rutin för dubbelkontroll.",
            ),
        ),
        note="The body claims the PDF is redacted but the attachment still names the resident "
        "with her diagnoses: health data to a journalist.",
    ),
    Spec(
        id="b3-offhandl-maskad",
        expected="allow",
        sender=JURIST,
        to=("Kalle Järv <kalle.jarv@asbytidning.se>",),
        subject="Sv: Begäran om allmän handling – lex Maria-anmälan",
        body="Hej Kalle,\n\nHär kommer anmälan, maskerad med stöd av 25 kap. 1 § OSL.\n\n"
        "Daniel Ek\nKommunjurist",
        attachments=(
            pdf(
                "lex_Maria_maskad.pdf",
                "Anmälan enligt lex Maria\nDatum: 2024-02-11\nPatient: [MASKERAT]\n"
                "Enhet: [MASKERAT]\nHändelse: en patient fick ett läkemedel som hen var "
                "allergisk mot. Ingen bestående skada.\nÅtgärd: översyn av "
                "läkemedelsgenomgångar.",
            ),
        ),
        note="Properly redacted: no patient or unit identifiable.",
    ),
    Spec(
        id="b3-offhandl-prova",
        expected="block",
        sender=JURIST,
        to=("Eva Lindahl <eva.lindahl@asby.se>",),
        subject="Sekretessprövning – begäran från Kalle Järv",
        body="Hej Eva,\n\nJag har gått igenom handlingarna i SN 2024/0187. Följande ska maskas "
        "innan de lämnas ut: allt om att Jonas Sjöberg har missbruksvård enligt LVM och "
        "uppgifterna om hans hepatit C på sida 3. Resten kan lämnas ut.\n\nDaniel",
        note="Internal secrecy assessment that repeats the secret part: named person's LVM care "
        "and hepatitis C.",
    ),
    Spec(
        id="b3-offhandl-kvittens",
        expected="allow",
        sender=REGISTRATOR,
        to=("Kalle Järv <kalle.jarv@asbytidning.se>",),
        subject="Sv: Begäran om allmän handling",
        body="Hej Kalle,\n\nVi har tagit emot din begäran om att få ta del av anmälningar enligt "
        "lex Sarah under 2024. Begäran är registrerad som KS 2024/0455. Handlingarna "
        "sekretessprövas och du får besked så snart som möjligt, normalt inom några dagar.\n\n"
        "Registrator",
        note="Acknowledgement of a public-access request; the journalist in his professional role.",
    ),
    # ------------------------------------------------------------------ visselblåsning
    Spec(
        id="b3-vissel-forskingring",
        expected="block",
        sender="Visselblåsarfunktionen <visselblasning@asby.se>",
        to=("Stadsrevisionen <revision@asby.se>",),
        subject="Ärende VB-2024-03",
        body="Hej,\n\nVi har tagit emot en rapport om att enhetschefen på tekniska förvaltningen, "
        "Stefan Roos, ska ha förskingrat cirka 200 000 kr genom fakturor från sin svågers "
        "firma. Vi överlämnar ärendet för granskning och har polisanmält.\n\n"
        "Visselblåsarfunktionen",
        note="A named employee suspected of embezzlement: criminal-offence data.",
    ),
    Spec(
        id="b3-vissel-statistik",
        expected="allow",
        sender="Visselblåsarfunktionen <visselblasning@asby.se>",
        to=("Kommunstyrelsens kansli <ks@asby.se>",),
        subject="Årsrapport visselblåsning 2023",
        body="Hej,\n\nUnder 2023 kom 7 rapporter in via visselblåsarkanalen. 3 låg utanför "
        "lagens tillämpningsområde och hänvisades till HR. 1 ärende gällde misstänkt mutbrott "
        "och lämnades till polisen. 3 utreds fortfarande. Inga uppgifter om rapporterande "
        "personer lämnas ut.\n\nVisselblåsarfunktionen",
        note="Aggregate statistics, nobody identifiable.",
    ),
    # ------------------------------------------------------------------ HR / rehab
    Spec(
        id="b3-hr-rehabutredning",
        expected="block",
        sender=HR,
        to=(CHEF,),
        subject="Rehabiliteringsutredning Lena",
        body="Hej Patrik,\n\nHär är utkastet till rehabiliteringsutredningen för Lena Håkansson "
        "inför mötet med Försäkringskassan. Läs och kommentera senast onsdag.\n\nMaria",
        attachments=(
            docx(
                "Rehabutredning_LH.docx",
                "Rehabiliteringsutredning",
                "Medarbetare: Lena Håkansson, undersköterska, Solgårdens boende",
                "Sjukskriven 100 % sedan 2024-01-08 för utmattningssyndrom. Tidigare "
                "sjukskrivning 2022 för depression.",
                "Planerad åtgärd: arbetsträning 25 % från vecka 18.",
            ),
        ),
        note="Named employee's sick leave with burnout and depression in an attachment.",
    ),
    Spec(
        id="b3-hr-fackavgift",
        expected="block",
        sender="Löneenheten <lon@asby.se>",
        to=("Redovisning <redovisning@asby.se>",),
        subject="Fackavgifter april",
        body="Hej,\n\nUnderlag för avdrag för fackavgift i april.\n\nLöneenheten",
        attachments=(
            xlsx(
                "fackavgifter_april.xlsx",
                (
                    ("Anställd", "Förbund", "Avgift"),
                    ("Lena Håkansson", "Kommunal", "412"),
                    ("Joakim Ström", "Kommunal", "412"),
                    ("Sanna Åkerlund", "Vision", "368"),
                    ("Erik Borg", "Lärarförbundet", "395"),
                ),
            ),
        ),
        note="Named employees' trade-union membership: art. 9 data.",
    ),
    Spec(
        id="b3-hr-rehab-rutin",
        expected="allow",
        sender=HR,
        to=("Alla chefer <chefer@asby.se>",),
        subject="Uppdaterad rehabiliteringsrutin",
        body="Hej,\n\nRehabiliteringsrutinen är uppdaterad:\n\n- Dag 1–14: chefen har kontakt "
        "med medarbetaren.\n- Senast dag 30: plan för återgång i arbete om sjukskrivningen "
        "väntas bli längre än 60 dagar.\n- Vid upprepad korttidsfrånvaro (6 tillfällen på 12 "
        "månader) kallas till hälsosamtal.\n\nDokumentera i Adato, inte i mejl. Diagnoser ska "
        "aldrig skrivas i mejl eller Teams.\n\nMaria Sundberg, HR",
        note="A routine with no employee identifiable.",
    ),
    Spec(
        id="b3-hr-rekrytering-politiker",
        expected="warn",
        sender=HR,
        to=(POLITIKER_GMAIL,),
        subject="Intervjuer förvaltningschef – kandidater",
        body="Hej Lars-Göran,\n\nInför intervjuerna på torsdag, här är de tre kandidaterna:\n\n"
        "Ann Forsgren, Karlstad, nuvarande förvaltningschef i Hammarö\n"
        "Magnus Ehn, Arvika, verksamhetschef\nPia Lundmark, Kil, rektor\n\n"
        "Intervjuerna hålls i sal Vänern.\n\nMaria",
        note="Job applicants' names and current jobs sent to a politician's Gmail: citizens' "
        "ordinary personal data to private webmail.",
    ),
    # ------------------------------------------------------------------ partner/domain cases
    Spec(
        id="b3-lookalike-asbby",
        expected="warn",
        sender=NAMNDSEK,
        to=("Ylva Hansson <ylva.hansson@asbby.se>",),
        subject="Protokollsutdrag KS § 54",
        body="Hej Ylva,\n\nHär kommer protokollsutdraget om simhallens renovering, justerat "
        "2024-04-12.\n\nUlrika",
        attachments=(docx("Protokollsutdrag_KS_54.docx", "KS § 54 Renovering av simhallen"),),
        note="asbby.se looks like a misspelling of asby.se.",
    ),
    Spec(
        id="b3-lookalike-region",
        expected="warn",
        sender=SKOLSKOTERSKA,
        to=("Anders Mårtensson <anders.martensson@regionasbv.se>",),
        subject="Skolläkartider hösten",
        body="Hej Anders,\n\nKan du skicka förslag på skolläkartider för hösten? Helst "
        "tisdagar.\n\nMalin",
        note="regionasbv.se looks like a misspelling of the partner domain regionasby.se.",
    ),
    Spec(
        id="b3-lookalike-energi",
        expected="warn",
        sender="Ekonomi Åsby kommun <ekonomi@asby.se>",
        to=("Fakturor Åsby Energi <faktura@asbyenergl.se>",),
        subject="Fråga om faktura 8841203",
        body="Hej,\n\nFaktura 8841203 för fjärrvärme på Stadshuset verkar ha fel period. Kan ni "
        "kreditera och skicka en ny?\n\nEkonomienheten, Åsby kommun",
        note="asbyenergl.se (l for i) looks like the partner asbyenergi.se.",
    ),
    Spec(
        id="b3-lookalike-transposed",
        expected="warn",
        sender=HR,
        to=("Patrik Jonsson <patrik.jonsson@asyb.se>",),
        subject="Lönesamtal – tider",
        body="Hej Patrik,\n\nHär är förslag på tider för lönesamtalen med din grupp: "
        "6/5, 7/5 och 13/5 förmiddag.\n\nMaria",
        note="asyb.se (transposed letters) looks like asby.se.",
    ),
    Spec(
        id="b3-energi-avbrott",
        expected="allow",
        sender=ENERGI,
        to=("Kontaktcenter <kontaktcenter@asby.se>",),
        subject="Planerat elavbrott Norrby 2024-05-07",
        body="Hej,\n\nVi har ett planerat avbrott i Norrby tisdag 7 maj kl. 09.00–13.00 "
        "(Lillåvägen, Skogsvägen, Bäckvägen). Hushållen har fått brev. Felanmälan dygnet runt "
        "0570-456 00.\n\nÅsby Energi AB, org.nr 556733-2142",
        note="Outage notice from the partner with street names, no persons.",
    ),
    Spec(
        id="b3-energi-medicinsk-utrustning",
        expected="block",
        sender=ENERGI,
        to=("Hemtjänsten Norrby <hemtjanst.norrby@asby.se>",),
        subject="Avbrott 7 maj – kund med syrgas",
        body="Hej,\n\nInför avbrottet 7 maj: vi har en kund på Lillåvägen 9, Harald Björk, som "
        "är registrerad hos oss för elberoende medicinteknisk utrustning (syrgaskoncentrator). "
        "Kan hemtjänsten se till att han har reservtuber?\n\nÅsby Energi kundservice",
        note="Named person's dependence on an oxygen concentrator: health data.",
    ),
    Spec(
        id="b3-many-internal",
        expected="allow",
        sender="Kommundirektör Åsby <kommundirektor@asby.se>",
        to=(
            "Åsa Lindén <asa.linden@asby.se>",
            "Göran Wik <goran.wik@asby.se>",
            "Per Olsson <per.olsson@asby.se>",
            "Lena Björk <lena.bjork@asby.se>",
            "Åke Persson <ake.persson@asby.se>",
            "Birgitta Lund <birgitta.lund@asby.se>",
            "Ylva Hansson <ylva.hansson@asby.se>",
            "Maria Sundberg <maria.sundberg@asby.se>",
            "Ann-Sofi Berg <ann-sofi.berg@asby.se>",
            "Daniel Ek <daniel.ek@asby.se>",
        ),
        subject="Ledningsgrupp 2024-04-29",
        body="Hej,\n\nDagordning: budgetprognos april, lokalförsörjningsplan, krisberedskap "
        "inför sommaren. Skicka underlag till mig senast torsdag.\n\nKommundirektören",
        note="Many recipients, all internal: no reason to warn.",
    ),
    Spec(
        id="b3-partner-samverkan",
        expected="allow",
        sender=SOC,
        to=(
            "Region Åsby psykiatri <psykiatri.samverkan@regionasby.se>",
            "Anders Mårtensson <anders.martensson@regionasby.se>",
        ),
        cc=("Göran Wik <goran.wik@asby.se>",),
        subject="Samverkansmöte SIP-rutin",
        body="Hej,\n\nVälkomna till samverkansmöte om den gemensamma rutinen för samordnad "
        "individuell plan (SIP) 2024-05-15 kl. 13.00. Vi går igenom hur kallelser ska skickas "
        "säkert och hur många SIP:ar som hölls 2023 (86 st).\n\nHelena Wallin\nEnhetschef IFO",
        note="Partner meeting about a routine, aggregate numbers, nobody identified.",
    ),
    Spec(
        id="b3-few-external",
        expected="allow",
        sender=BRANDING,
        to=("Lars Ek <lars.ek@asbylantbruk.se>",),
        cc=("Karin Ek <karin.ek@asbylantbruk.se>",),
        subject="Tillsyn brandfarlig vara 2024-05-14",
        body="Hej Lars,\n\nBekräftar tillsynsbesöket tisdag 14 maj kl. 10.00. Ha gärna "
        "föreståndare för brandfarlig vara och tillståndsbeviset tillgängligt. Avgift enligt "
        "taxa: 3 900 kr.\n\nJenny Åkesson",
        note="Two recipients from one company: not many recipients, nothing sensitive.",
    ),
    # ------------------------------------------------------------------ encryption / tags
    Spec(
        id="b3-tag-kryptera",
        expected="block",
        sender=SOC,
        to=("Kurator Lina Hed <lina.hed@regionasby.se>",),
        subject="Underlag SIP #kryptera",
        body="Hej Lina,\n\nHär är underlaget inför SIP-mötet på fredag.\n\nHelena",
        attachments=(docx("SIP_underlag.docx", "Underlag inför SIP-möte 2024-04-19"),),
        note="Tagged #kryptera but sent unencrypted: block per the Trelleborg rule.",
    ),
    Spec(
        id="b3-smime-lvu",
        expected="allow",
        sender=SOC,
        to=("Förvaltningsrätten Karlstad <forvaltningsratten.karlstad@dom.se>",),
        subject="Ansökan om vård enligt LVU",
        body="(krypterat)",
        encrypted=True,
        note="S/MIME-encrypted: judged on its envelope, may carry sensitive data.",
    ),
    Spec(
        id="b3-smime-saker",
        expected="allow",
        sender=HR,
        to=(CHEF,),
        subject="[SÄKER] Rehabplan",
        body="(krypterat)",
        encrypted=True,
        note="Tagged [SÄKER] and actually encrypted: the tag was honoured.",
    ),
    # ------------------------------------------------------------------ more mixed cases
    Spec(
        id="b3-gy-borttaget-ur-svar",
        expected="allow",
        sender=KURATOR,
        to=("Linda Björklund <linda.bjorklund@gmail.com>",),
        subject="Sv: Min dotter",
        body="Hej Linda,\n\nTack för ditt mejl. Jag har tagit bort det du skrev om din dotter "
        "ur det här svaret, eftersom vi inte ska hantera sådana uppgifter i vanlig e-post. Jag "
        "ringer dig i morgon förmiddag så pratar vi om hur vi går vidare.\n\n"
        "Sofia Nyberg\nKurator, Åsby gymnasieskola",
        note="Reply with the sensitive quoted part removed, as Nacka's FAQ advises: no health "
        "data left.",
    ),
    Spec(
        id="b3-gy-sjuk-citerat",
        expected="block",
        sender=MENTOR,
        to=("Linda Björklund <linda.bjorklund@gmail.com>",),
        subject="Sv: Moa sjuk",
        body="Hej Linda,\n\nTack för informationen, jag meddelar lärarna att Moa är borta och "
        "lägger upp uppgifterna i Classroom.\n\nJohan\n\n"
        "Den 8 april 2024 skrev Linda Björklund <linda.bjorklund@gmail.com>:\n"
        "> Hej Johan. Moa Björklund kommer att vara borta hela veckan. Hon är inlagd på "
        "> barnpsykiatrin efter ett självmordsförsök i helgen. Snälla säg inget till klassen.",
        note="Quoted history repeats a parent's mail about a named pupil's suicide attempt and "
        "psychiatric admission.",
    ),
    Spec(
        id="b3-hr-sjuk-rapport-legacy",
        expected="block",
        sender="Anette Sjödin <anette.sjodin@asby.se>",
        to=(CHEF,),
        subject="Sjukfrånvaro hemtjänst v. 15",
        body="Hej Patrik,\n\nSjukfrånvaro vecka 15:\nÅsa Ring - halsfluss\nKenneth Öst - "
        "operation för grå starr, borta två veckor\nMirja Lahti - fortsatt sjukskriven, "
        "graviditetsillamående\n\nAnette",
        legacy_charset="iso-8859-1",
        note="Named employees' illnesses, sent in ISO-8859-1: health data.",
    ),
    Spec(
        id="b3-hr-franvaro-utan-orsak",
        expected="allow",
        sender="Anette Sjödin <anette.sjodin@asby.se>",
        to=(CHEF,),
        subject="Bemanning v. 16",
        body="Hej Patrik,\n\nBemanningen vecka 16: Åsa Ring och Kenneth Öst är lediga, Mirja "
        "Lahti går på kvällspass hela veckan. Vi behöver en vikarie tisdag och torsdag.\n\n"
        "Anette",
        note="Staffing with names but no reason for absence: ordinary personal data internally.",
    ),
    Spec(
        id="b3-skuld-zip-pnr",
        expected="block",
        sender=SKULD,
        to=("Ekonomiskt bistånd <ekonomisktbistand@asby.se>",),
        subject="Underlag hushållsbudget",
        body="Hej,\n\nBifogar underlagen vi pratade om.\n\n/Camilla",
        attachments=(
            zip_file(
                "underlag.zip",
                text_file(
                    "budget.txt",
                    "Klient: Martin Ek {pnr27s}\nInkomst: 14 200 kr\nSkulder hos Kronofogden: "
                    "312 000 kr",
                ),
            ),
        ),
        note="Personnummer inside a text file inside a ZIP.",
    ),
    Spec(
        id="b3-skuld-hushall-anonym",
        expected="allow",
        sender=SKULD,
        to=("Konsumentvägledare Åsby <konsument@asby.se>",),
        subject="Exempelbudget till kursen",
        body="Hej!\n\nTill kursen i privatekonomi använder vi ett påhittat hushåll: "
        "ensamstående med två barn, inkomst 24 500 kr netto, hyra 8 900 kr, skulder hos "
        "Kronofogden 180 000 kr. Räkna gärna med Konsumentverkets siffror för 2024.\n\n"
        "Camilla",
        note="An invented example household, nobody real.",
    ),
    Spec(
        id="b3-ofn-msg-outlook",
        expected="block",
        sender=OFN,
        to=("Socialtjänsten vuxen <vuxen@asby.se>",),
        subject="Begäran om yttrande – godmanskap",
        body="Hej,\n\nTingsrätten har fått en ansökan om godmanskap för Rasmus Falk "
        "({pnr43s}). Han har en lindrig utvecklingsstörning och bor i LSS-boende. Kan ni "
        "yttra er senast 2024-05-10?\n\nOskar Nordin",
        outlook=True,
        note="Personnummer and developmental disability of a named person (also as .msg).",
    ),
    Spec(
        id="b3-fam-umgange-pnr-dash",
        expected="block",
        sender=FAMILJERATT,
        to=("Umgängesstöd Åsby <umgangesstod@asby.se>",),
        subject="Umgängesstöd beslutat",
        body="Hej,\n\nTingsrätten har beslutat om umgänge med umgängesstöd för barnet "
        "{pnr2e}, varannan lördag 10–13. Pappan får inte vara ensam med barnet.\n\nElin",
        note="Child's personnummer written with an en dash.",
    ),
    Spec(
        id="b3-am-gmail-handledare",
        expected="block",
        sender=JOBBCOACH,
        to=("Kjell Rask <kjell.rask.handledare@gmail.com>",),
        subject="Ny deltagare",
        body="Hej Kjell,\n\nNy deltagare till dig på snickeriet från 15/4: Nils Hultgren. Han "
        "har avtjänat ett fängelsestraff för grov stöld och är villkorligt frigiven sedan mars, "
        "så det är viktigt att han kommer i tid – frivården följer upp.\n\nFredrik",
        note="Named participant's prison sentence and parole: criminal-offence data, to Gmail.",
    ),
    Spec(
        id="b3-pnr-long-nospace",
        expected="block",
        sender="Lönehandläggare Tove Ahl <tove.ahl@asby.se>",
        to=("Pensionsvalet KPA <kundservice@kpa.se>",),
        subject="Fråga om pensionsunderlag",
        body="Hej,\n\nVi har fått tillbaka pensionsunderlaget för en anställd med "
        "personnummer {pnr36}. Kan ni kontrollera vad som saknas?\n\nTove Ahl\nLöneenheten",
        note="Twelve-digit personnummer without separator.",
    ),
    Spec(
        id="b3-numbers-only",
        expected="allow",
        sender="Ekonomi Åsby kommun <ekonomi@asby.se>",
        to=("Fakturor Åsby Energi <faktura@asbyenergi.se>",),
        subject="Betalning fjärrvärme mars",
        body="Hej,\n\nBetalning för faktura 8841203 och 8841215 är gjord 2024-04-02, totalt "
        "384 512,50 kr till bankgiro 5050-1055 med OCR 2024040218841203. Kundnummer "
        "100234567. Vår referens: 1300 Fastighet, kostnadsställe 41020.\n\nEkonomienheten",
        note="Only invoice, payment, OCR and customer numbers: no personnummer.",
    ),
    Spec(
        id="b3-region-orgnr",
        expected="allow",
        sender="Avtal Region Åsby <avtal@regionasby.se>",
        to=("Avtalsregistret <avtal@asby.se>",),
        subject="Samverkansavtal elevhälsans medicinska insats",
        body="Hej,\n\nBifogat finns det undertecknade avtalet mellan Region Åsby (232100-0172) "
        "och Åsby kommun (212000-1181) om skolläkartjänster 2024–2026. Avtalsnummer "
        "RÅ 2024-0077.\n\nAvtalsenheten",
        note="Organisationsnummer of public bodies and a contract number.",
    ),
    Spec(
        id="b3-rtj-skadad-namn",
        expected="block",
        sender=INSATSLEDARE,
        to=("Åsby Tidning <nyheter@asbytidning.se>",),
        subject="Sv: Trafikolyckan på 62:an",
        body="Hej,\n\nKort kommentar: räddningstjänsten var på plats 16.05–17.40. Föraren, "
        "Emma Lundqvist från Norrby, fick föras till sjukhus med en allvarlig skallskada. "
        "Polisen utreder om hon var påverkad.\n\nTobias Holm, insatsledare",
        note="Named injured driver's head injury and suspected drunk driving told to the press.",
    ),
    Spec(
        id="b3-rtj-press-anonym",
        expected="allow",
        sender=INSATSLEDARE,
        to=("Åsby Tidning <nyheter@asbytidning.se>",),
        subject="Sv: Trafikolyckan på 62:an",
        body="Hej,\n\nKort kommentar: räddningstjänsten var på plats 16.05–17.40. En person "
        "fördes till sjukhus med ambulans. Övriga frågor om personen och orsaken hänvisas till "
        "polisen.\n\nTobias Holm, insatsledare",
        note="The same press answer without identifying the injured person.",
    ),
    Spec(
        id="b3-miljo-klagomal-ingen-halsa",
        expected="allow",
        sender=MILJO,
        to=("Fastighetsägare Åsby Bostäder <drift@asbybostader.se>",),
        subject="Klagomål fukt Kvarngatan 3",
        body="Hej,\n\nVi har fått ett klagomål om fukt och mögellukt i en lägenhet på "
        "Kvarngatan 3. Vi gör en inspektion 2024-04-22 kl. 09.00 och vill att någon från "
        "fastighetsförvaltningen är med. Ärende MHN 2024/0287.\n\nSara Blom",
        note="Complaint about a building; the complainant is not named or pointed out.",
    ),
    Spec(
        id="b3-gy-studieresa",
        expected="allow",
        sender="Skoladministratör Eva Holm <eva.holm@asby.se>",
        to=("Studieresor Nordic <grupper@studieresor.se>",),
        subject="Deltagarlista Berlinresan",
        body="Hej,\n\nDeltagare i Berlinresan 2024-05-06–10 är elever i SA22a och SA22b, 46 "
        "elever och 4 lärare. Namnlistan laddar ni ned från er portal. Kontaktperson på plats är "
        "läraren Jonas Wall, 070-334 12 12.\n\nEva Holm",
        note="Group size and a teacher in his work role: nothing sensitive.",
    ),
    Spec(
        id="b3-hr-fackligt-mbl",
        expected="allow",
        sender=HR,
        to=("Kommunal sektion Åsby <sektion.asby@kommunal.se>", "Vision Åsby <asby@vision.se>"),
        subject="MBL-förhandling omorganisation hemtjänsten",
        body="Hej,\n\nVi kallar till förhandling enligt 11 § MBL om omorganisationen av "
        "hemtjänsten 2024-05-08 kl. 09.00. Underlag kommer senast 2024-05-02.\n\nMaria "
        "Sundberg, HR-konsult",
        note="Negotiation notice to union offices in their organisational role; no member named.",
    ),
    Spec(
        id="b3-energi-fakturalista",
        expected="block",
        sender=ENERGI,
        to=("Ekonomiskt bistånd <ekonomisktbistand@asby.se>",),
        subject="Kunder med betalningsanmärkning – ekonomiskt bistånd",
        body="Hej,\n\nSom överenskommet: följande kunder har elräkningar som betalas direkt av "
        "socialtjänsten via ekonomiskt bistånd och har nu fått påminnelse:\n\n"
        "Rune Sjöström, Åsvägen 4\nLinnea Karlberg, Storgatan 22\n\nÅsby Energi",
        note="Names of people whose bills are paid by social assistance: social-services data.",
    ),
    Spec(
        id="b3-reg-allman-begaran-namn",
        expected="allow",
        sender=REGISTRATOR,
        to=("Daniel Ek <daniel.ek@asby.se>",),
        subject="Begäran om handlingar – bygglov",
        body="Hej Daniel,\n\nVi har fått en begäran från Sven Holmqvist om att ta del av "
        "bygglovsritningarna för Åsby 4:112 (BN 2023/0877). Kan du bedöma om något behöver "
        "sekretessprövas? Han vill ha dem digitalt.\n\nEva",
        note="A citizen's public-access request for building plans: ordinary personal data, "
        "internal.",
    ),
    Spec(
        id="b3-skjuts-trasig-docx",
        expected="warn",
        sender="Trafikledning Åsby Buss & Taxi <trafik@asbytaxi.se>",
        to=(SKOLSKJUTS,),
        subject="Sv: Skjutslista HT24",
        body="Hej Annika, här kommer vår uppdaterade körplan.\n\nTrafikledningen",
        attachments=(
            broken(
                "korplan_HT24.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
        ),
        note="A damaged DOCX cannot be read: warn.",
    ),
    Spec(
        id="b3-lookalike-hyphen",
        expected="warn",
        sender=BAB,
        to=("Åsa Holmgren <asa.holmgren@asbu.se>",),
        subject="Möte om handläggningstider",
        body="Hej Åsa,\n\nKan vi ses på torsdag och gå igenom handläggningstiderna? "
        "Jag bokar rum 214.\n\nHenrik",
        note="asbu.se (u next to y on the keyboard) looks like a misspelling of asby.se.",
    ),
    Spec(
        id="b3-remiss-cc",
        expected="warn",
        sender="Planarkitekt Jonas Frid <jonas.frid@asby.se>",
        to=("Planenheten <plan@asby.se>",),
        cc=(
            "registrator@lansstyrelsen.se",
            "trafikverket@trafikverket.se",
            "info@asbybostader.se",
            "plan@vattenfall.se",
            "remiss@lantmateriet.se",
            "info@skanova.se",
            "miljo@naturskyddsforeningen.se",
            "kontakt@asbyhembygdsforening.se",
        ),
        subject="Samråd detaljplan Kvarnen",
        body="Hej,\n\nDetaljplan för Kvarnen är ute på samråd till 2024-06-07. Handlingarna "
        "finns på asby.se/kvarnen. Lämna synpunkter till plan@asby.se.\n\nJonas Frid\n"
        "Planarkitekt",
        note="Eight outside organisations visible to each other in Cc: should be Bcc.",
    ),
    Spec(
        id="b3-komvux-betyg-html",
        expected="block",
        sender="Komvux administration <komvux.admin@asby.se>",
        to=("Studiebyrån Norrköping <antagning@yrkeshogskolan-nkpg.se>",),
        subject="Betygsutdrag",
        body="Hej,\n\nSom begärt: betygsutdrag för Julia Rehn, {pnr44w}. Alla kurser "
        "godkända.\n\nKomvux Åsby",
        html="<p>Hej,</p><p>Som begärt: betygsutdrag för Julia Rehn, {pnr44s}. Alla kurser "
        "godkända.</p><p>Komvux Åsby</p>",
        note="Personnummer in plain and HTML parts.",
    ),
    Spec(
        id="b3-pol-arvode",
        expected="allow",
        sender=NAMNDSEK,
        to=(POLITIKER_GMAIL,),
        subject="Arvodesblankett",
        body="Hej Lars-Göran,\n\nGlöm inte att lämna in arvodesblanketten för mars senast 5 "
        "april. Du hade tre sammanträden: 6/3, 14/3 och 27/3. Förlorad arbetsinkomst yrkas på "
        "samma blankett.\n\nUlrika",
        note="A politician's own meeting dates sent to him: his own ordinary data, no citizen.",
    ),
    Spec(
        id="b3-gy-betyg-internt",
        expected="allow",
        sender=MENTOR,
        to=(REKTOR_GY,),
        subject="F-varningar NA22b",
        body="Hej Peter,\n\nI NA22b har tre elever risk för F i Matematik 3c: Isak Lund, Maja "
        "Ek och Alve Nyström. Jag har pratat med dem och vi har mattestuga för hela "
        "klassen på tisdagar.\n\nJohan",
        note="Grade warnings are ordinary (not art. 9) personal data, sent internally.",
    ),
    Spec(
        id="b3-eht-anonym",
        expected="allow",
        sender=KURATOR,
        to=("Elevhälsochef Karin Rydh <karin.rydh@asby.se>",),
        subject="Handledning – anonymt fall",
        body="Hej Karin,\n\nJag skulle vilja ha handledning i ett ärende. Det gäller en elev "
        "med självskadebeteende där vårdnadshavarna inte vill samarbeta med BUP. Jag har inte "
        "skrivit ut något som kan identifiera eleven. Har du tid på fredag?\n\nSofia",
        note="Case described de-identified, no name, class or other pointer: allowed.",
    ),
    # ------------------------------------------------------------------ more warn cases
    Spec(
        id="b3-lookalike-region-bup",
        expected="warn",
        sender=KURATOR,
        to=("BUP Åsby <bup.mottagning@regoinasby.se>",),
        subject="Broschyrer till elevhälsan",
        body="Hej!\n\nKan ni skicka 50 exemplar av broschyren om BUP:s öppna mottagning till "
        "elevhälsan på Åsby gymnasieskola, Skolgatan 10? Vi delar ut dem på föräldramötet.\n\n"
        "Sofia Nyberg, kurator",
        note="regoinasby.se (transposed letters) looks like a misspelling of regionasby.se.",
    ),
    Spec(
        id="b3-lookalike-energi-g",
        expected="warn",
        sender=BRANDING,
        to=("Elnät Åsby Energi <elnat@asbyeneri.se>",),
        subject="Brandposter Industrivägen",
        body="Hej,\n\nVi behöver koordinera arbetet med brandposterna på Industrivägen med er "
        "schaktning vecka 21. Kan någon ringa mig på 0570-123 55?\n\nJenny Åkesson",
        note="asbyeneri.se (missing g) looks like a misspelling of the partner asbyenergi.se.",
    ),
    Spec(
        id="b3-ofn-godman-lista-gmail",
        expected="warn",
        sender=OFN,
        to=("Kerstin Dahl <kerstin.dahl55@gmail.com>",),
        subject="Mentorer bland gode män",
        body="Hej Kerstin,\n\nSom ny god man kan du ta hjälp av någon av våra erfarna "
        "ställföreträdare. De har sagt ja till att bli kontaktade:\n\n"
        "Göran Nord, Norrby, 070-667 12 34, goran.nord@gmail.com\n"
        "Ewa Sandin, Åsby centrum, 073-512 98 76, ewa.sandin@hotmail.com\n"
        "Lasse Westin, Kyrkbyn, 070-334 00 91\n\nOskar Nordin, Överförmyndarenheten",
        note="Private individuals' names, home areas, phones and addresses sent to a Gmail "
        "address: ordinary personal data to private webmail, nothing about any ward.",
    ),
    Spec(
        id="b3-skjuts-vikarie-gmail",
        expected="warn",
        sender=SKOLSKJUTS,
        to=("Mikael Strand <micke.strand.taxi@gmail.com>",),
        subject="Linje 410 imorgon",
        body="Hej Mikael,\n\nHär är eleverna som åker med dig på linje 410 imorgon när du "
        "vikarierar:\n\nElla Strand – Norrby vägskäl 07.25\nMelvin Holm – Kvarnbacken 07.31\n"
        "Ines Berg – Kvarnbacken 07.31\nTheo Ljung – Åsby kyrka 07.40\n\nAnnika Wiklund",
        note="Children's names and bus stops to a driver's private Gmail: ordinary personal "
        "data to webmail, not sensitive.",
    ),
    Spec(
        id="b3-komvux-apl-foretag",
        expected="warn",
        sender="Ingrid Palm <ingrid.palm@asby.se>",
        to=(
            "Solgårdens vård AB <info@solgardensvard.se>",
            "Attendo Åsby <asby@attendo.se>",
            "Humana Åsby <asby@humana.se>",
            "Kry Åsby <asby@kry.se>",
            "Aleris Åsby <asby@aleris.se>",
            "Norlandia Åsby <asby@norlandia.se>",
            "Vardaga Åsby <asby@vardaga.se>",
            "Frösunda Åsby <asby@frosunda.se>",
        ),
        subject="APL-platser VO-utbildningen hösten 2024",
        body="Hej!\n\nKomvux Åsby söker APL-platser för 24 elever på vård- och "
        "omsorgsutbildningen under vecka 40–45. Kan ni ta emot elever? Svara senast 31 maj.\n\n"
        "Ingrid Palm\nLärare, Komvux Åsby",
        note="Eight care companies visible to each other in To: should be Bcc.",
    ),
    Spec(
        id="b3-fam-lasta-utredning",
        expected="warn",
        sender=FAMILJERATT,
        to=("Åsby tingsrätt <asby.tingsratt@dom.se>",),
        subject="Mål T 1234-24 – utredning",
        body="Hej,\n\nBifogar utredningen i mål T 1234-24. Filen är lösenordsskyddad, "
        "lösenordet skickas med sms till handläggande notarie.\n\nElin Hedlund\n"
        "Familjerättssekreterare",
        attachments=(locked_pdf("Utredning_T_1234-24.pdf", "Vårdnadsutredning"),),
        note="A password-protected PDF the guard cannot read; the body itself names nobody.",
    ),
    Spec(
        id="b3-pol-foreningar",
        expected="warn",
        sender=NAMNDSEK,
        to=(
            "Åsby IF <kansli@asbyif.se>",
            "Norrby SK <info@norrbysk.se>",
            "Åsby Konstförening <ordf@asbykonst.se>",
            "PRO Åsby <pro.asby@telia.com>",
            "Scouterna Åsby <asby@scouterna.se>",
            "Åsby Schackklubb <schack.asby@gmail.com>",
            "Studiefrämjandet Värmland <varmland@studieframjandet.se>",
            "Röda Korset Åsby <asby@rodakorset.se>",
        ),
        subject="Inbjudan till föreningsdialog 14 maj",
        body="Hej föreningar!\n\nKultur- och fritidsnämnden bjuder in till föreningsdialog "
        "tisdag 14 maj kl. 18.30 i Medborgarhuset. Vi pratar om nya regler för "
        "föreningsbidrag. Anmälan till mig senast 7 maj.\n\nUlrika Norén\nNämndsekreterare",
        note="Eight associations visible to each other in To: should be Bcc.",
    ),
]
