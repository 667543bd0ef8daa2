"""The blind set: mail written the way municipal employees actually write, to the
rules of the guard's issue alone (block personnummer anywhere and sensitive data
about an identifiable person; warn on recipient risks and unreadable attachments;
allow the rest), before reading the policy code, its vocabularies or the other sets.

Lower case, typos, abbreviations, long threads with quoted history and signatures,
out-of-office replies, minutes, newsletters, invoices. Hard cases on purpose: a name
and a sensitive word far apart, sensitive data only in an attachment or the quoted
history, a personnummer written unusually, initials and class, a nickname, an address
with a diagnosis; and sensitive words with nobody identifiable, numbers that are not
personnummer, people in their public role. Each spec's ``note`` is the reason for
its label. Personnummer only from Skatteverket's test set (``{pnrN}`` placeholders
or :func:`tests.testdata.personnummer`).
"""

from __future__ import annotations

from tests.testdata import personnummer

from bench.mail_corpus.spec import (
    Spec,
    broken,
    csv_file,
    docx,
    image,
    locked_pdf,
    pdf,
    text_file,
    xlsx,
    zip_file,
)

# Senders and colleagues (fictional), all at Solby kommun (solby.se).
REKTOR = "Anna Lindqvist <anna.lindqvist@solby.se>"
LARARE = "jonas.bergqvist@solby.se"
MENTOR = "Sofie Wikström <sofie.wikstrom@solby.se>"
KURATOR = "Leila Haddad <leila.haddad@solby.se>"
SKOLSKOTERSKA = "Maria Öberg <maria.oberg@solby.se>"
SPECPED = "Eva Ek <eva.ek@solby.se>"
SOCSEK = "Fredrik Nyström <fredrik.nystrom@solby.se>"
SOCSEK2 = "Amra Hodžić <amra.hodzic@solby.se>"
LSS_HANDL = "Camilla Sund <camilla.sund@solby.se>"
HEMTJANST = "Hemtjänst Norr <hemtjanst.norr@solby.se>"
SSK_ABO = "Kristina Falk <kristina.falk@solby.se>"
ENH_CHEF = "Peter Rask <peter.rask@solby.se>"
HR = "Malin Åkesson <malin.akesson@solby.se>"
LON = "Lönecenter <lonecenter@solby.se>"
BYGG = "Oskar Dahl <oskar.dahl@solby.se>"
EKONOMI = "Ekonomi <ekonomi@solby.se>"
IT = "IT-support <itsupport@solby.se>"
UPPH = "Johanna Rehn <johanna.rehn@solby.se>"
REGISTRATOR = "Registrator <registrator@solby.se>"
NAMNDSEK = "Ulrika Sten <ulrika.sten@solby.se>"
KOMM = "Kommunikation <kommunikation@solby.se>"

SIG_REKTOR = """
Med vänlig hälsning

Anna Lindqvist
Rektor Solbyskolan F-6
Solby kommun | Barn- och utbildningsförvaltningen
Tel: 0511-170 00 (vx) | Mobil: 070-312 45 67
www.solby.se

När du skickar e-post till Solby kommun behandlar vi dina personuppgifter enligt
dataskyddsförordningen (GDPR). Läs mer på www.solby.se/personuppgifter"""

SIG_SOC = """
/Fredrik

Fredrik Nyström
Socialsekreterare, Barn och unga
Individ- och familjeomsorgen, Solby kommun
Telefontid mån-fre 8.30-9.30: 0511-171 42

Detta e-postmeddelande kan innehålla information som omfattas av sekretess enligt
offentlighets- och sekretesslagen (2009:400). Har du fått meddelandet av misstag,
meddela avsändaren och radera det."""

SIG_HR = """
Vänliga hälsningar
Malin Åkesson
HR-konsult | HR-avdelningen
Solby kommun
0511-172 10"""

SIG_BYGG = """
Med vänliga hälsningar

Oskar Dahl
Bygglovshandläggare
Samhällsbyggnadsförvaltningen, Solby kommun
Besöksadress: Storgatan 12, 531 30 Solby
Telefon: 0511-173 05"""

SIG_IT = """
--
IT-support Solby kommun
Ärenden: https://support.solby.se | Tel 0511-170 99 (vardagar 7-17)
Svara ovanför denna rad för att lägga till en kommentar i ärendet."""

SIG_MOBIL = "\n\nSkickat från min iPhone"


def quote(text: str) -> str:
    """A reply's quoted history, '>' style."""
    return "\n".join(f"> {line}" if line else ">" for line in text.strip("\n").split("\n"))


def outlook_history(sender: str, sent: str, to: str, subject: str, text: str) -> str:
    """A reply's quoted history, Outlook style (no '>' prefixes)."""
    return (
        "\n\n________________________________\n"
        f"Från: {sender}\nSkickat: {sent}\nTill: {to}\nÄmne: {subject}\n\n{text.strip()}"
    )


def _unusual(index: int, form: str) -> str:
    """A test personnummer written the way people sometimes do."""
    value = personnummer(index)
    if form == "spaced_dash":  # 20150308 - 2396
        return f"{value[:8]} - {value[8:]}"
    if form == "long_space":  # 19800526 2384
        return f"{value[:8]} {value[8:]}"
    if form == "grouped":  # 800526-23 84
        return f"{value[2:8]}-{value[8:10]} {value[10:]}"
    raise ValueError(form)


