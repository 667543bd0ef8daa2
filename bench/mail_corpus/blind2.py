"""A second blind set: mail from Ekeby kommun, written by an independent
evaluator from the issue's rules alone (GDPR art. 9/10, the Nacka FAQ and the
Åland e-mail advice in the seeds), without reading the policy or detection code,
their tests or the other corpus sets, and committed before the guard was run on it.

Personas and organisations are fictional: Ekeby kommun (ekeby.se, internal) with
its partners Region Ekeby (regionekeby.se) and Vallby kommun (vallby.se). Every
``note`` gives the reason for the label. Personnummer only as test-set
placeholders (see ``spec``).
"""

from __future__ import annotations

from collections.abc import Sequence

from bench.mail_corpus.spec import (
    Attachment,
    Expected,
    Spec,
    broken,
    csv_file,
    docx,
    locked_pdf,
    ods,
    odt,
    pdf,
    text_file,
    xlsx,
    zip_file,
)

# Staff of Ekeby kommun
MALIN = "Malin Sjöberg <malin.sjoberg@ekeby.se>"  # rektor, Ekebyskolan
JONAS = "Jonas Wikström <jonas.wikstrom@ekeby.se>"  # lärare, Ekebyskolan
PETRA = "Petra Lund <petra.lund@ekeby.se>"  # skolsköterska
ELEVHALSAN = "Elevhälsan Ekebyskolan <elevhalsan.ekebyskolan@ekeby.se>"
BIRGITTA = "Birgitta Håkansson <birgitta.hakansson@ekeby.se>"  # enhetschef Lindgården
SAMIR = "Samir Haddad <samir.haddad@ekeby.se>"  # undersköterska
SSK = "Ulla Nyström <ulla.nystrom@ekeby.se>"  # sjuksköterska äldreomsorgen
LINNEA = "Linnea Franzén <linnea.franzen@ekeby.se>"  # socialsekreterare
OSKAR = "Oskar Dahl <oskar.dahl@ekeby.se>"  # 1:e socialsekreterare
MOTTAGNING = "Mottagningen IFO <ifo.mottagning@ekeby.se>"
HELENA = "Helena Berglöf <helena.berglof@ekeby.se>"  # LSS-handläggare
EVA = "Eva Strand <eva.strand@ekeby.se>"  # HR-specialist
LON = "Löneservice <loneservice@ekeby.se>"
FREDRIK = "Fredrik Nordin <fredrik.nordin@ekeby.se>"  # bygglovshandläggare
SOFIA = "Sofia Ek <sofia.ek@ekeby.se>"  # planarkitekt
EMMA = "Emma Lindahl <emma.lindahl@ekeby.se>"  # bibliotekarie
ALI = "Ali Rahimi <ali.rahimi@ekeby.se>"  # föreståndare fritidsgården
KARIN = "Karin Åberg <karin.aberg@ekeby.se>"  # nämndsekreterare
MIKAEL = "Mikael Persson <mikael.persson@ekeby.se>"  # IT-tekniker
ITSUPPORT = "IT-support <it-support@ekeby.se>"
JOHANNA = "Johanna Blom <johanna.blom@ekeby.se>"  # upphandlare
VIKTOR = "Viktor Sand <viktor.sand@ekeby.se>"  # kommunikatör
ANNIKA = "Annika Roos <annika.roos@ekeby.se>"  # ekonom
KOST = "Kostenheten <kostenheten@ekeby.se>"
REKTORER = "Rektorer Ekeby <rektorer@ekeby.se>"
# Partners
JENNY = "Jenny Falk <jenny.falk@regionekeby.se>"  # kurator, BUP Region Ekeby
VC = "Vårdcentralen Ekeby <vardcentralen.ekeby@regionekeby.se>"
PER = "Per Ström <per.strom@vallby.se>"  # socialsekreterare, Vallby kommun

SIGN_MALIN = (
    "\n\nMed vänlig hälsning\nMalin Sjöberg\nRektor Ekebyskolan F-9\nEkeby kommun\n0771-44 20 00\n"
)
SIGN_LINNEA = (
    "\n\nVänliga hälsningar\nLinnea Franzén\nSocialsekreterare, Barn och unga\n"
    "Individ- och familjeomsorgen, Ekeby kommun\nTel 0771-44 23 15\n"
)
SIGN_EVA = "\n\n/Eva\n\nEva Strand\nHR-specialist, HR-avdelningen\nEkeby kommun\n"
SIGN_BIRGITTA = "\n\nMvh\nBirgitta Håkansson\nEnhetschef Lindgårdens äldreboende\nEkeby kommun\n"


def mail(
    id: str,
    expected: Expected,
    subject: str,
    body: str,
    *,
    sender: str,
    to: Sequence[str],
    note: str,
    cc: Sequence[str] = (),
    bcc: Sequence[str] = (),
    attachments: Sequence[Attachment] = (),
    forwarded: Spec | None = None,
    html: str = "",
    encrypted: bool = False,
    legacy_charset: str = "",
    outlook: bool = False,
    tags: Sequence[str] = (),
) -> Spec:
    return Spec(
        id=f"b2-{id}",
        expected=expected,
        subject=subject,
        body=body,
        sender=sender,
        to=tuple(to),
        cc=tuple(cc),
        bcc=tuple(bcc),
        attachments=tuple(attachments),
        forwarded=forwarded,
        html=html,
        encrypted=encrypted,
        legacy_charset=legacy_charset,
        outlook=outlook,
        note=note,
        tags=tuple(tags),
    )


# --- block: personnummer anywhere, or sensitive data about an identifiable person --------

