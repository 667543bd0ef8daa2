"""Blind set 5: mail from Norrby kommun (norrby.se) with partners Region Norrby
(regionnorrby.se) and Norrby Vatten AB (norrbyvatten.se).

Written by an independent evaluator from the issue's rules and the seeds alone,
without reading the policy or detection code, their tests or the other sets.
Emphasis: citizens' own mail forwarded by staff, sensitive data carried in
attachments with a harmless body, board and politics, HR and payroll, and a
harmless look-alike for each. People are fictional; personnummer come only from
Skatteverket's test set via placeholders.
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
    pdf,
    xlsx,
    zip_file,
)

_STAFF = {
    "maja": "Maja Rehn <maja.rehn@norrby.se>",
    "olof": "Olof Granath <olof.granath@norrby.se>",
    "sekr": "Helena Vik <helena.vik@norrby.se>",
    "hr": "Jonas Brink <jonas.brink@norrby.se>",
    "lon": "Petra Alm <petra.alm@norrby.se>",
    "kc": "Kundcenter Norrby <kundcenter@norrby.se>",
    "soc": "Linnea Strand <linnea.strand@norrby.se>",
    "skola": "Erik Dahl <erik.dahl@norrby.se>",
    "chef": "Annika Berg <annika.berg@norrby.se>",
    "it": "Tomas Lund <tomas.lund@norrby.se>",
}
_REGION = "Sara Ekman <sara.ekman@regionnorrby.se>"
_VATTEN = "Nils Hed <nils.hed@norrbyvatten.se>"


def m(
    id: str,
    expected: Expected,
    subject: str,
    body: str,
    note: str,
    *,
    sender: str = "maja",
    to: Sequence[str] = ("olof",),
    cc: Sequence[str] = (),
    bcc: Sequence[str] = (),
    attachments: Sequence[Attachment] = (),
    forwarded: Spec | None = None,
    encrypted: bool = False,
    headers: Sequence[tuple[str, str]] = (),
) -> Spec:
    return Spec(
        id=f"b5-{id}",
        expected=expected,
        subject=subject,
        body=body,
        sender=_STAFF.get(sender, sender),
        to=tuple(_STAFF.get(a, a) for a in to),
        cc=tuple(_STAFF.get(a, a) for a in cc),
        bcc=tuple(_STAFF.get(a, a) for a in bcc),
        attachments=tuple(attachments),
        forwarded=forwarded,
        encrypted=encrypted,
        headers=tuple(headers),
        note=note,
    )


def citizen(sender: str, subject: str, body: str) -> Spec:
    return Spec(
        id="b5-citizen",
        expected="block",
        subject=subject,
        body=body,
        sender=sender,
        to=(_STAFF["kc"],),
    )


_CITIZENS: list[Spec] = [
    # (a) citizens' own mail forwarded by staff
    m(
        "cit-adhd-son",
        "block",
        "VB: Klagomål på Ekbackaskolan",
        "Hej Erik, se nedan, kan du ta det här?\n/Kundcenter\n\n"
        "-----Ursprungligt meddelande-----\nFrån: Johanna Sjöberg <johanna.sjoberg@gmail.com>\n"
        "Ämne: Klagomål på Ekbackaskolan\n\n"
        "Hej! Min son Viktor Sjöberg i klass 4B har fått diagnosen ADHD i våras men skolan "
        "har fortfarande inte gjort någon åtgärdsplan. Han kommer hem ledsen varje dag.\n"
        "Mvh Johanna Sjöberg",
        "A parent's complaint names her son and his ADHD diagnosis: health data about an "
        "identifiable child, re-sent internally.",
        sender="kc",
        to=("skola",),
    ),
    m(
        "cit-debt-bistand",
        "block",
        "VB: Vattenräkning",
        "Vidarebefordrar till socialtjänsten enligt önskemål från kunden.\n\n"
        "> Från: Gunnel Åhman <gunnel.ahman@hotmail.com>\n"
        "> Jag har skulder hos Kronofogden och lever på försörjningsstöd från er sedan "
        "januari, så jag kan inte betala vattenräkningen för Storgatan 14. Kan "
        "socialsekreteraren hjälpa mig?\n> Gunnel Åhman",
        "A resident states she lives on försörjningsstöd (social-services data) and has "
        "debts; named, with her address.",
        sender="kc",
        to=("soc",),
    ),
    m(
        "cit-divorce-familjeratt",
        "block",
        "VB: Fråga om umgänge",
        "Hej Linnea, detta kom till kundcenter.\n\n"
        "> Från: Mattias Karlberg\n> Jag och min fru Sanna Karlberg skiljer oss och "
        "familjerätten har kallat oss till samarbetssamtal om vår dotter Elsa. Sanna har "
        "dessutom en depression och är sjukskriven. Hur lång tid tar utredningen?\n",
        "Named family: family-law case at social services and the wife's depression and "
        "sick leave (health).",
        sender="kc",
        to=("soc",),
    ),
    m(
        "cit-addiction-brother",
        "block",
        "Fwd: Min bror",
        "Till beroendeenheten för kännedom.",
        "Forwarded citizen mail: a named brother's alcohol addiction and treatment home "
        "stay (health / social services).",
        sender="kc",
        to=("soc",),
        forwarded=citizen(
            "Ulla Forsman <ulla.forsman@telia.com>",
            "Min bror",
            "Hej. Min bror Bengt Forsman, Åsvägen 3, dricker sedan många år och var "
            "inskriven på behandlingshemmet i Vik i höstas. Nu har han återfallit. Kan "
            "någon från kommunen göra ett hembesök?\nUlla Forsman",
        ),
    ),
    m(
        "cit-police-report",
        "block",
        "VB: Störande granne",
        "Hej Olof, kan bostadsenheten titta på detta?\n\n"
        "-----Ursprungligt meddelande-----\nFrån: Reza Amini\n\n"
        "Jag har idag polisanmält min granne Kent Olausson i lägenhet 1102, Björkgatan 8, "
        "för misshandel efter att han slog mig i trapphuset. Anmälan har nummer "
        "5000-K123456-24. Jag vill byta lägenhet.",
        "A resident's police report names the neighbour accused of assault: "
        "criminal-offence data about an identifiable person.",
        sender="kc",
    ),
    m(
        "cit-own-cancer",
        "block",
        "VB: Ansökan om parkeringstillstånd",
        "Till handläggare för parkeringstillstånd.\n\n"
        "> Från: Birgitta Holm <birgitta.holm@outlook.com>\n> Jag har en spridd "
        "bröstcancer och går på cellgiftsbehandling på lasarettet. Jag orkar inte gå från "
        "parkeringen. Jag bor på Tallvägen 22.\n> Birgitta Holm",
        "A named applicant tells about her own cancer and chemotherapy (health).",
        sender="kc",
    ),
    m(
        "cit-lss-daughter",
        "block",
        "VB: Korttidsvistelse",
        "Hej, se mejlet från mamman nedan.\n\n"
        "> Hej! Vår dotter Tilde Nygren har autism och en intellektuell "
        "funktionsnedsättning och har beslut om korttidsvistelse enligt LSS. Vi vill "
        "utöka till två helger i månaden.\n> Karin Nygren",
        "A mother names her daughter, her diagnoses and an LSS decision (health and "
        "social services).",
        sender="kc",
        to=("soc",),
    ),
    m(
        "cit-protected-identity",
        "block",
        "VB: Adressändring",
        "Skickar vidare till folkbokföringsfrågor/skolskjuts.\n\n"
        "> Från: Amira Haddad\n> Jag och barnen har skyddad identitet sedan vi flydde "
        "från min före detta man. Vår nya adress är Lärkstigen 5 i Norrby men den får "
        "inte stå i skolskjutslistan.\n",
        "A named resident with protected identity and her new address: the most "
        "sensitive kind of data.",
        sender="kc",
        to=("skola",),
    ),
    m(
        "cit-pnr-request",
        "block",
        "VB: Begäran om registerutdrag",
        "Hej, en registerutdragsbegäran enligt GDPR, se nedan.\n\n"
        "> Jag vill ha ut alla uppgifter ni har om mig. Mitt personnummer är {pnr41s}.\n"
        "> Leif Sandin",
        "A citizen's own personnummer in a forwarded request: a personnummer anywhere blocks.",
        sender="kc",
        to=("it",),
    ),
    m(
        "cit-political-party",
        "block",
        "VB: Diskriminering i bygglovsärende",
        "Hej, klagomål som gäller bygglovsavdelningen.\n\n"
        "> Från: Stig Wallén\n> Jag är aktiv medlem i Sverigedemokraterna och jag är "
        "övertygad om att handläggaren avslog min ansökan om garage på Granvägen 9 på "
        "grund av min politiska åsikt.\n",
        "A private citizen's party membership and political opinion (art. 9) with his name "
        "and address.",
        sender="kc",
    ),
    m(
        "cit-son-drugs-school",
        "block",
        "Fwd: Oro för min son",
        "Hej Erik, pappan vill att elevhälsan ringer upp.",
        "Forwarded parent mail: named pupil caught with cannabis and seeing a counsellor "
        "(crime/health).",
        sender="kc",
        to=("skola",),
        forwarded=citizen(
            "Anders Lindh <anders.lindh@gmail.com>",
            "Oro för min son",
            "Vår son Hugo Lindh i 9C åkte fast med cannabis i helgen och polisen har "
            "kontaktat socialtjänsten. Han går nu hos en psykolog. Kan skolkuratorn "
            "ringa mig?\nAnders",
        ),
    ),
    # (e) harmless look-alikes of citizens' mail
    m(
        "cit-snow-complaint",
        "allow",
        "VB: Snöröjning Tallvägen",
        "Hej Olof, se nedan.\n\n> Från: Birgitta Holm\n> Snöplogen har inte varit på "
        "Tallvägen på tre dagar och bilarna sitter fast. Jag bor på Tallvägen 22.\n",
        "A resident's own name and address in a snow-clearing complaint, internal: "
        "ordinary personal data.",
        sender="kc",
    ),
    m(
        "cit-water-bill",
        "allow",
        "VB: Fråga om vattenräkning",
        "Hej Nils, kan Norrby Vatten svara kunden direkt?\n\n> Från: Reza Amini\n"
        "> Min faktura 784512 för kvartal 1 är på 4 812 kr, det är dubbelt mot förra "
        "året. Mätaren sitter på Björkgatan 8. Kan ni kontrollera?\n",
        "A billing question to the partner with name, address and invoice number: "
        "ordinary data to a partner.",
        sender="kc",
        to=(_VATTEN,),
    ),
    m(
        "cit-general-health-question",
        "allow",
        "VB: Fråga om hemtjänst",
        "Vidarebefordrar.\n\n> Hej, hur lång handläggningstid har ni för ansökningar om "
        "hemtjänst i allmänhet? Jag skriver en artikel till PRO:s medlemsblad.\n"
        "> Sture Falk, PRO Norrby",
        "A general question about processing times, nothing about anyone's needs.",
        sender="kc",
        to=("soc",),
    ),
    m(
        "cit-library",
        "allow",
        "Sv: Öppettider biblioteket",
        "Hej Tove,\nTack för ditt mejl. Biblioteket i Norrby öppnar kl. 10 på lördagar "
        "från och med juni.\nVänliga hälsningar\nKundcenter Norrby",
        "A reply to a resident on webmail with no personal data.",
        sender="kc",
        to=("Tove Ahl <tove.ahl@gmail.com>",),
    ),
    m(
        "cit-divorce-generic",
        "allow",
        "Sv: Information om samarbetssamtal",
        "Hej,\nSamarbetssamtal hos familjerätten är gratis och frivilliga för föräldrar "
        "som separerar. Boka tid på 0480-45 00 00 eller via e-tjänsten på norrby.se.\n"
        "Hälsningar Linnea",
        "General information about family-law talks, no person.",
        sender="soc",
        to=("Mattias Karlberg <mattias.karlberg@yahoo.se>",),
    ),
    m(
        "cit-police-general",
        "allow",
        "VB: Skadegörelse i parken",
        "Hej Olof, se nedan om klotter.\n\n> Någon har klottrat på lekstugan i "
        "Stadsparken igen. Jag har sett det flera helger. Kan kommunen sanera?\n"
        "> Reza Amini\n",
        "A report of vandalism with no suspect identified; only the resident's own name.",
        sender="kc",
    ),
    m(
        "cit-statistics-addiction",
        "allow",
        "Underlag till beroendeplanen",
        "Hej, enligt CAN:s undersökning dricker ungefär 4 procent av vuxna i länet på en "
        "riskabel nivå. Vi föreslår fler öppna mottagningstider i beroendeenheten.\n/Linnea",
        "General discussion of addiction with no identifiable person.",
        sender="soc",
    ),
    m(
        "cit-parking-permit-info",
        "allow",
        "Sv: Parkeringstillstånd",
        "Hej Birgitta,\nAnsökan om parkeringstillstånd för rörelsehindrade gör du på "
        "blanketten på norrby.se. Bifoga ett läkarintyg. Handläggningstiden är cirka fyra "
        "veckor.\nVänliga hälsningar\nKundcenter",
        "General instructions to the applicant; no health data about her is stated.",
        sender="kc",
        to=("Birgitta Holm <birgitta.holm@outlook.com>",),
    ),
]

_ATTACH: list[Spec] = [
    # (b) sensitive data in attachments, harmless body
    m(
        "att-ehm-minutes",
        "block",
        "Protokoll elevhälsomöte",
        "Hej, här kommer protokollet från i tisdags.\n/Erik",
        "The docx minutes name a pupil with dyslexia and anxiety and a referral to BUP.",
        sender="skola",
        to=("Annika Berg <annika.berg@norrby.se>",),
        attachments=[
            docx(
                "EHM_protokoll_2024-05-07.docx",
                "Elevhälsomöte Ekbackaskolan 2024-05-07",
                "Deltagare: rektor, skolsköterska, kurator, specialpedagog",
                "Elev: Alva Persson, 7A. Diagnos dyslexi sedan 2022. Uppvisar stark ångest, "
                "skolsköterskan remitterar till BUP.",
            )
        ],
    ),
    m(
        "att-sick-list-xlsx",
        "block",
        "Underlag sjukfrånvaro april",
        "Bifogar underlaget som du bad om.",
        "xlsx lists named employees with sick-leave days and diagnoses (health).",
        sender="hr",
        to=("chef",),
        attachments=[
            xlsx(
                "sjukfranvaro_april.xlsx",
                [
                    ["Namn", "Enhet", "Dagar", "Orsak"],
                    ["Kerstin Ödman", "Hemtjänst Öst", "14", "Ryggskott"],
                    ["Pontus Ek", "Kök", "21", "Utmattningssyndrom"],
                    ["Lina Sahlin", "Förskola Ugglan", "3", "Magsjuka"],
                ],
            )
        ],
    ),
    m(
        "att-csv-pnr-export",
        "block",
        "Export till Region Norrby",
        "Hej Sara, här är exporten enligt överenskommelsen.",
        "csv export with personnummer sent to the region.",
        sender="soc",
        to=(_REGION,),
        attachments=[
            csv_file(
                "export_brukare.csv",
                "personnummer;namn;insats\n{pnr42};Göran Tell;hemtjänst\n"
                "{pnr43};Ingrid Tell;trygghetslarm\n",
            )
        ],
    ),
    m(
        "att-pdf-decision",
        "block",
        "Beslut för utskick",
        "Hej, kan du posta beslutet i dag?",
        "pdf decision letter: a named person's försörjningsstöd rejected (social services).",
        sender="soc",
        attachments=[
            pdf(
                "beslut_2024-311.pdf",
                "Norrby kommun, Socialnämnden\nBeslut om ekonomiskt bistånd\n"
                "Sökande: Danijel Petrović, Hamngatan 4, Norrby\n"
                "Din ansökan om försörjningsstöd för maj avslås eftersom du inte har stått "
                "till arbetsmarknadens förfogande.",
            )
        ],
    ),
    m(
        "att-zip-personnel",
        "block",
        "Handlingar till personalakten",
        "Hej, allt i en zip.",
        "zip with several files; one is a doctor's certificate for a named employee.",
        sender="hr",
        to=("lon",),
        attachments=[
            zip_file(
                "personalakt_handlingar.zip",
                docx(
                    "anstallningsavtal.docx",
                    "Anställningsavtal för Rasmus Falk, "
                    "undersköterska, tillsvidare från 2024-06-01.",
                ),
                pdf(
                    "lakarintyg.pdf",
                    "Läkarintyg\nPatient: Rasmus Falk\nDiagnos: knäskada, korsbandsruptur.\n"
                    "Arbetsförmågan nedsatt med 50 % t.o.m. 2024-07-31.",
                ),
            )
        ],
    ),
    m(
        "att-xlsx-pnr-column",
        "block",
        "Deltagarlista sommarjobb",
        "Hej, här är listan till lönekontoret.",
        "xlsx of summer workers with personnummer column.",
        sender="olof",
        to=("lon",),
        attachments=[
            xlsx(
                "sommarjobb_2024.xlsx",
                [
                    ["Namn", "Personnummer", "Arbetsplats"],
                    ["Wilma Ek", "{pnr44}", "Parkförvaltningen"],
                    ["Adam Roos", "{pnr45}", "Biblioteket"],
                ],
            )
        ],
    ),
    m(
        "att-docx-lvm",
        "block",
        "Utkast utredning",
        "Hej, utkastet bifogat för läsning innan mötet.",
        "docx investigation on compulsory addiction care (LVM) for a named man.",
        sender="soc",
        to=("chef",),
        attachments=[
            docx(
                "utredning_utkast.docx",
                "Utredning enligt 7 § LVM",
                "Klienten Roger Nyberg, 54 år, har ett mångårigt missbruk av alkohol och "
                "bensodiazepiner. Ansökan om vård enligt LVM föreslås.",
            )
        ],
    ),
    m(
        "att-csv-school-support",
        "block",
        "Lista särskilt stöd",
        "Hej, här är listan från Lärlogg.",
        "csv of named pupils with their diagnoses and support measures.",
        sender="skola",
        to=("chef",),
        attachments=[
            csv_file(
                "sarskilt_stod.csv",
                "Elev;Klass;Diagnos;Åtgärd\nNoah Berglund;3B;Autism;Elevassistent\n"
                "Elin Mäki;5A;Epilepsi;Handlingsplan vid anfall\n",
            )
        ],
    ),
    m(
        "att-zip-mixed-pnr",
        "block",
        "Ansökningshandlingar",
        "Hej Sara, ansökningshandlingarna som zip.",
        "A zip whose inner docx holds a personnummer.",
        sender="soc",
        to=(_REGION,),
        attachments=[
            zip_file(
                "ansokan.zip",
                docx("ansokan.docx", "Sökande: Märta Lund, personnummer {pnr46l}."),
                pdf("info.pdf", "Information om ansökan om färdtjänst."),
            )
        ],
    ),
    m(
        "att-pdf-hospital-letter",
        "block",
        "Underlag till SIP",
        "Hej Sara, inför SIP-mötet.",
        "pdf letter to the region about a named elderly woman's dementia and falls.",
        sender="soc",
        to=(_REGION,),
        attachments=[
            pdf(
                "underlag_SIP.pdf",
                "Samordnad individuell plan\nBrukare: Elsa Grahn, Lindvägen 2\n"
                "Elsa har Alzheimers sjukdom och har fallit tre gånger i april. Hon behöver "
                "utökad hemtjänst nattetid.",
            )
        ],
    ),
    # look-alikes
    m(
        "att-room-booking",
        "allow",
        "Lokalbokningar juni",
        "Hej, bifogat är bokningarna.",
        "xlsx of room bookings with staff names and times: ordinary data.",
        attachments=[
            xlsx(
                "lokalbokning_juni.xlsx",
                [
                    ["Rum", "Datum", "Tid", "Bokad av"],
                    ["Sessionssalen", "2024-06-03", "09-12", "Helena Vik"],
                    ["Rum Ek", "2024-06-04", "13-15", "Olof Granath"],
                ],
            )
        ],
    ),
    m(
        "att-invoice-csv",
        "allow",
        "Leverantörsfakturor maj",
        "Hej, exporten från ekonomisystemet.",
        "csv of invoice numbers, amounts and org numbers: numbers that are not personnummer.",
        sender="olof",
        to=("lon",),
        attachments=[
            csv_file(
                "fakturor_maj.csv",
                "Fakturanr;Leverantör;Belopp;Konto\n2024051187;Bygg & Mark AB;125 400,00;5410\n"
                "2024051199;Kontorsservice AB;3 870,50;6110\n"
                "2024052003;Norrby Vatten AB;48 212,00;5120\n",
            )
        ],
    ),
    m(
        "att-public-agenda-pdf",
        "allow",
        "Kallelse kommunstyrelsen",
        "Hej, kallelsen bifogas.",
        "Public agenda pdf with no individual cases.",
        sender="sekr",
        attachments=[
            pdf(
                "kallelse_KS_2024-06-10.pdf",
                "Kallelse kommunstyrelsen 2024-06-10\n§ 1 Val av justerare\n"
                "§ 2 Budget 2025\n§ 3 Detaljplan för Hamnen\n§ 4 Delegationsbeslut",
            )
        ],
    ),
    m(
        "att-it-minutes-docx",
        "allow",
        "Minnesanteckningar styrgrupp IT",
        "Bifogar anteckningarna.",
        "IT steering-group minutes with staff names and project items.",
        sender="it",
        attachments=[
            docx(
                "styrgrupp_IT_2024-05.docx",
                "Styrgrupp IT 2024-05-08",
                "Närvarande: Tomas Lund, Olof Granath, Annika Berg",
                "Beslut: utrullning av nya bärbara datorer till förskolan i augusti.",
            )
        ],
    ),
    m(
        "att-zip-drawings",
        "allow",
        "Ritningar Hamnen",
        "Hej Nils, ritningarna för ledningsdragningen.",
        "zip of technical notes to the water partner: no personal data.",
        to=(_VATTEN,),
        attachments=[
            zip_file(
                "ritningar.zip",
                pdf("plan_A1.pdf", "Ledningsplan Hamnen etapp 1, skala 1:500"),
                docx("beskrivning.docx", "Dagvatten leds till befintlig damm vid kv. Sälen."),
            )
        ],
    ),
    m(
        "att-anonymised-ehm",
        "allow",
        "Sammanställning elevhälsa",
        "Hej, sammanställningen för läsåret.",
        "Aggregated pupil-health statistics, de-identified.",
        sender="skola",
        to=("chef",),
        attachments=[
            xlsx(
                "elevhalsa_sammanstallning.xlsx",
                [
                    ["Skola", "Antal elever med åtgärdsprogram", "Antal kuratorskontakter"],
                    ["Ekbackaskolan", "34", "112"],
                    ["Norrby skola", "21", "87"],
                ],
            )
        ],
    ),
    m(
        "att-phone-list",
        "allow",
        "Telefonlista hemtjänst",
        "Uppdaterad telefonlista.",
        "A staff phone list: ordinary work contact data internally.",
        sender="chef",
        attachments=[
            csv_file(
                "telefonlista.csv",
                "Namn;Roll;Telefon\nKerstin Ödman;Undersköterska;070-123 45 67\n"
                "Pontus Ek;Kock;070-765 43 21\n",
            )
        ],
    ),
    # warn: unreadable
    m(
        "att-locked-pdf",
        "warn",
        "Rapport",
        "Hej, rapporten bifogad. Lösenord kommer i sms.",
        "A password-protected pdf cannot be read.",
        to=(_REGION,),
        attachments=[locked_pdf("rapport.pdf", "Rapport om lokalförsörjning")],
    ),
    m(
        "att-broken-pdf",
        "warn",
        "Underlag till nämnden",
        "Hej, underlaget bifogat.",
        "A damaged pdf that cannot be read.",
        sender="sekr",
        attachments=[broken("underlag.pdf")],
    ),
    m(
        "att-encrypted-zip",
        "warn",
        "Filer",
        "Hej, filerna i en krypterad zip, lösenordet får du per telefon.",
        "A password-protected zip cannot be read.",
        to=(_VATTEN,),
        attachments=[
            zip_file("filer.zip", docx("a.docx", "Mätarställningar Hamnen"), encrypted=True)
        ],
    ),
    m(
        "att-broken-xlsx",
        "warn",
        "Budgetunderlag",
        "Hej, budgetunderlaget bifogas.",
        "An xlsx that is not a valid file cannot be read.",
        sender="olof",
        attachments=[
            broken(
                "budget.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        ],
    ),
]

_BOARD: list[Spec] = [
    # (c) board and politics
    m(
        "board-lvu-agenda",
        "block",
        "Kallelse socialnämndens individutskott",
        "Hej ledamöter,\nKallelse till individutskottet 2024-05-20.\n"
        "§ 5 Ansökan om vård enligt LVU för Nora Lind (född 2011), Vikvägen 7\n"
        "§ 6 Uppföljning placering\n/Helena, nämndsekreterare",
        "A secrecy case on the agenda with the child's name and address.",
        sender="sekr",
        to=("Per Sund <per.sund@norrby.se>", "Eva Molin <eva.molin@norrby.se>"),
    ),
    m(
        "board-secret-agenda-anon",
        "allow",
        "Kallelse socialnämnden",
        "Hej ledamöter,\nKallelse till socialnämnden 2024-05-20.\n"
        "§ 5 Sekretessärende – individärende enligt LVU (handlingar delas ut på mötet)\n"
        "§ 6 Budgetuppföljning april\n/Helena, nämndsekreterare",
        "A secrecy case on the agenda without any personal details.",
        sender="sekr",
        to=("Per Sund <per.sund@norrby.se>", "Eva Molin <eva.molin@norrby.se>"),
    ),
    m(
        "board-jav-simple",
        "allow",
        "Jäv § 7",
        "Hej Helena,\nJag anmäler jäv i § 7 (bygglov Sjövägen 12) eftersom sökanden är min "
        "svåger. Kalla min ersättare till den punkten.\n/Per Sund",
        "A politician declares a conflict of interest: ordinary, public information.",
        sender="Per Sund <per.sund@norrby.se>",
        to=("sekr",),
    ),
    m(
        "board-jav-health",
        "block",
        "Jäv i ärende om hemtjänst",
        "Hej Helena,\nI § 9 om hemtjänst i Norr är jag jävig eftersom min mamma Ingrid "
        "Molin har demens och är en av brukarna i ärendet.\n/Eva Molin",
        "Conflict-of-interest note naming the politician's mother and her dementia "
        "(health, social services).",
        sender="Eva Molin <eva.molin@norrby.se>",
        to=("sekr",),
    ),
    m(
        "board-sick-member",
        "block",
        "Ersättare till KF",
        "Hej,\nLedamoten Göran Ståhl är sjukskriven efter sin hjärtinfarkt och kan inte "
        "delta på kommunfullmäktige. Kalla in ersättaren.\n/Helena",
        "A named councillor's heart attack and sick leave (health).",
        sender="sekr",
        to=("Partikansliet <kansli@norrby.se>",),
    ),
    m(
        "board-absent-member",
        "allow",
        "Ersättare till KF",
        "Hej,\nLedamoten Göran Ståhl har förhinder och kan inte delta på "
        "kommunfullmäktige. Kalla in ersättaren.\n/Helena",
        "Look-alike: absence without a reason.",
        sender="sekr",
        to=("Partikansliet <kansli@norrby.se>",),
    ),
    m(
        "board-party-group",
        "allow",
        "Gruppmöten inför KF",
        "Hej gruppledare,\nSessionssalen är bokad för partigrupperna: Socialdemokraterna "
        "kl 17, Moderaterna kl 17 i rum Ek, Centerpartiet kl 18 i rum Björk.\n"
        "Gruppledare: Lena Ås (S), Henrik Mörk (M), Stina Berg (C).\n/Helena",
        "Party affiliation of elected representatives in their public role: public information.",
        sender="sekr",
        to=("Gruppledare <gruppledare@norrby.se>",),
    ),
    m(
        "board-arvode-pnr",
        "block",
        "Arvoden förtroendevalda maj",
        "Hej Petra, underlag till arvodesutbetalningen.",
        "xlsx of councillors' fees with personnummer.",
        sender="sekr",
        to=("lon",),
        attachments=[
            xlsx(
                "arvoden_maj.xlsx",
                [
                    ["Namn", "Personnummer", "Sammanträden", "Arvode"],
                    ["Per Sund", "{pnr47}", "3", "2 850"],
                    ["Eva Molin", "{pnr48}", "2", "1 900"],
                ],
            )
        ],
    ),
    m(
        "board-arvode-plain",
        "allow",
        "Arvoden förtroendevalda maj",
        "Hej Petra, underlag till arvodesutbetalningen.",
        "Look-alike: fees list with names and meeting counts only.",
        sender="sekr",
        to=("lon",),
        attachments=[
            xlsx(
                "arvoden_maj.xlsx",
                [
                    ["Namn", "Anst.nr", "Sammanträden", "Arvode"],
                    ["Per Sund", "40112", "3", "2 850"],
                    ["Eva Molin", "40118", "2", "1 900"],
                ],
            )
        ],
    ),
    m(
        "board-minutes-docx-secret",
        "block",
        "Protokoll individutskottet",
        "Hej, justerat protokoll bifogat för diariet.",
        "Minutes docx with a named client's placement at an HVB home for substance abuse.",
        sender="sekr",
        to=("Registrator <registrator@norrby.se>",),
        attachments=[
            docx(
                "protokoll_IU_2024-05-20.docx",
                "Protokoll individutskottet 2024-05-20",
                "§ 5 Placering av Kevin Öberg, 17 år, på HVB-hem på grund av "
                "narkotikamissbruk. Utskottet beslutar enligt förslaget.",
            )
        ],
    ),
    m(
        "board-minutes-docx-public",
        "allow",
        "Protokoll tekniska nämnden",
        "Hej, justerat protokoll bifogat för diariet.",
        "Public minutes docx: roads and procurement.",
        sender="sekr",
        to=("Registrator <registrator@norrby.se>",),
        attachments=[
            docx(
                "protokoll_TN_2024-05-21.docx",
                "Protokoll tekniska nämnden 2024-05-21",
                "§ 3 Beläggningsprogram 2024 godkänns. § 4 Upphandling av vinterväghållning, "
                "tilldelning till Norrby Entreprenad AB.",
            )
        ],
    ),
    m(
        "board-politician-threat",
        "block",
        "Hot mot ledamot",
        "Hej säkerhetssamordnaren,\nLedamoten Henrik Mörk har fått ett hotbrev. Han har "
        "polisanmält en namngiven person, Dennis Kvist, som misstänks för olaga hot.\n"
        "/Helena",
        "A named suspect of a crime (criminal-offence data).",
        sender="sekr",
        to=("Säkerhet <sakerhet@norrby.se>",),
    ),
    m(
        "board-delegation-anon",
        "allow",
        "Delegationsbeslut till nämnden",
        "Hej,\nUnder april fattades 42 beslut om försörjningsstöd och 7 beslut om "
        "placering enligt SoL på delegation. Förteckningen redovisas utan namn.\n/Helena",
        "Counts of social-services decisions without any person.",
        sender="sekr",
        to=("chef",),
    ),
    m(
        "board-secret-mixed-region",
        "block",
        "Inför samverkansmöte",
        "Hej Sara,\nInför mötet: ärendet gäller Jenny Sund, som har en bipolär sjukdom "
        "och är aktuell hos vuxenpsykiatrin. Hon har tre barn i familjehem.\n/Linnea",
        "Named client's mental illness and children in foster care to the region.",
        sender="soc",
        to=(_REGION,),
    ),
]

_HR: list[Spec] = [
    # (d) HR and payroll
    m(
        "hr-sjuklon",
        "block",
        "Sjuklön Lars Ek",
        "Hej Petra,\nLars Ek har varit sjuk 2–15 maj. Läkarintyg har kommit in från dag "
        "8. Betala ut sjuklön enligt AB.\n/Jonas",
        "A named employee's sick leave and doctor's certificate (health).",
        sender="hr",
        to=("lon",),
    ),
    m(
        "hr-lakarintyg-attached",
        "block",
        "Läkarintyg",
        "Hej, intyget bifogat.",
        "pdf doctor's certificate for a named employee.",
        sender="chef",
        to=("hr",),
        attachments=[
            pdf(
                "intyg.pdf",
                "Läkarintyg för sjukpenning\nNamn: Sofia Ny\n"
                "Diagnos: F32.1 Medelsvår depressiv episod\nSjukskrivning 100 % i 4 veckor.",
            )
        ],
    ),
    m(
        "hr-rehab-plan",
        "block",
        "Rehabplan",
        "Hej Annika,\nHär är utkastet till rehabiliteringsplan för Karin Lund efter "
        "hennes utmattningssyndrom. Företagshälsovården föreslår 50 % arbete från juni. "
        "Karin är medlem i Vision och vill att fackombudet deltar.\n/Jonas",
        "Rehabilitation of a named employee: health and union membership.",
        sender="hr",
        to=("chef",),
    ),
    m(
        "hr-arbetsskada",
        "block",
        "Arbetsskadeanmälan",
        "Hej,\nSofia Ny på Förskolan Ugglan föll på gården och bröt handleden i går. Jag "
        "har gjort anmälan om arbetsskada till Försäkringskassan.\n/Annika",
        "A named employee's work injury (broken wrist): health data.",
        sender="chef",
        to=("hr",),
    ),
    m(
        "hr-lonespec-pnr",
        "block",
        "Lönespecifikation",
        "Hej, här är din lönespec för maj som pdf.",
        "Payslip pdf with personnummer.",
        sender="lon",
        to=("Rasmus Falk <rasmus.falk@norrby.se>",),
        attachments=[
            pdf(
                "lonespec_2024-05.pdf",
                "Lönespecifikation maj 2024\nRasmus Falk {pnr49s}\n"
                "Månadslön 29 800 kr\nSkatt 7 412 kr\nUtbetalt 22 388 kr",
            )
        ],
    ),
    m(
        "hr-pnr-body",
        "block",
        "Ny anställd",
        "Hej Petra,\nLägg upp Tilda Moberg, {pnr50l}, som vikarie på Norrby skola från "
        "3 juni.\n/Erik",
        "Personnummer in the body.",
        sender="skola",
        to=("lon",),
    ),
    m(
        "hr-fack-named-dispute",
        "block",
        "MBL-förhandling om omplacering",
        "Hej,\nKommunal har begärt förhandling om omplaceringen av Pontus Ek. Ombudet "
        "påpekar att Pontus har en diagnosticerad glutenintolerans och astma som "
        "förhindrar arbete i bageriet.\n/Jonas",
        "A named employee's medical conditions in a union negotiation.",
        sender="hr",
        to=("chef",),
    ),
    m(
        "hr-alcohol-employee",
        "block",
        "Samtal med medarbetare",
        "Hej Jonas,\nJag behöver stöd. Kerstin Ödman kom till jobbet berusad i morse och "
        "har erkänt att hon har alkoholproblem. Hur gör vi med rehabkedjan?\n/Annika",
        "A named employee's alcohol problem (health).",
        sender="chef",
        to=("hr",),
    ),
    m(
        "hr-sjuklon-xlsx",
        "block",
        "Karensavdrag maj",
        "Hej, underlaget bifogas.",
        "xlsx of named employees with sick days for sick-pay deduction (health).",
        sender="chef",
        to=("lon",),
        attachments=[
            xlsx(
                "karens_maj.xlsx",
                [
                    ["Namn", "Sjukdagar", "Karens"],
                    ["Lina Sahlin", "3", "ja"],
                    ["Kerstin Ödman", "5", "ja"],
                ],
            )
        ],
    ),
    # look-alikes
    m(
        "hr-sick-stats",
        "allow",
        "Sjukfrånvaro Q1",
        "Hej,\nSjukfrånvaron i vård- och omsorgsförvaltningen var 7,4 % under första "
        "kvartalet, jämfört med 8,1 % året innan. Korttidsfrånvaron minskar.\n/Jonas",
        "Aggregated sick-leave statistics, nobody identifiable.",
        sender="hr",
        to=("chef",),
    ),
    m(
        "hr-salary-revision",
        "allow",
        "Lönerevision klar",
        "Hej alla,\nLönerevisionen 2024 är klar och de nya lönerna betalas ut den 25 juni "
        "med retroaktivitet från april. Frågor till din chef.\n/Petra",
        "General payroll information.",
        sender="lon",
        to=("Alla anställda <alla@norrby.se>",),
    ),
    m(
        "hr-mbl-general",
        "allow",
        "Kallelse MBL § 11",
        "Hej,\nKallelse till förhandling enligt MBL § 11 om ny organisation för kost och "
        "städ, 2024-06-04 kl 13 i rum Ek. Kallade: Kommunal, Vision, Vårdförbundet.\n/Jonas",
        "A union negotiation notice without personal details.",
        sender="hr",
        to=("Fackliga <fackliga@norrby.se>",),
    ),
    m(
        "hr-vacation-list",
        "allow",
        "Semesterlista",
        "Hej,\nSemesterplanering: Lina Sahlin v. 28–31, Pontus Ek v. 29–32, Kerstin "
        "Ödman v. 30–33.\n/Annika",
        "Named vacation weeks: ordinary data.",
        sender="chef",
        to=("hr",),
    ),
    m(
        "hr-friskvard",
        "allow",
        "Friskvårdsbidrag",
        "Påminnelse: friskvårdsbidraget på 2 000 kr ska sökas senast 30 november via "
        "självservice. Kvitton från gym och simhall gäller.\n/Petra",
        "General wellness-allowance reminder.",
        sender="lon",
        to=("Alla anställda <alla@norrby.se>",),
    ),
    m(
        "hr-rehab-routine",
        "allow",
        "Rutin för rehabilitering",
        "Hej chefer,\nDen uppdaterade rutinen för arbetslivsinriktad rehabilitering ligger "
        "på intranätet. Vid upprepad korttidsfrånvaro, sex tillfällen på tolv månader, ska "
        "ett rehabsamtal bokas.\n/Jonas",
        "A general routine about rehabilitation, no person.",
        sender="hr",
        to=("Chefer <chefer@norrby.se>",),
    ),
    m(
        "hr-injury-stats",
        "allow",
        "Arbetsskador 2023",
        "Hej,\nUnder 2023 anmäldes 23 arbetsskador i kommunen, varav 9 fallolyckor och 5 "
        "hot och våld. Arbetsmiljögruppen föreslår halkskydd på förskolegårdarna.\n/Jonas",
        "Work-injury statistics without persons.",
        sender="hr",
        to=("chef",),
    ),
    m(
        "hr-payslip-no-pnr",
        "allow",
        "Lönespecifikation",
        "Hej, här är din lönespec för maj som pdf.",
        "Payslip pdf with employee number only.",
        sender="lon",
        to=("Rasmus Falk <rasmus.falk@norrby.se>",),
        attachments=[
            pdf(
                "lonespec_2024-05.pdf",
                "Lönespecifikation maj 2024\nRasmus Falk, anställningsnr 40233\n"
                "Månadslön 29 800 kr\nSkatt 7 412 kr\nUtbetalt 22 388 kr",
            )
        ],
    ),
    m(
        "hr-new-hire-plain",
        "allow",
        "Ny anställd",
        "Hej Petra,\nTilda Moberg börjar som vikarie på Norrby skola 3 juni, 80 %, "
        "lönenivå enligt avtal. Jag skickar personuppgifterna via HR-systemet.\n/Erik",
        "Look-alike: new hire without personnummer.",
        sender="skola",
        to=("lon",),
    ),
]

_SUPPLIERS = (
    "Anders Kron <anders.kron@byggmark.se>",
    "Lisa Öst <lisa.ost@byggmark.se>",
    "Johan Pihl <johan.pihl@norrlandsel.se>",
    "Mona Rask <mona.rask@vvsgruppen.se>",
    "Ted Lind <ted.lind@maleriab.se>",
    "Siv Nord <siv.nord@takteknik.se>",
    "Omar Said <omar.said@markochanlaggning.se>",
    "Ida Frost <ida.frost@ventilationsbolaget.se>",
    "Per Gran <per.gran@stallning.se>",
    "Eva Sand <eva.sand@norrlandsel.se>",
)
_CLUBS = (
    "ordforande@norrbyif.se",
    "kansli@norrbyskidklubb.se",
    "info@norrbysimsallskap.se",
    "styrelsen@norrbybk.se",
    "kassor@norrbyridklubb.se",
    "kontakt@norrbyorienterare.se",
    "info@norrbyhockey.se",
    "ordf@norrbytennis.se",
    "kansli@norrbyfk.se",
)
_RESIDENTS = (
    "Namn;Adress;Telefon\nBirgitta Holm;Tallvägen 22;070-111 22 33\n"
    "Reza Amini;Björkgatan 8;073-444 55 66\nStig Wallén;Granvägen 9;070-777 88 99\n"
    "Ulla Forsman;Åsvägen 1;076-123 98 76\n"
)

_WARN: list[Spec] = [
    m(
        "warn-suppliers-to",
        "warn",
        "Startmöte ombyggnad Hamnskolan",
        "Hej alla,\nVälkomna till startmötet 2024-06-05 kl 9 i Hamnskolans matsal. "
        "Agenda bifogas senare.\n/Olof, projektledare",
        "Ten recipients from eight outside companies visible to each other in To.",
        sender="olof",
        to=_SUPPLIERS,
    ),
    m(
        "warn-clubs-cc",
        "warn",
        "Fördelning av träningstider hösten",
        "Hej föreningar,\nFörslaget på halltider för hösten skickas ut i nästa vecka. "
        "Synpunkter senast 15 juni.\n/Fritidsenheten",
        "Nine associations' addresses visible in Cc.",
        sender="maja",
        to=("maja",),
        cc=_CLUBS,
    ),
    m(
        "warn-landlords-to",
        "warn",
        "Information om ny avfallstaxa",
        "Hej fastighetsägare,\nFrån 1 januari gäller en ny avfallstaxa. Mer information "
        "finns på norrby.se/avfall.\n/Olof",
        "Recipients from eight different property companies in To.",
        sender="olof",
        to=(
            "info@norrbyhem.se",
            "forvaltning@stenhusfastigheter.se",
            "kontakt@alvfastigheter.se",
            "uthyrning@bostadsbolaget-nord.se",
            "info@granbackenbrf.se",
            "styrelsen@brfsjoutsikten.se",
            "drift@hamnfastigheter.se",
            "info@ekhagenfastigheter.se",
        ),
    ),
    m(
        "warn-region-lookalike",
        "warn",
        "Mötestider samverkan",
        "Hej Sara,\nPasser tisdag 11 juni kl 10 för samverkansmötet?\n/Linnea",
        "regionnorby.se looks like a misspelling of the partner regionnorrby.se.",
        sender="soc",
        to=("Sara Ekman <sara.ekman@regionnorby.se>",),
    ),
    m(
        "warn-vatten-lookalike",
        "warn",
        "Ledningsdragning Hamnen",
        "Hej Nils,\nVi behöver era synpunkter på schaktet vid Hamngatan senast fredag.\n/Olof",
        "norrbyvaten.se looks like a misspelling of norrbyvatten.se.",
        sender="olof",
        to=("Nils Hed <nils.hed@norrbyvaten.se>",),
    ),
    m(
        "warn-own-lookalike-v",
        "warn",
        "Budget 2025",
        "Hej Olof,\nKan du skicka senaste budgetversionen?\n/Annika",
        "norrbv.se looks like a misspelling of the own domain norrby.se.",
        sender="chef",
        to=("Olof Granath <olof.granath@norrbv.se>",),
    ),
    m(
        "warn-own-lookalike-n",
        "warn",
        "Möte om lokaler",
        "Hej,\nFlyttar mötet om lokalerna till torsdag kl 14.\n/Maja",
        "nornby.se looks like a misspelling of norrby.se.",
        to=("Olof Granath <olof.granath@nornby.se>",),
    ),
    m(
        "warn-own-lookalike-rrr",
        "warn",
        "Protokollsjustering",
        "Hej Per,\nProtokollet är klart för justering i morgon kl 15.\n/Helena",
        "norrrby.se (three r) looks like a misspelling of norrby.se.",
        sender="sekr",
        to=("Per Sund <per.sund@norrrby.se>",),
    ),
    m(
        "warn-region-lookalike-l",
        "warn",
        "Fråga om avtal",
        "Hej Sara,\nHar ni fått det underskrivna samverkansavtalet?\n/Annika",
        "reglonnorrby.se (l for i) looks like a misspelling of regionnorrby.se.",
        sender="chef",
        to=("Sara Ekman <sara.ekman@reglonnorrby.se>",),
    ),
    m(
        "warn-vatten-lookalike-ttt",
        "warn",
        "Faktura 2024-118",
        "Hej Nils,\nFakturan 2024-118 saknar referens, kan ni skicka om den?\n/Olof",
        "norrbyvattten.se looks like a misspelling of norrbyvatten.se.",
        sender="olof",
        to=("Nils Hed <nils.hed@norrbyvattten.se>",),
    ),
    m(
        "warn-residents-gmail",
        "warn",
        "Medborgardialog Hamnen",
        "Skickar listan till mig själv så jag kan ringa runt i helgen.",
        "Residents' names, addresses and phones to a private webmail address.",
        to=("Maja Rehn <maja.rehn72@gmail.com>",),
        attachments=[csv_file("dialog_hamnen.csv", _RESIDENTS)],
    ),
    m(
        "warn-parents-hotmail",
        "warn",
        "Föräldrakontakter 4B",
        "Hej, här är kontaktlistan till föräldrarna i 4B som du bad om till din privata "
        "adress.\n/Erik",
        "Parents' names and phone numbers to a teacher's private hotmail.",
        sender="skola",
        to=("Lena Pihl <lenapihl@hotmail.com>",),
        attachments=[
            xlsx(
                "kontakter_4B.xlsx",
                [
                    ["Elev", "Vårdnadshavare", "Telefon"],
                    ["Viktor Sjöberg", "Johanna Sjöberg", "070-222 33 44"],
                    ["Alma Rask", "Mona Rask", "073-555 66 77"],
                ],
            )
        ],
    ),
    m(
        "warn-applicants-outlook",
        "warn",
        "Sökande bygglov vecka 20",
        "Hej, listan över sökande att ringa upp:\nStig Wallén, Granvägen 9, 070-777 88 99\n"
        "Reza Amini, Björkgatan 8, 073-444 55 66\nTove Ahl, Strandvägen 3, 070-909 80 70\n",
        "Citizens' names, addresses and phones to a private outlook.com address.",
        sender="olof",
        to=("olof.granath.privat@outlook.com",),
    ),
    m(
        "warn-locked-hr",
        "warn",
        "Dokument",
        "Hej, dokumentet bifogat, lösenord separat.",
        "A locked pdf that cannot be read.",
        sender="hr",
        to=("chef",),
        attachments=[locked_pdf("dokument.pdf", "Organisationsskiss 2025")],
    ),
    m(
        "warn-municipal-network",
        "warn",
        "Nätverksträff e-arkiv",
        "Hej alla,\nNästa träff i e-arkivnätverket blir 12 september i Norrby.\n/Tomas",
        "Eight recipients from six other municipalities visible in To.",
        sender="it",
        to=(
            "Kim Ask <kim.ask@ostervik.se>",
            "Bo Lind <bo.lind@ostervik.se>",
            "Jan Sten <jan.sten@hallsta.se>",
            "Ann Bro <ann.bro@kvarnby.se>",
            "Ola Ling <ola.ling@skogsta.se>",
            "Mia Falk <mia.falk@vasteras-norra.se>",
            "Åsa Hed <asa.hed@bergvik.se>",
            "Leo Ring <leo.ring@bergvik.se>",
        ),
    ),
    m(
        "warn-zip-with-locked-pdf",
        "warn",
        "Handlingar upphandling",
        "Hej, handlingarna i en zip.",
        "A zip holding a password-protected pdf that cannot be read.",
        sender="olof",
        to=("olof",),
        attachments=[
            zip_file(
                "upphandling.zip",
                pdf("forfragan.pdf", "Förfrågningsunderlag vinterväghållning"),
                locked_pdf("anbud.pdf", "Anbud"),
            )
        ],
    ),
    # look-alikes of warn
    m(
        "ok-partners-mixed",
        "allow",
        "Samverkan dagvatten",
        "Hej,\nMöte om dagvattenplanen 14 juni kl 13 i stadshuset.\n/Olof",
        "Recipients at the two partners and the own domain: no outside exposure.",
        sender="olof",
        to=(_REGION, _VATTEN, "maja", "chef"),
    ),
    m(
        "ok-one-supplier",
        "allow",
        "Återkoppling anbud",
        "Hej,\nTack för anbudet. Vi återkommer med tilldelningsbeslut vecka 24.\n/Olof",
        "Two recipients at a single supplier.",
        sender="olof",
        to=_SUPPLIERS[:2],
    ),
    m(
        "ok-suppliers-bcc",
        "allow",
        "Startmöte ombyggnad Hamnskolan",
        "Hej alla,\nVälkomna till startmötet 2024-06-05 kl 9 i Hamnskolans matsal.\n/Olof",
        "The same supplier list in Bcc: nobody sees the others.",
        sender="olof",
        to=("olof",),
        bcc=_SUPPLIERS,
    ),
    m(
        "ok-real-region",
        "allow",
        "Mötestider samverkan",
        "Hej Sara,\nPasser tisdag 11 juni kl 10 för samverkansmötet?\n/Linnea",
        "The correctly spelled partner domain.",
        sender="soc",
        to=(_REGION,),
    ),
    m(
        "ok-citizen-gmail-event",
        "allow",
        "Sv: Anmälan till medborgardialog",
        "Hej Reza,\nTack för din anmälan till medborgardialogen om Hamnen den 4 juni kl 18 "
        "i stadshuset.\n/Maja",
        "A reply to a resident on his own webmail about his own registration.",
        to=("Reza Amini <reza.amini@gmail.com>",),
    ),
    m(
        "ok-internal-many",
        "allow",
        "Ledningsgrupp",
        "Hej,\nLedningsgruppen flyttas till rum Björk på måndag.\n/Annika",
        "Many internal recipients are no risk.",
        sender="chef",
        to=("maja", "olof", "sekr", "hr", "lon", "soc", "skola", "it"),
    ),
]

_CRYPTO: list[Spec] = [
    m(
        "enc-tag-unencrypted",
        "block",
        "[SÄKER] Underlag inför möte",
        "Hej Sara,\nUnderlaget inför mötet i morgon.\n/Linnea",
        "Marked [SÄKER] but sent unencrypted: the encryption failed (Trelleborg incident).",
        sender="soc",
        to=(_REGION,),
    ),
    m(
        "enc-hashtag-unencrypted",
        "block",
        "Remiss #kryptera",
        "Hej, remissvaret bifogas.",
        "Marked #kryptera but not encrypted.",
        sender="chef",
        to=(_REGION,),
        attachments=[docx("remissvar.docx", "Remissvar om regional vårdplan.")],
    ),
    m(
        "enc-tag-sensitive-unencrypted",
        "block",
        "[SÄKER] Orosanmälan",
        "Hej,\nOrosanmälan gällande Alva Persson, 7A, som berättat att hennes pappa slår "
        "henne.\n/Erik",
        "Unencrypted despite the tag, and sensitive data about a named child.",
        sender="skola",
        to=("soc",),
    ),
    m(
        "enc-smime-tagged",
        "allow",
        "[SÄKER] Underlag inför möte",
        "Ärendet gäller Jenny Sund och hennes bipolära sjukdom.",
        "S/MIME-encrypted: judged on its envelope only.",
        sender="soc",
        to=(_REGION,),
        encrypted=True,
    ),
    m(
        "enc-smime-plain",
        "allow",
        "Underlag",
        "Läkarintyg för Sofia Ny, {pnr51s}.",
        "S/MIME-encrypted message with sensitive content inside.",
        sender="hr",
        to=("chef",),
        encrypted=True,
    ),
    m(
        "enc-word-in-text",
        "allow",
        "Fråga om kryptering",
        "Hej Tomas,\nHur skickar jag krypterad e-post till regionen? Jag hittar inte "
        "knappen för säker e-post i Outlook.\n/Maja",
        "A question about encryption is not an encryption tag.",
        to=("it",),
    ),
]

MESSAGES: list[Spec] = [*_CITIZENS, *_ATTACH, *_BOARD, *_HR, *_WARN, *_CRYPTO]
