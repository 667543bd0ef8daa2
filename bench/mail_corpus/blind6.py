"""A sixth blind set: mail from Västby kommun (vastby.se) with its partners Region
Västby (regionvastby.se) and Västby Fastigheter AB (vastbyfastigheter.se).

Written by an independent evaluator from the issue's rules and the seeds alone,
without reading the policy or detection code, their tests or the other sets, and
committed before the guard was run on it. It stresses the hardest distinctions:
mail that looks sensitive but points out nobody (or staff in their role), against
mail where a nickname, initials with a class or room, a relative, a quoted reply
far below, an attachment or a care abbreviation points out the person. People are
fictional; personnummer come only from the test-set placeholders (see ``spec``).
"""

from __future__ import annotations

from bench.mail_corpus.spec import (
    Spec,
    broken,
    docx,
    locked_pdf,
    pdf,
    xlsx,
    zip_file,
)

_REKTOR = "Helena Sjöberg <helena.sjoberg@vastby.se>"
_MENTOR = "Oskar Lindahl <oskar.lindahl@vastby.se>"
_ELEVHALSA = "Elevhälsan Västby <elevhalsan@vastby.se>"
_ENHETSCHEF = "Mirja Halonen <mirja.halonen@vastby.se>"
_SSK = "Petra Wikström <petra.wikstrom@vastby.se>"
_HANDLAGGARE = "Daniel Forsgren <daniel.forsgren@vastby.se>"
_SOCSEK = "Emelie Strand <emelie.strand@vastby.se>"
_HR = "Jessica Nordin <jessica.nordin@vastby.se>"
_CHEF = "Rasmus Öberg <rasmus.oberg@vastby.se>"
_ALLA = "Alla medarbetare äldreomsorg <aldreomsorg-alla@vastby.se>"
_REGION = "Lars Ekholm <lars.ekholm@regionvastby.se>"
_FAST = "Felanmälan Västby Fastigheter <felanmalan@vastbyfastigheter.se>"
_FAST_KONTAKT = "Marie Dahlberg <marie.dahlberg@vastbyfastigheter.se>"
_KOMM = "Kommunikationsenheten <kommunikation@vastby.se>"
_IT = "IT-supporten <it-support@vastby.se>"
_REG = "Registraturen <registrator@vastby.se>"