BLOCK: list[Spec] = [
    mail(
        "school-epilepsy",
        "block",
        "Lisa i 3A",
        "Hej Petra!\n\nLisa Ström i 3A fick ett nytt anfall på lunchrasten idag, det var "
        "ca 2 min. Hon har ju epilepsi och mamma sa i höstas att medicinen skulle ändras. "
        "Kan vi ses imorgon och gå igenom vad vi vuxna ska göra om det händer igen? Jag "
        "vill att även fritids vet.\n\nJonas",
        sender=JONAS,
        to=[PETRA],
        note="Health (epilepsy, seizure) of a named pupil; internal mail follows the same rule.",
        tags=("school", "health"),
    ),
    mail(
        "school-specialkost-xlsx",
        "block",
        "Specialkost ht 24 Ekebyskolan",
        "hej kosten!\nbifogar listan på specialkost för hösten, samma som förra året plus "
        "två nya elever i förskoleklass.\n/Malin" + SIGN_MALIN,
        sender=MALIN,
        to=[KOST],
        attachments=[
            xlsx(
                "specialkost_ht24.xlsx",
                [
                    ["Namn", "Klass", "Kost", "Orsak"],
                    ["Noah Berg", "F", "Glutenfri", "Celiaki"],
                    ["Alva Nordqvist", "2B", "Laktosfri", "Laktosintolerans"],
                    ["Hamza Omar", "4A", "Fläskfri", "Religiösa skäl"],
                    ["Vera Lilja", "F", "Nötfri", "Svår nötallergi, adrenalinpenna"],
                ],
            )
        ],
        note="Spreadsheet ties named pupils to diagnoses (coeliac disease, allergy) and religion.",
        tags=("school", "health", "attachment"),
    ),
    mail(
        "preschool-orosanmalan-pnr",
        "block",
        "Orosanmälan",
        "Hej,\n\nVi vill göra en orosanmälan gällande Elias Nyberg, {pnr0s}, som går på "
        "avdelning Blåklockan på Ekebacken förskola. Elias har vid flera tillfällen kommit "
        "med blåmärken på överarmarna och säger att pappa blir arg. Ring mig gärna.\n\n"
        "Therese Lund\nFörskolechef Ekebacken\n0771-44 25 80",
        sender="Therese Lund <therese.lund@ekeby.se>",
        to=[MOTTAGNING],
        note="Report of concern about a named child with his personnummer.",
        tags=("preschool", "social", "pnr"),
    ),
    mail(
        "ifo-bup-utredning",
        "block",
        "Fråga om samverkan",
        "Hej Jenny,\n\nVi har sedan april en pågående utredning enligt 11 kap. 1 § SoL "
        "gällande Kevin Lundgren, 13 år, boende i Ekeby. Skolan har signalerat om "
        "självskadebeteende och mamma uppger att han har kontakt med er på BUP. Vore bra "
        "med ett samverkansmöte innan sommaren, har du några tider v. 23?" + SIGN_LINNEA,
        sender=LINNEA,
        to=[JENNY],
        note="Social-services investigation and self-harm of a named boy, sent to the region.",
        tags=("ifo", "health", "partner"),
    ),
    mail(
        "ifo-bistand-utbetalning",
        "block",
        "Utbetalning maj",
        "Hej Annika\n\nKan du se till att extrautbetalningen går iväg idag? Ekonomiskt "
        "bistånd till Anders Palm, 6 430 kr avser hyra maj, direkt till hyresvärden "
        "Ekebyhem. Beslutet är fattat av Oskar igår.\n\n/Linnea",
        sender=LINNEA,
        to=[ANNIKA],
        note="A named person receives financial assistance (social-services data).",
        tags=("ifo", "social"),
    ),
    mail(
        "lss-korttids-docx",
        "block",
        "Beslut korttidsvistelse",
        "Hej, här kommer beslutet för utskick, kan du skicka det till familjen med "
        "vanlig post? Tack!\nHelena",
        sender=HELENA,
        to=["Registrator Socialförvaltningen <registrator.soc@ekeby.se>"],
        attachments=[
            docx(
                "Beslut_korttidsvistelse.docx",
                "BESLUT enligt lagen (1993:387) om stöd och service till vissa funktionshindrade",
                "Sökande: Tove Ahl, Granvägen 4, 735 91 Ekeby",
                "Ansökan avser: Korttidsvistelse utanför det egna hemmet, 9 § 6 LSS",
                "Tove har diagnosen autism med måttlig intellektuell funktionsnedsättning och "
                "tillhör personkretsen enligt 1 § 1 LSS.",
                "Beslut: Bifall, 6 dygn per månad på Solrosens korttidsboende.",
                "Helena Berglöf, LSS-handläggare",
            )
        ],
        note="LSS decision in a Word file: disability and diagnosis of a named person.",
        tags=("lss", "health", "attachment"),
    ),
    mail(
        "care-fall-hip",
        "block",
        "Händelse natten till tisdag avd 2",
        "Hej Ulla\n\nGösta Berglund på avd 2 ramlade i badrummet ca kl 03. Nattpersonalen "
        "misstänkte höftfraktur och han åkte ambulans till lasarettet. Dottern är "
        "informerad. Avvikelse skriven i Lifecare.\n\nSamir",
        sender=SAMIR,
        to=[SSK],
        cc=[BIRGITTA],
        note="Injury and hospital transport of a named resident (health data).",
        tags=("care", "health"),
    ),
    mail(
        "hr-rehab-utmattning",
        "block",
        "Rehabmöte",
        "Hej Eva!\n\nJag skulle behöva stöd inför rehabmötet med Sara Holm på fredag. Hon "
        "är sjukskriven på 50 % sedan mars för utmattningssyndrom och läkaren föreslår "
        "arbetsträning på förmiddagarna. Kan du boka in företagshälsan också?\n\n"
        "Mvh Birgitta" + SIGN_BIRGITTA,
        sender=BIRGITTA,
        to=[EVA],
        outlook=True,
        note="Sick leave and diagnosis of a named employee.",
        tags=("hr", "health", "msg"),
    ),
    mail(
        "hr-registerutdrag-dom",
        "block",
        "Re: Registerutdrag vikarie",
        "Hej Malin,\n\nJag har tittat på registerutdraget från Polisen för Johan Ekholm som "
        "ni vill anställa som elevassistent. Det finns en dom från 2021 för misshandel "
        "(villkorlig dom). Ring mig innan ni lämnar besked till honom." + SIGN_EVA,
        sender=EVA,
        to=[MALIN],
        note="Criminal conviction of a named job applicant (art. 10 data).",
        tags=("hr", "crime"),
    ),
    mail(
        "it-behorighet-pnr-subject",
        "block",
        "Behörighet Visma Window – Lena Karlsson {pnr12s}",
        "Hej!\nKan ni lägga upp behörighet enligt ämnesraden från 1/6, hon ersätter Gun på "
        "lönekontoret. Roll: löneadministratör.\n\n//Eva",
        sender=EVA,
        to=[ITSUPPORT],
        note="Personnummer in the subject line.",
        tags=("it", "pnr", "subject"),
    ),
    mail(
        "it-ad-konto-pnr",
        "block",
        "Beställning AD-konto ny medarbetare",
        "Beställning av konto\n\nNamn: Erik Sundberg\nPersonnummer: {pnr13l}\n"
        "Befattning: Fritidsledare\nEnhet: Fritidsgården Ekebyhallen\nStartdatum: 2024-06-01\n"
        "Chef: Ali Rahimi\n\nTack på förhand!\nAli",
        sender=ALI,
        to=[ITSUPPORT],
        note="An everyday account order, but it carries a personnummer.",
        tags=("it", "pnr"),
    ),
    mail(
        "reply-quoted-pnr",
        "block",
        "SV: Fel i lönespecen",
        "Hej, nu är det rättat och du får mellanskillnaden den 25:e.\n\nLöneservice\n\n"
        "-----Ursprungligt meddelande-----\nFrån: Hanna Viklund <hanna.viklund@ekeby.se>\n"
        "Skickat: den 8 maj 2024 14:12\nTill: Löneservice <loneservice@ekeby.se>\n"
        "Ämne: Fel i lönespecen\n\nHej! Jag har fått fel OB-ersättning för april. "
        "Mitt pnr är {pnr16s} och jag jobbar på hemtjänsten Norr.\n/Hanna",
        sender=LON,
        to=["Hanna Viklund <hanna.viklund@ekeby.se>"],
        note="The reply keeps the quoted original, which has a personnummer.",
        tags=("hr", "pnr", "quoted"),
    ),
    mail(
        "fwd-citizen-adhd",
        "block",
        "VB: skolskjuts",
        "Hej Malin, detta kom till kommunens växel-mejl. Kan du ta det? /Viktor",
        sender=VIKTOR,
        to=[MALIN],
        forwarded=Spec(
            id="b2-fwd-citizen-adhd-inner",
            expected="block",
            subject="skolskjuts",
            body="Hej\n\nMin son Liam Eriksson går i 7B på Ekebyskolan. Han har fått diagnosen "
            "ADHD och klarar inte av den fulla skolbussen, han får utbrott varje morgon. Kan han "
            "få taxi istället? Läkarintyget från BUP kan jag skicka.\n\nHälsningar\nSanna Eriksson",
            sender="Sanna Eriksson <sanna.eriksson76@gmail.com>",
            to=("Ekeby kommun <kommun@ekeby.se>",),
        ),
        note="Forwarded citizen mail (message/rfc822) with a named boy's ADHD diagnosis.",
        tags=("school", "health", "forwarded"),
    ),
    mail(
        "school-elevlista-csv",
        "block",
        "elevlista till fotografen",
        "Hej! Här är exporten från Procapita som fotografen ville ha inför skolfotot. /Jonas",
        sender=JONAS,
        to=["Bildbolaget Norr <order@bildbolagetnorr.se>"],
        attachments=[
            csv_file(
                "elevlista_4A.csv",
                "Klass;Efternamn;Förnamn;Personnummer\n4A;Andersson;Wilma;{pnr3}\n"
                "4A;Bergström;Leo;{pnr4}\n4A;Chowdhury;Aisha;{pnr5}\n4A;Dahl;Melvin;{pnr6}\n",
            )
        ],
        note="CSV export with pupils' personnummer, to a photographer.",
        tags=("school", "pnr", "attachment"),
    ),
    mail(
        "hr-zip-lonerevision",
        "block",
        "Underlag lönerevision 2024",
        "Hej,\nbifogar underlagen i en zip så det blir lättare. Totalt 3 enheter.\nHälsningar\nEva",
        sender=EVA,
        to=["Fackliga Vision Ekeby <vision@ekeby.se>"],
        attachments=[
            zip_file(
                "lonerevision_2024.zip",
                docx(
                    "Hemtjanst_Norr.docx",
                    "Underlag lönerevision, Hemtjänst Norr",
                    table=[
                        ["Namn", "Personnummer", "Lön 2023", "Förslag 2024"],
                        ["Hanna Viklund", "{pnr16}", "29 800", "30 900"],
                        ["Omar Said", "{pnr17}", "30 100", "31 050"],
                    ],
                ),
            )
        ],
        note="A docx inside a zip lists employees with personnummer.",
        tags=("hr", "pnr", "zip"),
    ),
    mail(
        "hr-lakarintyg-pdf",
        "block",
        "Läkarintyg",
        "Hej Birgitta, läkarintyget för Amira har kommit in till oss, jag lägger det här. "
        "Spara det inte på G:." + SIGN_EVA,
        sender=EVA,
        to=[BIRGITTA],
        attachments=[
            pdf(
                "Lakarintyg_Amira_Saleh.pdf",
                "Läkarintyg för sjukpenning\nPatient: Amira Saleh\nDiagnos: F32.1 Medelsvår "
                "depressiv episod\nSjukskrivning 100 % 2024-05-06 -- 2024-06-02\n"
                "Intygsskrivande läkare: Vårdcentralen Ekeby",
            )
        ],
        note="Medical certificate with a named employee's diagnosis in a PDF.",
        tags=("hr", "health", "attachment"),
    ),
    mail(
        "school-skyddad-identitet",
        "block",
        "Ny elev 5B - viktigt",
        "Hej Jonas\n\nMaja Lind börjar i din klass på måndag. Hon och mamma har skyddade "
        "personuppgifter (sekretessmarkering) efter en hotbild. Hennes namn får inte stå på "
        "klasslistor, i Unikum-inlägg eller på bilder, och ingen info om skolan får lämnas ut "
        "till någon som ringer." + SIGN_MALIN,
        sender=MALIN,
        to=[JONAS],
        note="Protected identity (sekretessmarkering) of a named pupil.",
        tags=("school", "protected"),
    ),
    mail(
        "school-kurator-sexuality",
        "block",
        "Ines 8C",
        "Hej Malin,\nIines Johansson i 8C har berättat för mig att hon är bisexuell och att "
        "några killar i klassen har skrivit kränkande saker om det på Snapchat. Hon vill inte "
        "att föräldrarna får veta. Kan vi prata om hur vi går vidare med "
        "kränkningsanmälan?\n\nAnn-Sofie, kurator",
        sender="Ann-Sofie Bergh <ann-sofie.bergh@ekeby.se>",
        to=[MALIN],
        note="Sexual orientation of a named pupil (art. 9), despite the typo in her first name.",
        tags=("school", "sexual"),
    ),
    mail(
        "ifo-ethnic-roma",
        "block",
        "inför mötet med familjen Mikaelsson",
        "hej Oskar\n\nkort bakgrund inför torsdag: Anna Mikaelsson tillhör den romska "
        "minoriteten och har dåliga erfarenheter av socialtjänsten sedan barnen "
        "omhändertogs 2019. Jag har bokat brobyggare från Vallby.\n\n/Linnea",
        sender=LINNEA,
        to=[OSKAR],
        note="Ethnic origin and earlier child placements of a named woman.",
        tags=("ifo", "ethnic", "social"),
    ),
    mail(
        "school-religion-julavslutning",
        "block",
        "Hanna och julavslutningen",
        "Hej Jonas!\n\nHannas pappa ringde. Familjen är Jehovas vittnen och Hanna Forsberg "
        "(3B) ska inte delta i luciatåget eller julavslutningen i kyrkan. Kan du ordna något "
        "alternativ på skolan för henne de tiderna?\n\nMalin",
        sender=MALIN,
        to=[JONAS],
        note="Religion of a named pupil's family.",
        tags=("school", "religion"),
    ),
    mail(
        "hr-fackavgift-xlsx",
        "block",
        "Avdrag fackavgift juni",
        "Hej Löneservice,\n\nhär är listan över medarbetare som ska ha avdrag för "
        "fackavgift från junilönen.\n\nMvh Kommunal sektion Ekeby",
        sender="Kommunal sektion Ekeby <kommunal.ekeby@ekeby.se>",
        to=[LON],
        attachments=[
            xlsx(
                "fackavgift_juni.xlsx",
                [
                    ["Anställningsnr", "Namn", "Förbund", "Avgift"],
                    ["10234", "Kerstin Åhlund", "Kommunal", "498"],
                    ["10877", "Mohamed Ali", "Kommunal", "498"],
                    ["11032", "Josefin Sundqvist", "Kommunal", "412"],
                ],
            )
        ],
        note="Trade-union membership of named employees (art. 9).",
        tags=("hr", "union", "attachment"),
    ),
    mail(
        "board-lvu-list",
        "block",
        "Handlingar individutskottet 14/5",
        "Hej ledamöter,\n\nhär är föredragningslistan för individutskottets sammanträde. "
        "Handlingarna är sekretessbelagda och ska inte vidarebefordras.\n\n"
        "§ 41 Ansökan om vård enligt 2 § LVU – Melvin Åström\n"
        "§ 42 Övervägande om fortsatt vård enligt LVU – Selma Jakobsson\n"
        "§ 43 Yttrande till Polismyndigheten, ungdom 17 år, ringa narkotikabrott – "
        "Alexander Nord\n\nKarin Åberg\nNämndsekreterare",
        sender=KARIN,
        to=[
            "Göran Eklund <goran.eklund@ekeby.se>",
            "Maria Sundin <maria.sundin@ekeby.se>",
            "Bengt Holmqvist <bengt.holmqvist@ekeby.se>",
        ],
        note="Named individuals in compulsory care and a drug offence (secret case list).",
        tags=("politics", "social", "crime"),
    ),
    mail(
        "care-genomforandeplan-docx",
        "block",
        "genomförandeplan Margit",
        "hej, här är den uppdaterade planen. skriv ut en till pärmen på avdelningen. /B",
        sender=BIRGITTA,
        to=[SAMIR],
        attachments=[
            docx(
                "Genomforandeplan_Margit_Lindqvist.docx",
                "Genomförandeplan – Lindgårdens äldreboende, avd 1",
                "Brukare: Margit Lindqvist",
                "Hälsa: Demenssjukdom (Alzheimer), diabetes typ 2. Insulin morgon och kväll.",
                "Önskemål: Vill duscha på kvällen. Tycker om att lyssna på dansband.",
            )
        ],
        note="Care plan with a named resident's dementia and diabetes.",
        tags=("care", "health", "attachment"),
    ),
    mail(
        "care-hemtjanst-xlsx",
        "block",
        "Körlista helgen v 21",
        "Hej alla, körlistan för helgen bifogad. Obs nya tider hos Holger.\n/Planeringen",
        sender="Planering Hemtjänst Norr <planering.hemtjanst@ekeby.se>",
        to=[
            SAMIR,
            "Hanna Viklund <hanna.viklund@ekeby.se>",
            "Omar Said <omar.said@ekeby.se>",
        ],
        attachments=[
            xlsx(
                "korlista_v21.xlsx",
                [
                    ["Tid", "Brukare", "Adress", "Insats"],
                    ["07:30", "Holger Wahlberg", "Storgatan 12", "Insulin, frukost, stödstrumpor"],
                    ["08:15", "Inga Persson", "Åvägen 3", "Stomivård, dusch"],
                    ["09:00", "Bertil Sjögren", "Skolgatan 7", "Medicinöverlämning (Waran)"],
                ],
            )
        ],
        note="Home-care list pairs named people and addresses with medical care.",
        tags=("care", "health", "attachment"),
    ),
    mail(
        "payroll-html-pnr",
        "block",
        "Timavlönade maj – för registrering",
        "Hej!\n\nTimmar maj för timvikarier, Lindgården:\n\nNamn\tPersonnummer\tTimmar\n"
        "Ella Wiklund\t{pnr19s}\t46\nJesper Holm\t{pnr29s}\t32,5\n\nMvh Birgitta",
        html="<p>Hej!</p><p>Timmar maj för timvikarier, Lindgården:</p><table>"
        "<tr><th>Namn</th><th>Personnummer</th><th>Timmar</th></tr>"
        "<tr><td>Ella Wiklund</td><td>{pnr19s}</td><td>46</td></tr>"
        "<tr><td>Jesper Holm</td><td>{pnr29s}</td><td>32,5</td></tr></table>"
        "<p>Mvh Birgitta</p>",
        sender=BIRGITTA,
        to=[LON],
        note="Personnummer in a plain and HTML table of hourly staff.",
        tags=("hr", "pnr", "html"),
    ),
    mail(
        "school-absence-pnr-digits",
        "block",
        "frånvaro",
        "hej kan du kolla frånvaron i Skola24 för pnr {pnr7d}? mamman säger att han varit "
        "där varje dag men det står ogiltig frånvaro på 14 lektioner\n\nJonas",
        sender=JONAS,
        to=["Skoladministration <skoladmin@ekeby.se>"],
        note="A personnummer written as ten digits without a separator.",
        tags=("school", "pnr"),
    ),
    mail(
        "school-guardian-pnr-space",
        "block",
        "Ändrad vårdnadshavare",
        "Hej!\n\nTill elevregistret: för Elsa Ahl i 1A ska även pappa läggas till som "
        "vårdnadshavare.\nJens Ahl {pnr14w}\nTel 070-318 44 02\n\nTack, Malin",
        sender=MALIN,
        to=["Skoladministration <skoladmin@ekeby.se>"],
        note="A guardian's personnummer written with a space.",
        tags=("school", "pnr"),
    ),
    mail(
        "ifo-samordningsnummer",
        "block",
        "Ansökan nyanländ",
        "Hej Oskar\n\nNy ansökan om ekonomiskt bistånd från Dawit Haile, samordningsnummer "
        "{snr2}. Han har inget bankkonto ännu. Kan jag bevilja kontant utbetalning via "
        "kassan?\n\n/Linnea",
        sender=LINNEA,
        to=[OSKAR],
        note="A samordningsnummer, and social-services data about a named man.",
        tags=("ifo", "pnr", "social"),
    ),
    mail(
        "hr-endash-pnr",
        "block",
        "Anställningsavtal Nora",
        "Hej Löneservice,\n\nNora Eklöf {pnr21e} börjar som undersköterska på Lindgården "
        "1 juni, tillsvidare 85 %. Avtalet är påskrivet och skickas med internposten."
        + SIGN_BIRGITTA,
        sender=BIRGITTA,
        to=[LON],
        note="Personnummer with an en dash as separator.",
        tags=("hr", "pnr"),
    ),
    mail(
        "tag-saker-unencrypted",
        "block",
        "[SÄKER] Underlag inför samverkansmöte",
        "Hej Jenny,\n\nhär kommer underlaget inför mötet den 20 maj. Dagordning: "
        "1) uppföljning av rutinen för SIP, 2) nya kontaktvägar, 3) övrigt.\n\n/Linnea",
        sender=LINNEA,
        to=[JENNY],
        note="Marked [SÄKER] for encryption but sent unencrypted (the issue: block).",
        tags=("ifo", "encryption-tag"),
    ),
    mail(
        "tag-kryptera-unencrypted",
        "block",
        "Uppföljning placering #kryptera",
        "Hej Per,\n\nsom vi sa på telefon: jag skickar anteckningarna från "
        "uppföljningsmötet separat via Säkra meddelanden. Ring om något är oklart.\n\n"
        "Oskar Dahl\n1:e socialsekreterare",
        sender=OSKAR,
        to=[PER],
        note="Tagged #kryptera but not encrypted (the issue: block).",
        tags=("ifo", "encryption-tag"),
    ),
    mail(
        "smime-subject-pnr",
        "block",
        "Journalkopia {pnr22s}",
        "",
        sender=SSK,
        to=[VC],
        encrypted=True,
        note="S/MIME body, but the personnummer is in the subject, which is not encrypted.",
        tags=("care", "pnr", "smime"),
    ),
    mail(
        "ifo-address-violence",
        "block",
        "Fråga från polisen",
        "Hej Oskar\n\nPolisen ringde: kvinnan som bor på Björkvägen 7 B, 2 tr, har i natt "
        "utsatts för våld av sin sambo igen. Två barn i lägenheten, 4 och 7 år. Jag lägger "
        "upp en ny aktualisering idag.\n\nLinnea",
        sender=LINNEA,
        to=[OSKAR],
        note="Violence against an unnamed woman pointed out by her exact address.",
        tags=("ifo", "crime", "pointer"),
    ),
    mail(
        "care-apartment-alzheimer",
        "block",
        "Ny boende lgh 14",
        "Hej alla på avd 2,\n\nDen nya boende som flyttar in i lägenhet 14 på Lindgården "
        "på måndag har fått diagnosen Alzheimer i vintras och kan bli orolig på kvällarna. "
        "Hon går gärna ut, så ha koll på ytterdörren." + SIGN_BIRGITTA,
        sender=BIRGITTA,
        to=["Avd 2 Lindgården <lindgarden.avd2@ekeby.se>"],
        note="Diagnosis of a resident pointed out by apartment number at a named home.",
        tags=("care", "health", "pointer"),
    ),
    mail(
        "thread-sip-quoted",
        "block",
        "SV: SV: SIP-möte för Wilma",
        "Torsdag 13.00 funkar för mig. Jag bokar rum 204.\n\n/Jenny\n\n"
        "Från: Linnea Franzén\nSkickat: den 10 maj 2024 09:02\nÄmne: SV: SIP-möte för Wilma\n\n"
        "Hej, ja vi behöver ses före sommaren. Wilma har sedan i mars ätstörning enligt "
        "BUP och har inte varit i skolan på fyra veckor.\n\n"
        "Från: Malin Sjöberg\nSkickat: den 8 maj 2024 16:40\nÄmne: SIP-möte för Wilma\n\n"
        "Hej, vi på skolan vill gärna ha ett SIP-möte för Wilma Andersson i 9A. "
        "Förslag: v 20 eller 21.",
        sender=JENNY,
        to=[LINNEA, MALIN],
        note="The short reply quotes a named pupil's eating disorder from the history.",
        tags=("school", "health", "quoted", "partner"),
    ),
    mail(
        "board-ledamot-cancer",
        "block",
        "Entledigande",
        "Hej Göran,\n\ntill nästa KF: Per Olsson (L) har begärt entledigande från "
        "socialnämnden. Han berättade i förtroende att det beror på att han har påbörjat "
        "cancerbehandling, men det ska inte stå i ärendet.\n\nKarin",
        sender=KARIN,
        to=["Göran Eklund <goran.eklund@ekeby.se>"],
        note="Health of a named politician, outside his public role.",
        tags=("politics", "health"),
    ),
    mail(
        "hr-alcohol-warning",
        "block",
        "Skriftlig varning – utkast",
        "Hej Eva\n\nSkickar utkastet till skriftlig varning för Lars Ekman, fastighetsskötare. "
        "Han kom till jobbet påverkad av alkohol den 2 maj och har tidigare haft samtal om "
        "sitt missbruk. Kan du läsa igenom innan förhandlingen?\n\n"
        "Tomas Lindgren\nEnhetschef Fastighet",
        sender="Tomas Lindgren <tomas.lindgren@ekeby.se>",
        to=[EVA],
        note="Alcohol abuse of a named employee (health).",
        tags=("hr", "health"),
    ),
    mail(
        "hr-interview-pregnant",
        "block",
        "Intervjuer förskollärare",
        "Hej!\n\nSummering av gårdagens intervjuer: Maria Holm var stark men berättade att "
        "hon är gravid i femte månaden. Pontus Lager hade bra referenser. Vi ses och "
        "diskuterar.\n\nTherese",
        sender="Therese Lund <therese.lund@ekeby.se>",
        to=[EVA],
        note="Pregnancy of a named applicant (health).",
        tags=("hr", "health"),
    ),
    mail(
        "school-police-theft",
        "block",
        "Polisanmälan dator",
        "Hej,\n\nVi har idag polisanmält Viktor Ås i 9B för stölden av lärardatorn i sal 12. "
        "Han har erkänt för mentor. Vårdnadshavare är informerade." + SIGN_MALIN,
        sender=MALIN,
        to=["Förvaltningschef BUF <forvaltningschef.buf@ekeby.se>"],
        note="A named pupil reported to the police for theft (criminal-offence data).",
        tags=("school", "crime"),
    ),
    mail(
        "leisure-narcotics",
        "block",
        "oro kring en av ungdomarna",
        "hej Linnea\n\nvi har flera kvällar sett att Robin Nilsson (15) säljer vad vi tror "
        "är narkotika på parkeringen utanför gården. polisen i Ekeby är informerad. "
        "skickar detta som underlag till orosanmälan.\n\nAli\nFritidsgården Ekebyhallen",
        sender=ALI,
        to=[LINNEA],
        note="Suspected drug dealing by a named 15-year-old (criminal-offence data).",
        tags=("leisure", "crime", "social"),
    ),
    mail(
        "building-application-pdf-pnr",
        "block",
        "Ansökan bygglov Ekeby Kyrkby 3:14",
        "Hej Lars\n\nhär är ansökan från sökanden, kan du göra en bedömning av "
        "konstruktionen? Ritningarna kommer separat.\n\nFredrik Nordin\n"
        "Bygglovshandläggare, Samhällsbyggnad",
        sender=FREDRIK,
        to=["Lars Wennberg <lars@wennbergkonstruktion.se>"],
        attachments=[
            pdf(
                "Ansokan_bygglov_3-14.pdf",
                "ANSÖKAN OM BYGGLOV\nFastighet: Ekeby Kyrkby 3:14\nSökande: Kristoffer Nyman\n"
                "Personnummer: {pnr18s}\nÅtgärd: Tillbyggnad av enbostadshus, 32 kvm",
            )
        ],
        note="Building permit application PDF with the applicant's personnummer.",
        tags=("building", "pnr", "attachment"),
    ),
    mail(
        "lss-assistans-downs",
        "block",
        "Underlag till Försäkringskassan",
        "Hej!\n\nFörsäkringskassan vill ha ett läkarutlåtande om Hugo Falk inför "
        "omprövningen av assistansersättningen. Hugo har Downs syndrom och en hjärtsjukdom "
        "som gör att han behöver tillsyn nattetid. Kan ni skriva ett intyg?\n\n"
        "Helena Berglöf\nLSS-handläggare, Ekeby kommun",
        sender=HELENA,
        to=[VC],
        note="Disability and heart disease of a named person, sent to the region.",
        tags=("lss", "health", "partner"),
    ),
    mail(
        "partner-ods-placeringar",
        "block",
        "Placeringar Vallby/Ekeby",
        "Hej Oskar, här är sammanställningen av placerade barn som vi pratade om. /Per",
        sender=PER,
        to=[OSKAR],
        attachments=[
            ods(
                "placeringar_2024.ods",
                [
                    ["Namn", "Personnummer", "Placering", "Lagrum"],
                    ["Alicia Nord", "{pnr8}", "Familjehem Ekeby", "LVU 2 §"],
                    ["Theo Sandberg", "{pnr9}", "HVB Granen", "SoL"],
                ],
            )
        ],
        note="ODS sheet of placed children with personnummer and legal grounds.",
        tags=("ifo", "pnr", "attachment", "partner"),
    ),
    mail(
        "ifo-utredning-odt",
        "block",
        "utkast utredning",
        "Hej Oskar, utkastet bifogat för genomläsning innan jag kommunicerar det med "
        "föräldrarna.\nLinnea",
        sender=LINNEA,
        to=[OSKAR],
        attachments=[
            odt(
                "Utredning_Nils_Berg_utkast.odt",
                "Utredning enligt 11 kap. 1 § socialtjänstlagen",
                "Barnet: Nils Berg, 9 år",
                "Bakgrund: Anmälan från skolan om hög frånvaro och att Nils ofta är hungrig. "
                "Mamma har en psykiatrisk diagnos och pappa har tidigare dömts för "
                "rattfylleri.",
            )
        ],
        note="Child-welfare investigation (ODT) of a named boy, his parents' health and crime.",
        tags=("ifo", "social", "attachment"),
    ),
    mail(
        "payroll-vikarier-xlsx-pnr",
        "block",
        "Vikarier maj Ekebyskolan",
        "Hej, här kommer vikarielistan för maj. /Malin",
        sender=MALIN,
        to=[LON],
        attachments=[
            xlsx(
                "vikarier_maj.xlsx",
                [
                    ["Namn", "Personnummer", "Datum", "Timmar"],
                    ["Linn Åkesson", "{pnr23}", "2024-05-06", "8"],
                    ["Mattias Grön", "{pnr25}", "2024-05-07", "6"],
                ],
            )
        ],
        note="Personnummer stored as numbers in a spreadsheet of substitute teachers.",
        tags=("hr", "pnr", "attachment"),
    ),
    mail(
        "team-broken-leg",
        "block",
        "Info till arbetslaget",
        "Hej alla!\n\nJonas Wikström har brutit benet och är sjukskriven minst sex veckor. "
        "Vi löser hans lektioner med vikarie från måndag, schema kommer.\n\nMalin",
        sender=MALIN,
        to=["Arbetslag 4-6 Ekebyskolan <arbetslag46@ekeby.se>"],
        note="A manager spreads a named colleague's injury and sick leave to the team.",
        tags=("hr", "health"),
    ),
    mail(
        "care-relative-gmail",
        "block",
        "Din mamma",
        "Hej Eva!\n\nVille bara berätta att din mamma Ingrid Nyberg har haft en "
        "urinvägsinfektion och fått antibiotika från läkaren i tisdags. Hon är lite "
        "förvirrad men äter bra. Ring gärna avdelningen om du undrar något.\n\n"
        "Ulla, sjuksköterska Lindgården",
        sender=SSK,
        to=["Eva Nyberg <eva.nyberg62@hotmail.com>"],
        note="Health of a named resident to a relative's private address.",
        tags=("care", "health", "webmail"),
    ),
    mail(
        "inline-fwd-pnr",
        "block",
        "VB: Ansökan om förskoleplats",
        "Till placeringen, för kännedom.\n\n---------- Vidarebefordrat meddelande ----------\n"
        "Från: Amanda Ljung <amanda.ljung@outlook.com>\nDatum: 12 maj 2024\n"
        "Ämne: Ansökan om förskoleplats\n\nHej! Jag vill ställa min dotter Saga Ljung "
        "({pnr1s}) i kö till Ekebacken från augusti. Vi flyttar till Ekeby 1 juli.\n"
        "Mvh Amanda",
        sender="Kundtjänst Ekeby <kundtjanst@ekeby.se>",
        to=["Placering förskola <placering.forskola@ekeby.se>"],
        note="An inline forward; the quoted citizen mail has a child's personnummer.",
        tags=("preschool", "pnr", "quoted"),
    ),
    mail(
        "hr-own-pnr",
        "block",
        "friskvårdsbidrag",
        "hej! jag har skickat in kvittot men fått avslag i självservice. kan ni kolla? "
        "mitt personnummer är {pnr20s}.\nmvh Jonas",
        sender=JONAS,
        to=[LON],
        note="The sender's own personnummer; the rule is personnummer anywhere.",
        tags=("hr", "pnr"),
    ),
    mail(
        "school-atgardsprogram-docx",
        "block",
        "Åtgärdsprogram Omar 6B",
        "Hej Petra, bifogar åtgärdsprogrammet inför EHT på onsdag.\n/Jonas",
        sender=JONAS,
        to=[ELEVHALSAN],
        attachments=[
            docx(
                "Atgardsprogram_Omar_Khalil.docx",
                "Åtgärdsprogram",
                "Elev: Omar Khalil, klass 6B",
                "Utredning visar dyslexi och språkstörning. Omar har även diabetes typ 1 och "
                "behöver kunna mäta blodsocker under lektionstid.",
            )
        ],
        note="Individual education plan naming a pupil's dyslexia and diabetes.",
        tags=("school", "health", "attachment"),
    ),
    mail(
        "care-latin1-pressure-ulcer",
        "block",
        "Trycksår Åke",
        "Hej Ulla!\n\nÅke Lindström på avd 1 har fått ett trycksår på hälen, kategori 2. "
        "Vi har lagt på förband och vänder honom var tredje timme. Kan du titta på det "
        "imorgon?\n\nSamir",
        sender=SAMIR,
        to=[SSK],
        legacy_charset="iso-8859-1",
        note="A named resident's pressure ulcer, in an ISO-8859-1 body.",
        tags=("care", "health", "charset"),
    ),
]