BLOCK: list[Spec] = [
    Spec(
        id="bl-skola-diagnos-gemener",
        expected="block",
        subject="alva 3b",
        sender=LARARE,
        to=(SPECPED,),
        body="""hej eva!
kan du kika på alva i 3b nån gång nästa vecka? mamman ringde igår och berättade att
hon fått diagnosen adhd i vintras via bup, dom har bara inte sagt nåt till oss förrän nu.
hon har jättesvårt att komma igång m uppgifterna efter rasten.

/jonas""",
        note="a pupil named by first name and class with a diagnosis (health)",
    ),
    Spec(
        id="bl-skola-initialer-sjalvskada",
        expected="block",
        subject="Sv: EK 9c",
        sender=KURATOR,
        to=(MENTOR,),
        body="""Hej Sofie,
tack för att du hörde av dig så snabbt. Jag träffade EK i 9c direkt efter lunch, hen har
skurit sig på underarmen igen. Vi har pratat om att kontakta vårdnadshavare och BUP idag.
Låt det stanna mellan oss och EHT tills vidare.

Leila
Kurator, Solbyskolan 7-9""",
        note="initials plus class point out one pupil; self-harm is health data",
    ),
    Spec(
        id="bl-eht-anteckningar-bilaga",
        expected="block",
        subject="anteckningar EHT 16/5",
        sender=SKOLSKOTERSKA,
        to=(REKTOR, KURATOR, SPECPED),
        body="Hej! Här kommer anteckningarna från torsdagens EHT. Läs innan måndag.\n\n/Maria",
        attachments=(
            docx(
                "EHT_anteckningar_2024-05-16.docx",
                "Elevhälsoteam Solbyskolan 16/5",
                "Närvarande: Anna L, Leila H, Maria Ö, Eva E",
                table=(
                    ("Elev", "Klass", "Ärende", "Åtgärd"),
                    (
                        "Noah Lindberg",
                        "6B",
                        "Hög frånvaro, oro för hemsituationen",
                        "Orosanmälan görs av rektor",
                    ),
                    ("Selma Aziz", "5A", "Utredning ADHD pågår via BUP", "Anpassningar i klassrum"),
                    ("Theo Blom", "6A", "Inga nya uppgifter", "-"),
                ),
            ),
        ),
        note="the attachment names pupils with an orosanmälan and a neuropsychiatric assessment",
    ),
    Spec(
        id="bl-skola-svar-citerad-orosanmalan",
        expected="block",
        subject="Sv: Sv: Liam 4a",
        sender=REKTOR,
        to=(MENTOR,),
        body="""ok tack, då vet jag. vi tar det på måndag.

Anna

Den 14 maj 2024 kl. 16:02 skrev Sofie Wikström <sofie.wikstrom@solby.se>:
"""
        + quote(
            """Hej Anna,
Liam i 4a kom till skolan idag med ett blåmärke över kinden och sa att pappa slog honom
när han var full i helgen. Jag har gjort en orosanmälan till socialtjänsten enligt rutinen.
Mamma vet inte om det ännu.
/Sofie"""
        ),
        note="the quoted history names a pupil, abuse at home and an orosanmälan",
    ),
    Spec(
        id="bl-forskola-smeknamn-epilepsi",
        expected="block",
        subject="Viktigt inför sommarvikarierna!!",
        sender="Linda Kraft <linda.kraft@solby.se>",
        to=("Förskolan Solrosen <solrosen@solby.se>",),
        body="""Hej alla

Innan vikarierna börjar måste alla veta att Mojje på Blåbäret har fått ny epilepsimedicin.
Vid anfall längre än 3 min ska Buccolam ges, den ligger i det låsta skåpet i skötrummet.
Ring 112 om anfallet inte går över.

Kram Linda""",
        note="a child pointed out by nickname and department, with epilepsy and medication",
    ),
    Spec(
        id="bl-skola-till-vh-gmail-bup",
        expected="block",
        subject="Utlåtande från BUP",
        sender=SPECPED,
        to=("fatima.yusuf84@gmail.com",),
        body="""Hej Fatima!

Tack för att ni skickade utlåtandet från BUP om Yusuf. Där står att han har
autismspektrumtillstånd och en språkstörning, så vi kommer att göra en ny pedagogisk
kartläggning och se över hans anpassningar. Kan vi ses tisdag 21/5 kl 15?

Hälsningar Eva Ek
Specialpedagog""",
        note="a named child's diagnoses, sent to the guardian's private address",
    ),
    Spec(
        id="bl-skola-lang-utflykt-insulin",
        expected="block",
        subject="Utflykt till Kvarnsjön torsdag - praktiskt",
        sender=MENTOR,
        to=("Klasslärare åk 4 <arbetslag4@solby.se>",),
        body="""Hej allihop!

Gäller även Ibrahim Mansour i 4A som börjar hos oss efter lovet, se längst ner.

Här kommer det praktiska inför torsdagens utflykt till Kvarnsjön:

* Bussen går 8.15 från vändplanen vid idrottshallen. Var där 8.00 med klasserna.
* Vi är tillbaka ca 14.30, eleverna som går på fritids lämnas direkt till fritids.
* Köket packar lunchpaket (pasta, grönsaker, dricka) – glöm inte att hämta kylväskan
  i köket kl 7.45. Specialkosten är märkt med namn.
* Varje vuxen har en grupp på 6–7 elever, listorna sitter på anslagstavlan i personalrummet.
* Första hjälpen-väska finns hos Jonas och hos mig.
* Bad: bara om vattnet är över 18 grader och med en vuxen i vattnet.
* Regnar det kör vi ändå, se till att eleverna har regnkläder.

Vi behöver ytterligare en vuxen från 4B, säg till om ni kan ställa upp.
Vi behöver även någon som kan ta bilder till veckobrevet (bara på elever med
fotosamtycke, listan finns hos Anna).

Vi ses!

Ang. nya eleven: han har typ 1-diabetes och insulinpump. Han behöver äta sitt mellanmål
kl 10 och kolla blodsockret innan lunch, skolsköterskan visar er hur pumpen fungerar
på onsdag.

/Sofie""",
        note="a named pupil at the top and his diabetes at the bottom of a long mail",
    ),
    Spec(
        id="bl-skola-forsakring-xlsx-pnr",
        expected="block",
        subject="Elevlista till försäkringsbolaget",
        sender="Skoladministration <skoladmin@solby.se>",
        to=("Kundtjänst <kommun@forsakringsbolaget-trygg.se>",),
        body="""Hej,
enligt överenskommelse skickar vi listan över elever på lägerskolan v 23.

Mvh
Birgitta Holm, skoladministratör""",
        attachments=(
            xlsx(
                "lagerskola_v23.xlsx",
                (
                    ("Namn", "Personnummer", "Klass"),
                    ("Elsa Nord", "{pnr1}", "3A"),
                    ("Vidar Strand", "{pnr3}", "3A"),
                    ("Meja Holm", "{pnr5}", "3B"),
                ),
            ),
        ),
        note="personnummer in an attached spreadsheet",
    ),
    Spec(
        id="bl-skolskjuts-pnr-mellanslag",
        expected="block",
        subject="skolskjuts ht24",
        sender="Karin Holm <karin.holm@solby.se>",
        to=("Skolskjutsplanering <skolskjuts@norrvik.se>",),
        body=f"""hej
en ny elev flyttar till er kommun i aug och ska ha skolskjuts till vår skola, kan ni
lägga in honom? personnr: {_unusual(1, "spaced_dash")}, boende på Lingonvägen 4.
tack på förhand!
karin""",
        note="a personnummer written with spaces around the dash",
    ),
    Spec(
        id="bl-ifo-samordningsnummer",
        expected="block",
        subject="Ny klient - boende",
        sender=SOCSEK2,
        to=("Mottagningen <ifo.mottagning@solby.se>",),
        body="""Hej!
Kan ni lägga upp en akt? Mannen har bara samordningsnummer än så länge: {snr2}.
Han kom till receptionen i morse och har ingenstans att sova.

Amra""",
        note="a samordningsnummer",
    ),
    Spec(
        id="bl-ifo-min-klient-adress",
        expected="block",
        subject="återfall",
        sender=SOCSEK,
        to=("Beroendeenheten <beroende@solby.se>",),
        body="""hej,
min klient (han på Storgatan 14 B, 2 tr) har tagit återfall, grannarna ringde i
helgen. kan ni höra av er till mig innan ni gör hembesöket?"""
        + SIG_SOC,
        note="'min klient' with an address points out one person; relapse into addiction",
    ),
    Spec(
        id="bl-ifo-orosanmalan-familj-adress",
        expected="block",
        subject="Inkommen orosanmälan",
        sender="IFO Mottagning <ifo.mottagning@solby.se>",
        to=(SOCSEK,),
        body="""Hej Fredrik,

Orosanmälan inkom idag från förskolan gällande barnen i familjen Lind, Sörgårdsvägen 3.
Förskolan uppger att barnen ofta kommer hungriga och att pappan verkat påverkad vid
hämtning. Skyddsbedömning behöver göras inom 14 dagar, ärendet är tilldelat dig.

Mottagningsgruppen""",
        note="a family named by surname and address with an orosanmälan",
    ),
    Spec(
        id="bl-ifo-polisrapport-vidarebefordrad",
        expected="block",
        subject="VB: Underrättelse enligt 14 kap 1 § SoL",
        sender="IFO Mottagning <ifo.mottagning@solby.se>",
        to=(SOCSEK,),
        body="Fördelas till dig, ungdomsgruppen.\n\n/Mottagningen",
        forwarded=Spec(
            id="bl-ifo-polisrapport-inner",
            expected="block",
            subject="Underrättelse enligt 14 kap 1 § SoL",
            sender="Polisen Region Väst <registrator.vast@polisen.se>",
            to=("Solby kommun Socialtjänst <socialtjanst@solby.se>",),
            body="""Polisen har 2024-05-11 kl 23.40 omhändertagit Elias Berg, 15 år, vid Solby
torg. Elias var kraftigt berusad och hade en kniv på sig. Han lämnades till vårdnadshavare.
Ärendet har rubricerats som brott mot knivlagen.

Polisen Region Väst, Lokalpolisområde Solby""",
        ),
        note="a forwarded police report naming a 15-year-old: alcohol and an offence",
    ),
    Spec(
        id="bl-ifo-forsorjningsstod-beslut",
        expected="block",
        subject="utbetalning maj",
        sender=SOCSEK2,
        to=(EKONOMI,),
        body="""Hej ekonomi!
beslut om försörjningsstöd för maj till Dragan Petrović är fattat, 8 430 kr. kan ni se
till att utbetalningen går den 28e? han har fått nytt bankkonto, clearing 8327-9.

Tack
Amra""",
        note="a named person receiving försörjningsstöd (social services data)",
    ),
    Spec(
        id="bl-ifo-svar-till-klient-hotmail",
        expected="block",
        subject="Sv: ansökan",
        sender=SOCSEK2,
        to=("sandra_blomqvist@hotmail.com",),
        body="""Hej Sandra,

Din ansökan om ekonomiskt bistånd för juni är beviljad för hyra och uppehälle. Kom ihåg
att skicka in lönespecifikationen från din praktik senast den 5:e.

Vänliga hälsningar
Amra Hodžić
Socialsekreterare, Försörjningsstöd

"""
        + quote(
            "hej! jag undrar om min ansökan har gått igenom, jag har inga pengar kvar till mat\n"
            "/sandra"
        ),
        note="social services decision about the recipient herself, to a private address",
    ),
    Spec(
        id="bl-lss-beslut-kontaktperson",
        expected="block",
        subject="Beslut LSS",
        sender=LSS_HANDL,
        to=("Verkställighet LSS <lss.verkstallighet@solby.se>",),
        body="""Hej!
Beslut fattat idag om kontaktperson enligt 9 § 4 LSS för Johan Eriksson, 6 tim/mån,
gäller t.o.m. 2025-05-31. Verkställighet kan påbörjas. Beslutet bifogas i Lifecare.

Camilla Sund
LSS-handläggare""",
        note="an LSS decision for a named person",
    ),
    Spec(
        id="bl-lss-gruppbostad-vid-behov",
        expected="block",
        subject="Händelse idag",
        sender="Gruppbostaden Lärkan <larkan@solby.se>",
        to=(ENH_CHEF,),
        body="""Hej Peter

Vilma hade ett kraftigt utbrott efter lunch idag och slog sönder fönstret i sitt rum. Vi
fick ge henne Theralen vid behov enligt ordination och hon lugnade sig efter en timme.
Avvikelse är skriven. Personalen är ok.

/Kvällspersonalen Lärkan""",
        note="a resident named by first name at a group home, with medication",
    ),
    Spec(
        id="bl-abo-rum-hoftfraktur",
        expected="block",
        subject="natten",
        sender="Nattpersonal Solgården <solgarden.natt@solby.se>",
        to=(SSK_ABO,),
        body="""Hej Kristina!
Rum 14 på avd 2 föll i badrummet kl 03. Misstänkt höftfraktur, ambulans kom 03.40 och
hon är nu på akuten i Uddevalla. Anhöriga är underrättade.
Natten""",
        note="a resident pointed out by room number with an injury",
    ),
    Spec(
        id="bl-hemtjanst-adress-demens",
        expected="block",
        subject="ny insats Ekvägen",
        sender="Biståndshandläggare Äldre <bistand.aldre@solby.se>",
        to=(HEMTJANST,),
        body="""Hej, från måndag ny insats för brukaren på Ekvägen 7, lgh 1102. Han har fått
diagnosen demens (Alzheimer) och ska ha trygghetslarm + tillsyn 2 ggr/natt.
Nyckel hämtas hos mig.
mvh biståndshandläggarna""",
        note="an address and a diagnosis without a name still point out one person",
    ),
    Spec(
        id="bl-abo-veckobrev-sjukhus",
        expected="block",
        subject="Veckobrev från Solgården v. 20",
        sender="Solgården <solgarden@solby.se>",
        to=("Anhöriga Solgården <anhoriga.solgarden@solby.se>",),
        body="""Hej alla anhöriga och boende!

Vilken vecka vi har haft! Solen har äntligen tittat fram och vi har druckit kaffe ute
på altanen nästan varje dag.

På måndag kommer frisören som vanligt, boka tid hos personalen.
På onsdag är det bingo kl 14 i dagrummet – fina priser!
Torsdag kommer Solby spelmanslag och spelar, det brukar vara väldigt uppskattat.

Vi önskar Greta Nilsson på avdelning 2 god bättring efter sjukhusvistelsen, hon har
haft en tuff tid med lunginflammationen och vi längtar efter att hon kommer hem igen.

Matsedeln för veckan hänger vid entrén. Nationaldagen firar vi med tårta!

Varma hälsningar
Personalen på Solgården""",
        note="a cheerful newsletter that names a resident's pneumonia and hospital stay",
    ),
    Spec(
        id="bl-hr-rehab-kallelse",
        expected="block",
        subject="Kallelse rehabiliteringsmöte",
        sender=HR,
        to=("Sara Ek <sara.ek@solby.se>",),
        cc=(ENH_CHEF,),
        body="""Hej Sara,

Du kallas till ett rehabiliteringsmöte med anledning av din sjukskrivning.
Tid: onsdag 22 maj kl 10.00, plats: HR, rum 3.14. Företagshälsovården deltar.
Ta gärna med ditt senaste läkarintyg.
"""
        + SIG_HR,
        note="a named employee's sick leave and rehabilitation",
    ),
    Spec(
        id="bl-hr-chef-migran",
        expected="block",
        subject="Råd ang medarbetare",
        sender=ENH_CHEF,
        to=(HR,),
        body="""Hej Malin!
Behöver bolla en sak. Jonas på kvällspasset har varit borta 6 ggr sen jul, alltid
måndagar. Han säger att det är migrän men jag är osäker. Ska jag kräva läkarintyg från dag 1
eller starta en rehabutredning direkt?
/Peter""",
        note="a named employee's repeated absence and migraine",
    ),
    Spec(
        id="bl-hr-franvaro-sjukskriven-sig",
        expected="block",
        subject="Frånvaro: Budgetmöte förskolorna",
        sender="Therese Lund <therese.lund@solby.se>",
        to=("Förskolechefer <forskolechefer@solby.se>",),
        body="""Hej,
Jag är sjukskriven på heltid t.o.m. 14 juni efter min operation och läser inte mejl.
Brådskande frågor om förskolorna i centrum tas av Linda Kraft, 0511-175 20.

Therese Lund
Förskolechef Centrum""",
        note="the sender's own sick leave and operation: health about an identifiable person",
    ),
    Spec(
        id="bl-hr-referens-utbrand",
        expected="block",
        subject="Sv: Referens Mikaela Sandberg",
        sender="Per-Olof Hägg <per-olof.hagg@norrvik.se>",
        to=(HR,),
        body="""Hej Malin!

Ursäkta sent svar. Mikaela var hos oss 2018–2023 som undersköterska. Hon är noggrann,
bra med de boende och omtyckt av kollegorna. Ärligt ska sägas att hon hade en period
2021 då hon gick in i väggen och var sjukskriven med utmattningssyndrom i ca 5 mån, men
efter det fungerade det bra.

Ring gärna om du vill veta mer!
Per-Olof Hägg, enhetschef Norrviks hemtjänst"""
        + outlook_history(
            "Malin Åkesson",
            "den 13 maj 2024 08:12",
            "Per-Olof Hägg",
            "Referens Mikaela Sandberg",
            "Hej! Mikaela Sandberg har sökt tjänst som undersköterska hos oss och angett dig som "
            "referens. När passar det att ringa?",
        ),
        note="a reference revealing a named applicant's burnout and sick leave",
    ),
    Spec(
        id="bl-hr-ansokan-dyslexi",
        expected="block",
        subject="VB: Ansökan lärare svenska/SO, ref 2024/118",
        sender="Rekrytering <rekrytering@solby.se>",
        to=(REKTOR,),
        body="""Hej Anna, här är en ansökan som kom in via mejl istället för via portalen.
/Rekryteringen

-------- Vidarebefordrat meddelande --------
Från: Hampus Ljung <hampus.ljung@outlook.com>
Ämne: Ansökan lärare svenska/SO

Hej!
Jag söker tjänsten som lärare i svenska och SO. Jag har arbetat sex år i Norrviks kommun
och trivs bäst med de äldre eleverna. Jag vill vara öppen med att jag har en
dyslexidiagnos, vilket gör att jag förstår elever med läs- och skrivsvårigheter väldigt bra.

CV bifogas.
Hampus Ljung
073-555 12 34""",
        note="a named applicant discloses his own diagnosis in the forwarded application",
    ),
    Spec(
        id="bl-lon-lista-pnr-zip",
        expected="block",
        subject="Underlag retroaktiv lön",
        sender=LON,
        to=("Löneservice <service@lonebyran-vast.se>",),
        body="Hej, bifogar underlaget. Lösenordet till förra zip-filen kommer i sms.\n\nLönecenter",
        attachments=(
            zip_file(
                "underlag_retro.zip",
                xlsx(
                    "retro_maj.xlsx",
                    (
                        ("Anst.nr", "Namn", "Pnr", "Belopp"),
                        ("100234", "Lena Karlsson", "{pnr10}", "1 245"),
                        ("100871", "Ali Reza", "{pnr14}", "980"),
                    ),
                ),
            ),
        ),
        note="personnummer in a spreadsheet inside a zip attachment",
    ),
    Spec(
        id="bl-hr-facklig-medlem",
        expected="block",
        subject="sv: samtal med Lisa",
        sender=ENH_CHEF,
        to=(HR,),
        body="""hej igen,
lisa holm på köket vill inte ha samtalet utan ombud. hon är med i kommunal och har bett
att få ha med sin fackliga företrädare. kan vi flytta till v 22?
peter""",
        note="a named employee's trade union membership (not a union role)",
    ),
    Spec(
        id="bl-bygg-granne-domd",
        expected="block",
        subject="VB: synpunkter bygglov Kvarnen 4:12",
        sender=REGISTRATOR,
        to=(BYGG,),
        body="Till handläggaren för kännedom.\n\nRegistrator",
        forwarded=Spec(
            id="bl-bygg-granne-inner",
            expected="block",
            subject="synpunkter bygglov Kvarnen 4:12",
            sender="Maj-Britt Svahn <majbritt.svahn@telia.com>",
            to=(REGISTRATOR,),
            body="""hej

jag är granne till Kvarnen 4:12 och motsätter mig bygget av garaget. ägaren Kjell Nyberg
har suttit i fängelse för misshandel och jag vill inte att han får bygga närmare min tomt.
han har dessutom hotat min man.

Maj-Britt Svahn, Kvarnen 4:11""",
        ),
        note="a neighbour's complaint naming a property owner and his conviction",
    ),
    Spec(
        id="bl-bygg-ramp-ms",
        expected="block",
        subject="bygglov ramp Solby 5:118",
        sender=BYGG,
        to=("Anders Wiik <anders.wiik@solby.se>",),
        body="""Hej Anders,
Kan du ta en titt på ärendet BN 2024-000412 (ramp och breddad entré, Solby 5:118)?
Sökanden Birgitta Ahl har MS och sitter numera i rullstol, så hon behöver beslutet
snabbt. Bostadsanpassningen är också inkopplad.
"""
        + SIG_BYGG,
        note="a named applicant's illness in a building-permit case",
    ),
    Spec(
        id="bl-ekonomi-hemtjanstavgift-xlsx",
        expected="block",
        subject="avgiftsunderlag maj",
        sender="Avgiftshandläggare <avgifter@solby.se>",
        to=(EKONOMI,),
        body="hej, här är underlaget för fakturering, samma som vanligt.\n//Avgiftshandläggarna",
        attachments=(
            xlsx(
                "avgiftsunderlag_hemtjanst_maj.xlsx",
                (
                    ("Kund", "Insats", "Timmar", "Avgift kr"),
                    ("Ingrid Svensson", "Hemtjänst", "22", "2 359"),
                    ("Rolf Ahlgren", "Hemtjänst + matdistribution", "14", "2 359"),
                    ("Gun Bäck", "Trygghetslarm", "0", "305"),
                ),
                sheet="Hemtjänst maj",
            ),
        ),
        note="named people receiving home care (social services) in an attached fee list",
    ),
    Spec(
        id="bl-ekonomi-aterkrav-fs",
        expected="block",
        subject="Återkrav",
        sender=SOCSEK2,
        to=("Kundreskontra <kundreskontra@solby.se>",),
        body="""Hej!
Vänligen fakturera återkrav av felaktigt utbetalt försörjningsstöd:
Ali Hassan, Lillgatan 2, 531 32 Solby – 12 400 kr. Avbetalning 500 kr/mån är överenskommen.
Dnr SN 2024/233.
Tack, Amra""",
        note="a named person's repayment of försörjningsstöd",
    ),
    Spec(
        id="bl-it-treserva-pnr",
        expected="block",
        subject="Treserva hänger sig",
        sender=SOCSEK,
        to=(IT,),
        body="""hej, treserva fryser varje gång jag öppnar akten för 800526-2384, andra akter
går bra. har startat om datorn två ggr. brådskande, har möte kl 13!
/fredrik""",
        note="a personnummer in an IT ticket",
    ),
    Spec(
        id="bl-it-skarmdump-pnr-filnamn",
        expected="block",
        subject="felmeddelande vid utskrift",
        sender="Hanna Berg <hanna.berg@solby.se>",
        to=(IT,),
        body="hej! får detta fel när jag ska skriva ut, se skärmdump.\nhanna",
        attachments=(image(f"skarmdump_journal_{personnummer(12)}.png"),),
        note="a personnummer in the attachment's file name",
    ),
    Spec(
        id="bl-upphandling-vd-domd",
        expected="block",
        subject="Kontroll av anbudsgivare",
        sender=UPPH,
        to=("Stefan Ruud <stefan.ruud@solby.se>",),
        body="""Hej Stefan,

Jag har gjort kontrollerna av anbudsgivarna i städupphandlingen. Alla har betalt skatter
och avgifter. Men för Glansstäd i Väst AB: VD:n Tomas Grip dömdes 2019 av Vänersborgs
tingsrätt för grovt skattebrott, så vi måste bedöma om uteslutningsgrunden i 13 kap LOU
är tillämplig. Kan vi ta det på torsdag?

Johanna""",
        note="a named person's criminal conviction",
    ),
    Spec(
        id="bl-allman-handling-son-angest",
        expected="block",
        subject="VB: Begäran om allmän handling",
        sender=REGISTRATOR,
        to=(KURATOR,),
        body="Hej, begäran nedan gäller dina anteckningar. Svar till den enskilde inom 1-2 dagar.",
        forwarded=Spec(
            id="bl-allman-handling-inner",
            expected="block",
            subject="Begäran om allmän handling",
            sender="Magnus Sjöberg <magnus.sjoberg@bredband.net>",
            to=(REGISTRATOR,),
            body="""Hej
Jag begär ut kuratorns anteckningar om min son Leo Sjöberg, 8B, från samtalen om hans
ångest och panikattacker under våren.
Magnus Sjöberg""",
        ),
        note="a forwarded request naming a pupil's anxiety",
    ),
    Spec(
        id="bl-polis-misstankt-ran",
        expected="block",
        subject="förfrågan från polisen",
        sender=REKTOR,
        to=(MENTOR,),
        body="""Hej Sofie,
Polisen ringde. De vill prata med Noah Ali i 9B, han är misstänkt för rånet vid
busstationen i fredags. Kan du se till att han är kvar efter sista lektionen imorgon?
Säg inget till klassen.
Anna""",
        note="a named pupil suspected of a crime",
    ),
    Spec(
        id="bl-polisanmalan-hot-larare",
        expected="block",
        subject="händelse 9a",
        sender=REKTOR,
        to=("Förvaltningschef BUF <bufchef@solby.se>",),
        body="""hej,
för kännedom: polisanmälan gjord idag ang. hot mot lärare. kevin i 9a sa att han
skulle "komma med kniv" imorgon. vårdnadshavare kontaktade, han är hemma resten av veckan.
anna""",
        note="a pupil named by first name and class with a police report",
    ),
    Spec(
        id="bl-kryptering-tagg-saker",
        expected="block",
        subject="[SÄKER] Underlag till individutskottet",
        sender=NAMNDSEK,
        to=("Ledamöter IU <iu.ledamoter@solby.se>",),
        body="Hej, här kommer underlaget till tisdagens sammanträde.\n/Ulrika",
        note="marked for encryption but not encrypted",
    ),
    Spec(
        id="bl-kryptering-hashtag",
        expected="block",
        subject="journalkopia #kryptera",
        sender=SSK_ABO,
        to=("Vårdcentralen Solby <vardcentralen.solby@regionsolby.se>",),
        body="hej, här kommer kopian ni bad om\nkristina",
        note="marked for encryption (lower-case hashtag) but not encrypted",
    ),
    Spec(
        id="bl-protokoll-iu-lvu",
        expected="block",
        subject="Protokoll individutskottet 2024-05-07 (justerat)",
        sender=NAMNDSEK,
        to=("Socialförvaltningen ledning <sf.ledning@solby.se>",),
        body="""Hej!
Justerat protokoll från individutskottet bifogas samt i korthet nedan.

PROTOKOLL Individutskottet 2024-05-07
Närvarande: Lars Holm (S) ordf, Karin Wallin (M), Yasmin Demir (V)
Justerare: Karin Wallin

§ 44 Anmälan av delegationsbeslut – läggs till handlingarna.
§ 45 Ansökan till förvaltningsrätten om vård enligt 2 § LVU för Melvin Ström (f. 2012).
     Utskottet beslutar att ansöka om vård enligt LVU.
§ 46 Övrigt – inget.

Vid protokollet
Ulrika Sten""",
        note="minutes naming a child in an LVU case, next to politicians in their roles",
    ),
    Spec(
        id="bl-skyddad-identitet-ny-elev",
        expected="block",
        subject="OBS ny elev 2a",
        sender=REKTOR,
        to=("Arbetslag F-3 <arbetslagf3@solby.se>",),
        body="""OBS!! Hanna som börjar i 2a på måndag har skyddad identitet. Inga foton, ingen
adress får lämnas ut och hon får inte stå med på klasslistor som skickas hem.
Hämtas bara av mamma. Frågor till mig.
/Anna""",
        note="a named pupil with protected identity",
    ),
    Spec(
        id="bl-sekretessmarkering-familj",
        expected="block",
        subject="Sv: bokning av tolk",
        sender="Mottagningsenheten <mottagning.nyanlanda@solby.se>",
        to=("Tolkförmedlingen <bokning@tolkvast.se>",),
        body="""Hej,
Bokningen för familjen Karimi står kvar, men observera att det finns sekretessmarkering
på hela familjen så tolken får inte uppge adressen eller skolans namn till någon.

Mvh Mottagningsenheten

-----Ursprungligt meddelande-----
Från: Tolkförmedlingen
Skickat: den 10 maj 2024 11:04
Ämne: bokning av tolk
Bekräftar tolk dari 23/5 kl 13-14.""",
        note="a family named by surname with a sekretessmarkering (protected identity)",
    ),
    Spec(
        id="bl-religion-ramadan",
        expected="block",
        subject="lunch under ramadan",
        sender=MENTOR,
        to=("Skolköket <kok.solbyskolan@solby.se>",),
        body="""hej köket!
amir i 6c kommer inte äta lunch de närmsta veckorna, han är muslim och fastar under
ramadan. han sitter i biblioteket under lunchen istället.
tack / sofie""",
        note="a named pupil's religion",
    ),
    Spec(
        id="bl-etnicitet-ny-elev",
        expected="block",
        subject="ny elev 3b",
        sender=REKTOR,
        to=("Modersmålsenheten <modersmal@solby.se>",),
        body="""Hej!
Kristian Taikon börjar i 3B efter sportlovet. Familjen är romer och vill gärna att han
får modersmålsundervisning i romani. Finns det någon lärare som kan ta honom?
Anna""",
        note="a named pupil's ethnic origin",
    ),
    Spec(
        id="bl-sexuell-laggning-elev",
        expected="block",
        subject="kränkningar 9b",
        sender=KURATOR,
        to=(REKTOR,),
        body="""Hej Anna

Elin i 9B har berättat för mig att hon är lesbisk och att några killar i klassen kallar
henne saker i korridoren. Hon vill inte att föräldrarna får veta än. Jag vill att vi gör
en anmälan om kränkande behandling men utan att det framgår varför.

Leila""",
        note="a named pupil's sexual orientation",
    ),
    Spec(
        id="bl-kallelse-sip-bup",
        expected="block",
        subject="Inbjudan: SIP-möte Tindra Johansson",
        sender="Maja Grön <maja.gron@solby.se>",
        to=(
            "BUP Solby <bup.solby@regionsolby.se>",
            SPECPED,
            "Familjebehandlarna <familjebehandling@solby.se>",
        ),
        body="""När: onsdag 29 maj 2024 13:00–14:30
Var: Familjecentralen, rum Eken / Teams

Välkomna till SIP-möte för Tindra Johansson (åk 7). Syftet är att samordna insatserna
från BUP, socialtjänsten och skolan kring hennes ätstörning och skolfrånvaro.
Vårdnadshavare har lämnat samtycke.

________________________________________________________________________________
Microsoft Teams-möte
Anslut på datorn, mobilappen eller rumsenheten
Klicka här för att ansluta till mötet
Mötes-ID: 364 118 905 72   Lösenord: Vk7xQ2""",
        note="a meeting invitation naming a child with an eating disorder",
    ),
    Spec(
        id="bl-abo-anhorig-gmail-uvi",
        expected="block",
        subject="Din pappa",
        sender=SSK_ABO,
        to=("lena.stromberg@gmail.com",),
        body="""Hej Lena!

Ville bara säga att din pappa Sven har haft lite feber sen igår och varit mer förvirrad
än vanligt. Vi har tagit urinprov och läkaren misstänker UVI, han har fått antibiotika.
Ring gärna avdelningen om du undrar något.

Kristina Falk
Sjuksköterska Solgården""",
        note="a named resident's infection and treatment, to a relative's private address",
    ),
    Spec(
        id="bl-forskola-magsjuka-barn",
        expected="block",
        subject="Wilmer",
        sender="Avdelning Blåbäret <blabaret@solby.se>",
        to=("jenny.holmgren@hotmail.se",),
        body="""Hej! Wilmer har kräkts två gånger efter lunch och är varm, kan någon av er hämta
så fort som möjligt? Han ligger och vilar i soffan nu.
/Blåbäret""",
        note="a named child's illness (health), even though it is everyday",
    ),
    Spec(
        id="bl-lss-djup-citering-outlook",
        expected="block",
        subject="SV: SV: SV: schema v.22",
        sender="Daglig verksamhet Verkstan <verkstan@solby.se>",
        to=(LSS_HANDL,),
        body="""Hej, det går bra med onsdagar från v.22.

Mvh Verkstan"""
        + outlook_history(
            "Camilla Sund",
            "den 15 maj 2024 10:21",
            "Verkstan",
            "SV: SV: schema v.22",
            "Går onsdagar istället för torsdagar? /Camilla",
        )
        + outlook_history(
            "Verkstan",
            "den 14 maj 2024 15:47",
            "Camilla Sund",
            "SV: schema v.22",
            "Vi har bara plats torsdagar just nu tyvärr.",
        )
        + outlook_history(
            "Camilla Sund",
            "den 14 maj 2024 09:02",
            "Verkstan",
            "schema v.22",
            "Hej! Oscar Lindahl har fått beslut om daglig verksamhet enligt LSS (personkrets 1, "
            "autism och intellektuell funktionsnedsättning) och ska börja hos er v.22. "
            "Vilka dagar har ni plats? /Camilla",
        ),
        note="the oldest message of an Outlook thread: a named LSS decision and diagnosis",
    ),
    Spec(
        id="bl-vidarebefordrad-pnr",
        expected="block",
        subject="VB: uppgifter till FK",
        sender=HR,
        to=("Ann Björk <ann.bjork@solby.se>",),
        body="Kan du ta detta? Jag är ledig imorgon.\nMalin",
        forwarded=Spec(
            id="bl-vidarebefordrad-pnr-inner",
            expected="block",
            subject="uppgifter till FK",
            sender="Zeynep Yılmaz <zeynep.yilmaz@solby.se>",
            to=(HR,),
            body="""Hej, Försäkringskassan behöver arbetsgivarens uppgifter för min ansökan.
Mitt personnummer är {pnr16l}.
Tack! Zeynep""",
        ),
        note="a personnummer in a forwarded message",
    ),
    Spec(
        id="bl-hr-lakarintyg-pdf",
        expected="block",
        subject="Intyg",
        sender="Dragana Ilić <dragana.ilic@solby.se>",
        to=(ENH_CHEF,),
        body="Hej Peter, bifogar intyget. Mvh Dragana" + SIG_MOBIL,
        attachments=(
            pdf(
                "intyg.pdf",
                "Läkarintyg\nPatient: Dragana Ilić\nDiagnos: Lumbago (M54.5)\n"
                "Arbetsförmågan är nedsatt med 50 % under perioden 2024-05-13 – 2024-06-09.\n"
                "Vårdcentralen Solby, leg. läkare Karl Nord",
            ),
        ),
        note="a medical certificate with a diagnosis in the attached PDF",
    ),
    Spec(
        id="bl-atgardsprogram-docx",
        expected="block",
        subject="åp",
        sender=SPECPED,
        to=(MENTOR,),
        body="hej! här är utkastet, kolla gärna igenom innan mötet med föräldrarna\neva",
        attachments=(
            docx(
                "Åtgärdsprogram Oliver 5a.docx",
                "Åtgärdsprogram",
                "Elev: Oliver Sandström, klass 5A",
                "Bakgrund: Oliver har diagnosen dyskalkyli och en lindrig språkstörning enligt "
                "logopedutredning 2023.",
                "Åtgärder: extra anpassningar i matematik, särskilt stöd i liten grupp 2 tim/v.",
            ),
        ),
        note="a named pupil's diagnoses in the attached document",
    ),
    Spec(
        id="bl-hemtjanst-korlista",
        expected="block",
        subject="körlista fredag",
        sender="Hemtjänst Norr planering <planering.norr@solby.se>",
        to=("Vikarie Hemtjänst <vikarie.norr@solby.se>",),
        body="""Hej! Här är din körlista för fredag.

07.00 Gunnel Ek, Tallvägen 2 – morgonhjälp, såromläggning bensår, insulin 8 E
08.15 Bertil Ahl, Tallvägen 9 – dusch, frukost
09.30 Ester Lund, Granstigen 1 – inköp, städ
11.30 Matdistribution Tallvägen-slingan (6 st)

Nyckelgömman har kod 4417. Ring 0511-171 80 om något händer.""",
        note="a named client's wound and insulin in a home-care route list",
    ),
    Spec(
        id="bl-vald-nara-relation-kvinnojour",
        expected="block",
        subject="akut",
        sender=SOCSEK,
        to=("Kvinnojouren Solby <kontakt@kvinnojoursolby.se>",),
        body="""Hej,
som vi pratade om i telefon: mamman Layla har tagit sig till er med barnen efter
misshandeln i helgen. Pappan vet inte var de är och får inte veta. Jag kommer imorgon
kl 10 för att planera vidare. Ingen får bekräfta att de bor hos er.
"""
        + SIG_SOC,
        note="a named woman who fled violence in a close relationship to a shelter",
    ),
    Spec(
        id="bl-pnr-i-amnet",
        expected="block",
        subject="ang. {pnr3s} – skolskjuts",
        sender="Karin Holm <karin.holm@solby.se>",
        to=("Taxi Solby <bokning@taxisolby.se>",),
        body="Hej, se ämnesraden. Skjutsen ska börja måndag 7.20. Tack /Karin",
        note="a personnummer in the subject line only",
    ),
    Spec(
        id="bl-hr-belastningsregister",
        expected="block",
        subject="registerutdrag",
        sender=HR,
        to=(ENH_CHEF,),
        body="""Hej Peter,
Vi har fått in registerutdraget för Mikael Öst (sökande till boendestödjare). Det finns en
anteckning om ringa narkotikabrott 2022. Vill du prata om hur vi går vidare innan du
erbjuder tjänsten?
"""
        + SIG_HR,
        note="a named applicant's criminal record",
    ),
    Spec(
        id="bl-kontaktfamilj-elev",
        expected="block",
        subject="hämtning fredagar",
        sender=MENTOR,
        to=("Fritids Solrosen <fritids.solrosen@solby.se>",),
        body="""Hej fritids!
elsa i 1b har kontaktfamilj varannan helg via socialtjänsten, så på fredagar v 20, 22, 24
hämtas hon av dem (familjen Persson, de har med sig en lapp). Hon får inte gå med någon
annan.
/sofie""",
        note="a named pupil with a contact family through social services",
    ),
    Spec(
        id="bl-pnr-grupperad-form",
        expected="block",
        subject="Sv: medlemskap friskvård",
        sender=HR,
        to=("Kundservice <kundservice@friskvardsportalen.se>",),
        body=f"""Hej,
Medarbetaren ni frågar om har pnr {_unusual(10, "grouped")}, hon är anställd hos oss sedan 2019.
Vänligen aktivera friskvårdsbidraget.
"""
        + SIG_HR,
        note="a personnummer with the last four digits split in two groups",
    ),
    Spec(
        id="bl-pnr-lang-mellanslag",
        expected="block",
        subject="Sv: Intyg om anställning",
        sender=LON,
        to=("Bolån <bolan@banken-vast.se>",),
        body=f"""Hej

Härmed intygas att Pernilla Ståhl ({_unusual(12, "long_space")}) är tillsvidareanställd
som undersköterska med en månadslön om 29 800 kr.

Lönecenter Solby kommun""",
        note="a personnummer as YYYYMMDD and a space",
    ),
    Spec(
        id="bl-hr-graviditet",
        expected="block",
        subject="schema hösten",
        sender="Emma Lind <emma.lind@solby.se>",
        to=(ENH_CHEF,),
        body="""Hej Peter!

Tänkte säga det till dig innan det syns: jag är gravid i vecka 14 och beräknad förlossning
är i slutet av november. Barnmorskan har sagt att jag inte ska lyfta tungt så jag undrar om
jag kan slippa förflyttningarna på avdelning 3 i höst?

Kram Emma""",
        note="the sender's own pregnancy (health) and work restrictions",
    ),
    Spec(
        id="bl-elevhalsa-html-only",
        expected="block",
        subject="Hälsosamtal",
        sender=SKOLSKOTERSKA,
        to=(MENTOR,),
        body="Hej! Se nedan.",
        html="""<html><body><p>Hej Sofie!</p>
<p>Vid hälsosamtalet med <b>Nora Ekström (7C)</b> kom det fram att hon inte äter lunch och
har tappat mycket i vikt. Jag misstänker ätstörning och har pratat med mamma om remiss.</p>
<p>Maria, skolsköterska</p></body></html>""",
        note="a named pupil's suspected eating disorder in the HTML part",
    ),
    Spec(
        id="bl-ifo-placering-hvb-iso",
        expected="block",
        subject="Placering",
        sender=SOCSEK,
        to=("HVB Björkhagen <intag@hvbbjorkhagen.se>",),
        body="""Hej!

Vi söker plats för en pojke, 16 år, Ahmed Warsame, akut placering enligt 6 § LVU.
Han har ett pågående missbruk av cannabis och har begått flera stölder. Kan ni ta emot
honom från fredag?

Fredrik Nyström, socialsekreterare Solby""",
        legacy_charset="iso-8859-1",
        note="a named youth's placement under LVU, addiction and thefts",
    ),
    Spec(
        id="bl-outlook-msg-sjukskrivning",
        expected="block",
        subject="Sjukskrivning Kim",
        sender=ENH_CHEF,
        to=(LON,),
        body="""Hej lönecenter!
Kim Andersson på Solgården är sjukskriven 100 % från 6/5 pga knäoperation, intyg kommer.
Registrera i Heroma.
/Peter Rask, enhetschef""",
        outlook=True,
        note="a named employee's sick leave and operation (also as .msg)",
    ),
    Spec(
        id="bl-bistand-avslag-citerat-medborgare",
        expected="block",
        subject="Sv: Klagomål på hemtjänsten",
        sender="Äldreomsorgen <aldreomsorgen@solby.se>",
        to=(ENH_CHEF,),
        body="""Hej Peter! Kan du återkoppla till henne? Synpunkten är diarieförd, dnr VO 2024/88.
Tack!
"""
        + quote(
            """Från: Agneta Roos <agneta.roos@gmail.com>
Hej jag är dotter till Arne Roos på Björkvägen 5 som har hemtjänst. Personalen kommer
aldrig i tid och pappa som har parkinson har legat på golvet i två timmar innan någon
kom. Det är inte ok!!
Agneta"""
        ),
        note="a citizen's complaint in the quoted history names her father's illness and home care",
    ),
]