ALLOW = [
    Spec(
        id="bl6-a01-suicidprevention-utbildning",
        expected="allow",
        subject="Inbjudan: Suicidprevention i skolan, 4 september",
        body=(
            "Hej alla i elevhälsan!\n\n"
            "Välkomna till en halvdag om suicidprevention och hur vi upptäcker elever som mår "
            "psykiskt dåligt. Föreläsare är psykolog Maria Ek från Region Västbys barn- och "
            "ungdomspsykiatri och skolsköterskan Ingrid Olofsson.\n\n"
            "Vi går igenom varningstecken, självskadebeteende, hur man ställer frågan och när "
            "BUP ska kontaktas.\n\nTid: 4 september kl 13-16, Stadshuset sal B.\n\n"
            "Hälsningar\nHelena Sjöberg, rektor"
        ),
        sender=_REKTOR,
        to=(_ELEVHALSA,),
        note="Training invitation on a sensitive topic; the speakers are staff in their role "
        "and no pupil is pointed out.",
    ),
    Spec(
        id="bl6-a02-anonymt-fall-ak7",
        expected="allow",
        subject="Fall till handledningen på torsdag",
        body=(
            "Hej,\n\nInför handledningen tar jag med ett avidentifierat fall: en pojke i åk 7 "
            "som har hög frånvaro, verkar ha ångest inför lektioner och berättar att det är "
            "bråkigt hemma. Hur resonerar vi kring orosanmälan och samtal med vårdnadshavare "
            "i en sådan situation?\n\nJag nämner inte skola eller namn.\n\n/Oskar"
        ),
        sender=_MENTOR,
        to=("Handledningsgruppen <handledning-elevhalsa@vastby.se>",),
        note="Anonymised case for supervision: 'a boy in year 7' without school or name "
        "points out nobody.",
    ),
    Spec(
        id="bl6-a03-brukare-a-metodstod",
        expected="allow",
        subject="Metodstöd: brukare A och B",
        body=(
            "Hej!\n\nTill metodgruppen: brukare A har en demenssjukdom och blir orolig på "
            "kvällarna, brukare B vägrar ibland ta sina läkemedel. Vilka strategier har ni "
            "provat? Jag har avidentifierat helt, inga boenden eller rum anges.\n\n"
            "Mirja Halonen, enhetschef"
        ),
        sender=_ENHETSCHEF,
        to=("Metodgruppen demens <metodgrupp-demens@vastby.se>",),
        note="De-identified 'brukare A/B' with no unit or room: general discussion.",
    ),
    Spec(
        id="bl6-a04-fallstatistik-per-avdelning",
        expected="allow",
        subject="Fallrapporter kvartal 1 per avdelning",
        body=(
            "Hej,\n\nHär är antal registrerade fall per avdelning januari–mars:\n\n"
            "Ekbacken avd 1: 14\nEkbacken avd 2: 9\nLönngården: 21\nTallbacken: 11\n\n"
            "Totalt 55 fall, varav 3 ledde till frakturer. Vi föreslår extra "
            "balansträning på Lönngården.\n\nPetra Wikström, MAS"
        ),
        sender=_SSK,
        to=(_CHEF,),
        note="Statistics per unit with no person pointed out.",
    ),
    Spec(
        id="bl6-a05-rutin-orosanmalan",
        expected="allow",
        subject="Uppdaterad rutin för orosanmälan",
        body=(
            "Hej alla,\n\nRutinen för orosanmälan till socialtjänsten är uppdaterad:\n"
            "1. Misstanke om att ett barn far illa ska anmälas direkt – du behöver inte vara "
            "säker.\n2. Gäller misstanke om våld eller sexuella övergrepp: kontakta "
            "socialtjänsten per telefon innan vårdnadshavare informeras.\n"
            "3. Skicka aldrig anmälan med vanlig e-post – använd e-tjänsten.\n"
            "4. Dokumentera i elevhälsojournalen.\n\nHelena Sjöberg"
        ),
        sender=_REKTOR,
        to=("Personal Västbyskolan <personal-vastbyskolan@vastby.se>",),
        note="A routine about reporting concern for children; no child is pointed out.",
    ),
    Spec(
        id="bl6-a06-platsannons-socialsekreterare",
        expected="allow",
        subject="Platsannons: socialsekreterare barn och unga",
        body=(
            "Hej,\n\nHär är annonstexten för publicering:\n\n"
            "Västby kommun söker socialsekreterare till barn och unga. Du utreder barns "
            "behov av skydd och stöd, bland annat vid missbruk, våld i nära relationer och "
            "psykisk ohälsa i familjen. Krav: socionomexamen. Kontakt: enhetschef Rasmus "
            "Öberg, 0570-123 45.\n\nJessica Nordin, HR"
        ),
        sender=_HR,
        to=(_KOMM,),
        note="A job ad mentioning sensitive work areas; the only person is the manager in "
        "his role.",
    ),
    Spec(
        id="bl6-a07-kso-uttalande",
        expected="allow",
        subject="Pressmeddelande: budget 2025",
        body=(
            "Hej,\n\nKommunstyrelsens ordförande Lena Berg (S) kommenterar budgeten: "
            "”Vi satsar 12 miljoner extra på äldreomsorgen och på förebyggande arbete mot "
            "ungdomskriminalitet.” Oppositionsrådet Göran Wall (M) har reserverat sig.\n\n"
            "Publiceras kl 10.\n\nKommunikationsenheten"
        ),
        sender=_KOMM,
        to=("Redaktionen <nyheter@vastbyposten.se>",),
        note="Politicians in their public role; party affiliation is part of their office.",
    ),
    Spec(
        id="bl6-a08-mbl-forhandling",
        expected="allow",
        subject="Kallelse MBL §11: nya scheman i hemtjänsten",
        body=(
            "Hej,\n\nHärmed kallas till förhandling enligt MBL §11 om ändrade scheman i "
            "hemtjänst Norr och Söder.\n\nTid: 20 maj kl 9.00, Stadshuset rum 214.\n"
            "Arbetsgivaren: Rasmus Öberg, Jessica Nordin.\nKommunal: sektionsordförande "
            "Per Sund.\nVision: ombud Camilla Roos.\n\nJessica Nordin, HR"
        ),
        sender=_HR,
        to=("Per Sund <per.sund@kommunal.se>", "Camilla Roos <camilla.roos@vision.se>"),
        cc=(_CHEF,),
        note="A union negotiation; the union representatives act in their role.",
    ),
    Spec(
        id="bl6-a09-pressklipp-dom",
        expected="allow",
        subject="Pressklipp vecka 20",
        body=(
            "Veckans pressklipp:\n\n"
            "Västbyposten 14/5: ”En 45-årig man från kommunen dömdes i tingsrätten till "
            "fängelse i ett år för grov misshandel. Brottet skedde i centrum i januari.”\n\n"
            "Västbyposten 15/5: ”Kommunen bygger nytt LSS-boende med sex platser.”\n\n"
            "Kommunikationsenheten"
        ),
        sender=_KOMM,
        to=("Ledningsgruppen <ledningsgruppen@vastby.se>",),
        note="A news clipping about an unnamed convicted man; nobody is pointed out.",
    ),
    Spec(
        id="bl6-a10-utlamnande-maskerat",
        expected="allow",
        subject="Utlämnande av allmän handling, dnr SN 2024/118",
        body=(
            "Hej,\n\nHär kommer handlingen du begärt, efter sekretessprövning. Uppgifter som "
            "omfattas av sekretess enligt 26 kap. 1 § OSL är maskerade.\n\n"
            "Utdrag: ”Socialnämnden har den [MASKERAT] beslutat om [MASKERAT] för "
            "[MASKERAT]. Beslutet har fattats av utskottet.”\n\n"
            "Med vänliga hälsningar\nRegistraturen, Västby kommun"
        ),
        sender=_REG,
        to=("Jonas Pettersson <jonas.pettersson@vastbyposten.se>",),
        note="A public-access release already redacted; nothing identifying remains.",
    ),
    Spec(
        id="bl6-a11-demensutbildning",
        expected="allow",
        subject="Utbildningsdag: bemötande vid demens",
        body=(
            "Hej alla!\n\nDen 12 juni håller demenssjuksköterskan Kerstin Lund från Region "
            "Västby en utbildningsdag om bemötande vid demenssjukdom, oro och "
            "utåtagerande beteende. Anmälan till din enhetschef senast 1 juni.\n\n/Mirja"
        ),
        sender=_ENHETSCHEF,
        to=(_ALLA,),
        note="Training invitation; the speaker is staff in her role.",
    ),
    Spec(
        id="bl6-a12-orosanmalningar-statistik",
        expected="allow",
        subject="Antal orosanmälningar per månad",
        body=(
            "Hej,\n\nAntal inkomna orosanmälningar 2024:\n"
            "Januari 61, februari 58, mars 72, april 66.\n"
            "Vanligaste anmälare: skola (38 %), polis (22 %), hälso- och sjukvård (15 %).\n"
            "Andel som ledde till utredning: 31 %.\n\nEmelie Strand"
        ),
        sender=_SOCSEK,
        to=("Socialnämndens presidium <sn-presidium@vastby.se>",),
        note="Aggregate social-services statistics.",
    ),
    Spec(
        id="bl6-a13-checklista-lakemedel",
        expected="allow",
        subject="Checklista läkemedelshantering hemtjänst",
        body=(
            "Hej,\n\nBifogar checklistan för delegerad läkemedelshantering:\n"
            "- Kontrollera namn och signeringslista före överlämnande\n"
            "- Insulin ges bara med giltig delegering\n"
            "- Avvikelse skrivs vid utebliven dos\n- Narkotikaklassade läkemedel räknas "
            "varje vecka\n\nPetra Wikström, sjuksköterska"
        ),
        sender=_SSK,
        to=(_ALLA,),
        attachments=(
            docx(
                "checklista_lakemedel.docx",
                "Checklista läkemedelshantering",
                "1. Kontrollera delegering. 2. Kontrollera signeringslista. 3. Rapportera "
                "avvikelser.",
            ),
        ),
        note="A checklist about medication handling; no patient.",
    ),
    Spec(
        id="bl6-a14-hedersvald-workshop",
        expected="allow",
        subject="Workshop om hedersrelaterat våld och förtryck",
        body=(
            "Hej,\n\nLänsstyrelsens utvecklingsledare Amira Haddad håller workshop om "
            "hedersrelaterat våld och förtryck för skola och socialtjänst den 18 september. "
            "Vi går igenom riskbedömning, skyddsplacering och samverkan med polisen.\n\n"
            "Emelie Strand"
        ),
        sender=_SOCSEK,
        to=("Barn och unga <barnochunga@vastby.se>", "Elevhälsan Västby <elevhalsan@vastby.se>"),
        note="Training on a sensitive topic; the named speaker is a professional in her role.",
    ),
    Spec(
        id="bl6-a15-sjukfranvaro-forvaltningar",
        expected="allow",
        subject="Sjukfrånvaro per förvaltning, april",
        body=(
            "Hej,\n\nSjukfrånvaro i procent av arbetad tid, april:\n"
            "Barn- och utbildning 6,8 %\nVård och omsorg 9,1 %\nSamhällsbyggnad 4,2 %\n"
            "Kommunledning 3,9 %\n\nKorttidsfrånvaron ökar i vård och omsorg.\n\nJessica Nordin"
        ),
        sender=_HR,
        to=("Ledningsgruppen <ledningsgruppen@vastby.se>",),
        note="Sick-leave statistics for large administrations; nobody is pointed out.",
    ),
    Spec(
        id="bl6-a16-region-vaccination",
        expected="allow",
        subject="Höstens vaccinationer på äldreboenden",
        body=(
            "Hej,\n\nRegionen erbjuder influensa- och covidvaccin till alla boende på "
            "kommunens särskilda boenden från 15 oktober. Sjuksköterskorna på respektive "
            "boende samordnar listor i journalsystemet, inte via e-post.\n\n"
            "Lars Ekholm, smittskyddssamordnare"
        ),
        sender=_REGION,
        to=(_SSK,),
        note="General information from the region; no resident is pointed out.",
    ),
    Spec(
        id="bl6-a17-fastigheter-vattenskada",
        expected="allow",
        subject="Vattenskada Västbyskolan, rum 2:14",
        body=(
            "Hej,\n\nVi har konstaterat vattenskada i taket i rum 2:14 och korridoren utanför. "
            "Salen stängs för avfuktning till 31 maj. Hantverkare finns på plats "
            "måndag–torsdag kl 7–16.\n\nMarie Dahlberg, förvaltare"
        ),
        sender=_FAST_KONTAKT,
        to=(_REKTOR,),
        note="A building matter with a room number; no person involved.",
    ),
    Spec(
        id="bl6-a18-ekonomiskt-bistand-metod",
        expected="allow",
        subject="Typfall till metoddagen försörjningsstöd",
        body=(
            "Hej,\n\nTill metoddagen har jag konstruerat tre typfall (påhittade):\n"
            "Typfall 1: ensamstående förälder med två barn, deltidsarbete, skulder.\n"
            "Typfall 2: ung vuxen utan gymnasieexamen, bor hos föräldrar.\n"
            "Typfall 3: person med beroendeproblematik som vill börja arbetsträna.\n\n"
            "Daniel Forsgren"
        ),
        sender=_HANDLAGGARE,
        to=("Försörjningsstöd <forsorjningsstod@vastby.se>",),
        note="Constructed example cases for method training; they describe no real person.",
    ),
    Spec(
        id="bl6-a19-fakturalista",
        expected="allow",
        subject="Obetalda fakturor maj",
        body=(
            "Hej,\n\nFöljande fakturor från Västby Fastigheter AB är obetalda:\n"
            "Faktura 20240417, belopp 48 250,00 kr, OCR 3300 1245 8870 0012, förfallen 30/4\n"
            "Faktura 20240502, belopp 112 900,00 kr, OCR 3300 1245 8871 0045, förfaller 31/5\n"
            "Ansvar 1520, verksamhet 4100, projekt 70213.\n\nEkonomienheten"
        ),
        sender="Ekonomienheten <ekonomi@vastby.se>",
        to=(_FAST_KONTAKT,),
        note="Finance mail full of numbers, none of them a personnummer.",
    ),
    Spec(
        id="bl6-a20-platsannons-nattpatrull",
        expected="allow",
        subject="Annons: undersköterskor till nattpatrullen",
        body=(
            "Hej,\n\nAnnonstext: Vi söker undersköterskor till nattpatrullen. Du ger stöd "
            "till brukare med demens, palliativ vård och insulinbehandling i ordinärt "
            "boende. Körkort krävs. Frågor: enhetschef Mirja Halonen.\n\nJessica Nordin"
        ),
        sender=_HR,
        to=(_KOMM,),
        note="Job ad describing care tasks generally.",
    ),
    Spec(
        id="bl6-a21-intervju-namndordforande",
        expected="allow",
        subject="SV: Intervjuförfrågan om LSS-boendet",
        body=(
            "Hej Jonas,\n\nSocialnämndens ordförande Karl-Erik Boman (C) ställer upp på "
            "intervju om det nya LSS-boendet torsdag kl 14. Han kan svara på frågor om "
            "kostnader och tidsplan, inte om enskilda ärenden.\n\nKommunikationsenheten"
        ),
        sender=_KOMM,
        to=("Jonas Pettersson <jonas.pettersson@vastbyposten.se>",),
        note="A politician in his public role.",
    ),
    Spec(
        id="bl6-a22-natfiske-varning",
        expected="allow",
        subject="Varning: falska mejl om lönespecifikation",
        body=(
            "Hej alla,\n\nJust nu skickas falska mejl som ser ut att komma från HR med "
            "rubriken ”Din lönespecifikation”. Klicka inte på länken och ange aldrig ditt "
            "personnummer eller lösenord. Radera mejlet.\n\nIT-supporten"
        ),
        sender=_IT,
        to=("Alla medarbetare <alla@vastby.se>",),
        note="A phishing warning that mentions the word personnummer but contains none.",
    ),
    Spec(
        id="bl6-a23-huvudloss-klass",
        expected="allow",
        subject="Information till vårdnadshavare i 3B: huvudlöss",
        body=(
            "Hej alla vårdnadshavare i 3B,\n\nDet har konstaterats huvudlöss i klassen. "
            "Luskamma gärna hela familjen i helgen och behandla vid fynd. Barnet kan gå "
            "till skolan som vanligt.\n\nHälsningar\nOskar Lindahl, klasslärare"
        ),
        sender=_MENTOR,
        bcc=("Vårdnadshavare 3B <vh-3b@vastby.se>",),
        to=(_MENTOR,),
        note="A general notice to a class; no child is pointed out.",
    ),
    Spec(
        id="bl6-a24-kostinfo-boende",
        expected="allow",
        subject="Ny meny på Ekbacken från juni",
        body=(
            "Hej,\n\nFrån 1 juni gäller ny meny. Som tidigare finns diabeteskost, glutenfri "
            "kost, konsistensanpassad kost och vegetariskt att beställa. Beställ via "
            "kostsystemet senast torsdag veckan innan.\n\nKostenheten"
        ),
        sender="Kostenheten <kost@vastby.se>",
        to=("Ekbacken personal <ekbacken@vastby.se>",),
        note="General diet options; no resident is pointed out.",
    ),
    Spec(
        id="bl6-a25-vikarierande-chef",
        expected="allow",
        subject="Vikarierande enhetschef hemtjänst Norr",
        body=(
            "Hej alla,\n\nUlla Ström är vikarierande enhetschef för hemtjänst Norr 3 juni–"
            "16 augusti medan Mirja har semester. Ulla nås på 0570-123 99.\n\nRasmus Öberg"
        ),
        sender=_CHEF,
        to=(_ALLA,),
        note="Staff in their role; no sensitive data.",
    ),
    Spec(
        id="bl6-a26-samverkan-polis",
        expected="allow",
        subject="Minnesanteckningar samverkan polis–socialtjänst",
        body=(
            "Minnesanteckningar 13 maj:\n- Polisen ser ökad narkotikaförsäljning bland "
            "ungdomar runt centrum, främst helger.\n- Socialtjänstens fältgrupp ökar "
            "närvaron fredagar.\n- Inga enskilda ärenden togs upp på mötet.\n\n"
            "Nästa möte 10 juni.\nEmelie Strand"
        ),
        sender=_SOCSEK,
        to=("Kommunpolisen Västby <kommunpolis.vastby@polisen.se>",),
        cc=(_CHEF,),
        note="Trends in youth crime with no individual discussed.",
    ),
    Spec(
        id="bl6-a27-rutin-skyddad-identitet",
        expected="allow",
        subject="Rutin: elever med skyddade personuppgifter",
        body=(
            "Hej,\n\nPåminnelse om rutinen för elever med skyddade personuppgifter:\n"
            "- Adress och skola får aldrig lämnas ut.\n- Klasslistor och foton publiceras "
            "inte.\n- Frågor ställs muntligen till rektor.\n\nHelena Sjöberg"
        ),
        sender=_REKTOR,
        to=("Personal Västbyskolan <personal-vastbyskolan@vastby.se>",),
        note="A routine about protected identity in general; no pupil is pointed out.",
    ),
    Spec(
        id="bl6-a28-jourlista-region",
        expected="allow",
        subject="Jourhavande läkare till äldreboendena v 22",
        body=(
            "Hej,\n\nJourhavande läkare vecka 22: dr Omar Haddad, nås via regionens "
            "växel 0570-150 00. Vecka 23: dr Sofia Lindberg.\n\nLars Ekholm"
        ),
        sender=_REGION,
        to=(_SSK,),
        note="An on-call roster; doctors in their role.",
    ),
    Spec(
        id="bl6-a29-kallelse-socialnamnd",
        expected="allow",
        subject="Kallelse socialnämnden 22 maj",
        body=(
            "Kallelse till socialnämnden 22 maj kl 13.00.\n\n"
            "1. Val av justerare\n2. Ekonomisk uppföljning april\n3. Verksamhetsplan LSS\n"
            "4. Individärenden – behandlas inom stängda dörrar, handlingar delas ut på "
            "mötet\n5. Delegationsbeslut\n\nNämndsekreteraren"
        ),
        sender="Nämndsekreteraren <namndsekreterare@vastby.se>",
        to=("Socialnämnden <socialnamnden@vastby.se>",),
        note="An agenda referring to individual cases without naming anyone.",
    ),
    Spec(
        id="bl6-a30-enkat-drogvanor",
        expected="allow",
        subject="Resultat drogvaneenkäten åk 9",
        body=(
            "Hej,\n\nResultat från drogvaneenkäten i åk 9 (n=412): 12 % har provat "
            "narkotika, 41 % har druckit alkohol senaste året, 9 % röker. Andelen som mår "
            "psykiskt dåligt ofta är 23 %.\n\nFolkhälsostrategen"
        ),
        sender="Folkhälsostrategen <folkhalsa@vastby.se>",
        to=("Ledningsgruppen <ledningsgruppen@vastby.se>",),
        cc=(_REGION,),
        note="Survey results, aggregate only.",
    ),
]