# --- warn: recipient risks and unreadable attachments, nothing forbidden in the content ---

FORENINGAR = [
    "Ekeby IF <kansli@ekebyif.se>",
    "Ekeby Skytteförening <info@ekebyskytte.se>",
    "Vallby-Ekeby Ridklubb <styrelsen@vallbyridklubb.se>",
    "Ekeby Konstförening <ordforande@ekebykonst.se>",
    "PRO Ekeby <pro.ekeby@pro-ekeby.se>",
    "Ekeby Hembygdsförening <hembygd@ekebyhembygd.se>",
    "Scoutkåren Tranan <kontakt@trananscout.se>",
    "Ekeby Simsällskap <info@ekebysim.se>",
    "Kören Vox Ekeby <vox@voxekeby.se>",
    "Ekeby Schackklubb <schack@ekebyschack.se>",
    "Studieförbundet Ekeby <ekeby@studieforbundet-mitt.se>",
    "Ekeby BK <info@ekebybk.se>",
]
ANBUDSGIVARE = [
    "Anbud Nordbygg <anbud@nordbygg.se>",
    "Mats Ek <mats.ek@ekstromsbygg.se>",
    "Offert <offert@byggpartner-mitt.se>",
    "Tender Team <tender@stenhusentreprenad.se>",
    "Linda Gran <linda.gran@granbergsbygg.se>",
    "Anbud <anbud@mittbygg-ab.se>",
]
REKTORER_GRANNAR = [
    "Anna Borg <anna.borg@asby.se>",
    "Peter Lind <peter.lind@asby.se>",
    "Sara Ek <sara.ek@nordhamn.se>",
    "Mikael Ros <mikael.ros@nordhamn.se>",
    "Lena Falk <lena.falk@lillby.se>",
    "Johan Sten <johan.sten@lillby.se>",
    "Karin Ny <karin.ny@storvik.se>",
    "Erik Gran <erik.gran@storvik.se>",
    "Maria Berg <maria.berg@hagalund-kommun.se>",
]
MEDBORGARPANEL = [
    "margareta.holm48@gmail.com",
    "Kenneth Ö <kenneth.ostlund@hotmail.com>",
    "sofia_lindberg@outlook.com",
    "anders.m@telia.com",
    "bjorn.ahlgren@icloud.com",
    "lisa.sjodin82@yahoo.se",
    "Omar Farah <omar.farah@gmail.com>",
    "petra.nilsson@live.se",
    "tove.kallberg@hotmail.se",
]
FRISKOLOR = [
    "Rektor Kunskapsvägen <rektor@kunskapsvagen-ekeby.se>",
    "Ekeby Montessori <info@ekebymontessori.se>",
    "Waldorfskolan <skolan@waldorf-ekeby.se>",
    "Lärande AB Ekeby <ekeby@larandeab.se>",
    "Friskolan Linden <linden@friskolanlinden.se>",
    "Bilingual School <office@bilingual-ekeby.se>",
    "Naturskolan <info@naturskolan-ekeby.se>",
    "Ekeby Kristna skola <rektor@ekebykristna.se>",
]
REMISSINSTANSER = [
    "Länsstyrelsen <registrator@lansstyrelsen-ekeby.se>",
    "Trafikverket Region Mitt <region.mitt@trafikverket-mitt.se>",
    "Ekeby Energi AB <info@ekebyenergi.se>",
    "Naturskyddsföreningen Ekeby <ekeby@naturskydd-ekeby.se>",
    "Lantmäteriet <fastighetsbildning@lantmateriet-mitt.se>",
    "Ekebyhem AB <info@ekebyhem.se>",
    "Räddningstjänsten Mitt <rtj@raddning-mitt.se>",
    "Vattenfall Eldistribution <remiss@eldistribution-mitt.se>",
]
FORETAG = [
    "Ekeby Snickeri <info@ekebysnickeri.se>",
    "Mitt Revision <kontakt@mittrevision.se>",
    "Café Ljuset <cafe@ljuset-ekeby.se>",
    "Hansson Transport <order@hanssontransport.se>",
    "Ekeby Golvservice <golv@ekebygolv.se>",
    "Norr Data AB <sales@norrdata.se>",
    "Blomsterhörnan <info@blomsterhornan.se>",
    "Fastighetsbyrån Ekeby <ekeby@fbmitt.se>",
    "Ekeby Bil <forsaljning@ekebybil.se>",
    "Lindqvist Elektriska <info@lindqvistel.se>",
    "Bageri Vete <hej@bagerivete.se>",
]