WARN: list[Spec] = [
    Spec(
        id="wa-synligt-natverk-kommuner",
        expected="warn",
        subject="Inbjudan nätverksträff skolnärvaro 12 juni",
        sender="Anna Lindqvist <anna.lindqvist@solby.se>",
        to=(
            "helena.ris@ostby.se",
            "mats.nordin@ostby.se",
            "sara.kvist@bergsjo.se",
            "olof.ahl@bergsjo.se",
            "ingrid.m@skogsby.se",
            "p.lund@skogsby.se",
        ),
        body="""Hej alla rektorer i nätverket!

Välkomna till nästa nätverksträff om skolnärvaro den 12 juni kl 9–12 i Solby stadshus,
sal Kvarnen. Vi bjuder på fika. Anmälan senast 1 juni till mig.
"""
        + SIG_REKTOR,
        note="six outside recipients from three organisations visible to each other in To",
    ),
    Spec(
        id="wa-synligt-foraldrar-privat",
        expected="warn",
        subject="fotbollsturnering lördag",
        sender=LARARE,
        to=(
            "mamma.till.ebbe@gmail.com",
            "johan.k1979@hotmail.com",
            "sanna_nilsson@live.se",
            "ahmadi.family@outlook.com",
            "petra.berglund@icloud.com",
        ),
        body="""hej föräldrar i 5a!
på lördag är det skolturnering i fotboll på solbyvallen, samling 9.30. ta med matsäck och
vattenflaska. hör av er om ni kan skjutsa till bortamatchen kl 13.
/jonas""",
        note="five private addresses visible to each other in To (should be Bcc)",
    ),
    Spec(
        id="wa-synligt-cc-leverantor",
        expected="warn",
        subject="Påminnelse: enkät förskolans kvalitet",
        sender="Enkätservice <info@enkatbolaget.se>",
        to=("forskolechefer@solby.se",),
        cc=(
            "asa.berg@ostby.se",
            "kent.ahl@bergsjo.se",
            "lina.sund@skogsby.se",
            "marie.wall@norrvik.se",
            "rektor.forskola@ostby.se",
        ),
        body="""Hej!
Påminnelse om att enkäten till vårdnadshavare stänger fredag 24 maj. Svarsfrekvensen är
hittills 41 %. Länk att skicka ut finns i tidigare utskick.

Vänliga hälsningar
Enkätbolaget""",
        note="a supplier's mailing with many outside recipients from several organisations in Cc",
    ),
    Spec(
        id="wa-synligt-anbudsfragor",
        expected="warn",
        subject="Svar på frågor – upphandling skolmåltider, dnr KS 2024/0312",
        sender=UPPH,
        to=(
            "anbud@kockarnaivast.se",
            "offert@matbolaget.se",
            "info@skolmatab.se",
            "sales@cateringnorr.se",
        ),
        body="""Hej,

Här kommer svar på inkomna frågor i upphandlingen:

Fråga 1: Ska priset anges per portion eller per dag? Svar: per portion.
Fråga 2: Får underleverantör användas för transporter? Svar: ja, se punkt 4.3.

Sista dag för anbud är oförändrat 2024-06-03.

Johanna Rehn
Upphandlare, Solby kommun""",
        note="four bidders from four companies visible to each other",
    ),
    Spec(
        id="wa-synligt-foreningar",
        expected="warn",
        subject="Föreningsbidrag 2025 – ansök senast 30/9",
        sender="Kultur och fritid <kulturfritid@solby.se>",
        to=(
            "ordforande@solbyif.se",
            "kassor@solbyscouterna.se",
            "styrelsen@pro-solby.se",
            "kontakt@solbykorens.se",
            "info@solbyschack.se",
            "solby.pingis@gmail.com",
        ),
        body="""Hej föreningar!
Nu är ansökan om föreningsbidrag för 2025 öppen i e-tjänsten. Sista dag 30 september.
Välkomna till informationsträff 12/9 kl 18 i Folkets hus.
Kultur och fritid""",
        note="six outside organisations visible to each other in To",
    ),
    Spec(
        id="wa-lookalike-egen-doman",
        expected="warn",
        subject="Sv: lokalbokning aulan",
        sender=REKTOR,
        to=("Karin Holm <karin.holm@solbby.se>",),
        body="""Hej Karin, aulan är bokad 6/6 kl 17–20 för skolavslutningen. Kan du ordna med
stolar? /Anna""",
        note="recipient domain solbby.se looks like a misspelling of solby.se",
    ),
    Spec(
        id="wa-lookalike-partner",
        expected="warn",
        subject="protokoll samverkansmöte",
        sender=NAMNDSEK,
        to=("Lars Björk <lars.bjork@norrvlk.se>",),
        body="Hej Lars, här kommer protokollet från samverkansmötet om kollektivtrafiken.\nUlrika",
        attachments=(
            docx(
                "protokoll_samverkan.docx",
                "Protokoll samverkansmöte Solby–Norrvik 2024-05-06",
                "1. Linje 412 förlängs till Norrviks resecentrum från augusti.",
                "2. Nästa möte 2024-09-02.",
            ),
        ),
        note="norrvlk.se looks like a misspelling of the partner norrvik.se",
    ),
    Spec(
        id="wa-lookalike-region",
        expected="warn",
        subject="Fakturafråga",
        sender=EKONOMI,
        to=("Leverantörsreskontra <lev.reskontra@regionsolbv.se>",),
        body="""Hej, vi saknar fakturanummer 200045871 på er betalningsavisering.
Kan ni skicka en kopia? Mvh Ekonomi""",
        note="regionsolbv.se looks like a misspelling of the partner regionsolby.se",
    ),
    Spec(
        id="wa-lookalike-webmail",
        expected="warn",
        subject="Sv: fråga om tomtkö",
        sender=BYGG,
        to=("Göran Eklund <goran.eklund@gmial.com>",),
        body="""Hej Göran,
Du står i tomtkön sedan 2019 och har plats 38. Nästa tomtutskick blir i höst.
"""
        + SIG_BYGG,
        note="gmial.com looks like a misspelling of gmail.com",
    ),
    Spec(
        id="wa-privat-klasslista-egen-gmail",
        expected="warn",
        subject="klasslista",
        sender=MENTOR,
        to=("sofie.wikstrom.privat@gmail.com",),
        body="skickar till mig själv så jag kan ringa hem på utvecklingssamtalsveckan",
        attachments=(
            xlsx(
                "6c_kontakter.xlsx",
                (
                    ("Elev", "Vårdnadshavare", "Telefon"),
                    ("Amir Sadiq", "Nadia Sadiq", "070-112 33 44"),
                    ("Ella Lund", "Jens Lund", "073-998 12 00"),
                    ("Oskar Wall", "Malin Wall", "076-345 67 89"),
                ),
            ),
        ),
        note="pupils' and guardians' names and phone numbers to a private webmail address",
    ),
    Spec(
        id="wa-privat-nyanstallda-hotmail",
        expected="warn",
        subject="nyanställda juni",
        sender=HR,
        to=("Carina (konsult) <carina.introduktion@hotmail.com>",),
        body="""Hej Carina! Här är de som börjar i juni och ska på introduktionsdagen:

Rasmus Öhman, Bergsgatan 4, 531 31 Solby, 070-221 45 90
Nadia Mahmoud, Ängsvägen 18, 531 34 Solby, 072-880 12 11
Viktor Lilja, Parkvägen 2 B, 531 30 Solby, 073-400 60 70

/Malin""",
        note="names, addresses and phone numbers of new employees to a private address",
    ),
    Spec(
        id="wa-privat-grannehorande-gmail",
        expected="warn",
        subject="Sv: vilka grannar har fått brev?",
        sender=BYGG,
        to=("Tobias Rönn <tobias.ronn82@gmail.com>",),
        body="""Hej Tobias,
Följande grannar har fått underrättelse om din ansökan om bygglov (Solby Kvarnen 4:12):
- Maj-Britt och Lennart Svahn, Kvarnen 4:11
- Said Ahmadi, Kvarnen 4:13
- Bostadsrättsföreningen Kvarnen, Kvarnen 4:2
Svarstiden går ut 31 maj.
"""
        + SIG_BYGG,
        note="neighbours' names and property designations to a private webmail address",
    ),
    Spec(
        id="wa-privat-schema-kollegor",
        expected="warn",
        subject="schema sommar",
        sender="Lotta Ek <lotta.ek@solby.se>",
        to=("lotta.ek67@hotmail.com",),
        body="""Sommarschema och telefonlista till mig själv

Vecka 27-28: Ahmed 070-123 00 11, Birgitta 073-555 66 77
Vecka 29-30: Jessica 076-111 22 33, Lotta
Vecka 31-32: Ramona 070-987 65 43, Dejan 072-345 43 21""",
        note="colleagues' names and private phone numbers to a private webmail address",
    ),
    Spec(
        id="wa-olasbar-pdf",
        expected="warn",
        subject="Protokoll BUN 7 maj",
        sender=NAMNDSEK,
        to=("Rektorer <rektorer@solby.se>",),
        body="Hej, protokollet från barn- och utbildningsnämnden bifogas.\n/Ulrika",
        attachments=(broken("Protokoll BUN 2024-05-07.pdf"),),
        note="an attachment that cannot be read",
    ),
    Spec(
        id="wa-losenordsskyddad-pdf",
        expected="warn",
        subject="lönespecar",
        sender=LON,
        to=(ENH_CHEF,),
        body="Hej Peter, här är sammanställningen. Lösenord som vanligt.\nLönecenter",
        attachments=(
            locked_pdf("sammanstallning_maj.pdf", "Sammanställning lön maj\nTotalt 1 204 330 kr"),
        ),
        note="a password-protected PDF the guard cannot read",
    ),
    Spec(
        id="wa-krypterad-zip",
        expected="warn",
        subject="filerna",
        sender="Hanna Berg <hanna.berg@solby.se>",
        to=("Arkivet <arkiv@norrvik.se>",),
        body="hej här är filerna, lösenord i sms\nhanna",
        attachments=(
            zip_file(
                "arkivleverans.zip",
                docx("forteckning.docx", "Förteckning arkivleverans 2024"),
                encrypted=True,
            ),
        ),
        note="an encrypted zip the guard cannot read",
    ),
    Spec(
        id="wa-trasig-docx",
        expected="warn",
        subject="Sv: yttrande",
        sender=BYGG,
        to=("Miljöenheten <miljo@solby.se>",),
        body="Hej, här är mitt utkast till yttrande. Säg till om filen inte går att öppna!\nOskar",
        attachments=(
            broken(
                "yttrande_utkast.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
        ),
        note="a damaged Word file the guard cannot read",
    ),
    Spec(
        id="wa-synligt-privata-deltagare",
        expected="warn",
        subject="Sv: kursen i svenska för föräldrar",
        sender="Vuxenutbildningen <vux@solby.se>",
        to=(
            "hodan.abdi@gmail.com",
            "rami.khoury@hotmail.com",
            "thi.lan.nguyen@yahoo.com",
        ),
        body="""Hej!
Kursen börjar tisdag 4 juni kl 17.30 i Vuxenutbildningens lokaler, sal 2.
Välkomna!
Vuxenutbildningen Solby""",
        note="three private addresses visible to each other",
    ),
    Spec(
        id="wa-lookalike-och-trad",
        expected="warn",
        subject="Sv: Sv: nycklar till paviljongen",
        sender="Fastighet <fastighet@solby.se>",
        to=("Mikael Sund <mikael.sund@sloby.se>",),
        body="""Hej, nycklarna ligger i receptionen från imorgon 7.00. Kvittera i pärmen.
Fastighetsenheten
"""
        + quote(
            """När kan jag hämta nycklarna till paviljongen vid Solbyskolan?
/Mikael (via mobilen)"""
        ),
        note="sloby.se looks like a misspelling (swapped letters) of the own domain solby.se",
    ),
    Spec(
        id="wa-lookalike-tld-gmail",
        expected="warn",
        subject="Sv: parkeringstillstånd",
        sender="Gata park <gatapark@solby.se>",
        to=("Annika Svensson <annika.svensson@gmail.co>",),
        body="""Hej Annika,
Ditt boendeparkeringstillstånd för zon C är förlängt till 31 maj 2025.
Mvh Gata park""",
        note="gmail.co looks like a misspelling of gmail.com",
    ),
    Spec(
        id="wa-olasbar-xlsx",
        expected="warn",
        subject="närvaro maj",
        sender="Fritids Solrosen <fritids.solrosen@solby.se>",
        to=("Skoladministration <skoladmin@solby.se>",),
        body="hej här är närvaron för maj. /fritids",
        attachments=(
            broken(
                "narvaro_maj.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
        ),
        note="a damaged spreadsheet the guard cannot read",
    ),
    Spec(
        id="wa-synligt-partners-dso",
        expected="warn",
        subject="Nätverket för dataskyddsombud – minnesanteckningar",
        sender="Dataskyddsombudet <dataskyddsombud@solby.se>",
        to=(
            "dso@norrvik.se",
            "anna-karin.berg@norrvik.se",
            "dataskydd@regionsolby.se",
            "jan.ohlsson@regionsolby.se",
            "dso@bergsjo.se",
        ),
        body="""Hej alla!
Tack för träffen i tisdags. Kort sammanfattning:
- IMY:s nya vägledning om kameraövervakning i skolor gicks igenom.
- Region Solby presenterade sin incidentstatistik för 2023 (72 anmälda incidenter, de
  flesta felskickade e-postmeddelanden).
- Nästa träff: 10 september i Norrvik.
/DSO Solby""",
        note="five outside recipients from three organisations visible to each other",
    ),
]


ALLOW: list[Spec] = [
    Spec(
        id="al-autosvar-semester",
        expected="allow",
        subject="Autosvar: Fakturafråga",
        sender="Karin Holm <karin.holm@solby.se>",
        to=("Ekonomi <ekonomi@solby.se>",),
        headers=(("Auto-Submitted", "auto-replied"),),
        body="""Hej!
Jag har semester t.o.m. 9 augusti och läser inte min e-post. Vid brådskande ärenden
kontakta Solby kommuns kontaktcenter, 0511-170 00.

Hälsningar Karin Holm""",
        note="an out-of-office reply with only work contact details",
    ),
    Spec(
        id="al-autosvar-foraldraledig",
        expected="allow",
        subject="Automatiskt svar: anbud städ",
        sender="Stefan Ruud <stefan.ruud@solby.se>",
        to=("offert@glansstad.se",),
        body="""Tack för ditt mejl. Jag är föräldraledig till och med 31 december 2024.
Frågor om upphandlingar: upphandling@solby.se. Frågor om avtal: Johanna Rehn, 0511-172 44.

Stefan Ruud, inköpare""",
        note="parental leave is not health data; only work contact details",
    ),
    Spec(
        id="al-kallelse-apt-sjukfranvarostatistik",
        expected="allow",
        subject="Inbjudan: APT juni",
        sender=ENH_CHEF,
        to=("Personal Solgården <personal.solgarden@solby.se>",),
        body="""När: tisdag 11 juni 2024 13:30–15:00
Var: Matsalen Solgården + Teams

Dagordning
1. Sommarplanering och semesterväxling
2. Arbetsmiljö: sjukfrånvarostatistik för förvaltningen (kv 1) och resultat av
   medarbetarenkäten
3. Rutin för avvikelser och lex Sarah – genomgång
4. Övrigt

Välkomna!
Peter""",
        note="sick-leave statistics and routines, nobody identifiable",
    ),
    Spec(
        id="al-nyhetsbrev-elevhalsa-statistik",
        expected="allow",
        subject="Nyhetsbrev elevhälsan maj: psykisk ohälsa bland unga",
        sender="Elevhälsan centralt <elevhalsan@solby.se>",
        to=("Personal BUF <personal.buf@solby.se>",),
        body="""Hej alla!

TEMA: PSYKISK OHÄLSA
Enligt Folkhälsomyndighetens senaste skolbarnsundersökning uppger 32 % av flickorna och
17 % av pojkarna i åk 9 återkommande psykosomatiska besvär. Ångest, depression och
självskadebeteende ökar, och många elever med ADHD eller autism har hög frånvaro.

Tips till mentorer:
• Fråga hur eleven mår – och lyssna.
• Känner du oro: prata med kurator eller skolsköterska samma dag.
• Vid misstanke om att ett barn far illa ska orosanmälan göras, se rutinen på intranätet.

Utbildning: "Att möta elever med självskadebeteende", 4 juni kl 14–16, aulan.

Elevhälsan""",
        note="statistics and generic advice about mental health, no identifiable pupil",
    ),
    Spec(
        id="al-utbildning-orosanmalan",
        expected="allow",
        subject="Utbildningsmaterial: orosanmälan",
        sender=SOCSEK,
        to=("Förskolechefer <forskolechefer@solby.se>",),
        body="""Hej!

Tack för senast. Här kommer materialet från utbildningen om orosanmälan.

Exempel vi diskuterade: "Ett barn på fyra år berättar att pappa slår mamma."
Svar: gör en orosanmälan direkt, ni behöver inte vara säkra. Prata inte med föräldrarna
först om det kan utsätta barnet för fara. Skolans personal har anmälningsplikt enligt
14 kap. 1 § socialtjänstlagen.
"""
        + SIG_SOC,
        attachments=(
            pdf(
                "Orosanmalan_utbildning.pdf",
                "Orosanmälan – när och hur?\nAnmälningsplikt gäller vid kännedom eller misstanke"
                " om att ett barn far illa: fysiskt eller psykiskt våld, sexuella övergrepp,"
                " missbruk hos föräldrar, kriminalitet eller hedersrelaterat våld.",
            ),
        ),
        note="training material with a generic, invented example",
    ),
    Spec(
        id="al-riktlinje-hot-vald",
        expected="allow",
        subject="Remiss: ny riktlinje hot och våld",
        sender="Säkerhetssamordnare <sakerhet@solby.se>",
        to=("Förvaltningschefer <forvaltningschefer@solby.se>",),
        body="""Hej,
Utkast till ny riktlinje för hantering av hot och våld mot anställda finns bifogad.
Synpunkter senast 14 juni.

Ur innehållet: Alla hot ska polisanmälas. Chefen ansvarar för att stödja den som
utsatts och för att göra en riskbedömning. Medarbetare som utsätts för brott har rätt
till stöd från företagshälsovården. Skyddad identitet hos brukare ska alltid beaktas.""",
        note="policy text about threats, crime and protected identity, nobody identifiable",
    ),
    Spec(
        id="al-platsannons-socialsekreterare",
        expected="allow",
        subject="Annons för granskning: socialsekreterare försörjningsstöd",
        sender="Rekrytering <rekrytering@solby.se>",
        to=("Enhetschef försörjningsstöd <ec.fs@solby.se>",),
        body="""Hej, här är annonsen, godkänn senast fredag.

SOCIALSEKRETERARE TILL FÖRSÖRJNINGSSTÖD
Vi söker dig som vill arbeta med ekonomiskt bistånd och arbetsmarknadsinsatser. Du utreder
ansökningar, samverkar med Arbetsförmedlingen och möter människor med missbruk, psykisk
ohälsa eller skulder. Krav: socionomexamen. Vi erbjuder handledning och friskvårdsbidrag.
Kontakt: enhetschef Petra Lindén, 0511-171 00.
Fackliga företrädare: Vision, Akademikerförbundet SSR.""",
        note="a job advertisement; sensitive words describe the work, not a person",
    ),
    Spec(
        id="al-protokoll-kf-partier",
        expected="allow",
        subject="Protokollsutdrag KF § 58",
        sender=NAMNDSEK,
        to=("Samhällsbyggnad <samhallsbyggnad@solby.se>",),
        body="""PROTOKOLLSUTDRAG
Kommunfullmäktige 2024-04-22

§ 58 Detaljplan för Solby centrum, etapp 2

Yrkanden
Lena Berg (S) yrkar bifall till kommunstyrelsens förslag.
Per Ahl (M) och Hassan Abdullahi (SD) yrkar avslag.
Ingela Krantz (V) yrkar återremiss.

Beslut
Kommunfullmäktige bifaller kommunstyrelsens förslag. Reservation: Per Ahl (M).

Justerat 2024-04-26. Rätt utdraget intygar: Ulrika Sten""",
        note="politicians' party in their public role in minutes",
    ),
    Spec(
        id="al-arendedragning-avidentifierad",
        expected="allow",
        subject="ärendedragning torsdag",
        sender=SOCSEK,
        to=("Barn och unga <barnochunga@solby.se>",),
        body="""hej gänget,
till ärendedragningen på torsdag tar jag upp ett avidentifierat ärende:
pojke, tonåring, placerad i familjehem sedan några år, föräldrarna har missbruk. frågan
är hur vi ska tänka kring umgänge när barnet självt inte vill. fundera gärna innan.
"""
        + SIG_SOC,
        note="a de-identified case for discussion: nobody can be pointed out",
    ),
    Spec(
        id="al-info-vh-sjukdom-generell",
        expected="allow",
        subject="Information från förskolan: magsjuka",
        sender="Förskolan Solrosen <solrosen@solby.se>",
        to=("solrosen@solby.se",),
        bcc=("foraldrar.solrosen@solby.se",),
        body="""Hej alla vårdnadshavare!

Just nu går det magsjuka på förskolan. Barn som har kräkts eller haft diarré ska vara
hemma 48 timmar efter sista symtomet. Tvätta händerna ofta och håll syskon hemma om de
är sjuka. Vi har extra städning under veckan.

Hälsningar personalen på Solrosen""",
        note="general health advice, no child identifiable",
    ),
    Spec(
        id="al-fakturalista-ocr",
        expected="allow",
        subject="Fakturor att attestera v 20",
        sender=EKONOMI,
        to=(ENH_CHEF,),
        body="""Hej! Följande fakturor väntar på din attest i Proceedo:

Leverantör            Orgnr         Fakturanr    OCR                  Belopp     Förfallo
Martin & Servera AB   556123-4567   8812345677   4005503221005881      18 430,00  2024-05-31
Abena AB              556987-6543   2200918      770012341234          6 212,50   2024-06-02
Solby Energi AB       559011-2233   90045118     1009342251            3 988,00   2024-06-05

Bankgiro Martin & Servera: 5050-1055
Kom ihåg att kontera på rätt ansvar (4510)!
/Ekonomi""",
        note="invoice numbers, OCR, bankgiro and organisation numbers are not personnummer",
    ),
    Spec(
        id="al-leverantor-betalning-konto",
        expected="allow",
        subject="Ändrade betalningsuppgifter",
        sender="Kundreskontra <kundreskontra@solby.se>",
        to=("Ekonomi <ekonomi@byggvaruhuset-solby.se>",),
        body="""Hej!
Vi har registrerat era nya betalningsuppgifter: clearingnummer 8327-9, kontonummer
123 456 789-0, samt bankgiro 5432-1098. Ert kundnummer hos oss är 200381.
Orgnr 212000-1355 (Solby kommun) ska stå på fakturan.
Mvh Kundreskontra""",
        note="bank account and organisation numbers, no personal data",
    ),
    Spec(
        id="al-it-skrivare-diagnos",
        expected="allow",
        subject="Ärende #48213: skrivaren plan 3",
        sender=IT,
        to=("Hanna Berg <hanna.berg@solby.se>",),
        body="""Hej Hanna,

Tekniker har varit på plats. Diagnos: fixeringsenheten i skrivaren SOL-PRN-0312 är
trasig och byts på torsdag. Fram till dess, skriv ut på SOL-PRN-0314 vid kopiatorn.

Ärendet stängs automatiskt om 5 dagar.
"""
        + SIG_IT,
        note="a printer's diagnosis, not a person's",
    ),
    Spec(
        id="al-it-virus-dator",
        expected="allow",
        subject="Sv: datorn beter sig konstigt",
        sender=IT,
        to=("Emma Lind <emma.lind@solby.se>",),
        body="""Hej Emma,
Vi har kört en skanning och datorn var smittad av skadlig kod via en bilaga. Den är nu
ominstallerad. Byt lösenord nästa gång du loggar in och öppna inga bilagor från okända.
"""
        + SIG_IT
        + "\n\n"
        + quote("hej, datorn startar om hela tiden och det poppar upp konstiga fönster. emma"),
        note="an infected computer, not a person's infection",
    ),
    Spec(
        id="al-upphandling-lou-generellt",
        expected="allow",
        subject="Anbudsöppning städtjänster",
        sender=UPPH,
        to=("Stefan Ruud <stefan.ruud@solby.se>",),
        body="""Hej!
Anbudsöppning 2024-05-14 kl 10: fem anbud inkom (Glansstäd i Väst AB 556789-0123,
Rent & Fint AB 559234-5678 m.fl.). Nästa steg är kvalificering: vi kontrollerar att ingen
anbudsgivare är dömd för brott enligt 13 kap 1 § LOU och att skatter är betalda.
/Johanna""",
        note="generic exclusion rules in procurement, no identifiable person",
    ),
    Spec(
        id="al-allman-handling-protokoll",
        expected="allow",
        subject="Sv: begäran om handlingar",
        sender=REGISTRATOR,
        to=("journalist@solbytidning.se",),
        body="""Hej,
Här är de handlingar du begärt: byggnadsnämndens protokoll 2024-03-12 och 2024-04-09
samt delegationslistan för april. Personuppgifter om enskilda har maskerats efter
sekretessprövning.
Registrator, Solby kommun""",
        attachments=(
            pdf(
                "BN_protokoll_2024-03-12.pdf",
                "Byggnadsnämnden 2024-03-12\nNärvarande: Tord Ek (C) ordförande, Sara Lind (S)\n"
                "§ 21 Detaljplan Kvarnen – beslut om samråd.\n§ 22 Delegationsbeslut – noteras.",
            ),
        ),
        note="public minutes with politicians in their roles, sent on request",
    ),
    Spec(
        id="al-polis-trygghetsvandring",
        expected="allow",
        subject="Trygghetsvandring Solby centrum",
        sender="Brottsförebyggande samordnare <bra@solby.se>",
        to=("Medborgarkontoret <medborgarkontoret@solby.se>",),
        body="""Hej!
Kommunpolisen Anders Fält och vi bjuder in till trygghetsvandring 23 maj kl 19 med start
vid busstationen. Bakgrund: fler anmälda inbrott, skadegörelse och narkotikabrott i
centrum under våren enligt polisens lägesbild. Alla boende är välkomna.""",
        note="crime statistics and a police officer in his public role",
    ),
    Spec(
        id="al-bygglov-grannehorande-internt",
        expected="allow",
        subject="grannehörande Kvarnen 4:12",
        sender=BYGG,
        to=("Anders Wiik <anders.wiik@solby.se>",),
        body="""Hej!
I ärendet BN 2024-000377 (garage, Solby Kvarnen 4:12, sökande Kjell Nyberg) har vi
skickat underrättelse till grannarna på 4:11, 4:13 och 4:2. En erinran har kommit in från
Maj-Britt Svahn (4:11) som anser att garaget skymmer utsikten. Jag föreslår ändå bifall,
avvikelsen är liten.
"""
        + SIG_BYGG,
        note="ordinary personal data in a building-permit case, internal",
    ),
    Spec(
        id="al-bygglov-beslut-foretag",
        expected="allow",
        subject="Beslut bygglov, BN 2024-000291",
        sender=BYGG,
        to=("Lina Holm <lina.holm@arkitektkontoret-vast.se>",),
        body="""Hej Lina,
Bygglov för tillbyggnad av enbostadshus på Solby Björken 2:7 är beviljat enligt 9 kap.
30 § PBL. Avgift 14 230 kr faktureras byggherren. Beslutet kungörs i Post- och Inrikes
Tidningar. Startbesked kräver tekniskt samråd.
"""
        + SIG_BYGG,
        note="a building-permit decision to the applicant's architect",
    ),
    Spec(
        id="al-lon-revision-egen",
        expected="allow",
        subject="Din nya lön",
        sender=LON,
        to=("Jonas Bergqvist <jonas.bergqvist@solby.se>",),
        body="""Hej Jonas,
Efter lönerevisionen 2024 är din nya månadslön 36 200 kr från 1 april. Retroaktiv lön
betalas ut den 25 juni. Lönespecifikationen finns i Heroma.
Lönecenter""",
        note="salary is ordinary personal data, sent to the employee himself",
    ),
    Spec(
        id="al-hr-rutin-sjukanmalan",
        expected="allow",
        subject="Påminnelse: sjukanmälan och rehabrutin",
        sender=HR,
        to=("Alla chefer <chefer@solby.se>",),
        body="""Hej alla chefer!

En påminnelse: sjukanmälan ska registreras i Heroma dag 1. Vid sjukfrånvaro längre än
7 dagar ska läkarintyg begäras, och vid 6 tillfällen på 12 månader ska ett
rehabsamtal hållas. Ny rutin för arbetslivsinriktad rehabilitering bifogas.
"""
        + SIG_HR,
        attachments=(
            pdf(
                "Rutin_rehabilitering_2024.pdf",
                "Rutin för arbetslivsinriktad rehabilitering\n1. Tidig kontakt vid sjukfrånvaro."
                "\n2. Rehabiliteringsplan senast dag 30.\n3. Samverkan med Försäkringskassan.",
            ),
        ),
        note="a routine about sick leave and rehabilitation, nobody identifiable",
    ),
    Spec(
        id="al-veckobrev-klass",
        expected="allow",
        subject="veckobrev 4b v.20",
        sender=LARARE,
        to=("klass4b@solby.se",),
        body="""hej alla!

denna veckan har vi jobbat med bråk i matten och läst klart "Spöket i Solby" i svenskan.
nästa vecka är det utvecklingssamtal, tider finns i schoolsoft. glöm inte gympakläder på
onsdagar och att lämna in lappen om utflykten senast fredag.

grattis till Ella och Malik som fyller år i veckan!

trevlig helg
jonas (lärare 4b)""",
        note="a weekly class letter: birthdays and homework, nothing sensitive",
    ),
    Spec(
        id="al-skolskoterska-vaccination",
        expected="allow",
        subject="HPV-vaccination åk 5",
        sender=SKOLSKOTERSKA,
        to=("Mentorer åk 5 <mentorer.ak5@solby.se>",),
        body="""Hej!
HPV-vaccinationen för åk 5 blir vecka 21, tisdag och onsdag. Lappar om samtycke skickas
hem via mentor idag, ska vara tillbaka senast fredag. Elever som inte vaccineras har
lektion som vanligt.
Maria, skolsköterska""",
        note="a vaccination schedule for a whole grade",
    ),
    Spec(
        id="al-statistik-ifo-arsrapport",
        expected="allow",
        subject="Årsrapport IFO 2023 – siffror till nämnden",
        sender="Verksamhetsutvecklare IFO <ifo.utveckling@solby.se>",
        to=("IFO ledning <ifo.ledning@solby.se>",),
        body="""Hej!
Sammanfattning inför nämnden:
- Orosanmälningar: 412 (2022: 371), varav 38 % gällde våld i nära relation
- Placerade barn och unga: 46, varav 9 enligt LVU
- Hushåll med försörjningsstöd: 312, genomsnittlig biståndstid 7,4 mån
- Vuxna med missbruk i öppenvård: 88
Hela rapporten bifogas.""",
        attachments=(
            xlsx(
                "IFO_statistik_2023.xlsx",
                (
                    ("Område", "2022", "2023"),
                    ("Orosanmälningar", "371", "412"),
                    ("Placeringar LVU", "7", "9"),
                    ("Hushåll försörjningsstöd", "298", "312"),
                ),
            ),
        ),
        note="aggregated statistics about social services",
    ),
    Spec(
        id="al-lss-riktlinjer",
        expected="allow",
        subject="Nya riktlinjer ledsagarservice",
        sender=LSS_HANDL,
        to=("LSS-handläggare <lss@solby.se>",),
        body="""Hej kollegor,
Socialnämnden antog igår nya riktlinjer för ledsagarservice enligt 9 § 3 LSS. Ledsagning
kan beviljas för fritid och kultur upp till 20 tim/månad; för personer med
utvecklingsstörning eller autism kan mer beviljas efter individuell bedömning.
Gäller från 1 juli.
Camilla""",
        note="guidelines about LSS, nobody identifiable",
    ),
    Spec(
        id="al-abo-aktiviteter-namn",
        expected="allow",
        subject="aktiviteter vecka 21",
        sender="Solgården <solgarden@solby.se>",
        to=("Personal Solgården <personal.solgarden@solby.se>",),
        body="""Hej!
Måndag: gymnastik med Kerstin från frivilligcentralen kl 10
Onsdag: Bengt Lundin spelar dragspel i dagrummet kl 14
Fredag: sillunch, köket behöver veta antal senast onsdag
Hjälp gärna de boende att komma ner till dagrummet!""",
        note="volunteers named with activities, nothing sensitive about anyone",
    ),
    Spec(
        id="al-hemtjanst-personalschema",
        expected="allow",
        subject="Schema v.22 hemtjänst norr",
        sender="Hemtjänst Norr planering <planering.norr@solby.se>",
        to=("Personal Hemtjänst Norr <personal.norr@solby.se>",),
        body="""Schema v.22

Tallvägen-slingan: Ahmed (dag), Jessica (kväll)
Centrum: Birgitta, Ramona (dag), Dejan (kväll)
Natt: Lotta, Sami

Bilarna SOL 123 och SOL 456 står på verkstad tisdag, samåk då.""",
        note="a staff schedule with first names and car registrations, no client data",
    ),
    Spec(
        id="al-kommunalrad-invigning",
        expected="allow",
        subject="Pressinbjudan: invigning av Kvarnparken",
        sender=KOMM,
        to=("nyheter@solbytidning.se", "redaktionen@radiovast.se"),
        body="""Pressinbjudan

Kommunstyrelsens ordförande Maria Nilsson (C) inviger den nya Kvarnparken lördag 25 maj
kl 11. Medverkar gör även oppositionsrådet Johan Strand (S). Efteråt bjuder Solby
Lions på kaffe.

Kontakt: kommunikatör Sara Björn, 0511-170 30""",
        note="politicians' party in their public roles",
    ),
    Spec(
        id="al-forelasning-psykolog",
        expected="allow",
        subject="Föreläsning för föräldrar: ångest hos barn",
        sender="Familjecentralen <familjecentralen@solby.se>",
        to=("Förskolor <forskolor@solby.se>",),
        body="""Hej!
Sprid gärna till föräldrarna: leg. psykolog Hanna Ekdahl föreläser om oro och ångest hos
barn den 3 juni kl 18 på biblioteket. Hon tar upp hur man pratar med barn om rädslor,
sömnproblem och när man ska söka hjälp på BUP. Fri entré.""",
        note="a psychologist in her public role, a general health topic",
    ),
    Spec(
        id="al-referens-utan-kansligt",
        expected="allow",
        subject="Sv: referens Ahmed Hussein",
        sender="Lena Ström <lena.strom@norrvik.se>",
        to=(HR,),
        body="""Hej!
Ahmed jobbade på vår fritidsgård 2020–2023. Pålitlig, alltid i tid, väldigt bra på att
skapa kontakt med ungdomarna och lugna konflikter. Jag anställer honom gärna igen!

Lena Ström
Enhetschef fritid, Norrviks kommun""",
        note="a reference with ordinary personal data only",
    ),
    Spec(
        id="al-ansokan-cv",
        expected="allow",
        subject="Ansökan barnskötare ref 2024/131",
        sender="Nadia Mahmoud <nadia.mahmoud92@gmail.com>",
        to=("Rekrytering <rekrytering@solby.se>",),
        body="""Hej!

Jag heter Nadia och söker tjänsten som barnskötare på Förskolan Solrosen. Jag har
barnskötarutbildning från Vuxenutbildningen och har jobbat som vikarie i två år. Jag
pratar svenska, arabiska och engelska och har B-körkort.

Mina referenser: Linda Kraft, förskolechef, 0511-175 20.

Vänliga hälsningar
Nadia Mahmoud
Ängsvägen 18, 531 34 Solby
072-880 12 11""",
        note="a job application with ordinary personal data, to the municipality",
    ),
    Spec(
        id="al-klagomal-snorojning",
        expected="allow",
        subject="VB: klagomål snöröjning",
        sender="Kontaktcenter <kontaktcenter@solby.se>",
        to=("Gata park <gatapark@solby.se>",),
        body="""Hej, vidarebefordrar synpunkten.

-------- Vidarebefordrat meddelande --------
Från: Bengt Olsson <bengt.olsson@telia.com>
Ämne: snöröjning

Hej! Det är tredje gången i vinter som plogbilen lämnar en meterhög snövall vid min
infart på Storgatan 40. Jag är 78 år och orkar inte skotta bort den. Gör något!!
Bengt Olsson""",
        note="a citizen's complaint with name, address and age: ordinary data, internal",
    ),
    Spec(
        id="al-klagomal-buller-forskola",
        expected="allow",
        subject="Sv: buller",
        sender="Linda Kraft <linda.kraft@solby.se>",
        to=("Lennart Ek <lennart.ek@solby.se>",),
        body="""Hej Lennart,
Grannen på Lingonvägen 6 har hört av sig igen om ljudet från förskolegården på morgonen.
Jag har lovat att vi inte går ut före 8.30. Kan du ringa honom? Nummer 070-888 12 34.
/Linda""",
        note="a neighbour's complaint with address and phone: ordinary data",
    ),
    Spec(
        id="al-diarienummer-siffror",
        expected="allow",
        subject="Ärenden till KS 2024-06-04",
        sender=NAMNDSEK,
        to=("Kommunledningskontoret <klk@solby.se>",),
        body="""Hej! Ärendelista:

KS 2024/0312  Upphandling skolmåltider          handl. Johanna Rehn
KS 2024/0417  Detaljplan Solby 5:118            handl. Oskar Dahl
KS 2024/0452  Delårsrapport jan–apr             handl. Ekonomi
BN 2024-000412, SN 2024/233 och VO 2024/88 bordläggs.
Möte 20240604 kl 0830-1200, rum 1912. Sammanträdesnummer 2024-06-04-01.

Ulrika""",
        note="case numbers, dates and room numbers are not personnummer",
    ),
    Spec(
        id="al-smime-krypterat-kansligt",
        expected="allow",
        subject="Remiss",
        sender=SSK_ABO,
        to=("Vårdcentralen Solby <vardcentralen.solby@regionsolby.se>",),
        body="Remiss gällande boende med diabetes och bensår, personnummer i bilagan.",
        encrypted=True,
        note="S/MIME-encrypted: judged on its envelope only",
    ),
    Spec(
        id="al-saker-i-amnet-utan-tagg",
        expected="allow",
        subject="Säker e-post – ny rutin från 1 juni",
        sender="Informationssäkerhet <infosak@solby.se>",
        to=("Alla medarbetare <alla@solby.se>",),
        body="""Hej!
Från 1 juni ska känsliga personuppgifter, t.ex. uppgifter om hälsa eller sekretessbelagda
uppgifter, skickas med tjänsten Säkra meddelanden och aldrig med vanlig e-post. Skriv
aldrig personnummer i ämnesraden. Frågor till dataskyddsombudet.""",
        note="'Säker' in a subject without a tag; guidance, nobody identifiable",
    ),
    Spec(
        id="al-eht-flyttas",
        expected="allow",
        subject="EHT flyttas",
        sender=REKTOR,
        to=("EHT Solbyskolan <eht@solby.se>",),
        body="hej, EHT flyttas till onsdag 13-14.30 pga nationella proven. samma rum.\n/anna",
        note="a meeting change without any case",
    ),
    Spec(
        id="al-handledning-socialsekreterare",
        expected="allow",
        subject="Handledning hösten",
        sender="Enhetschef Barn och unga <ec.bou@solby.se>",
        to=("Barn och unga <barnochunga@solby.se>",),
        body="""Hej alla!
Grupphandledningen i höst leds av Ulla Vikström, leg. psykoterapeut. Tema: sekundär
traumatisering och att arbeta med familjer där det förekommer våld och missbruk.
Första tillfället 5 sept.""",
        note="a supervisor in her professional role; the topic names no client",
    ),
    Spec(
        id="al-jurist-fraga-avidentifierad",
        expected="allow",
        subject="fråga om utlämnande",
        sender=SOCSEK2,
        to=("Kommunjurist <jurist@solby.se>",),
        body="""Hej!
Fråga: en klient (tar det avidentifierat) vill ha ut hela sin akt. I akten finns uppgifter
från en anmälare och från barnens skola. Hur gör vi sekretessprövningen för uppgifterna om
tredje man enligt 26 kap OSL?
Tack, Amra""",
        note="a legal question about an unidentified client",
    ),
    Spec(
        id="al-lang-trad-lokalbokning",
        expected="allow",
        subject="Sv: Sv: Sv: Bokning idrottshallen",
        sender="Bokningen <bokning@solby.se>",
        to=("Solby IF <ordforande@solbyif.se>",),
        body="""Hej Micke!
Bekräftar: idrottshallen tisdagar 18–20 under hösten (v.35–50), faktura skickas
kvartalsvis. Kundnummer 40231.

Bokningen, Kultur och fritid
Solby kommun | 0511-174 00"""
        + outlook_history(
            "Micke Larsson",
            "den 13 maj 2024 21:14",
            "Bokningen",
            "Sv: Sv: Bokning idrottshallen",
            "Tisdagar funkar om vi får 18-20, annars blir det för sent för de små. /Micke",
        )
        + outlook_history(
            "Bokningen",
            "den 13 maj 2024 10:02",
            "Micke Larsson",
            "Sv: Bokning idrottshallen",
            "Hej, onsdagar är tyvärr fullbokade. Vi kan erbjuda tisdagar eller torsdagar.",
        )
        + outlook_history(
            "Micke Larsson",
            "den 12 maj 2024 19:40",
            "Bokningen",
            "Bokning idrottshallen",
            "Hej! Solby IF:s innebandy (P12) vill boka hallen onsdagar kväll i höst. Mvh Micke "
            "Larsson, ordförande, 070-444 55 66",
        ),
        note="a long thread about a booking, nothing sensitive",
    ),
    Spec(
        id="al-region-vaccinationskampanj",
        expected="allow",
        subject="Vidarebefordra: vaccination mot influensa och covid-19 för 65+",
        sender="Region Solby <nyhetsbrev@regionsolby.se>",
        to=("Äldreomsorgen <aldreomsorgen@solby.se>",),
        body="""Nyhetsbrev från Region Solby

Från 15 oktober erbjuds alla över 65 år och personer i riskgrupper (t.ex. hjärt-kärlsjukdom,
diabetes, KOL, nedsatt immunförsvar) vaccination mot influensa och covid-19. Personal
på särskilt boende vaccinerar de boende. Beställ vaccin via portalen senast 1 oktober.""",
        note="a health campaign for risk groups, nobody identifiable",
    ),
    Spec(
        id="al-grattis-50",
        expected="allow",
        subject="Grattis Mohammed!",
        sender=ENH_CHEF,
        to=("Personal Solgården <personal.solgarden@solby.se>",),
        body="Mohammed fyller 50 på fredag 🎉 Tårta i personalrummet kl 14.30! /Peter",
        note="a birthday, ordinary data",
    ),
    Spec(
        id="al-tidrapport-anstallningsnummer",
        expected="allow",
        subject="tidrapporter april",
        sender=ENH_CHEF,
        to=(LON,),
        body="hej, tidrapporterna för timavlönade i april bifogas. /peter",
        attachments=(
            csv_file(
                "tid_april.csv",
                "Anst.nr;Namn;Datum;Timmar;Konto\n"
                "100234;Lena Karlsson;2024-04-02;7,5;4510\n"
                "100871;Ali Reza;2024-04-03;8;4510\n"
                "101102;Sami Koskinen;2024-04-05;6,25;4512\n",
            ),
        ),
        note="employee numbers, dates and hours: ordinary data",
    ),
    Spec(
        id="al-sjukfranvaro-per-enhet",
        expected="allow",
        subject="Sjukfrånvaro kv1 per enhet",
        sender=HR,
        to=("Förvaltningsledning VO <vo.ledning@solby.se>",),
        body="Hej, här är sjukfrånvaron per enhet för kvartal 1. Solgården sticker ut.",
        attachments=(
            xlsx(
                "sjukfranvaro_kv1.xlsx",
                (
                    ("Enhet", "Antal anställda", "Sjukfrånvaro %", "varav långtid %"),
                    ("Solgården", "64", "11,2", "5,1"),
                    ("Hemtjänst Norr", "48", "8,4", "3,0"),
                    ("Hemtjänst Syd", "51", "7,9", "2,2"),
                ),
            ),
        ),
        note="sick-leave statistics per unit of 48–64 staff: nobody identifiable",
    ),
    Spec(
        id="al-protokoll-sn-oppen-del",
        expected="allow",
        subject="Protokoll socialnämnden 2024-05-21, öppen del",
        sender=NAMNDSEK,
        to=("Socialförvaltningen <socialforvaltningen@solby.se>",),
        body="""PROTOKOLL Socialnämnden 2024-05-21
Ordförande Lars Holm (S), vice ordf Karin Wallin (M)

§ 61 Budgetuppföljning april: prognos -4,2 mnkr, främst placeringar och försörjningsstöd.
§ 62 Statistik: 312 hushåll med försörjningsstöd, 46 placerade barn.
§ 63 Individärenden behandlas i individutskottet.
§ 64 Rapport om ej verkställda beslut enligt LSS: 3 beslut, rapporteras till IVO.""",
        note="open minutes with aggregated figures and politicians in their roles",
    ),
    Spec(
        id="al-specped-licenser-dyslexi",
        expected="allow",
        subject="licenser inläsningstjänst",
        sender=SPECPED,
        to=("IT-pedagog <itpedagog@solby.se>",),
        body="""hej!
har vi licenser kvar till inläsningstjänst och lexia? vi har fler elever med dyslexi
och läs- och skrivsvårigheter i höst än i fjol så vi behöver nog 20 till.
/eva ek, specialpedagog""",
        note="pupils with dyslexia as an unnamed group",
    ),
    Spec(
        id="al-studiebesok-moske-kyrka",
        expected="allow",
        subject="studiebesök religionskunskap åk 4",
        sender=LARARE,
        to=("klass4b@solby.se",),
        body="""hej!
i religionskunskapen besöker vi solby moské tisdag 28/5 och solby kyrka torsdag 30/5.
vi går dit tillsammans från skolan kl 9. imamen och prästen visar oss runt.
/jonas""",
        note="religion as a school subject, nobody's religion",
    ),
    Spec(
        id="al-mbl-protokoll-fackliga",
        expected="allow",
        subject="Protokoll MBL § 11 – omorganisation kost",
        sender=HR,
        to=("Kostchef <kostchef@solby.se>",),
        body="""Protokoll fört vid förhandling enligt 11 § MBL, 2024-05-08

Arbetsgivare: Malin Åkesson (HR), Rolf Berg (kostchef)
Arbetstagarorganisationer: Kommunal – Lisa Holm (ombud), Vision – Erik Sand
§ 1 Omorganisation av kostenheten. Parterna är överens. Förhandlingen avslutad.""",
        note="union representatives in their negotiating role",
    ),
    Spec(
        id="al-inbrott-skola",
        expected="allow",
        subject="inbrott i natt",
        sender=REKTOR,
        to=("Personal Solbyskolan <personal.solbyskolan@solby.se>",),
        body="""hej alla,
det har varit inbrott i förrådet vid idrottshallen i natt. polisanmälan är gjord och
fastighet byter lås idag. lämna inga värdesaker i förrådet framöver.
/anna""",
        note="a crime with no identifiable person",
    ),
    Spec(
        id="al-kost-specialkost-antal",
        expected="allow",
        subject="specialkost v.21",
        sender="Förskolan Solrosen <solrosen@solby.se>",
        to=("Centralköket <centralkoket@solby.se>",),
        body="""Hej köket!
Blåbäret: 2 glutenfri, 1 laktosfri, 1 fri från nötter
Lingonet: 1 vegetarisk, 2 utan fläsk
Tack!""",
        note="special-diet counts per department without names",
    ),
    Spec(
        id="al-medborgare-egen-fraga-gmail",
        expected="allow",
        subject="Sv: avgift för bygglov",
        sender=BYGG,
        to=("Tobias Rönn <tobias.ronn82@gmail.com>",),
        body="""Hej Tobias,
Avgiften för ditt bygglov för carport blir enligt taxan 8 940 kr. Faktura skickas när
beslutet är fattat.
"""
        + SIG_BYGG
        + "\n\n"
        + quote("hej vad kostar ett bygglov för carport? mvh tobias"),
        note="an answer to a citizen about his own question; no one else's data",
    ),
    Spec(
        id="al-nyhetsbrev-hr-kompetens",
        expected="allow",
        subject="HR-nytt juni",
        sender="HR-avdelningen <hr@solby.se>",
        to=("Alla medarbetare <alla@solby.se>",),
        body="""HR-NYTT JUNI

• Välkommen till våra nya chefer: Petra Lindén (försörjningsstöd) och Rolf Berg (kost).
• Friskvårdsbidraget höjs till 3 000 kr från 2025.
• Tips: Företagshälsovården erbjuder samtalsstöd vid stress och psykisk ohälsa – helt
  anonymt, ring 0511-179 00.
• Lönerevision: nya löner betalas ut 25 juni.
• Pensionsavgångar: Tack Gunilla Ström (Solbyskolan) och Bo Ek (Gata park) för många år!""",
        note="a staff newsletter: new managers, retirements, anonymous support offer",
    ),
    Spec(
        id="al-allergi-rutin-policy",
        expected="allow",
        subject="Rutin läkemedel i skolan",
        sender=SKOLSKOTERSKA,
        to=("Personal Solbyskolan <personal.solbyskolan@solby.se>",),
        body="""Hej!
Påminnelse om rutinen: elever med allergi, astma eller diabetes ska ha en
egenvårdsplan. Adrenalinpennor förvaras i märkt låda på expeditionen. Vid anafylaxi: ge
adrenalin, ring 112, kontakta vårdnadshavare. Listan över berörda elever finns hos mig,
inte på anslagstavlan.
Maria""",
        note="a medicine routine naming no pupil",
    ),
    Spec(
        id="al-polisens-informationsmote-seniorer",
        expected="allow",
        subject="Polisen informerar om bedrägerier",
        sender="Träffpunkt Solby <traffpunkt@solby.se>",
        to=("Frivilligcentralen <frivillig@solby.se>",),
        body="""Hej!
Onsdag 12 juni kommer polisen till Träffpunkten och berättar om telefonbedrägerier mot
äldre. Förra året anmäldes 1 200 bedrägeriförsök i länet. Kaffe från 13.30.""",
        note="crime prevention information, nobody identifiable",
    ),
    Spec(
        id="al-gemener-stavfel-mote",
        expected="allow",
        subject="mote imorrn??",
        sender="Dejan Petrović <dejan.petrovic@solby.se>",
        to=("Ramona Alm <ramona.alm@solby.se>",),
        body="""tja ramona! blir de mote imorrn kl 9 elr flyttar vi? ja ska på bilbesiktning kl 11
så kan int stanna länge. har du fixat nyckelbrickan till nya vikarien?
/D"""
        + SIG_MOBIL,
        note="chat between colleagues with typos, nothing sensitive",
    ),
    Spec(
        id="al-upphandling-lista-orgnr-xlsx",
        expected="allow",
        subject="Leverantörsregister uppdatering",
        sender=UPPH,
        to=(EKONOMI,),
        body="Hej, uppdaterad lista över avtalsleverantörer bifogas.",
        attachments=(
            xlsx(
                "avtalsleverantorer.xlsx",
                (
                    ("Leverantör", "Orgnr", "Avtal", "Giltigt t.o.m."),
                    ("Glansstäd i Väst AB", "556789-0123", "Städ", "2026-03-31"),
                    ("Martin & Servera AB", "556123-4567", "Livsmedel", "2025-12-31"),
                    ("Atea Sverige AB", "556448-0282", "IT-utrustning", "2027-01-31"),
                ),
            ),
        ),
        note="organisation numbers in a supplier list",
    ),
    Spec(
        id="al-kallelse-ics",
        expected="allow",
        subject="Inbjudan: Samverkansmöte skola–socialtjänst",
        sender="Leila Haddad <leila.haddad@solby.se>",
        to=("Barn och unga <barnochunga@solby.se>", "EHT Solbyskolan <eht@solby.se>"),
        body="""Hej!
Välkomna till terminens samverkansmöte mellan skolan och socialtjänsten. Vi pratar om
rutinen för orosanmälan, hur vi återkopplar till skolan och hur vi jobbar med
skolfrånvaro. Inga enskilda ärenden tas upp.
Leila""",
        attachments=(
            text_file(
                "invite.ics",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                "UID:20240605T130000-4711@solby.se\r\nDTSTART:20240605T130000\r\n"
                "DTEND:20240605T150000\r\nSUMMARY:Samverkansmöte skola–socialtjänst\r\n"
                "LOCATION:Solbyskolan\\, konferensrummet\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                "text/calendar",
            ),
        ),
        note="a meeting invitation about routines; no individual case",
    ),
    Spec(
        id="al-telefonlista-utan-bindestreck",
        expected="allow",
        subject="jourlista helgen",
        sender=ENH_CHEF,
        to=("Personal Solgården <personal.solgarden@solby.se>",),
        body="""Jour i helgen:
lör: Peter 0709876543
sön: Kristina 0761234599
natt: sjuksköterskejour 0731122334, bakjour 0702345678
""",
        note="mobile numbers written without separators are not personnummer",
    ),
]

MESSAGES: list[Spec] = [*BLOCK, *WARN, *ALLOW]