BLOCK = [
    Spec(
        id="bl6-b01-smeknamn-rum",
        expected="block",
        subject="Rapport kväll Tallbacken",
        body=(
            "Hej nattpersonalen,\n\nLillis i rum 4 har fått ny insulindos från i kväll, "
            "8 enheter istället för 6. Hon var också yr och ramlade vid middagen.\n\n/Kvällen"
        ),
        sender=_SSK,
        to=("Tallbacken natt <tallbacken-natt@vastby.se>",),
        note="Health data; a nickname with a room number on a named care home points out "
        "the resident.",
    ),
    Spec(
        id="bl6-b02-initialer-klass-adhd",
        expected="block",
        subject="Anpassningar i 8B",
        body=(
            "Hej alla lärare i 8B,\n\nAK har nu fått sin ADHD-diagnos bekräftad. Hen behöver "
            "sitta nära dörren och ha skriftliga instruktioner.\n\nOskar, mentor"
        ),
        sender=_MENTOR,
        to=("Lärare 8B <larare-8b@vastby.se>",),
        note="Initials plus a class point out the pupil; a diagnosis is health data.",
    ),
    Spec(
        id="bl6-b03-kalles-mamma-haktad",
        expected="block",
        subject="Hämtning på fritids",
        body=(
            "Hej fritids,\n\nKalles mamma i 2C sitter häktad igen, så Kalle hämtas av "
            "mormor hela veckan. Säg inget till de andra barnen.\n\nHelena"
        ),
        sender=_REKTOR,
        to=("Fritids Västbyskolan <fritids-vastbyskolan@vastby.se>",),
        note="Criminal-offence data about the mother, pointed out through her child and class.",
    ),
    Spec(
        id="bl6-b04-citerat-svar-depression",
        expected="block",
        subject="SV: Frånvaro Hugo",
        body=(
            "Tack, noterat. Jag pratar med mentorn.\n\nHälsningar\nElevhälsan\n\n"
            "Trevlig helg!\n\n\n\n"
            "-----Ursprungligt meddelande-----\n"
            "Från: Annika Blom <annika.blom76@telia.com>\n"
            "Skickat: den 10 maj 2024\n"
            "Ämne: Frånvaro Hugo\n\n"
            "Hej, min son Hugo Blom i 9A har varit hemma för att han har fått diagnosen "
            "depression och äter nu antidepressiva. Han orkar inte gå till skolan just nu.\n"
            "/Annika"
        ),
        sender=_ELEVHALSA,
        to=(_MENTOR,),
        note="A guardian's message about her named son's depression is in the quoted "
        "history far below; re-sending it counts.",
    ),
    Spec(
        id="bl6-b05-bilaga-genomforandeplan",
        expected="block",
        subject="Plan inför mötet",
        body="Hej,\n\nBifogar underlaget inför torsdagens möte.\n\n/Mirja",
        sender=_ENHETSCHEF,
        to=("Ulla Ström <ulla.strom@vastby.se>",),
        attachments=(
            docx(
                "genomforandeplan.docx",
                "Genomförandeplan – Berit Nyström, Granvägen 14",
                "Berit har Alzheimers sjukdom och urininkontinens. Behöver hjälp med "
                "dusch två gånger i veckan och tillsyn nattetid.",
            ),
        ),
        note="Only the attachment names the care recipient with diagnoses.",
    ),
    Spec(
        id="bl6-b06-forkortningar-rum",
        expected="block",
        subject="Överrapport Lönngården",
        body=(
            "Överrapport:\nRum 12 (G.S.): UVI, KAD satt i går, BT 180/100, ny AB-kur. "
            "Inkont. natt.\nRum 7: inget nytt.\n\nPetra"
        ),
        sender=_SSK,
        to=("Lönngården personal <lonngarden@vastby.se>",),
        note="Care abbreviations (urinary infection, catheter, blood pressure, antibiotics) "
        "about a resident pointed out by initials and room.",
    ),
    Spec(
        id="bl6-b07-utbrand-kollega",
        expected="block",
        subject="Bemanning kassan",
        body=(
            "Hej,\n\nLena Holm på kundtjänst blir sjukskriven på heltid i tre månader, hon är "
            "helt utbränd. Vi behöver en vikarie från 1 juni.\n\nRasmus"
        ),
        sender=_CHEF,
        to=("Bemanningsenheten <bemanning@vastby.se>",),
        note="Health data about a named employee in an everyday word ('utbränd').",
    ),
    Spec(
        id="bl6-b08-pnr-tabellcell",
        expected="block",
        subject="Deltagarlista arbetsträning",
        body="Hej,\n\nHär är listan för arbetsträningen.\n\nDaniel",
        sender=_HANDLAGGARE,
        to=("Arbetsmarknadsenheten <ame@vastby.se>",),
        attachments=(
            docx(
                "deltagare.docx",
                "Deltagare arbetsträning juni",
                table=(("Namn", "Personnummer"), ("Sven Alm", "{pnr4l}"), ("Nina Öst", "{pnr5l}")),
            ),
        ),
        note="Personnummer inside a table cell of an attachment.",
    ),
    Spec(
        id="bl6-b09-pnr-mellanslag",
        expected="block",
        subject="Nyckelkvittens",
        body=(
            "Hej,\n\nNy hyresgäst hämtar nyckel på fredag: Tove Berg, pnr {pnr6w}. "
            "Kvittensen skrivs på plats.\n\nDaniel"
        ),
        sender=_HANDLAGGARE,
        to=(_FAST_KONTAKT,),
        note="A personnummer written with a space between the groups.",
    ),
    Spec(
        id="bl6-b10-samordningsnummer-amne",
        expected="block",
        subject="Ärende {snr2}",
        body="Hej,\n\nKan du ta detta ärende i veckan?\n\nDaniel",
        sender=_HANDLAGGARE,
        to=(_SOCSEK,),
        note="A samordningsnummer in the subject.",
    ),
    Spec(
        id="bl6-b11-pnr-xlsx",
        expected="block",
        subject="Lista simskola",
        body="Hej,\n\nBifogar listan.\n\nOskar",
        sender=_MENTOR,
        to=("Badhuset <badhuset@vastby.se>",),
        attachments=(
            xlsx(
                "simskola.xlsx",
                (("Namn", "Personnummer"), ("Leo Ek", "{pnr7}"), ("Ida Sand", "{pnr8}")),
            ),
        ),
        note="Personnummer in a spreadsheet cell.",
    ),
    Spec(
        id="bl6-b12-familj-orosanmalan",
        expected="block",
        subject="Familjen på Björkvägen 3",
        body=(
            "Hej,\n\nVi har fått en ny orosanmälan gällande familjen Andersson på Björkvägen 3 "
            "– grannar hör bråk nattetid. Kan du ta förhandsbedömningen?\n\nEmelie"
        ),
        sender=_SOCSEK,
        to=(_HANDLAGGARE,),
        note="Social-services data about a family pointed out by name and address.",
    ),
    Spec(
        id="bl6-b13-skyddad-identitet-elev",
        expected="block",
        subject="Ny elev i 5A",
        body=(
            "Hej,\n\nSara N. som börjar i 5A på måndag har skyddad identitet. Hennes nya "
            "adress får inte finnas i klasslistan och hon får inte fotograferas.\n\nHelena"
        ),
        sender=_REKTOR,
        to=("Lärare 5A <larare-5a@vastby.se>",),
        note="Protected identity of a pupil pointed out by name, initial and class.",
    ),
    Spec(
        id="bl6-b14-belastningsregister-vikarie",
        expected="block",
        subject="Vikarie till fritids",
        body=(
            "Hej,\n\nTobias Ek kan inte anställas – utdraget ur belastningsregistret visar en "
            "dom för misshandel 2022.\n\nJessica, HR"
        ),
        sender=_HR,
        to=(_REKTOR,),
        note="Criminal-offence data about a named job applicant.",
    ),
    Spec(
        id="bl6-b15-vidarebefordrat-diagnos",
        expected="block",
        subject="VB: Angående Elias",
        body="Hej,\n\nSe nedan, kan du återkoppla till mamman?\n\n/Helena",
        sender=_REKTOR,
        to=(_ELEVHALSA,),
        forwarded=Spec(
            id="bl6-b15-inner",
            expected="block",
            subject="Angående Elias",
            body=(
                "Hej! Elias Wahlberg i 4B har fått diagnosen autism och epilepsi. Han tar "
                "medicin morgon och kväll. /Jenny Wahlberg"
            ),
            sender="Jenny Wahlberg <jenny.wahlberg@gmail.com>",
            to=(_REKTOR,),
        ),
        note="A forwarded citizen message (message/rfc822) with a named child's diagnoses.",
    ),
    Spec(
        id="bl6-b16-saker-okrypterad",
        expected="block",
        subject="[SÄKER] Underlag till utredning",
        body="Hej,\n\nSe bifogat underlag.\n\nEmelie",
        sender=_SOCSEK,
        to=("Ann Ljung <ann.ljung@regionvastby.se>",),
        note="Tagged for encryption but not encrypted.",
    ),
    Spec(
        id="bl6-b17-kryptera-okrypterad",
        expected="block",
        subject="Remissvar #kryptera",
        body="Hej,\n\nHär kommer vårt svar på remissen.\n\nPetra",
        sender=_SSK,
        to=(_REGION,),
        note="Tagged for encryption (#kryptera) but sent unencrypted.",
    ),
    Spec(
        id="bl6-b18-gruppbostad-lagenhet",
        expected="block",
        subject="Natten på Solrosen",
        body=(
            "Hej dagpersonal,\n\nMicke i lägenhet 3 fick ett epileptiskt anfall kl 02, "
            "varade ca 3 minuter. Stesolid gavs enligt ordination.\n\nNattpersonalen"
        ),
        sender="Solrosen gruppbostad <solrosen@vastby.se>",
        to=("Solrosen dag <solrosen-dag@vastby.se>",),
        note="A nickname with an apartment number at a named group home; health data.",
    ),
    Spec(
        id="bl6-b19-tvillingar-familjehem",
        expected="block",
        subject="Utvecklingssamtal 6A",
        body=(
            "Hej,\n\nTill utvecklingssamtalen: tvillingarna Lind i 6A är placerade i "
            "familjehem sedan i höstas, så bjud in familjehemsföräldrarna och inte de "
            "biologiska föräldrarna.\n\nOskar"
        ),
        sender=_MENTOR,
        to=(_REKTOR,),
        note="Social-services placement of children pointed out by surname and class.",
    ),
    Spec(
        id="bl6-b20-sexuell-laggning",
        expected="block",
        subject="Samtal med elev",
        body=(
            "Hej kurator,\n\nLinus i 9A berättade i dag att han är gay och är rädd för att "
            "hans pappa ska få veta. Kan du boka ett samtal med honom?\n\nOskar"
        ),
        sender=_MENTOR,
        to=("Kuratorn <kurator@vastby.se>",),
        note="Sexual orientation of a pupil pointed out by first name and class.",
    ),
    Spec(
        id="bl6-b21-region-remiss",
        expected="block",
        subject="Inskrivning från sjukhuset",
        body=(
            "Hej,\n\nGunnel Ahl, 82 år, skrivs ut till Ekbacken i morgon efter höftfraktur. "
            "Hon har även hjärtsvikt och ska vägas dagligen.\n\nLars Ekholm"
        ),
        sender=_REGION,
        to=(_SSK,),
        note="Named patient with diagnoses from the region.",
    ),
    Spec(
        id="bl6-b22-avslag-forsorjningsstod",
        expected="block",
        subject="Besök i receptionen",
        body=(
            "Hej reception,\n\nAhmed Y. på Storgatan 12 har fått avslag på sin ansökan om "
            "försörjningsstöd och kan bli upprörd om han kommer in. Ring mig då.\n\nDaniel"
        ),
        sender=_HANDLAGGARE,
        to=("Receptionen <reception@vastby.se>",),
        note="Social-services decision about a person pointed out by name initial and address.",
    ),
    Spec(
        id="bl6-b23-xlsx-stod",
        expected="block",
        subject="Underlag resursfördelning",
        body="Hej,\n\nBifogar sammanställningen.\n\nElevhälsan",
        sender=_ELEVHALSA,
        to=(_REKTOR,),
        attachments=(
            xlsx(
                "stodbehov.xlsx",
                (
                    ("Elev", "Klass", "Behov"),
                    ("Wilma Åkesson", "3A", "Dyslexi, talsyntes"),
                    ("Noah Berglund", "7C", "Diabetes typ 1, insulinpump"),
                ),
            ),
        ),
        note="Only the spreadsheet names pupils with diagnoses.",
    ),
    Spec(
        id="bl6-b24-hyresgast-gripen",
        expected="block",
        subject="SV: Störningar Granvägen 8",
        body=(
            "Hej Marie,\n\nTack för informationen, vi tar det vidare internt.\n\nDaniel\n\n\n\n"
            "> Från: Marie Dahlberg\n> Skickat: 12 maj 2024\n>\n"
            "> Hej, angående hyresgästen i lägenhet 1102 på Granvägen 8: polisen grep honom "
            "i går för narkotikabrott, det var därför det var så mycket spring.\n> /Marie"
        ),
        sender=_HANDLAGGARE,
        to=(_FAST_KONTAKT,),
        note="Criminal-offence data in the quoted history about a tenant pointed out by "
        "apartment and address.",
    ),
    Spec(
        id="bl6-b25-zip-pnr",
        expected="block",
        subject="Handlingar",
        body="Hej,\n\nHär är handlingarna i en zip.\n\nJessica",
        sender=_HR,
        to=("Löneenheten <lon@vastby.se>",),
        attachments=(
            zip_file(
                "handlingar.zip",
                docx("anstallning.docx", "Anställningsbevis Moa Lind, personnummer {pnr9s}"),
            ),
        ),
        note="A personnummer in a document inside a zip attachment.",
    ),
    Spec(
        id="bl6-b26-rehab-alkohol",
        expected="block",
        subject="Rehabmöte Johan",
        body=(
            "Hej,\n\nJag bokar rehabmöte med Johan Sjö på tisdag angående hans "
            "alkoholproblem. Företagshälsovården deltar.\n\nRasmus"
        ),
        sender=_CHEF,
        to=(_HR,),
        note="Health data (alcohol problem) about a named employee in HR rehabilitation.",
    ),
    Spec(
        id="bl6-b27-nyanlanda-ptsd",
        expected="block",
        subject="Inflyttning Lärkvägen",
        body=(
            "Hej,\n\nFamiljen Rami flyttar in i lägenhet 4 på Lärkvägen 2. Pappan har svår PTSD "
            "och blir rädd för höga ljud, så meddela honom innan ni går in.\n\nDaniel"
        ),
        sender=_HANDLAGGARE,
        to=(_FAST,),
        note="Health data about a father pointed out by family name and apartment.",
    ),
    Spec(
        id="bl6-b28-pnr-amne-utan-streck",
        expected="block",
        subject="Registerutdrag {pnr10d}",
        body="Hej,\n\nBegäran om registerutdrag inkommen, se ämnesraden.\n\nRegistraturen",
        sender=_REG,
        to=("Dataskyddsombudet <dso@vastby.se>",),
        note="A personnummer without hyphen in the subject.",
    ),
]