WARN: list[Spec] = [
    mail(
        "leisure-foreningar-to",
        "warn",
        "Föreningsbidrag 2025 – ansök senast 30 september",
        "Hej föreningar!\n\nNu är ansökan om aktivitetsbidrag och lokalbidrag för 2025 "
        "öppen i e-tjänsten. Nytt för i år är att ni ska bifoga verksamhetsberättelse. "
        "Sista dag är 30 september. Informationsträff i Ekebyhallen 3 september kl 18.\n\n"
        "Hälsningar\nKultur- och fritidsförvaltningen",
        sender="Föreningsservice <foreningsservice@ekeby.se>",
        to=FORENINGAR,
        note="Twelve associations from different outside domains visible to each other in To.",
        tags=("leisure", "recipients"),
    ),
    mail(
        "procurement-bidders-to",
        "warn",
        "Förtydligande 2 – Upphandling ombyggnad Ekebyskolan, dnr KS 2024/0312",
        "Till samtliga anbudsgivare\n\nFråga: Ingår rivning av befintliga undertak?\n"
        "Svar: Ja, enligt AF AMA 23 p. AFC.111.\n\nAnbudstiden är oförändrad, "
        "2024-06-14.\n\nJohanna Blom\nUpphandlare, Ekeby kommun",
        sender=JOHANNA,
        to=ANBUDSGIVARE,
        note="Six competing bidders from six companies see each other's addresses.",
        tags=("procurement", "recipients"),
    ),
    mail(
        "preschool-network-cc",
        "warn",
        "Nätverksträff förskolechefer 12 juni",
        "Hej alla!\n\nVälkomna till nätverksträffen i Ekeby den 12 juni kl 9-15 i "
        "Kommunhuset, sal Ekan. Tema: systematiskt kvalitetsarbete. Lunch bjuder vi på, "
        "meddela specialkost senast 5 juni.\n\nTherese Lund\nFörskolechef Ekebacken",
        sender="Therese Lund <therese.lund@ekeby.se>",
        to=["Therese Lund <therese.lund@ekeby.se>"],
        cc=REKTORER_GRANNAR,
        note="Nine principals of five outside municipalities visible in Cc (the Alingsås case).",
        tags=("preschool", "recipients"),
    ),
    mail(
        "citizen-panel-to",
        "warn",
        "Medborgarpanelen – enkät om nya biblioteket",
        "Hej!\n\nTack för att du är med i Ekebys medborgarpanel. Nu finns en ny enkät om "
        "hur du vill att det nya biblioteket ska se ut. Den tar ca 10 minuter: "
        "https://ekeby.se/panel\n\nVänliga hälsningar\nViktor Sand, kommunikatör",
        sender=VIKTOR,
        to=MEDBORGARPANEL,
        note="Nine citizens' private addresses on seven mail services visible to each other.",
        tags=("communication", "recipients"),
    ),
    mail(
        "school-friskolor-to",
        "warn",
        "Inbjudan: kompetensdag om skolans digitalisering",
        "Hej!\n\nEkeby kommun bjuder in alla skolor i kommunen till en kompetensdag om "
        "digitalisering den 22 oktober. Anmälan via länken senast 1 oktober.\n\n"
        "https://ekeby.se/kompetensdag\n\nMalin Sjöberg" + SIGN_MALIN,
        sender=MALIN,
        to=FRISKOLOR,
        note="Eight independent schools with separate domains visible in To.",
        tags=("school", "recipients"),
    ),
    mail(
        "lookalike-own-transposed",
        "warn",
        "Dagordning nämndsmöte",
        "Hej Karin,\n\nhär är förslaget till dagordning för utbildningsnämnden 28 maj:\n"
        "1. Mötets öppnande\n2. Budgetuppföljning april\n3. Skolplan 2025\n4. Delegationsbeslut\n"
        "5. Övriga frågor\n\n/Malin",
        sender=MALIN,
        to=["Karin Åberg <karin.aberg@ekebey.se>"],
        note="ekebey.se is a misspelling of the own domain ekeby.se.",
        tags=("politics", "lookalike"),
    ),
    mail(
        "lookalike-partner-region",
        "warn",
        "Tider för samverkansmöte",
        "Hej Jenny\n\nFunkar onsdag 22/5 kl 10 eller torsdag 23/5 kl 14 för samverkansmötet "
        "om rutinen för SIP? Vi kan vara hos er.\n\nLinnea" + SIGN_LINNEA,
        sender=LINNEA,
        to=["Jenny Falk <jenny.falk@regionekbey.se>"],
        note="regionekbey.se is a misspelling of the partner domain regionekeby.se.",
        tags=("ifo", "lookalike"),
    ),
    mail(
        "lookalike-own-missing-letter",
        "warn",
        "Lokalbokning Ekebyhallen",
        "Hej Ali! Kan du boka stora salen 14 juni kl 17-21 för avslutningen? Vi blir ca 60 "
        "personer. /Emma",
        sender=EMMA,
        to=["Ali Rahimi <ali.rahimi@ekby.se>"],
        note="ekby.se drops a letter from the own domain ekeby.se.",
        tags=("leisure", "lookalike"),
    ),
    mail(
        "lookalike-partner-vallby",
        "warn",
        "Gemensam utbildning socialsekreterare",
        "Hej Per!\n\nVi kör utbildningen i MI (motiverande samtal) den 9-10 september. Ni "
        "har 6 platser, skicka namnen på deltagarna till mig senast 15 augusti.\n\nOskar",
        sender=OSKAR,
        to=["Per Ström <per.strom@valby.se>"],
        note="valby.se drops a letter from the partner domain vallby.se.",
        tags=("ifo", "lookalike"),
    ),
    mail(
        "lookalike-cc-double-letter",
        "warn",
        "Re: Protokollsjustering",
        "Hej, jag kan justera på torsdag eftermiddag. Lägg protokollet i justeringsmappen.\n"
        "/Maria\n\n> Hej! Vem kan justera protokollet från 14/5? /Karin",
        sender="Maria Sundin <maria.sundin@ekeby.se>",
        to=[KARIN],
        cc=["Göran Eklund <goran.eklund@ekkeby.se>"],
        note="The Cc address is on ekkeby.se, a misspelling of ekeby.se.",
        tags=("politics", "lookalike"),
    ),
    mail(
        "webmail-coach-list",
        "warn",
        "Ledarlista sommarfotbollen",
        "Hej Stefan!\n\nHär är ledarna och deras nummer, så kan du lägga in dem i "
        "gruppchatten.\n\nElin Åström 070-211 45 90\nMarcus Holm 073-880 12 34\n"
        "Yasmin Karimi 076-402 77 18\nNils Björk 070-559 03 21\n\nTack för att du ställer "
        "upp!\nAli",
        sender=ALI,
        to=["Stefan Berg <stefan.berg.ekeby@gmail.com>"],
        note="Third parties' names and phone numbers to a private Gmail address.",
        tags=("leisure", "webmail"),
    ),
    mail(
        "webmail-own-hotmail-camp",
        "warn",
        "deltagare kollo",
        "skickar till mig själv så jag kan jobba hemifrån i helgen",
        sender=EMMA,
        to=["emma.lindahl.privat@hotmail.com"],
        attachments=[
            xlsx(
                "kollo_v27_deltagare.xlsx",
                [
                    ["Barn", "Ålder", "Vårdnadshavare", "Telefon"],
                    ["Alvin Strand", "10", "Maria Strand", "070-122 33 44"],
                    ["Meja Lund", "11", "Peter Lund", "073-455 66 77"],
                    ["Leon Gustavsson", "9", "Jenny Gustavsson", "076-788 99 00"],
                ],
            )
        ],
        note="Children's names and guardians' phone numbers sent to a private Hotmail address.",
        tags=("leisure", "webmail", "attachment"),
    ),
    mail(
        "webmail-klasslista-parent",
        "warn",
        "Klasslista 2B",
        "Hej Camilla!\n\nSom klassförälder får du här listan med vårdnadshavarnas "
        "telefonnummer, så kan du bjuda in till klassfesten.\n\nLeo Ahlberg – Sara Ahlberg "
        "070-331 22 10\nSigrid Berg – Tomas Berg 070-442 11 09\nOlle Carlsson – Anna Carlsson "
        "073-210 45 67\nMira Dahlin – Fredrik Dahlin 076-119 23 45\n\nHälsningar Jonas",
        sender=JONAS,
        to=["Camilla Nord <camilla.nord@gmail.com>"],
        note="Other families' names and phone numbers to a parent's private Gmail.",
        tags=("school", "webmail"),
    ),
    mail(
        "webmail-politician-synpunkter",
        "warn",
        "Inkomna synpunkter Ekeby centrum",
        "Hej Bengt,\n\nsom du bad om, här är de som lämnat synpunkter på planprogrammet för "
        "Ekeby centrum:\n\nGunilla Ros, Torggatan 4, 735 30 Ekeby\n"
        "Henrik Alm, Kyrkvägen 11, 735 31 Ekeby\nLinda Mårtensson, "
        "Skolgatan 2, 735 30 Ekeby\n\nSofia Ek, planarkitekt",
        sender=SOFIA,
        to=["Bengt Holmqvist <bengt.holmqvist@hotmail.com>"],
        note="Citizens' names and home addresses to a politician's private Hotmail.",
        tags=("planning", "webmail"),
    ),
    mail(
        "locked-pdf-partner",
        "warn",
        "Protokoll styrgrupp",
        "Hej Per, protokollet från styrgruppen bifogat. Lösenordet skickar jag i sms. /Oskar",
        sender=OSKAR,
        to=[PER],
        attachments=[
            locked_pdf(
                "Protokoll_styrgrupp_maj.pdf",
                "Protokoll styrgrupp Ekeby-Vallby\nNärvarande: Oskar Dahl, Per Ström\n"
                "1. Budget 2025 för gemensamma familjehemsenheten",
            )
        ],
        note="A password-protected PDF cannot be read.",
        tags=("ifo", "unreadable"),
    ),
    mail(
        "broken-pdf-internal",
        "warn",
        "Fakturaunderlag",
        "Hej Annika, fakturaunderlaget för april bifogat. /Johanna",
        sender=JOHANNA,
        to=[ANNIKA],
        attachments=[broken("Fakturaunderlag_april.pdf")],
        note="A damaged PDF cannot be read.",
        tags=("finance", "unreadable"),
    ),
    mail(
        "encrypted-zip",
        "warn",
        "Filer från skanningen",
        "Hej!\n\nHär är de inskannade ritningarna i en krypterad zip, lösenord kommer "
        "separat.\n\nFredrik",
        sender=FREDRIK,
        to=["Lars Wennberg <lars@wennbergkonstruktion.se>"],
        attachments=[
            zip_file(
                "ritningar.zip",
                text_file("ritningar_fasad.txt", "Fasadritning, skala 1:100"),
                encrypted=True,
            )
        ],
        note="A password-protected zip cannot be read.",
        tags=("building", "unreadable"),
    ),
    mail(
        "broken-docx",
        "warn",
        "Mall för verksamhetsberättelse",
        "Hej, mallen bifogad. Säg till om den inte går att öppna. /Karin",
        sender=KARIN,
        to=["Förvaltningschefer <forvaltningschefer@ekeby.se>"],
        attachments=[
            broken(
                "Mall_verksamhetsberattelse.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
        ],
        note="A .docx that is not a valid document cannot be read.",
        tags=("politics", "unreadable"),
    ),
    mail(
        "remiss-cc",
        "warn",
        "Remiss: Översiktsplan Ekeby 2040",
        "Hej,\n\nEkeby kommun remitterar härmed förslaget till översiktsplan 2040. "
        "Synpunkter lämnas senast 30 augusti till samhallsbyggnad@ekeby.se, ange "
        "dnr KS 2023/0877.\n\nSofia Ek\nPlanarkitekt",
        sender=SOFIA,
        to=["Samhällsbyggnad <samhallsbyggnad@ekeby.se>"],
        cc=REMISSINSTANSER,
        note="Eight outside organisations visible to each other in Cc.",
        tags=("planning", "recipients"),
    ),
    mail(
        "locked-pdf-internal-team",
        "warn",
        "Schema HT",
        "Hej alla, schemat för hösten är bifogat. Lösenord som vanligt. /Birgitta",
        sender=BIRGITTA,
        to=["Avd 2 Lindgården <lindgarden.avd2@ekeby.se>"],
        attachments=[locked_pdf("Schema_HT24.pdf", "Schema hösten 2024 avd 2")],
        note="A password-protected PDF cannot be read, even internally.",
        tags=("care", "unreadable"),
    ),
    mail(
        "webmail-bus-driver",
        "warn",
        "Resan till Gröna Lund",
        "Hej Roger!\n\nHär är deltagarna till resan på lördag, så du kan bocka av dem vid "
        "bussen:\nAlbin Svensson 073-111 20 30\nEbba Lindkvist 070-224 56 78\nMohammed Noor "
        "076-330 44 55\nTilde Sjödin 072-901 23 45\nAvgång 07.30 från Ekebyhallen.\n\nAli",
        sender=ALI,
        to=["Roger <roger.bussen@hotmail.com>"],
        note="Young people's names and phone numbers to a driver's private Hotmail.",
        tags=("leisure", "webmail"),
    ),
    mail(
        "business-breakfast-to",
        "warn",
        "Inbjudan näringslivsfrukost 6 juni",
        "Hej!\n\nVarmt välkommen till näringslivsfrukost på Ekeby Gästgiveri torsdag 6 juni "
        "kl 07.30-09.00. Tema: kompetensförsörjning. Anmäl dig senast 31 maj.\n\n"
        "Näringslivsenheten, Ekeby kommun",
        sender="Näringsliv Ekeby <naringsliv@ekeby.se>",
        to=FORETAG,
        note="Eleven companies' addresses visible to each other in To.",
        tags=("communication", "recipients"),
    ),
    mail(
        "broken-xlsx",
        "warn",
        "Budgetuppföljning april",
        "Hej! Uppföljningen bifogad. /Annika",
        sender=ANNIKA,
        to=["Ledningsgrupp BUF <ledningsgrupp.buf@ekeby.se>"],
        attachments=[
            broken(
                "Budgetuppfoljning_april.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        ],
        note="A .xlsx that is not a valid workbook cannot be read.",
        tags=("finance", "unreadable"),
    ),
    mail(
        "lookalike-partner-swapped",
        "warn",
        "Remiss BUP",
        "Hej,\n\nvi har nu skickat remissen via 1177-tjänsten som ni bad om. Ring mig om den "
        "inte kommit fram.\n\nPetra Lund\nSkolsköterska Ekebyskolan",
        sender=PETRA,
        to=["BUP mottagning <bup.mottagning@regoinekeby.se>"],
        note="regoinekeby.se swaps two letters of the partner domain regionekeby.se.",
        tags=("school", "lookalike"),
    ),
]

# --- allow: ordinary work mail, sensitive topics with nobody identifiable, public roles,
# numbers that are not personnummer, encrypted mail ---------------------------------------

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
    "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20240604T130000Z\r\nDTEND:20240604T143000Z\r\n"
    "SUMMARY:APT Lindgården juni\r\nLOCATION:Samlingssalen\r\n"
    "ORGANIZER;CN=Birgitta Håkansson:mailto:birgitta.hakansson@ekeby.se\r\n"
    "UID:040000008200E00074C5B7101A82E008000000001\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

ALLOW: list[Spec] = [
    mail(
        "calendar-apt",
        "allow",
        "Inbjudan: APT Lindgården juni",
        "När: tisdag 4 juni 2024 15:00-16:30\nVar: Samlingssalen\n\nAgenda: "
        "arbetsmiljö, semesterschema, nya larmtelefoner.\n\nBirgitta",
        sender=BIRGITTA,
        to=["Personal Lindgården <personal.lindgarden@ekeby.se>"],
        attachments=[text_file("invite.ics", ICS, "text/calendar")],
        note="A workplace meeting invitation with a calendar file.",
        tags=("care", "calendar"),
    ),
    mail(
        "invoice-supplier-ocr",
        "allow",
        "VB: Faktura 240517 från Nordbygg AB",
        "Attestera gärna, avser etapp 2 Ekebyskolan. /Johanna\n\n"
        "---------- Vidarebefordrat meddelande ----------\nFrån: Nordbygg AB "
        "<faktura@nordbygg.se>\n\nFaktura 240517\nFakturadatum: 2024-05-17\nFörfallodatum: "
        "2024-06-16\nAtt betala: 412 750,00 kr\nBankgiro: 5050-1055\nOCR: 7512034400918263\n"
        "Org.nr: 556614-3920\nVår referens: Mats Ek, 070-612 44 81\nEr referens: "
        "Johanna Blom, projekt 41-118",
        sender=JOHANNA,
        to=[ANNIKA],
        note="An invoice full of numbers, none a personnummer (org.nr, OCR, bankgiro, dates).",
        tags=("finance", "numbers"),
    ),
    mail(
        "invoice-address-orgnr",
        "allow",
        "Re: Fakturaadress",
        "Hej Mats!\n\nFakturaadressen är:\nEkeby kommun\nFakturaskanning\nBox 501\n"
        "735 21 Ekeby\nOrg.nr 212000-1488\nMomsreg.nr SE212000148801\n\nAnge alltid "
        "referenskod EKB4118.\n\nJohanna Blom\nUpphandlare\n0771-44 21 07",
        sender=JOHANNA,
        to=["Mats Ek <mats.ek@nordbygg.se>"],
        note="The municipality's own organisation number and VAT number.",
        tags=("procurement", "numbers"),
    ),
    mail(
        "minutes-kfn",
        "allow",
        "Protokoll kultur- och fritidsnämnden 2024-05-07",
        "Hej,\n\nbifogar justerat protokoll för publicering på anslagstavlan.\n\nKarin",
        sender=KARIN,
        to=["Kommunikation <kommunikation@ekeby.se>"],
        attachments=[
            docx(
                "Protokoll_KFN_2024-05-07.docx",
                "Kultur- och fritidsnämnden, protokoll 2024-05-07",
                "Beslutande: Lena Holm (C), ordförande; Ahmed Yilmaz (S), vice ordförande; "
                "Kristina Berg (M); Olof Ring (SD); Maja Ek (V)",
                "§ 31 Föreningsbidrag 2025 – nämnden beslutar enligt förvaltningens förslag.",
                "§ 32 Reservation: Olof Ring (SD) reserverar sig mot beslutet.",
                "Justerare: Kristina Berg",
            )
        ],
        note="Public minutes: politicians named with their parties in their public role.",
        tags=("politics", "public-role", "attachment"),
    ),
    mail(
        "routine-orosanmalan",
        "allow",
        "Påminnelse: rutin för orosanmälan",
        "Hej alla medarbetare!\n\nInför sommaren en påminnelse om anmälningsplikten enligt "
        "14 kap. 1 § SoL. Om du misstänker att ett barn far illa ska du anmäla direkt till "
        "socialtjänstens mottagning, 0771-44 23 00, eller via e-tjänsten. Skicka aldrig "
        "uppgifter om enskilda barn med vanlig e-post. Rutinen finns på intranätet.\n\n"
        "Malin Sjöberg" + SIGN_MALIN,
        sender=MALIN,
        to=["Alla Ekebyskolan <alla.ekebyskolan@ekeby.se>"],
        note="A general routine about reports of concern, no child identifiable.",
        tags=("school", "routine"),
    ),
    mail(
        "stats-orosanmalningar-xlsx",
        "allow",
        "Statistik orosanmälningar Q1",
        "Hej, statistiken för första kvartalet bifogad till nämndrapporten. Ökningen i "
        "åldersgruppen 13-17 beror främst på anmälningar från skolan. /Oskar",
        sender=OSKAR,
        to=[KARIN],
        attachments=[
            xlsx(
                "orosanmalningar_Q1.xlsx",
                [
                    ["Ålder", "Januari", "Februari", "Mars"],
                    ["0-5", "14", "11", "16"],
                    ["6-12", "22", "19", "25"],
                    ["13-17", "31", "35", "40"],
                ],
            )
        ],
        note="Aggregate counts of reports of concern, nobody identifiable.",
        tags=("ifo", "statistics", "attachment"),
    ),
    mail(
        "hr-sickleave-stats",
        "allow",
        "Sjukfrånvaro per förvaltning 2023",
        "Hej ledningsgruppen,\n\nsjukfrånvaron 2023: BUF 6,2 %, SOC 8,9 %, KS 3,1 %, "
        "SBF 4,0 %. Andelen långtidssjukskrivningar (>60 dagar) ligger på 41 %. Psykisk "
        "ohälsa är fortsatt den vanligaste orsaken. Vi föreslår en satsning på tidiga "
        "rehabsamtal." + SIGN_EVA,
        sender=EVA,
        to=["Kommunledningsgruppen <klg@ekeby.se>"],
        note="Sick-leave statistics by department; nobody identifiable.",
        tags=("hr", "statistics"),
    ),
    mail(
        "training-suicide-prevention",
        "allow",
        "Utbildning i suicidprevention – anmälan",
        "Hej!\n\nRegion Ekeby erbjuder en halvdagsutbildning i suicidprevention (YAM) för "
        "personal inom skola och socialtjänst den 18 september. Utbildningen tar upp "
        "varningstecken, hur man frågar om självmordstankar och vart man hänvisar. Max 25 "
        "platser.\n\nAnmälan till Jenny Falk, jenny.falk@regionekeby.se",
        sender=JENNY,
        to=[REKTORER, "IFO alla <ifo.alla@ekeby.se>"],
        note="Training announcement on suicide prevention; no individual.",
        tags=("school", "health-topic", "partner"),
    ),
    mail(
        "out-of-office",
        "allow",
        "Autosvar: Schema hösten",
        "Hej!\n\nJag har semester till och med 5 augusti och läser inte min e-post. Vid "
        "brådskande ärenden kontakta biträdande enhetschef Kim Ottosson, 0771-44 26 12.\n\n"
        "Birgitta Håkansson",
        sender=BIRGITTA,
        to=[SAMIR],
        note="An out-of-office reply with a colleague's work number.",
        tags=("care", "auto-reply"),
    ),
    mail(
        "it-downtime",
        "allow",
        "Driftstörning: Lifecare ej tillgängligt tisdag 21/5 kl 18-22",
        "Hej!\n\nPå grund av uppgradering till version 24.2.1 är Lifecare otillgängligt "
        "tisdag 21 maj kl 18.00-22.00. Dokumentera på papper under tiden och för in i "
        "systemet efteråt. Frågor: IT-support, ankn. 4400.\n\nMikael Persson\nIT-avdelningen",
        sender=MIKAEL,
        to=["Alla socialförvaltningen <alla.soc@ekeby.se>"],
        note="An IT service notice with version numbers and times.",
        tags=("it", "numbers"),
    ),
    mail(
        "it-password-howto",
        "allow",
        "Så byter du lösenord",
        "hej Hanna,\n\n1. gå till https://minprofil.ekeby.se\n2. logga in med BankID\n"
        "3. välj byt lösenord. minst 14 tecken.\n\nfunkar det inte så ring 0771-44 44 00 så "
        "hjälper vi dig.\n\n/Mikael IT",
        sender=MIKAEL,
        to=["Hanna Viklund <hanna.viklund@ekeby.se>"],
        note="IT help to a colleague; nothing sensitive.",
        tags=("it",),
    ),
    mail(
        "building-internal-case",
        "allow",
        "BN 2024/0456 Ekeby Kyrkby 3:14 – grannhörande",
        "Hej Sofia,\n\nangående tillbyggnaden på Ekeby Kyrkby 3:14 (dnr BN 2024/0456): "
        "åtgärden avviker från detaljplanen med 0,4 m i byggnadshöjd. Jag skickar ut "
        "grannhörande till fastigheterna 3:12, 3:13 och 3:15 med svar senast 2024-06-10. "
        "Har du synpunkter på avvikelsen ur planperspektiv?\n\nFredrik",
        sender=FREDRIK,
        to=[SOFIA],
        note="Building-permit case by property designation and case number.",
        tags=("building", "numbers"),
    ),
    mail(
        "citizen-gmail-opening-hours",
        "allow",
        "Re: öppettider i sommar",
        "Hej Maria!\n\nTack för din fråga. Huvudbiblioteket har sommaröppet 17 juni - 18 "
        "augusti: mån-fre 10-17, lör 10-14. Filial Vallby är stängd v 28-31. Har du frågor "
        "om sommarboken kan du kontakta mig, Emma Lindahl, 0771-44 28 30.\n\n"
        "Vänliga hälsningar\nEmma Lindahl\nBibliotekarie, Ekeby bibliotek\n\n"
        "> Hej, vilka tider har biblioteket öppet i sommar? /Maria",
        sender=EMMA,
        to=["maria.ekholm@gmail.com"],
        note="A reply to a citizen's own question; only staff contact details.",
        tags=("culture", "webmail"),
    ),
    mail(
        "mbl-union-roles",
        "allow",
        "Kallelse MBL § 11 – ny organisation hemtjänsten",
        "Hej,\n\nhärmed kallas till förhandling enligt 11 § MBL om ny organisation för "
        "hemtjänsten torsdag 23 maj kl 13 i Kommunhuset, rum Lönnen.\n\nFör arbetsgivaren: "
        "Eva Strand, HR. För Kommunal: huvudskyddsombud Åsa Lind. För Vision: ordförande "
        "Per Lindberg.\n\nUnderlag skickas senast måndag." + SIGN_EVA,
        sender=EVA,
        to=["Kommunal sektion Ekeby <kommunal.ekeby@ekeby.se>", "Vision <vision@ekeby.se>"],
        note="Union officials named in their representative role at a negotiation.",
        tags=("hr", "public-role", "union-topic"),
    ),
    mail(
        "press-release-preschool",
        "allow",
        "Pressmeddelande: Ny förskola i Vallbacken",
        "PRESSMEDDELANDE 2024-05-13\n\nNu startar bygget av Ekebys nya förskola i Vallbacken "
        "med plats för 120 barn. – Det här är en viktig satsning för barnfamiljerna, säger "
        "Lena Holm (C), kommunstyrelsens ordförande.\n\nFör mer information: Viktor Sand, "
        "kommunikatör, 0771-44 20 45",
        sender=VIKTOR,
        to=["Redaktionen <nyheter@ekebytidning.se>"],
        note="A press release quoting a politician in her public role.",
        tags=("communication", "public-role"),
    ),
    mail(
        "internal-newsletter-html",
        "allow",
        "Ekebybladet nr 5",
        "EKEBYBLADET – maj 2024\n\n* Ny lönerevision klar\n* Välkommen Emir Kovač, ny "
        "fritidsledare på Ekebyhallen\n* Grattis Gunnel Ek som går i pension efter 38 år "
        "som lärare!\n* Kom ihåg friskvårdsbidraget: 2 000 kr/år\n\nRedaktionen",
        html="<h1>EKEBYBLADET – maj 2024</h1><ul><li>Ny lönerevision klar</li>"
        "<li>Välkommen Emir Kovač, ny fritidsledare på Ekebyhallen</li>"
        "<li>Grattis Gunnel Ek som går i pension efter 38 år som lärare!</li>"
        "<li>Kom ihåg friskvårdsbidraget: 2 000 kr/år</li></ul><p>Redaktionen</p>",
        sender=VIKTOR,
        to=["Alla medarbetare <alla@ekeby.se>"],
        note="Internal staff newsletter; colleagues named in work context, nothing sensitive.",
        tags=("communication", "html"),
    ),
    mail(
        "deidentified-case-supervision",
        "allow",
        "Fall till handledningen fredag",
        "Hej gruppen,\n\ntill fredagens handledning har jag avidentifierat ett ärende:\n\n"
        "Fall A: En förälder med missbruksproblematik har två barn i lågstadieåldern. Skolan "
        "har anmält oro vid flera tillfällen. Föräldern säger nej till frivilliga insatser. "
        "Hur tänker vi kring nästa steg?\n\nInga namn, orter eller datum finns med.\n\n"
        "Linnea",
        sender=LINNEA,
        to=["Barn och unga IFO <barnochunga@ekeby.se>"],
        note="A de-identified case for supervision; nobody can be pointed out.",
        tags=("ifo", "deidentified"),
    ),
    mail(
        "smime-region-remiss",
        "allow",
        "Remiss",
        "",
        sender=PETRA,
        to=[VC],
        encrypted=True,
        note="S/MIME-encrypted; judged on the envelope only, which is harmless.",
        tags=("school", "smime"),
    ),
    mail(
        "smime-internal-utredning",
        "allow",
        "Utredning – se bifogat",
        "",
        sender=LINNEA,
        to=[OSKAR],
        encrypted=True,
        note="S/MIME-encrypted internal mail with a harmless subject.",
        tags=("ifo", "smime"),
    ),
    mail(
        "staff-phone-list",
        "allow",
        "Telefonlista helgen",
        "Hej, telefonlista för helgens bemanning:\n\nLör: Samir Haddad 070-612 33 90, "
        "Hanna Viklund 073-401 22 18\nSön: Omar Said 076-209 87 65\nBeredskap sjuksköterska: "
        "Ulla Nyström 070-990 12 34\n\nBirgitta",
        sender=BIRGITTA,
        to=["Personal Lindgården <personal.lindgarden@ekeby.se>"],
        note="Internal staff work phone list.",
        tags=("care", "numbers"),
    ),
    mail(
        "tender-award",
        "allow",
        "Tilldelningsbeslut – Skolmåltider livsmedel, dnr KS 2024/0199",
        "Hej,\n\nEkeby kommun har beslutat att tilldela kontraktet till Mittgross AB, "
        "org.nr 556789-0123, med utvärderat pris 8 412 330 kr. Avtalsspärr gäller till och "
        "med 2024-05-27.\n\nJohanna Blom\nUpphandlare",
        sender=JOHANNA,
        to=["Anbud Mittgross <anbud@mittgross.se>"],
        note="Award decision to a single supplier: company organisation number, amounts.",
        tags=("procurement", "numbers"),
    ),
    mail(
        "thread-room-booking",
        "allow",
        "SV: SV: Rum till workshop",
        "Perfekt, då tar vi Eken. Tack!\n/Sofia\n\nFrån: Karin Åberg\nSkickat: den 13 maj "
        "2024 10:12\n\nEken är ledig 9-12 den 29 maj, ska jag boka?\n\nFrån: Sofia Ek\n"
        "Skickat: den 13 maj 2024 09:47\n\nHej Karin, finns det ett rum för 15 pers till "
        "workshopen om detaljplanen för Ekeby centrum?",
        sender=SOFIA,
        to=[KARIN],
        note="A thread about a room booking; quoted history harmless.",
        tags=("planning", "quoted"),
    ),
    mail(
        "burglary-general",
        "allow",
        "Inbrott på Ekebyskolan i helgen",
        "Hej alla,\n\nunder helgen har det varit inbrott i B-huset. Två projektorer och en "
        "kassaskåp är stulna. Polisanmälan är gjord och vi vet inte vem eller vilka som "
        "gjorde det. Se till att låsa era salar och larma på.\n\nMalin" + SIGN_MALIN,
        sender=MALIN,
        to=["Alla Ekebyskolan <alla.ekebyskolan@ekeby.se>"],
        note="A crime with no suspect identified.",
        tags=("school", "crime-topic"),
    ),
    mail(
        "lice-info",
        "allow",
        "Löss i årskurs 2 – info att skicka hem",
        "Hej mentorer i åk 2!\n\nDet har konstaterats huvudlöss i årskurs 2. Skicka gärna "
        'nedanstående text till vårdnadshavarna via Unikum:\n\n"Det finns löss på skolan. '
        "Luskamma alla i familjen i helgen och behandla vid behov. Barnen behöver inte "
        'stanna hemma."\n\nPetra, skolsköterska',
        sender=PETRA,
        to=["Mentorer åk 2 <mentorer.ak2@ekeby.se>"],
        note="A general health notice; no pupil identifiable.",
        tags=("school", "health-topic"),
    ),
    mail(
        "riksnorm-2025",
        "allow",
        "Riksnormen 2025 och nya riktlinjer",
        "Hej alla handläggare!\n\nRegeringen har fastställt riksnormen för 2025. För "
        "ensamstående höjs normen till 3 810 kr/mån. Nämnden beslutar om reviderade "
        "riktlinjer för ekonomiskt bistånd den 11 juni. Gå igenom bilagan innan "
        "arbetsplatsträffen.\n\nOskar",
        sender=OSKAR,
        to=["Försörjningsstöd <forsorjningsstod@ekeby.se>"],
        attachments=[
            pdf(
                "Riktlinjer_ekonomiskt_bistand_2025.pdf",
                "Riktlinjer för ekonomiskt bistånd 2025\n1. Allmänt\nEkonomiskt bistånd är "
                "ett yttersta skyddsnät. Den enskilde ska i första hand försörja sig själv.\n"
                "2. Tandvård\nAkut tandvård kan beviljas efter kostnadsförslag.",
            )
        ],
        note="General guidelines on financial assistance; no individual case.",
        tags=("ifo", "routine", "attachment"),
    ),
    mail(
        "lss-stats",
        "allow",
        "LSS-statistik till delårsrapporten",
        "Hej Annika,\n\nAntal personer med beslut enligt LSS per 30 april: personlig "
        "assistans 23, daglig verksamhet 84, bostad med särskild service 51, korttidsvistelse "
        "19. Kostnadsökningen beror främst på två nya beslut om bostad.\n\nHelena",
        sender=HELENA,
        to=[ANNIKA],
        note="Aggregate LSS figures; nobody identifiable.",
        tags=("lss", "statistics"),
    ),
    mail(
        "planning-samrad",
        "allow",
        "Samrådsmöte detaljplan Ekeby centrum 4 juni",
        "Hej!\n\nVälkommen på samrådsmöte om detaljplanen för Ekeby centrum, tisdag 4 juni "
        "kl 18.30 i Medborgarhuset. Planarkitekt Sofia Ek och stadsarkitekt Göran Lund "
        "presenterar förslaget. Handlingarna finns på ekeby.se/planer, dnr KS 2023/0412.\n\n"
        "Samhällsbyggnadsförvaltningen",
        sender=SOFIA,
        to=["Samhällsbyggnad <samhallsbyggnad@ekeby.se>"],
        bcc=REMISSINSTANSER,
        note="Outside recipients are in Bcc; staff named in their role.",
        tags=("planning", "bcc"),
    ),
    mail(
        "hr-salary-timeline",
        "allow",
        "Tidplan lönerevision 2025",
        "Hej chefer,\n\nTidplan för lönerevisionen:\n- v 38: lönesamtal startar\n- 15 okt: "
        "underlag till HR\n- 1 nov: förhandling med facken\n- nov: retroaktiv lön betalas "
        "ut 25 november\n\nMallen för lönesamtal finns på intranätet." + SIGN_EVA,
        sender=EVA,
        to=["Alla chefer <chefer@ekeby.se>"],
        note="A general HR timetable.",
        tags=("hr",),
    ),
    mail(
        "it-inventory-numbers",
        "allow",
        "Datorer att återlämna",
        "Hej Malin,\n\nföljande datorer ska lämnas in till IT senast 31 maj:\n"
        "Inventarienr 100234, serienr 5CG1472HQP, IP 10.42.18.101\nInventarienr 100235, "
        "serienr 5CG1472HQW, IP 10.42.18.102\nInventarienr 100311, serienr 5CG2201KLM\n\n"
        "Ärende INC0048213.\n\nMikael",
        sender=MIKAEL,
        to=[MALIN],
        note="Inventory, serial and ticket numbers; no personnummer.",
        tags=("it", "numbers"),
    ),
    mail(
        "payroll-general",
        "allow",
        "Löneutbetalning juni",
        "Hej alla!\n\nJunilönen betalas ut tisdag 25 juni. Semesterersättning för timanställda "
        "betalas ut i juli. Kontrollera att ditt kontonummer är rätt i Självservice senast "
        "10 juni.\n\nLöneservice, Ekeby kommun\nTel 0771-44 22 00",
        sender=LON,
        to=["Alla medarbetare <alla@ekeby.se>"],
        note="General payroll information.",
        tags=("hr",),
    ),
    mail(
        "partner-meeting-region",
        "allow",
        "Minnesanteckningar samverkan skola-BUP",
        "Hej Jenny,\n\ntack för mötet! Kort sammanfattning:\n- Ny gemensam rutin för "
        "remisser från elevhälsan tas fram till hösten\n- Vi träffas nästa gång 10 september\n"
        "- Petra och du tar fram ett förslag på informationsblad till vårdnadshavare\n\n"
        "Malin" + SIGN_MALIN,
        sender=MALIN,
        to=[JENNY],
        cc=[PETRA],
        note="Minutes of a routine meeting with the partner region; no patients or pupils.",
        tags=("school", "partner"),
    ),
    mail(
        "consultant-two-recipients",
        "allow",
        "Workshop om skyltprogram",
        "Hej Anna och Jens,\n\nvälkomna till workshopen om det nya skyltprogrammet 5 juni "
        "kl 9 i kommunhuset. Ta med skisserna.\n\nViktor Sand\nKommunikatör",
        sender=VIKTOR,
        to=["Anna Ro <anna.ro@formbyran.se>", "Jens Dal <jens.dal@formbyran.se>"],
        note="Two recipients from the same outside firm; ordinary content.",
        tags=("communication",),
    ),
    mail(
        "culture-booking-orgnr",
        "allow",
        "Avtal teaterföreställning",
        'Hej!\n\nBekräftar bokning av föreställningen "Sagan om draken" för förskoleklasserna '
        "torsdag 7 november kl 10 i Ekebyteatern. Arvode 14 500 kr exkl. moms. Fakturera "
        "Ekeby kommun, ref. KUL-211, och ange ert org.nr (802471-1353) på fakturan.\n\n"
        "Emma Lindahl\nKulturavdelningen",
        sender=EMMA,
        to=["Teater Fjäril <bokning@teaterfjaril.se>"],
        note="A booking with an association's organisation number.",
        tags=("culture", "numbers"),
    ),
    mail(
        "board-agenda-secret-items",
        "allow",
        "Kallelse socialnämnden 28 maj",
        "Hej ledamöter och ersättare!\n\nHärmed kallas till socialnämndens sammanträde "
        "tisdag 28 maj kl 13.00 i Sessionssalen.\n\n1. Upprop\n2. Val av justerare\n"
        "3. Budgetuppföljning\n4. Verksamhetsplan 2025\n5. Individärenden (sekretess) – "
        "handlingar delas ut på mötet\n6. Anmälan av delegationsbeslut\n\nKarin Åberg\n"
        "Nämndsekreterare",
        sender=KARIN,
        to=["Socialnämnden <socialnamnden@ekeby.se>"],
        note="An agenda naming a secret item type, but no individual.",
        tags=("politics",),
    ),
    mail(
        "own-vacation-request",
        "allow",
        "Semesteransökan",
        "Hej Birgitta!\n\nJag vill söka semester v 29-32. Jag har pratat med Hanna och hon "
        "kan byta helg med mig v 28.\n\nMvh Samir",
        sender=SAMIR,
        to=[BIRGITTA],
        note="The sender's own vacation request.",
        tags=("hr",),
    ),
    mail(
        "care-activities",
        "allow",
        "Aktiviteter på Lindgården i juni",
        "Hej!\n\nJuni på Lindgården: midsommarfirande 21/6 med dans kring stången, "
        "sittgympa tisdagar kl 10, allsång med Ekeby kyrkokör 12/6. Anhöriga är "
        "välkomna!\n\nBirgitta Håkansson" + SIGN_BIRGITTA,
        sender=BIRGITTA,
        to=["Kommunikation <kommunikation@ekeby.se>"],
        note="An activities calendar for a care home; no resident named.",
        tags=("care",),
    ),
    mail(
        "school-schedule-change",
        "allow",
        "Schemaändring 4B vecka 21",
        "hej!\n\nv 21 byter 4B och 4A idrott och slöjd på tisdagen. Jonas har 4B i sal 12 "
        "kl 10.15-11.15 och Karl-Erik tar idrotten.\n\nmvh Malin",
        sender=MALIN,
        to=["Arbetslag 4-6 Ekebyskolan <arbetslag46@ekeby.se>"],
        note="A timetable change with teachers' names.",
        tags=("school",),
    ),
    mail(
        "latin1-library",
        "allow",
        "Bokcirkel på biblioteket",
        "Hej Åsa!\n\nHöstens bokcirkel startar onsdag 11 september kl 18.00 i läsesalongen. "
        'Första boken blir "Tjärven". Max 12 deltagare, anmälan till mig.\n\n'
        "Emma Lindahl\nBibliotekarie",
        sender=EMMA,
        to=["Åsa Tell <asa.tell@ekeby.se>"],
        legacy_charset="iso-8859-1",
        note="Ordinary internal mail in ISO-8859-1.",
        tags=("culture", "charset"),
    ),
    mail(
        "msg-it-change",
        "allow",
        "Ny skrivare i personalrummet",
        "Hej!\n\nNu är den nya skrivaren installerad i personalrummet. Skrivarnamn: "
        "EKB-PR-0412. Hämta utskrifter med passerkortet.\n\nMikael IT",
        sender=MIKAEL,
        to=["Alla Ekebyskolan <alla.ekebyskolan@ekeby.se>"],
        outlook=True,
        note="An ordinary IT notice (also as Outlook .msg).",
        tags=("it", "msg"),
    ),
    mail(
        "fwd-conference",
        "allow",
        "VB: Inbjudan till Skoldagarna 2024",
        "Någon som vill åka? Vi har budget för två. /Malin",
        sender=MALIN,
        to=["Arbetslag 4-6 Ekebyskolan <arbetslag46@ekeby.se>"],
        forwarded=Spec(
            id="b2-fwd-conference-inner",
            expected="allow",
            subject="Inbjudan till Skoldagarna 2024",
            body="Välkommen till Skoldagarna 14-15 oktober i Stockholm. Teman: läsförståelse, "
            "AI i undervisningen och trygghet i skolan. Pris 4 900 kr exkl. moms.",
            sender="Skoldagarna <info@skoldagarna-konferens.se>",
            to=("Malin Sjöberg <malin.sjoberg@ekeby.se>",),
        ),
        note="A forwarded conference invitation.",
        tags=("school", "forwarded"),
    ),
    mail(
        "budget-csv",
        "allow",
        "Budget 2025 per ansvar",
        "Hej, exporten från Raindance bifogad. /Annika",
        sender=ANNIKA,
        to=["Ledningsgrupp BUF <ledningsgrupp.buf@ekeby.se>"],
        attachments=[
            csv_file(
                "budget_2025.csv",
                "Ansvar;Konto;Verksamhet;Belopp\n41100;4010;Grundskola F-6;12400000\n"
                "41200;4010;Grundskola 7-9;9850000\n41300;5460;Skolskjuts;2310000\n"
                "41400;7010;Elevhälsa;3120000\n",
            )
        ],
        note="Budget figures by account; no personal data.",
        tags=("finance", "numbers", "attachment"),
    ),
    mail(
        "zip-policies",
        "allow",
        "Styrdokument för genomläsning",
        "Hej! Här är de tre styrdokumenten som ska revideras i höst. /Karin",
        sender=KARIN,
        to=["Förvaltningschefer <forvaltningschefer@ekeby.se>"],
        attachments=[
            zip_file(
                "styrdokument.zip",
                docx(
                    "Informationssakerhetspolicy.docx",
                    "Informationssäkerhetspolicy för Ekeby kommun",
                    "Känsliga personuppgifter, t.ex. uppgifter om hälsa, etniskt ursprung, "
                    "religion eller sexuell läggning, får inte skickas med okrypterad e-post.",
                ),
                docx(
                    "Riktlinje_e-post.docx",
                    "Riktlinje för e-post",
                    "Använd dold kopia (Bcc) när du skickar till många externa mottagare.",
                ),
            )
        ],
        note="Policy documents in a zip name sensitive categories, not people.",
        tags=("politics", "routine", "zip"),
    ),
    mail(
        "pdf-guideline-sensitive-words",
        "allow",
        "Ny vägledning: personuppgifter i e-post",
        "Hej alla!\n\nDataskyddsombudet har tagit fram en kort vägledning, se bifogad pdf.\n\n"
        "Mikael",
        sender=MIKAEL,
        to=["Alla medarbetare <alla@ekeby.se>"],
        attachments=[
            pdf(
                "Vagledning_e-post.pdf",
                "Vägledning: personuppgifter i e-post\nSkicka aldrig personnummer, "
                "uppgifter om hälsa, diagnoser, missbruk, brott, socialtjänstärenden eller "
                "skyddad identitet med vanlig e-post.\nAvidentifiera eller använd Säkra "
                "meddelanden.\nVid incident: kontakta dataskyddsombudet inom 24 timmar.",
            )
        ],
        note="A guideline that lists sensitive categories in general.",
        tags=("it", "routine", "attachment"),
    ),
    mail(
        "recruitment-ad",
        "allow",
        "Annonstext socialsekreterare",
        'Hej Eva,\n\nhär är annonstexten:\n\n"Vi söker en socialsekreterare till '
        "barn- och ungaenheten. Du har socionomexamen och gärna erfarenhet av utredning "
        "enligt SoL och LVU. Tillsvidareanställning, heltid. Kontakt: Oskar Dahl, "
        '0771-44 23 20. Fackliga företrädare: Vision, 0771-44 20 99."\n\nOskar',
        sender=OSKAR,
        to=[EVA],
        note="A job advertisement draft; no applicant.",
        tags=("hr", "public-role"),
    ),
    mail(
        "apt-minutes",
        "allow",
        "Minnesanteckningar APT 2024-05-07",
        "Närvarande: Birgitta Håkansson, Samir Haddad, Hanna Viklund, Omar Said, Ulla "
        "Nyström\n\n1. Arbetsmiljö: sjukfrånvaron på enheten har minskat från 9 % till 6 % "
        "sedan i höstas.\n2. Semesterschemat är klart.\n3. Nya larmtelefoner levereras v 23.\n"
        "\nAntecknat av Samir",
        sender=SAMIR,
        to=["Personal Lindgården <personal.lindgarden@ekeby.se>"],
        note="Meeting notes: attendees named, sick-leave figure only for the unit as a whole.",
        tags=("care", "minutes"),
    ),
    mail(
        "citizen-hotmail-rent-payment",
        "allow",
        "Re: Hyra festlokal",
        "Hej Johan!\n\nBokningen av Ekebyhallens festlokal lördag 15 juni är bekräftad. Betala "
        "1 200 kr till bankgiro 5050-1055 senast 1 juni och ange OCR 40224615001287. "
        "Nyckel hämtas i receptionen fredag efter kl 14.\n\nAli Rahimi\nFritidsgården "
        "Ekebyhallen\n0771-44 27 40",
        sender=ALI,
        to=["johan.ekdahl@hotmail.com"],
        note="A booking confirmation to the citizen himself; payment numbers only.",
        tags=("leisure", "webmail", "numbers"),
    ),
    mail(
        "own-bank-account",
        "allow",
        "Nytt kontonummer",
        "Hej!\n\nJag har bytt bank. Nytt konto: Swedbank clearing 8327-9, kontonr "
        "914 528 330-2. Gäller från junilönen.\n\nMvh Hanna Viklund, hemtjänsten Norr",
        sender="Hanna Viklund <hanna.viklund@ekeby.se>",
        to=[LON],
        note="The sender's own bank account to payroll; no personnummer.",
        tags=("hr", "numbers"),
    ),
    mail(
        "welcome-colleague",
        "allow",
        "Välkommen Nora!",
        "Hej alla!\n\nPå måndag börjar Nora Eklöf som undersköterska på avd 1. Ta väl hand "
        "om henne! Introduktionen sköts av Samir första veckan.\n\nBirgitta",
        sender=BIRGITTA,
        to=["Personal Lindgården <personal.lindgarden@ekeby.se>"],
        note="A new colleague introduced to the team.",
        tags=("care", "hr"),
    ),
    mail(
        "health-topic-npf",
        "allow",
        "Föreläsning om NPF för personal",
        "Hej!\n\nAllt fler elever i kommunen har behov kopplade till neuropsykiatriska "
        "funktionsnedsättningar som ADHD och autism. Därför bjuder elevhälsan in till en "
        "föreläsning om anpassningar i klassrummet, onsdag 28 augusti kl 14-16 i aulan.\n\n"
        "Petra Lund, skolsköterska",
        sender=PETRA,
        to=[REKTORER],
        note="Diagnoses mentioned as a general topic; no pupil identifiable.",
        tags=("school", "health-topic"),
    ),
    mail(
        "kf-public-motion",
        "allow",
        "Motion till kommunfullmäktige",
        "Hej Karin,\n\nbifogar motionen från Ahmed Yilmaz (S) och Maja Ek (V) om gratis "
        "mensskydd i skolan, för registrering inför KF 17 juni.\n\nMvh Kansliet",
        sender="Kansliet <kansliet@ekeby.se>",
        to=[KARIN],
        attachments=[
            docx(
                "Motion_mensskydd.docx",
                "Motion: Gratis mensskydd på kommunens skolor",
                "Vi föreslår att kommunfullmäktige ger utbildningsnämnden i uppdrag att "
                "erbjuda gratis mensskydd på samtliga högstadieskolor.",
                "Ahmed Yilmaz (S)   Maja Ek (V)",
            )
        ],
        note="A political motion by named councillors in their public role.",
        tags=("politics", "public-role", "attachment"),
    ),
    mail(
        "incident-report-anonymous",
        "allow",
        "Personuppgiftsincident – sammanfattning till DSO",
        "Hej dataskyddsombudet,\n\nsammanfattning av incident 2024-07: ett e-postmeddelande "
        "med en deltagarlista skickades av misstag till fel mottagare inom kommunen. "
        "Mottagaren raderade det direkt. Inga känsliga uppgifter. Bedömning: låg risk, "
        "ingen anmälan till IMY.\n\nMikael Persson\nInformationssäkerhetssamordnare",
        sender=MIKAEL,
        to=["Dataskyddsombud <dataskyddsombud@ekeby.se>"],
        note="An incident summary with no data about any person.",
        tags=("it", "incident"),
    ),
]

MESSAGES: list[Spec] = [*BLOCK, *WARN, *ALLOW]