WARN = [
    Spec(
        id="bl6-w01-last-pdf",
        expected="warn",
        subject="Protokoll från arbetsplatsträffen",
        body="Hej,\n\nHär är protokollet från APT.\n\nMirja",
        sender=_ENHETSCHEF,
        to=(_ALLA,),
        attachments=(locked_pdf("apt_protokoll.pdf", "Protokoll APT 13 maj"),),
        note="A password-protected PDF cannot be read.",
    ),
    Spec(
        id="bl6-w02-trasig-pdf",
        expected="warn",
        subject="Ritning förskolan",
        body="Hej,\n\nBifogar ritningen.\n\nMarie",
        sender=_FAST_KONTAKT,
        to=(_REKTOR,),
        attachments=(broken("ritning.pdf"),),
        note="A corrupt PDF cannot be read.",
    ),
    Spec(
        id="bl6-w03-krypterad-zip",
        expected="warn",
        subject="Filer till revisionen",
        body="Hej,\n\nLösenordet skickas via sms.\n\nEkonomienheten",
        sender="Ekonomienheten <ekonomi@vastby.se>",
        to=("Revisionen <revision@vastby.se>",),
        attachments=(
            zip_file(
                "revision.zip",
                pdf("verifikationer.pdf", "Verifikationer april"),
                encrypted=True,
            ),
        ),
        note="An encrypted zip cannot be read.",
    ),
    Spec(
        id="bl6-w04-felstavad-egen-doman",
        expected="warn",
        subject="Schema juni",
        body="Hej,\n\nHär kommer schemat för juni.\n\nMirja",
        sender=_ENHETSCHEF,
        to=("Ulla Ström <ulla.strom@vastbby.se>",),
        note="Recipient domain is a misspelling of vastby.se.",
    ),
    Spec(
        id="bl6-w05-felstavad-region",
        expected="warn",
        subject="Mötestid samverkan",
        body="Hej Lars,\n\nPasser tisdag 28 maj kl 10?\n\nPetra",
        sender=_SSK,
        to=("Lars Ekholm <lars.ekholm@regoinvastby.se>",),
        note="Recipient domain looks like a misspelling of regionvastby.se.",
    ),
    Spec(
        id="bl6-w06-felstavad-fastigheter",
        expected="warn",
        subject="Nycklar till idrottshallen",
        body="Hej Marie,\n\nVi behöver två extra nycklar till idrottshallen.\n\nHelena",
        sender=_REKTOR,
        to=("Marie Dahlberg <marie.dahlberg@vastbyfastigheten.se>",),
        note="Recipient domain looks like a misspelling of vastbyfastigheter.se.",
    ),
    Spec(
        id="bl6-w07-leverantorer-synliga",
        expected="warn",
        subject="Information om upphandling av skolskjuts",
        body=(
            "Hej,\n\nVälkomna till informationsmöte om upphandlingen av skolskjuts den "
            "3 juni kl 10 i Stadshuset.\n\nUpphandlingsenheten"
        ),
        sender="Upphandlingsenheten <upphandling@vastby.se>",
        to=(
            "info@bussab.se",
            "kontakt@taxivast.se",
            "order@resetrafik.se",
            "anbud@skolbuss.se",
            "info@vastbytaxi.se",
            "upphandling@nordbuss.se",
            "kontakt@minibussen.se",
            "info@akeriholm.se",
            "anbud@linjetrafik.se",
            "info@samresor.se",
            "kontakt@bussresor-vast.se",
            "info@skoltransport.se",
        ),
        note="Many recipients from many outside organisations visible to each other in To.",
    ),
    Spec(
        id="bl6-w08-privat-gmail",
        expected="warn",
        subject="Kontaktlista bygglov att ringa",
        body=(
            "Hej,\n\nHär är de sökande du ska ringa i morgon när du jobbar hemifrån:\n"
            "Gustav Pihl, Ekvägen 4, 070-123 45 67\nSiv Mattsson, Björkvägen 9, "
            "070-765 43 21\n\n/Bygglovsenheten"
        ),
        sender="Bygglovsenheten <bygglov@vastby.se>",
        to=("Nils Hagman <nils.hagman1980@gmail.com>",),
        note="Citizens' ordinary personal data sent to a private webmail address.",
    ),
    Spec(
        id="bl6-w09-privat-hotmail",
        expected="warn",
        subject="Deltagare till studiebesöket",
        body=(
            "Hej,\n\nDeltagarlista till studiebesöket i reningsverket: Anders Björk "
            "(Storgatan 3, 073-111 22 33), Maria Fors (Torget 1, 073-444 55 66).\n\n"
            "Tekniska enheten"
        ),
        sender="Tekniska enheten <teknik@vastby.se>",
        to=("Guiden <reningsverk.guide@hotmail.com>",),
        note="Citizens' names, addresses and phone numbers to a private webmail address.",
    ),
    Spec(
        id="bl6-w10-cc-flera-organisationer",
        expected="warn",
        subject="Inbjudan till samrådsmöte om detaljplan",
        body=(
            "Hej,\n\nVälkomna till samråd om detaljplan för Norra hamnen den 10 juni.\n\n"
            "Planenheten"
        ),
        sender="Planenheten <plan@vastby.se>",
        to=("Planenheten <plan@vastby.se>",),
        cc=(
            "info@hamnbolaget.se",
            "kontakt@vattenfall-natt.se",
            "plan@lansstyrelsen-vast.se",
            "info@trafikbolaget.se",
            "kontakt@fiberbolaget.se",
            "samrad@naturskydd-vastby.se",
            "info@handelsforeningen.se",
            "kontakt@byalaget-norra.se",
            "info@ica-norra.se",
            "kontakt@seglarklubben.se",
        ),
        note="Many outside organisations visible to each other in Cc; they should be Bcc.",
    ),
    Spec(
        id="bl6-w11-trasig-xlsx",
        expected="warn",
        subject="Budgetunderlag",
        body="Hej,\n\nHär är budgetunderlaget.\n\nEkonomienheten",
        sender="Ekonomienheten <ekonomi@vastby.se>",
        to=(_CHEF,),
        attachments=(
            broken(
                "budget.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
        ),
        note="A spreadsheet that cannot be read.",
    ),
    Spec(
        id="bl6-w12-felstavad-vastyb",
        expected="warn",
        subject="Ny lokalbokning",
        body="Hej,\n\nKan du boka sal B på torsdag?\n\nOskar",
        sender=_MENTOR,
        to=("Lokalbokningen <lokalbokning@vastyb.se>",),
        note="Recipient domain vastyb.se looks like a misspelling of vastby.se.",
    ),
]

MESSAGES: list[Spec] = [*ALLOW, *BLOCK, *WARN]
