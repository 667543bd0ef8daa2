"""A held-out set written from the rules alone (issues 3 and 4, seeds 003 and 004),
before the policy code was read: block personnummer/samordningsnummer anywhere and
sensitive data about an identifiable person; warn for recipient risks and unreadable
attachments; block a message marked for encryption that is not encrypted; allow the
rest. Each spec's ``note`` is the one-line reason for its label.

Reported separately by ``bench/check_quality.py --set heldout``.
"""

from __future__ import annotations

from bench.mail_corpus.spec import (
    Spec,
    broken,
    csv_file,
    docx,
    image,
    locked_pdf,
    ods,
    odt,
    pdf,
    text_file,
    xlsx,
    zip_file,
)

ANNA = "Anna Lindqvist <anna.lindqvist@solby.se>"
KARIN = "Karin Holm <karin.holm@solby.se>"
MARIA = "Maria Sandberg <maria.sandberg@solby.se>"
STINA = "stina.ahl@solby.se"
ELEVHALSA = "Skolsköterska Helena Borg <helena.borg@solby.se>"
IFO = "Jonas Berg <jonas.berg@solby.se>"
IFO2 = "Sofia Lund <sofia.lund@solby.se>"
HEMTJANST = "Hemtjänst Norra <hemtjanst.norra@solby.se>"
HR = "HR-service <hr@solby.se>"
LON = "Lönecenter <lon@solby.se>"
EKONOMI = "Ekonomienheten <ekonomi@solby.se>"
BYGG = "Bygglovsenheten <bygglov@solby.se>"
IT = "IT-support <it@solby.se>"
KS = "Nämndsekreterare Per Wall <per.wall@solby.se>"
INKOP = "Upphandling <upphandling@solby.se>"
CHEF = "Lena Ek <lena.ek@solby.se>"
NORRVIK_SOC = "Socialtjänsten Norrvik <socialtjansten@norrvik.se>"
REGION = "Vårdcentralen Solby <vc.solby@regionsolby.se>"

MESSAGES = [
    # ------------------------------------------------------------------ block
    Spec(
        "ho-b01",
        "block",
        "Ang. Elias 5B",
        "Hej!\n\nMamma till Elias i 5B ringde i morse. Han har fått diagnosen diabetes typ 1 "
        "och ska kolla blodsockret innan idrotten. Kan du påminna honom?\n\n/Maria",
        sender=MARIA,
        to=["Idrott <idrott.solangen@solby.se>"],
        note="diagnosis of a pupil named by first name and class",
    ),
    Spec(
        "ho-b02",
        "block",
        "medicin",
        "hej, Vilma Andersson 8C har ADHD o tar Concerta på morgonen. om hon glömt ta den "
        "ring mig så löser vi det. mvh Helena skolsköterska",
        sender=ELEVHALSA,
        to=[MARIA],
        note="NPF diagnosis and medication of a named pupil",
    ),
    Spec(
        "ho-b03",
        "block",
        "lukas",
        "hej! kan nån kolla om lukas e på plats idag? hans mamma sa att han har panikångest o "
        "inte vill gå till skolan. tack /stina",
        sender=STINA,
        to=[MARIA],
        note="mental health of a pupil named (lower case) and pointed out by 'hans mamma'",
    ),
    Spec(
        "ho-b04",
        "block",
        "VB: orosanmälan",
        "Hej Jonas, se nedan. Kan du ta den?\n\nLena\n\n"
        "-----Ursprungligt meddelande-----\n"
        "Från: Rektor Solängens skola <rektor.solangen@solby.se>\n"
        "Skickat: den 12 maj 2024 16:02\n"
        "Till: Lena Ek <lena.ek@solby.se>\n"
        "Ämne: orosanmälan\n\n"
        "Vi gör en orosanmälan gällande Noah Karlsson, född 2015, klass 3B. Noah har flera "
        "gånger kommit till skolan hungrig och berättar att pappa dricker mycket och blir "
        "arg.\n\nMvh Rektor",
        sender=CHEF,
        to=[IFO],
        note="forwarded orosanmälan about a named child (quoted history counts)",
    ),
    Spec(
        "ho-b05",
        "block",
        "Blåbäret - viktigt",
        "Hej alla på Blåbäret!\n\nTill nya vikarier: Alva har svår nötallergi (anafylaxi). "
        "EpiPen finns i kylskåpet märkt med hennes namn. Ring 112 direkt vid reaktion.\n\n"
        "/Förskolechef",
        sender="Förskolan Blåbäret <blabaret@solby.se>",
        to=["Vikarier Blåbäret <vikarier.blabaret@solby.se>"],
        note="allergy of a named preschool child",
    ),
    Spec(
        "ho-b06",
        "block",
        "Åtgärdsprogram inför EHT",
        "Hej,\n\nBifogar åtgärdsprogrammet inför elevhälsoteamet på torsdag.\n\nMaria",
        sender=MARIA,
        to=["EHT Solängen <eht.solangen@solby.se>"],
        attachments=[
            docx(
                "Atgardsprogram_Isak_H.docx",
                "Åtgärdsprogram",
                "Elev: Isak Hedlund, åk 6",
                "Bakgrund: Isak har en autismdiagnos sedan 2021 och en pågående NPF-utredning "
                "hos BUP gällande ADD.",
                "Åtgärder: enskild arbetsplats, bildstöd, förvarning vid schemaändringar.",
            )
        ],
        note="autism diagnosis of a named pupil in a DOCX attachment",
    ),
    Spec(
        "ho-b07",
        "block",
        "Angående igår",
        "Hej Karin!\n\nEleven i 9A som jag nämnde igår har berättat att hon skadar sig själv. "
        "Hon går redan på BUP men jag tycker vi behöver träffas snarast.\n\nHälsningar\n"
        "Kurator",
        sender="Kurator Solängen <kurator.solangen@solby.se>",
        to=[KARIN],
        note="self-harm of a pupil pointed out by class",
    ),
    Spec(
        "ho-b08",
        "block",
        "Frånvaro v.19",
        "Frånvarolistan för v.19 bifogas, se kolumnen Orsak.",
        sender=MARIA,
        to=["Skoladministration <skoladm@solby.se>"],
        attachments=[
            xlsx(
                "franvaro_v19.xlsx",
                [
                    ["Elev", "Klass", "Dagar", "Orsak"],
                    ["Ebba Lind", "7B", "3", "Magsjuka"],
                    ["Hugo Nyman", "7B", "2", "BUP-besök"],
                    ["Selma Öberg", "7C", "5", "Depression, sjukskriven"],
                ],
            )
        ],
        note="absence reasons with diagnoses per named pupil in a spreadsheet",
    ),
    Spec(
        "ho-b09",
        "block",
        "Utv.samtal Omar",
        "Hej Anna,\n\nInför utvecklingssamtalet: Omar har dyslexi och får inläsningstjänst "
        "och förlängd skrivtid på proven. Pappan vill veta om det kan fortsätta i åk 8.\n\n"
        "Karin",
        sender=KARIN,
        to=[ANNA],
        note="dyslexia (disability) of a named pupil",
    ),
    Spec(
        "ho-b10",
        "block",
        "Vikarie",
        "Hej,\n\nLärarvikarien Johan Ek är anmäld för stöld av en bärbar dator från "
        "personalrummet. Polisanmälan är gjord. Boka inte in honom fler pass tills vidare.\n\n"
        "Rektor",
        sender="Rektor Solängens skola <rektor.solangen@solby.se>",
        to=["Bemanningen <bemanning@solby.se>"],
        note="criminal allegation about a named substitute teacher",
    ),
    Spec(
        "ho-b11",
        "block",
        "Utbetalning maj",
        "Hej!\n\nKlient Mohammed Al-Sayed är beviljad försörjningsstöd för maj med 8 430 kr. "
        "Utbetalning sker den 25:e.\n\nJonas Berg\nSocialsekreterare",
        sender=IFO,
        to=[EKONOMI],
        note="försörjningsstöd for a named client",
    ),
    Spec(
        "ho-b12",
        "block",
        "Akut placering",
        "Hej!\n\nBarnen Ella (6 år) och Liam (4 år) omhändertogs akut enl. 6 § LVU igår kväll "
        "och är placerade i jourhem. Förskolan behöver veta att de inte kommer på ett tag.\n\n"
        "Sofia",
        sender=IFO2,
        to=["Förskolan Blåbäret <blabaret@solby.se>"],
        note="LVU placement of named children",
    ),
    Spec(
        "ho-b13",
        "block",
        "Ang. Kenneth Ström",
        "Hej,\n\nAnsökan om vård enligt LVM gällande Kenneth Ström skickas till "
        "förvaltningsrätten imorgon. Han har fortsatt stora alkoholproblem och har tackat nej "
        "till frivillig behandling.\n\nMvh Jonas",
        sender=IFO,
        to=["Förvaltningsrätten registrator <registrator@forvaltningsratten-exempel.se>"],
        note="LVM and alcohol problems of a named person",
    ),
    Spec(
        "ho-b14",
        "block",
        "Beslut LSS",
        "Hej,\n\nBifogar beslutet för kännedom.\n\nSofia Lund\nLSS-handläggare",
        sender=IFO2,
        to=["Gruppbostaden Linden <linden@solby.se>"],
        attachments=[
            pdf(
                "Beslut_LSS_Tove_Sjodin.pdf",
                "BESLUT\nInsats enligt 9 § 9 LSS, bostad med särskild service för vuxna\n"
                "Sökande: Tove Sjödin\n"
                "Personkrets: 1 (intellektuell funktionsnedsättning)\n"
                "Beslut: Bifall. Inflyttning 2024-06-01.",
            )
        ],
        note="LSS decision with disability for a named person in a PDF",
    ),
    Spec(
        "ho-b15",
        "block",
        "nybesök",
        "Hej! Kan du boka nybesök för sökande med samordningsnummer {snr6}? Ansökan om "
        "ekonomiskt bistånd kom in idag.\n/Mottagningen",
        sender="Mottagningen IFO <mottagning.ifo@solby.se>",
        to=[IFO],
        note="samordningsnummer",
    ),
    Spec(
        "ho-b16",
        "block",
        "Samverkan",
        "Hej Annika,\n\nVi har fått in en orosanmälan som rör Sara i din klass 4A. Kan vi ses "
        "på skolan på fredag kl 10?\n\nMvh Socialtjänsten Norrvik",
        sender=NORRVIK_SOC,
        to=["Annika Falk <annika.falk@solby.se>"],
        note="orosanmälan about a pupil named by first name and class",
    ),
    Spec(
        "ho-b17",
        "block",
        "Till receptionen",
        "Hej!\n\nLinda Berg på ekonomi har berättat att hennes före detta make har "
        "kontaktförbud. Släpp inte in honom i receptionen och ring polisen om han dyker upp.\n\n"
        "Lena Ek\nAvdelningschef",
        sender=CHEF,
        to=["Receptionen <reception@solby.se>"],
        note="kontaktförbud concerning a named employee's ex-husband",
    ),
    Spec(
        "ho-b18",
        "block",
        "Familjen Yilmaz",
        "Hej,\n\nFamiljen Yilmaz (barnen går på Solängen) har skyddade personuppgifter. "
        "Skicka inga brev till den gamla adressen och lägg inte ut bilder på barnen.\n\n/Rektor",
        sender="Rektor Solängens skola <rektor.solangen@solby.se>",
        to=["Personal Solängen <personal.solangen@solby.se>"],
        note="protected identity of a named family",
    ),
    Spec(
        "ho-b19",
        "block",
        "Emil åk 3",
        "Hej,\n\nUppgifterna om Emil i åk 3 omfattas av sekretess enligt 26 kap. OSL: han är "
        "placerad i familjehem sedan mars. Prata inte om det med andra föräldrar.\n\nSofia",
        sender=IFO2,
        to=["Mentor 3A <mentor.3a@solby.se>"],
        note="secret social-services information about a named pupil",
    ),
    Spec(
        "ho-b20",
        "block",
        "Smitta Ekvägen",
        "Hej alla!\n\nBrukaren på Ekvägen 12 (Gun) har MRSA. Använd skyddsförkläde och "
        "handskar vid varje besök och tvätta hennes kläder separat.\n\n/Hemtjänst Norra",
        sender=HEMTJANST,
        to=["Personal hemtjänst norra <personal.hemtjanst.norra@solby.se>"],
        note="MRSA of a home-care client pointed out by address and name",
    ),
    Spec(
        "ho-b21",
        "block",
        "Nils P",
        "Hej!\n\nNils Persson har KOL och syrgas dygnet runt. Tänk på att inte röka utanför "
        "hans dörr och kontrollera syrgasslangen vid varje besök.\n\nMvh Samordnaren",
        sender=HEMTJANST,
        to=["Personal hemtjänst norra <personal.hemtjanst.norra@solby.se>"],
        note="KOL (COPD) of a named client",
    ),
    Spec(
        "ho-b22",
        "block",
        "Utökad insats",
        "Hej,\n\nHemtjänstinsatsen för Astrid Lund utökas från 1/6: dusch två ggr/v, tillsyn "
        "nattetid och hjälp med medicinering pga demens.\n\nBiståndshandläggare",
        sender="Biståndsenheten <bistand@solby.se>",
        to=[HEMTJANST],
        note="home-care decision and dementia of a named client",
    ),
    Spec(
        "ho-b23",
        "block",
        "Läkemedelslista",
        "Uppdaterad läkemedelslista för avdelning 2 bifogas.",
        sender="Sjuksköterska Solgården <ssk.solgarden@solby.se>",
        to=["Avdelning 2 Solgården <avd2.solgarden@solby.se>"],
        attachments=[
            xlsx(
                "lakemedel_avd2.xlsx",
                [
                    ["Boende", "Rum", "Läkemedel", "Dos"],
                    ["Greta Holm", "3", "Waran", "enl. ordination"],
                    ["Bertil Sund", "5", "Metformin", "500 mg x 2"],
                    ["Ingrid Vik", "7", "Sertralin", "50 mg x 1"],
                ],
            )
        ],
        note="medication per named resident",
    ),
    Spec(
        "ho-b24",
        "block",
        "rum 14",
        "gunnel på rum 14 har ramlat igen, misstänkt höftfraktur. ambulansen e på väg, "
        "anhöriga är meddelade. /natten",
        sender="Natt Solgården <natt.solgarden@solby.se>",
        to=["Sjuksköterska Solgården <ssk.solgarden@solby.se>"],
        note="injury of a resident named and pointed out by room",
    ),
    Spec(
        "ho-b25",
        "block",
        "Avvikelse 12/5",
        "Avvikelserapport: fel dos Morfin (10 mg i st f 5 mg) gavs till Sven Olsson kl 22.00 "
        "den 12/5. Läkare kontaktad, ingen skada konstaterad.\n\nUndersköterska nattpass",
        sender="Natt Solgården <natt.solgarden@solby.se>",
        to=["MAS <mas@solby.se>"],
        note="medication incident naming the resident",
    ),
    Spec(
        "ho-b26",
        "block",
        "Inflyttning 1/6",
        "Hej!\n\nMargit Holm flyttar in på rum 9 den 1 juni. Hon har Alzheimers sjukdom och "
        "kan bli orolig på kvällarna. Dottern Eva är kontaktperson.\n\nEnhetschef",
        sender="Enhetschef Solgården <ec.solgarden@solby.se>",
        to=["Personal Solgården <personal.solgarden@solby.se>"],
        note="Alzheimer's of a named new resident",
    ),
    Spec(
        "ho-b27",
        "block",
        "Lönespec maj - rättelse",
        "Hej Per,\n\nHär är rättad lönespecifikation:\n\n"
        "Anställd: Per Ström\nPersonnr: {pnr20s}\nBruttolön: 32 400 kr\n"
        "Skatt: 8 100 kr\nNettobelopp: 24 300 kr\n\nMvh Lönecenter",
        sender=LON,
        to=["Per Ström <per.strom@solby.se>"],
        note="personnummer on a payslip among amounts",
    ),
    Spec(
        "ho-b28",
        "block",
        "Rehabmöte",
        "Hej Lena,\n\nInför rehabmötet ang. Lisa Strand: hon är sjukskriven på 50 % sedan mars "
        "pga utmattningssyndrom. Företagshälsovården föreslår arbetsträning.\n\nHR-service",
        sender=HR,
        to=[CHEF],
        note="sick leave and diagnosis of a named employee",
    ),
    Spec(
        "ho-b29",
        "block",
        "Ang. Anders schema",
        "Hej!\n\nAnders har diskbråck och får inte lyfta på ett tag enligt läkaren. Kan du lägga "
        "om schemat så han slipper förflyttningar?\n\nLena",
        sender=CHEF,
        to=["Schemaläggare <schema@solby.se>"],
        note="diskbråck of a named employee",
    ),
    Spec(
        "ho-b30",
        "block",
        "Nattpass",
        "Hej,\n\nFatima Hussein är gravid i vecka 22 och ska enligt barnmorskan inte arbeta "
        "natt. Ta bort henne från nattlistan från v.24.\n\nLena",
        sender=CHEF,
        to=["Schemaläggare <schema@solby.se>"],
        note="pregnancy of a named employee",
    ),
    Spec(
        "ho-b31",
        "block",
        "Rekrytering fritidsledare",
        "Hej,\n\nUtdraget ur belastningsregistret för Martin Lind visar att han är dömd för "
        "misshandel 2019. Vi går vidare med kandidat två.\n\nRekryterare",
        sender=HR,
        to=["Rektor Solängens skola <rektor.solangen@solby.se>"],
        note="criminal conviction of a named candidate",
    ),
    Spec(
        "ho-b32",
        "block",
        "Möte tisdag",
        "Hej,\n\nKerstin Dahl är medlem i Kommunal och vill ha med sin fackliga företrädare på "
        "mötet om omplaceringen.\n\nLena",
        sender=CHEF,
        to=[HR],
        note="trade-union membership of a named employee",
    ),
    Spec(
        "ho-b33",
        "block",
        "Fil till banken",
        "Hej! Löneutbetalningsfilen för juni bifogas.\n/Lönecenter",
        sender=LON,
        to=["Banken filöverföring <filer@banken-exempel.se>"],
        attachments=[
            csv_file(
                "lon_juni.csv",
                "Personnr;Namn;Clearing;Konto;Belopp\n"
                "{pnr27d};Jenny Ås;8327;9123456;28450,00\n"
                "{pnr33d};Ali Rahimi;6000;123456789;31200,00\n"
                "{pnr49d};Ola Sten;5000;1234567;26990,50\n",
            )
        ],
        note="personnummer (10 digits, no separator) in a payroll CSV with amounts",
    ),
    Spec(
        "ho-b34",
        "block",
        "Sjukskrivning",
        "Hej Lena!\n\nJag har fått diagnosen diabetes typ 2 och blir sjukskriven två veckor "
        "medan medicineringen ställs in. Läkarintyget lämnar jag i ditt fack.\n\n/Johan",
        sender="Johan Lilja <johan.lilja@solby.se>",
        to=[CHEF],
        note="health data about the sender, an identifiable person",
    ),
    Spec(
        "ho-b35",
        "block",
        "Påminnelser kundreskontra",
        "Hej,\n\nLista över obetalda avgifter som går till påminnelse:\n\n"
        "Kund: Erik Berg, pnr {pnr34s}, belopp 1 250 kr, förfallen 2024-04-30\n"
        "Kund: Lina Ohlsson, pnr {pnr42s}, belopp 640 kr, förfallen 2024-04-30\n\n"
        "Ekonomienheten",
        sender=EKONOMI,
        to=["Inkasso <uppdrag@inkasso-exempel.se>"],
        note="personnummer in a customer list with amounts",
    ),
    Spec(
        "ho-b36",
        "block",
        "Avgiftsbeslut",
        "Hej!\n\nHemtjänstavgiften för Ingrid Svensson sänks till 850 kr/mån från juni pga "
        "ändrade inkomster. Beslutet skickas hem till henne.\n\nAvgiftshandläggare",
        sender=EKONOMI,
        to=["Biståndsenheten <bistand@solby.se>"],
        note="home-care (social services) data about a named client",
    ),
    Spec(
        "ho-b37",
        "block",
        "SV: hyresskuld",
        "Hej,\n\nAhmed Ali har fått försörjningsstöd för hyran i maj, så skulden bör vara "
        "betald inom en vecka.\n\nJonas\n\n"
        "> Hej, hyresgästen Ahmed Ali på Tallvägen 4 har en hyresskuld på 14 200 kr.\n"
        "> Vet ni om han får hjälp?\n> /Solbybostäder",
        sender=IFO,
        to=["Solbybostäder <kundtjanst@solbybostader.se>"],
        note="försörjningsstöd of a named tenant to the housing company",
    ),
    Spec(
        "ho-b38",
        "block",
        "Bygglov ramp",
        "Hej,\n\nSökanden Lars Nyström har MS och sitter i rullstol, därför söker han lov för "
        "en ramp vid entrén. Kan ärendet förturas?\n\nHandläggare bygglov",
        sender=BYGG,
        to=["Byggnadsinspektör <bygginspektor@solby.se>"],
        note="illness of a named applicant in a building permit case",
    ),
    Spec(
        "ho-b39",
        "block",
        "Komplettering BN 2024-0311",
        "Hej!\n\nUppgifter om fastighetsägaren till Solby 4:12:\nNamn: Birgitta Åkesson\n"
        "Personnummer: {pnr22l}\nAdress: Byvägen 7, 123 45 Solby\n\nMvh Bygglovsenheten",
        sender=BYGG,
        to=["Arkitekt <info@arkitektbyran-exempel.se>"],
        note="personnummer of a property owner",
    ),
    Spec(
        "ho-b40",
        "block",
        "Ärende #48213 inloggning",
        "Hej,\n\nAnvändaren Eva Lund kan inte logga in i Procapita. Hennes personnummer är "
        "{pnr13w} enligt HR. Kan ni kolla kopplingen i AD?\n\nIT-support",
        sender=IT,
        to=["Systemförvaltning <sysforv@solby.se>"],
        note="personnummer written with a space in an IT ticket",
    ),
    Spec(
        "ho-b41",
        "block",
        "AD-export",
        "Här är exporten du bad om (zip).",
        sender=IT,
        to=["Konsult <konsult@itkonsult-exempel.se>"],
        attachments=[
            zip_file(
                "export.zip",
                text_file(
                    "anvandare.txt",
                    "samaccountname,displayname,employeeid\n"
                    "mahl01,Mats Ahl,{pnr15}\nsber02,Sanna Berg,{pnr17}\n",
                ),
            )
        ],
        note="personnummer in a text file inside a ZIP",
    ),
    Spec(
        "ho-b42",
        "block",
        "Handlingar SN 23/5",
        "Hej!\n\nTill sekretessärendet på socialnämnden: Jonas H, 16 år, placerades på HVB i "
        "april pga upprepad brottslighet och narkotikamissbruk. Förslag: fortsatt placering "
        "enl. 3 § LVU.\n\nPer Wall\nNämndsekreterare",
        sender=KS,
        to=["Ledamöter SN <ledamoter.sn@solby.se>"],
        note="LVU placement, crime and drug abuse of a youth named by first name, initial, age",
    ),
    Spec(
        "ho-b43",
        "block",
        "Ledighet",
        "Hej,\n\nPeter Holm på gatukontoret är aktiv i Vänsterpartiet och har begärt ledigt "
        "för partikongressen i juni. Går det att lösa?\n\nLena",
        sender=CHEF,
        to=[HR],
        note="political affiliation of a named employee (not in a public role)",
    ),
    Spec(
        "ho-b44",
        "block",
        "Referenskontroll",
        "Hej,\n\nVid referenskontrollen framkom att leverantörens projektledare Mats Berg är "
        "dömd för grovt bokföringsbrott 2021. Hur hanterar vi det i utvärderingen?\n\n"
        "Upphandlare",
        sender=INKOP,
        to=["Jurist <jurist@solby.se>"],
        note="criminal conviction of a named supplier employee",
    ),
    Spec(
        "ho-b45",
        "block",
        "Idrott under ramadan",
        "Hej!\n\nAmina i 2B är muslim och fastar under ramadan. Hon vill avstå simningen de "
        "veckorna.\n\n/Mentor 2B",
        sender="Mentor 2B <mentor.2b@solby.se>",
        to=["Idrott <idrott.solangen@solby.se>"],
        note="religion of a pupil named by first name and class",
    ),
    Spec(
        "ho-b46",
        "block",
        "Nyinflyttade",
        "Hej,\n\nFamiljen Mirga som flyttar in på Tallvägen 9 är romer och har bett om "
        "modersmålsundervisning på romani chib för barnen.\n\nSkolexpeditionen",
        sender="Skolexpeditionen <expedition@solby.se>",
        to=["Modersmålsenheten <modersmal@solby.se>"],
        note="ethnic origin of a named family",
    ),
    Spec(
        "ho-b47",
        "block",
        "Kränkningsanmälan",
        "Hej,\n\nLeo i 9B har berättat för mig att han är homosexuell och att några i klassen "
        "trakasserar honom för det. Jag gör en kränkningsanmälan.\n\nMentor",
        sender="Mentor 9B <mentor.9b@solby.se>",
        to=["Rektor Solängens skola <rektor.solangen@solby.se>"],
        note="sexual orientation of a pupil named by first name and class",
    ),
    Spec(
        "ho-b48",
        "block",
        "[SÄKER] Utredning BBIC",
        "Hej,\n\nHär kommer utredningen som vi pratade om.\n\nSofia",
        sender=IFO2,
        to=[NORRVIK_SOC],
        note="marked [SÄKER] but not encrypted",
    ),
    Spec(
        "ho-b49",
        "block",
        "Underlag till mötet #kryptera",
        "Se bilaga.",
        sender=HR,
        to=[CHEF],
        attachments=[docx("underlag.docx", "Underlag inför mötet den 3 juni.")],
        note="marked #kryptera but not encrypted",
    ),
    Spec(
        "ho-b50",
        "block",
        "SV: Fråga om skolskjuts",
        "Hej Sanna,\n\nJag har vidarebefordrat detta till skolskjutsansvarig.\n\nMvh Karin\n\n"
        "Den 10 maj 2024 kl. 19:44 skrev Sanna Nord <sanna.nord@gmail.com>:\n"
        "> Hej! Min son Adam i 1A har epilepsi och får inte åka ensam i taxin.\n"
        "> Kan han få en egen ledsagare?\n> Sanna",
        sender=KARIN,
        to=["Sanna Nord <sanna.nord@gmail.com>", "Skolskjuts <skolskjuts@solby.se>"],
        note="quoted parent mail with a named pupil's epilepsy, re-sent",
    ),
    Spec(
        "ho-b51",
        "block",
        "VB: ansökan",
        "Vidarebefordrar ansökan enligt önskemål.",
        sender="Kontaktcenter <kontaktcenter@solby.se>",
        to=[IFO],
        forwarded=Spec(
            "ho-b51-inner",
            "block",
            "Ansökan om färdtjänst",
            "Hej, jag heter Rolf Nygren ({pnr24s}) och ansöker om färdtjänst. Jag har "
            "Parkinsons sjukdom och kan inte åka buss längre.\nRolf",
            sender="Rolf Nygren <rolf.nygren@telia.com>",
            to=["Kontaktcenter <kontaktcenter@solby.se>"],
        ),
        note="personnummer and diagnosis in a forwarded message/rfc822",
    ),
    Spec(
        "ho-b52",
        "block",
        "Deltagare simskola",
        "Deltagare simskola (se HTML-versionen)",
        html="<html><body><p>Deltagare:</p><table>"
        "<tr><td>Namn</td><td>Personnummer</td></tr>"
        "<tr><td>Otto Ek</td><td>{pnr1l}</td></tr>"
        "<tr><td>Maja Ek</td><td>{pnr5l}</td></tr></table></body></html>",
        sender="Fritid <fritid@solby.se>",
        to=["Simhallen <simhallen@solby.se>"],
        note="personnummer in an HTML table",
    ),
    Spec(
        "ho-b53",
        "block",
        "Läkarintyg",
        "Hej,\n\nBifogar läkarintyget som mamman lämnade in.\n\nHelena",
        sender=ELEVHALSA,
        to=["Rektor Solängens skola <rektor.solangen@solby.se>"],
        attachments=[
            pdf(
                "lakarintyg.pdf",
                "LÄKARINTYG\nPatient: Hanna Björk, född 2012\n"
                "Diagnos: Astma, ansträngningsutlöst. Behandling: Bricanyl vid behov.\n"
                "Bör undvika löpning i kall luft.",
            )
        ],
        note="medical certificate of a named pupil (the Luleå JO case)",
    ),
    Spec(
        "ho-b54",
        "block",
        "Genomförandeplan Kurt",
        "Uppdaterad plan bifogad.",
        sender=HEMTJANST,
        to=["Kontaktman <kontaktman.norra@solby.se>"],
        attachments=[
            odt(
                "genomforandeplan.odt",
                "Genomförandeplan – Kurt Wallin",
                "Kurt har insulinbehandlad diabetes och synnedsättning. Personalen ger insulin "
                "kl 08 och 17 enligt ordination.",
            )
        ],
        note="health data of a named client in an ODT",
    ),
    Spec(
        "ho-b55",
        "block",
        "Ang. Bosse",
        "Hej!\n\nBosse Åberg på Granvägen har återfallit i missbruk, grannarna har ringt om "
        "bråk. Vi behöver en ny vårdplanering.\n\nHälsningar\nÄldreomsorgen",
        sender="Äldreomsorgen <aldreomsorg@solby.se>",
        to=[IFO],
        legacy_charset="iso-8859-1",
        note="substance abuse of a named person (ISO-8859-1 body)",
    ),
    Spec(
        "ho-b56",
        "block",
        "Personalärende",
        "Hej,\n\nVi har fått veta att Robin Sjöström i Fritidsgården har en dom för "
        "narkotikabrott. Han är avstängd i väntan på utredning.\n\nLena",
        sender=CHEF,
        to=[HR],
        outlook=True,
        note="criminal conviction of a named employee (also as .msg)",
    ),
    Spec(
        "ho-b57",
        "block",
        "EHT protokoll",
        "Kort från EHT: A.K. (f. 2011) har ätstörning, anorexi, och följs upp av BUP. "
        "Skolsköterskan väger varannan vecka.",
        sender=ELEVHALSA,
        to=["EHT Solängen <eht.solangen@solby.se>"],
        note="eating disorder of a pupil pointed out by initials and birth year",
    ),
    Spec(
        "ho-b58",
        "block",
        "Hembesök",
        "Hej!\n\nMin klient på Björkgatan 3 har hepatit C. Ta med handskar vid hembesöket "
        "på onsdag.\n\nJonas",
        sender=IFO,
        to=[IFO2],
        note="hepatitis of a client pointed out by address",
    ),
    Spec(
        "ho-b59",
        "block",
        "Tolkbokningar",
        "Bokningarna för maj bifogas.",
        sender="Mottagningen IFO <mottagning.ifo@solby.se>",
        to=["Tolkförmedlingen <bokning@tolkformedling-exempel.se>"],
        attachments=[
            ods(
                "tolk_maj.ods",
                [
                    ["Samordningsnr", "Språk", "Datum"],
                    ["{snr9}", "Dari", "2024-05-20"],
                    ["{snr11}", "Tigrinja", "2024-05-21"],
                ],
            )
        ],
        note="samordningsnummer in an ODS",
    ),
    Spec(
        "ho-b60",
        "block",
        "Besökslista tisdag",
        "Besök tisdag:\n"
        "08.00 Karin Ek, Lindvägen 2 – insulin, frukost\n"
        "09.30 Olle Björk, Lindvägen 8 – omläggning bensår\n"
        "11.00 Ruth Ny, Ängsgatan 1 – stödstrumpor, tillsyn\n",
        sender=HEMTJANST,
        to=["Personal hemtjänst norra <personal.hemtjanst.norra@solby.se>"],
        note="home-care visit list with named clients and treatments",
    ),
    Spec(
        "ho-b61",
        "block",
        "Uppföljning",
        "Hej!\n\nFick samtal från vårdcentralen. Patienten Göran Eklund (74) har fått en "
        "stroke och ligger på sjukhuset, hemtjänsten kan pausas.\n\nSofia",
        sender=IFO2,
        to=[HEMTJANST],
        note="stroke of a named patient",
    ),
    Spec(
        "ho-b62",
        "block",
        "Anmälan skada",
        "Hej,\n\nSamuel i 6A bröt armen på rasten igår. Mamman berättade också att han har "
        "blödarsjuka, så skolsköterskan behöver veta.\n\nRastvakt",
        sender=MARIA,
        to=[ELEVHALSA],
        note="haemophilia and injury of a pupil named by first name and class",
    ),
    Spec(
        "ho-b63",
        "block",
        "Personal - psykisk ohälsa",
        "Hej,\n\nKollegan Sara Nilsson på avd 3 mår väldigt dåligt psykiskt och har fått "
        "antidepressiva av sin läkare. Hon vill inte att det sprids, men jag tycker du som "
        "chef ska veta.\n\n/Malin",
        sender="Malin Ek <malin.ek@solby.se>",
        to=[CHEF],
        note="mental health and medication of a named colleague",
    ),
    Spec(
        "ho-b64",
        "block",
        "Elevlista nya åk 1",
        "Hej! Listan över nya elever inför hösten, med personnummer för inläsning i "
        "skolsystemet.\n\n"
        "Alicia Berg\t{pnr0}\nNoel Ström\t{pnr2}\nWilma Öst\t{pnr8}\n",
        sender="Skolexpeditionen <expedition@solby.se>",
        to=["Leverantör skolsystem <support@skolsystem-exempel.se>"],
        note="12-digit personnummer in a tab-separated list",
    ),
    Spec(
        "ho-b65",
        "block",
        "Ang. LSS-beslut",
        "Hej,\n\nLSS-beslutet för Theo Malm om korttidsvistelse är klart, han får 6 dygn/mån. "
        "Kan ni ta emot honom från v.23?\n\nLSS-handläggare",
        sender=IFO2,
        to=["Korttidsboendet <korttids@solby.se>"],
        note="LSS decision for a named child",
    ),
    Spec(
        "ho-b66",
        "block",
        "Sjukanmälan personal",
        "Hej,\n\nTina i köket är sjukskriven resten av veckan pga utbrändhet, vi behöver en "
        "vikarie till köket.\n\nKöksansvarig",
        sender="Köket Solängen <koket.solangen@solby.se>",
        to=["Bemanningen <bemanning@solby.se>"],
        note="burnout of a named employee",
    ),
    # ------------------------------------------------------------------- warn
    Spec(
        "ho-w01",
        "warn",
        "Inbjudan leverantörsträff",
        "Hej!\n\nVälkomna till leverantörsträff om den kommande upphandlingen av skolmåltider "
        "den 4 juni kl 9-12 i kommunhuset.\n\nMvh Upphandling",
        sender=INKOP,
        to=[
            "Info <info@matgrossen-exempel.se>",
            "Sälj <salj@skolkok-exempel.se>",
            "Anbud <anbud@cateringpartner-exempel.se>",
            "Kontakt <kontakt@gronsaksbolaget-exempel.se>",
            "Offert <offert@fiskhandlarn-exempel.se>",
        ],
        note="five outside suppliers visible to each other in To",
    ),
    Spec(
        "ho-w02",
        "warn",
        "Budgetunderlag",
        "Hej Karin,\n\nHär kommer budgetunderlaget för Q3 som du bad om.\n\nAnna",
        to=["Karin Holm <karin.holm@sobly.se>"],
        note="recipient domain a misspelling of the own domain",
    ),
    Spec(
        "ho-w03",
        "warn",
        "Avtal vårdcentral",
        "Hej,\n\nBifogar utkastet till samverkansavtalet.\n\nLena",
        sender=CHEF,
        to=["Avtal <avtal@regionsolbv.se>"],
        attachments=[docx("samverkansavtal.docx", "Samverkansavtal mellan Solby och Regionen.")],
        note="partner domain with a homoglyph (v for y)",
    ),
    Spec(
        "ho-w04",
        "warn",
        "Deltagarlista sommarläger",
        "Hej Mikael!\n\nHär är deltagarlistan till sommarlägret:\n\n"
        "Isabella Fors, Storgatan 12, 123 45 Solby, 070-123 45 67\n"
        "Viktor Hall, Ängsvägen 3, 123 46 Solby, 070-234 56 78\n"
        "Ronja Lilja, Byvägen 9, 123 47 Solby, 073-345 67 89\n\n/Fritid",
        sender="Fritid <fritid@solby.se>",
        to=["Mikael Ros <mikael.ros.lagerledare@gmail.com>"],
        note="citizens' ordinary personal data to a private webmail address",
    ),
    Spec(
        "ho-w05",
        "warn",
        "Filerna",
        "Här är filerna, lösenordet kommer i sms.",
        sender=EKONOMI,
        to=["Revisor <revisor@revisionsbyra-exempel.se>"],
        attachments=[
            zip_file("underlag.zip", text_file("a.txt", "Verifikationer maj"), encrypted=True)
        ],
        note="password-protected ZIP that cannot be read",
    ),
    Spec(
        "ho-w06",
        "warn",
        "Protokoll",
        "Hej, protokollet från mötet bifogas.",
        sender=KS,
        to=["Ledamöter KS <ledamoter.ks@solby.se>"],
        attachments=[broken("protokoll_2024-05-13.pdf")],
        note="damaged PDF that cannot be read",
    ),
    Spec(
        "ho-w07",
        "warn",
        "Offert",
        "Hej! Offerten bifogas, låst med lösenord enligt er rutin.",
        sender="Sälj <salj@skolkok-exempel.se>",
        to=[INKOP],
        attachments=[locked_pdf("offert.pdf", "Offert skolmåltider 2025")],
        note="password-protected PDF that cannot be read",
    ),
    Spec(
        "ho-w08",
        "warn",
        "Klassresa 3B",
        "Hej alla föräldrar i 3B!\n\nKlassresan till Skansen blir den 28 maj. Glöm inte "
        "matsäck och regnkläder.\n\nMvh Karin",
        sender=KARIN,
        to=[
            "jenny.fors@gmail.com",
            "magnus.hall@hotmail.com",
            "lisa.ek78@outlook.com",
            "ahmad.k@gmail.com",
            "petra.sund@icloud.com",
        ],
        note="private parents' addresses visible to each other",
    ),
    Spec(
        "ho-w09",
        "warn",
        "Enkät förskolans kvalitet",
        "Hej!\n\nPåminnelse om enkäten om förskolans kvalitet. Svara senast fredag.\n\n"
        "Mvh Enkätbolaget",
        sender="Enkät <enkat@enkatbolaget-exempel.se>",
        to=["Förskolechef <forskolechef@solby.se>"],
        cc=[
            "Förskolechef <forskolechef@norrvik.se>",
            "Rektor förskola <rektor.forskola@ostby.se>",
            "Förskolechef <forskolechef@vastby.se>",
            "Förskoleområde <forskoleomrade@sjoby.se>",
            "Förskolechef <forskolechef@bergby.se>",
        ],
        note="the Alingsås incident: representatives of many municipalities in Cc",
    ),
    Spec(
        "ho-w10",
        "warn",
        "Möte om skolskjuts",
        "Hej!\n\nFörslag på mötestid: tisdag 14.00.\n\nAnna",
        to=["Trafik <trafik@norrvik.com>"],
        note="partner domain under another top-level domain",
    ),
    Spec(
        "ho-w11",
        "warn",
        "Ritningar",
        "Hej, ritningarna bifogas som arkiv.",
        sender=BYGG,
        to=["Sökande <ansokan@byggfirma-exempel.se>"],
        attachments=[
            text_file("ritningar.7z", "7z\xbc\xaf\x27\x1c binary", "application/x-7z-compressed")
        ],
        note="an archive format the guard cannot read",
    ),
    Spec(
        "ho-w12",
        "warn",
        "Fakturor",
        "Hej,\n\nSkickar fakturakopiorna.\n\nEkonomi",
        sender=EKONOMI,
        to=["Leverantörsreskontra <lev@sollby.se>"],
        note="own domain with a doubled letter",
    ),
    Spec(
        "ho-w13",
        "warn",
        "Kontaktuppgifter familjehem",
        "Hej!\n\nHär är kontaktuppgifterna till grannarna som kan vara kontaktpersoner under "
        "sommaren:\n\nBerit Sund, Sjövägen 4, 123 48 Solby, 070-555 12 34\n"
        "Hans Sund, Sjövägen 4, 123 48 Solby, 070-555 43 21\n"
        "Ulla Berg, Sjövägen 6, 123 48 Solby, 076-555 11 22\n\nHälsningar",
        sender="Anna Lindqvist <anna.lindqvist@solby.se>",
        to=["annas.privata@hotmail.com"],
        note="third parties' contact details to a private webmail address",
    ),
    # ------------------------------------------------------------------ allow
    Spec(
        "ho-a01",
        "allow",
        "Påminnelse: e-post och känsliga uppgifter",
        "Hej alla!\n\nEn påminnelse: skicka aldrig känsliga personuppgifter med vanlig e-post, "
        "till exempel uppgifter om hälsa, diagnoser, orosanmälningar, LVU- eller LVM-ärenden, "
        "missbruk eller brott. Använd Säkra meddelanden.\n\nDataskyddsombudet",
        sender="Dataskyddsombudet <dso@solby.se>",
        to=["Alla anställda <alla@solby.se>"],
        note="general policy text without a person",
    ),
    Spec(
        "ho-a02",
        "allow",
        "Statistik till nämnden",
        "Hej,\n\nAntal orosanmälningar 2023: 412 (2022: 380). Antal hushåll med "
        "försörjningsstöd: 618. Andel elever med NPF-diagnos i grundskolan: ca 8 %. Antal "
        "LVU-placeringar: 14.\n\nAnalysenheten",
        sender="Analys <analys@solby.se>",
        to=[KS],
        note="statistics without persons",
    ),
    Spec(
        "ho-a03",
        "allow",
        "FS01 diagnos",
        "Hej,\n\nServern FS01 har fått diagnosen diskfel i RAID-arrayen. Diagnosverktyget "
        "visar kritiska fel på disk 3, vi byter den ikväll kl 22. Räkna med driftstopp.\n\n"
        "IT-drift",
        sender=IT,
        to=["IT-kontakter <itkontakter@solby.se>"],
        note="a server diagnosis, not health",
    ),
    Spec(
        "ho-a04",
        "allow",
        "Jour i helgen",
        "Hej!\n\nSocialsekreterare Jonas Berg har socialjouren i helgen för akuta frågor om "
        "försörjningsstöd och orosanmälningar. Nås på 0123-45 67 89.\n\nIFO",
        sender=IFO2,
        to=["Kontaktcenter <kontaktcenter@solby.se>"],
        note="an official named in their work role",
    ),
    Spec(
        "ho-a05",
        "allow",
        "Referat KS 13 maj",
        "Hej,\n\nKommunstyrelsens ordförande Eva Ström (M) inledde. Oppositionsrådet Ali Demir "
        "(S) reserverade sig mot budgeten. Vänsterpartiets ledamot yrkade avslag på motionen "
        "om ökad kameraövervakning.\n\nPer Wall\nNämndsekreterare",
        sender=KS,
        to=["Kommunikation <kommunikation@solby.se>"],
        note="politicians' party affiliation in their public role",
    ),
    Spec(
        "ho-a06",
        "allow",
        "Faktura 2024-1187",
        "Hej,\n\nFaktura 2024-1187 från Solby kommun\nOCR-nummer: {pnr10d}\n"
        "Bankgiro: 5050-1055\nOrg.nr: 212000-1181\nBelopp: 12 500 kr\n"
        "Förfallodag: 2024-06-13\n\nEkonomienheten",
        sender=EKONOMI,
        to=["Fakturor <faktura@kund-exempel.se>"],
        note="OCR (a 10-digit run that happens to pass as a date+Luhn), bankgiro, org.nr",
    ),
    Spec(
        "ho-a07",
        "allow",
        "Tilldelning hemtjänst LOV",
        "Hej,\n\nTre anbud har kommit in: Omsorgsbolaget AB (556677-8899), Vård i hemmet AB "
        "(559012-3456) och Trygg omsorg HB (969700-1234). Utvärderingen är klar v.23.\n\n"
        "Upphandling",
        sender=INKOP,
        to=["Socialchef <socialchef@solby.se>"],
        note="organisationsnummer, no persons",
    ),
    Spec(
        "ho-a08",
        "allow",
        "Telefonlista IT",
        "Supportnummer:\nServicedesk 0771-123 456\nVäxel 0123-456 00\nJour 070-123 45 67\n"
        "Fax 0123-456 01\n",
        sender=IT,
        to=["Alla anställda <alla@solby.se>"],
        note="phone numbers only",
    ),
    Spec(
        "ho-a09",
        "allow",
        "Bygglov beviljat",
        "Hej,\n\nBygglov beviljat för Solby 3:14, ärende BN 2024-000123. Avgift 12 340 kr "
        "enligt taxa. Startbesked lämnas efter tekniskt samråd.\n\nBygglovsenheten",
        sender=BYGG,
        to=["Byggnadsinspektör <bygginspektor@solby.se>"],
        note="a permit case without sensitive data",
    ),
    Spec(
        "ho-a10",
        "allow",
        "Utbildning psykisk ohälsa",
        "Hej!\n\nVälkommen till utbildningsdagen om psykisk ohälsa hos unga, missbruk och NPF "
        "den 3 juni. Föreläsare är psykolog Karin Ahl från BUP. Anmälan senast 20 maj.\n\n"
        "Kompetensutveckling",
        sender="Kompetensutveckling <kompetens@solby.se>",
        to=["Elevhälsan <elevhalsan@solby.se>"],
        note="a course on sensitive topics, lecturer named in role",
    ),
    Spec(
        "ho-a11",
        "allow",
        "Rutin allergier",
        "Hej!\n\nRutin: om ett barn har allergi eller behöver specialkost ska vårdnadshavare "
        "lämna intyg till förskolechefen, som meddelar köket.\n\nFörskoleförvaltningen",
        sender="Förskoleförvaltningen <forskola@solby.se>",
        to=["Förskolechefer <forskolechefer@solby.se>"],
        note="a routine about allergies in general",
    ),
    Spec(
        "ho-a12",
        "allow",
        "Intressant artikel",
        "Hej,\n\nLäste en artikel om att alkoholproblem bland äldre ökar och att KOL och "
        "diabetes är vanligare i glesbygd. Kanske något för planeringsdagen?\n\nMvh Lena",
        sender=CHEF,
        to=["Ledningsgrupp <ledning.ao@solby.se>"],
        note="general discussion of health topics without a person",
    ),
    Spec(
        "ho-a13",
        "allow",
        "Backup kraschade",
        "Backupjobbet kraschade inatt, diagnostikloggen bifogas.",
        sender=IT,
        to=["Systemförvaltning <sysforv@solby.se>"],
        attachments=[
            text_file(
                "diag.log",
                "2024-05-13 02:14:07 ERROR job=nightly exit=137 diagnosis=OOM killed\n"
                "2024-05-13 02:14:08 WARN retry 1/3 in 300 s\n",
            )
        ],
        note="technical log, no personal data",
    ),
    Spec(
        "ho-a14",
        "allow",
        "Budget 2025",
        "Budgetfilen bifogas.",
        sender=EKONOMI,
        to=["Ledningsgrupp <ledning.ao@solby.se>"],
        attachments=[
            xlsx(
                "budget2025.xlsx",
                [
                    ["Konto", "Verksamhet", "Budget 2024", "Budget 2025"],
                    ["4010", "Hemtjänst", "84500000", "87200000"],
                    ["4020", "Särskilt boende", "121300000", "125900000"],
                    ["4310", "Försörjningsstöd", "38200000", "40100000"],
                ],
            )
        ],
        note="budget figures, no persons",
    ),
    Spec(
        "ho-a15",
        "allow",
        "Lönerevision 2024",
        "Hej,\n\nUtfallet av lönerevisionen: snittökning 3,2 % för Kommunal, 3,4 % för "
        "Vision och 3,6 % för Lärarförbundet. Nya löner betalas ut i juni.\n\nHR-service",
        sender=HR,
        to=["Chefer <chefer@solby.se>"],
        note="union names as bargaining parties, no person",
    ),
    Spec(
        "ho-a16",
        "allow",
        "Utvecklingssamtal v.12",
        "Hej föräldrar!\n\nNu kan ni boka tid för utvecklingssamtal vecka 12 i Unikum. Ring "
        "mig på 070-987 65 43 om något är oklart.\n\nKarin Holm, mentor 4A",
        sender=KARIN,
        to=["Vårdnadshavare 4A <vh.4a@solby.se>"],
        note="ordinary school information",
    ),
    Spec(
        "ho-a17",
        "allow",
        "Broschyr LSS",
        "Hej, här är den nya broschyren om LSS-insatser.",
        sender=IFO2,
        to=["Kontaktcenter <kontaktcenter@solby.se>"],
        attachments=[
            pdf(
                "LSS_broschyr.pdf",
                "Insatser enligt LSS\nLedsagarservice, kontaktperson, korttidsvistelse, "
                "daglig verksamhet och bostad med särskild service. Ansök hos "
                "LSS-handläggaren.",
            )
        ],
        note="general information about LSS",
    ),
    Spec(
        "ho-a18",
        "allow",
        "Ärendedragning avidentifierad",
        "Hej!\n\nTill konsultationen på torsdag tar jag upp ett avidentifierat fall: en pojke i "
        "tonåren med missbruksproblematik där skolan och BUP inte samverkar. Hur brukar ni "
        "lösa det?\n\nJonas",
        sender=IFO,
        to=["Socialtjänsten Norrvik <socialtjansten@norrvik.se>"],
        note="de-identified case discussion",
    ),
    Spec(
        "ho-a19",
        "allow",
        "Dagordning SN 23/5",
        "Dagordning socialnämnden 23 maj:\n1. Budgetuppföljning\n2. Motion om "
        "drogförebyggande arbete\n3. Anmälan av delegationsbeslut (försörjningsstöd, LVU, LSS)"
        "\n4. Individärenden – behandlas under sekretess\n",
        sender=KS,
        to=["Ledamöter SN <ledamoter.sn@solby.se>"],
        note="agenda naming case types without persons",
    ),
    Spec(
        "ho-a20",
        "allow",
        "kl 14?",
        "Hej Karin, kan vi ses kl 14 ang. budgeten? /Anna",
        note="a short ordinary message",
    ),
    Spec(
        "ho-a21",
        "allow",
        "Beställning",
        "Hej!\n\nVi beställer 20 st av artikelnummer {pnr44d} (whiteboardpennor) och 5 st av "
        "artikelnr 7312345678901.\n\nMvh Skolexpeditionen",
        sender="Skolexpeditionen <expedition@solby.se>",
        to=["Order <order@kontorsvaror-exempel.se>"],
        note="article numbers, one a 10-digit run that passes as a date+Luhn",
    ),
    Spec(
        "ho-a22",
        "allow",
        "Schema v.34",
        "Schema v.34:\n2024-08-19 08:15–16:30 Planering\n2024-08-20 08:15–12:00 APT\n"
        "2024-08-21 13:00–16:00 Kompetensdag\nRum 2041, 2043\n",
        sender="Rektor Solängens skola <rektor.solangen@solby.se>",
        to=["Personal Solängen <personal.solangen@solby.se>"],
        note="dates and times",
    ),
    Spec(
        "ho-a23",
        "allow",
        "Ny leverantör",
        "Hej,\n\nLägg upp ny leverantör: Städbolaget Glans AB, org.nr 556012-3450, bankgiro "
        "123-4567, plusgiro 12 34 56-7. Fakturaadress Box 123, 123 45 Solby.\n\nInköp",
        sender=INKOP,
        to=[EKONOMI],
        note="supplier details, no persons",
    ),
    Spec(
        "ho-a24",
        "allow",
        "Grillkväll fredag",
        "Hej alla!\n\nPå fredag grillar vi efter jobbet. Kan någon köpa kol och tändvätska? "
        "Kolla också om det finns glutenfritt bröd.\n\n/Personalklubben",
        sender="Personalklubben <personalklubb@solby.se>",
        to=["Personal Solängen <personal.solangen@solby.se>"],
        note="'kol' as charcoal",
    ),
    Spec(
        "ho-a25",
        "allow",
        "Nya riktlinjer vårdhygien",
        "Hej!\n\nVårdhygien har uppdaterat riktlinjerna om MRSA, ESBL och vinterkräksjuka i "
        "äldreomsorgen. Gå igenom dem på nästa APT.\n\nMAS",
        sender="MAS <mas@solby.se>",
        to=["Enhetschefer ÄO <enhetschefer.ao@solby.se>"],
        note="infection guidelines without a person",
    ),
    Spec(
        "ho-a26",
        "allow",
        "Föreläsning ergonomi",
        "Hej!\n\nFöretagshälsovården håller en föreläsning om ergonomi: hur undviker man "
        "diskbråck, ryggont och utbrändhet i vårdyrken? Torsdag kl 13 i aulan.\n\nHR",
        sender=HR,
        to=["Alla anställda <alla@solby.se>"],
        note="health topics in a lecture invitation",
    ),
    Spec(
        "ho-a27",
        "allow",
        "Info graviditetspenning",
        "Hej,\n\nInformation om graviditetspenning, föräldraledighet och anpassning av "
        "arbetet vid graviditet finns nu på intranätet.\n\nHR-service",
        sender=HR,
        to=["Chefer <chefer@solby.se>"],
        note="general HR information",
    ),
    Spec(
        "ho-a28",
        "allow",
        "Varning för bedrägerier",
        "Hej!\n\nPolisen varnar för bedragare som ringer äldre och utger sig för att vara "
        "bankpersonal. Informera brukarna om att aldrig lämna ut koder. Vid misstanke om "
        "brott ska polisanmälan göras.\n\nEnhetschef",
        sender="Enhetschef Solgården <ec.solgarden@solby.se>",
        to=["Personal hemtjänst norra <personal.hemtjanst.norra@solby.se>"],
        note="general crime-prevention information",
    ),
    Spec(
        "ho-a29",
        "allow",
        "Journalanteckning",
        "Hej, här kommer anteckningen krypterad.",
        sender=IFO,
        to=["Vårdcentralen Solby <vc.solby@regionsolby.se>"],
        encrypted=True,
        note="S/MIME-encrypted message",
    ),
    Spec(
        "ho-a30",
        "allow",
        "Kontaktuppgifter",
        "Hej!\n\nVälkommen som ny handläggare. Din kontaktperson på IFO är Jonas Berg, "
        "socialsekreterare, 0123-45 67 89, jonas.berg@solby.se.\n\nSofia",
        sender=IFO2,
        to=["Ny medarbetare <ny.medarbetare@solby.se>"],
        note="staff contact details",
    ),
    Spec(
        "ho-a31",
        "allow",
        "Diarienummer",
        "Hej,\n\nÄrendena har diarienummer SN 2024/0456, KS 2023/0123 och BN 2024/0789. "
        "Ärende-id i systemet: 20240512-0013.\n\nRegistrator",
        sender="Registrator <registrator@solby.se>",
        to=[KS],
        note="case numbers, one dated but failing the personnummer check digit",
    ),
    Spec(
        "ho-a32",
        "allow",
        "Meny v.20",
        "Meny vecka 20:\nMån: Fiskgratäng\nTis: Kycklinggryta\nOns: Vegetarisk lasagne\n"
        "Glutenfri, laktosfri och nötfri kost finns för den som behöver.\n",
        sender="Köket Solängen <koket.solangen@solby.se>",
        to=["Personal Solängen <personal.solangen@solby.se>"],
        note="diet information without a person",
    ),
    Spec(
        "ho-a33",
        "allow",
        "Elias jacka",
        "Hej! Elias i 5B glömde sin jacka i matsalen, den hänger vid expeditionen. /Maria",
        sender=MARIA,
        to=["Mentor 5B <mentor.5b@solby.se>"],
        note="a named pupil without sensitive data",
    ),
    Spec(
        "ho-a34",
        "allow",
        "SV: Uppdatering handlingsplan",
        "Tack, ser bra ut!\n\n/Lena\n\n"
        "-----Ursprungligt meddelande-----\n"
        "Från: Anna Lindqvist\nSkickat: den 10 maj 2024 11:20\nTill: Lena Ek\n"
        "Ämne: Uppdatering handlingsplan\n\n"
        "Hej Lena! Jag har uppdaterat handlingsplanen mot kränkande behandling med avsnittet "
        "om hedersrelaterat våld och förtryck. Den går till nämnden i juni.\n/Anna",
        sender=CHEF,
        to=[ANNA],
        note="a plan about a sensitive topic, in a reply thread",
    ),
    Spec(
        "ho-a35",
        "allow",
        "Pressmeddelande",
        "Pressmeddelande: Solby kommun inför nytt stöd för personer med demens och deras "
        "anhöriga. – Vi vill att fler ska kunna bo kvar hemma, säger äldreomsorgsnämndens "
        "ordförande Bengt Ros (C).\n\nKommunikationsavdelningen",
        sender="Kommunikation <kommunikation@solby.se>",
        to=["Redaktionen <nyheter@lokaltidningen-exempel.se>"],
        note="press release quoting a politician in role",
    ),
    Spec(
        "ho-a36",
        "allow",
        "Nyckelkvittens",
        "Hej,\n\nNyckelnummer 4471-2231 och 4471-2232 är utlämnade. Larmkod byts 2024-06-01."
        "\nPassagekort 0048 1123 7756 spärrat.\n\nFastighet",
        sender="Fastighet <fastighet@solby.se>",
        to=["Receptionen <reception@solby.se>"],
        note="key, alarm and card numbers, not personnummer",
    ),
    Spec(
        "ho-a37",
        "allow",
        "Svar på din fråga",
        "Hej Ali!\n\nTack för din fråga. Bygglov krävs för ett uterum över 15 kvm. Du kan "
        "ansöka via e-tjänsten på solby.se.\n\nMvh Bygglovsenheten",
        sender=BYGG,
        to=["Ali Hassan <ali.hassan@hotmail.com>"],
        note="reply to a citizen at a webmail address, no third-party data",
    ),
    Spec(
        "ho-a38",
        "allow",
        "Bilder från skoldagen",
        "Här är bilderna till hemsidan (samtycke finns för alla).",
        sender="Kommunikation <kommunikation@solby.se>",
        to=["Webb <webb@solby.se>"],
        attachments=[image("skoldag1.png"), image("skoldag2.png")],
        note="images, no text with personal data",
    ),
    Spec(
        "ho-a39",
        "allow",
        "Mall orosanmälan",
        "Hej,\n\nHär är den nya mallen för orosanmälan. Fyll i barnets namn, personnummer "
        "och vad oron gäller, och skicka den via Säkra meddelanden, aldrig med vanlig e-post."
        "\n\nSocialtjänsten",
        sender=IFO2,
        to=["Rektorer <rektorer@solby.se>"],
        attachments=[
            docx("mall_orosanmalan.docx", "Orosanmälan", "Barnets namn: ____", "Personnummer: ____")
        ],
        note="an empty form template",
    ),
    Spec(
        "ho-a40",
        "allow",
        "Läkemedelsgenomgång rutin",
        "Hej!\n\nEnligt rutinen ska alla boende som har fler än fem läkemedel, till exempel "
        "Waran eller Alvedon, få en läkemedelsgenomgång en gång per år.\n\nMAS",
        sender="MAS <mas@solby.se>",
        to=["Sjuksköterskor ÄO <ssk.ao@solby.se>"],
        note="a routine mentioning medicines, no person",
    ),
    Spec(
        "ho-a41",
        "allow",
        "Kvartalsrapport",
        "Kvartalsrapporten bifogas.",
        sender="Analys <analys@solby.se>",
        to=[KS],
        attachments=[
            docx(
                "kvartal1.docx",
                "Kvartalsrapport Q1",
                "Sjukfrånvaron i förvaltningen var 7,4 %. Andelen korttidssjukskrivningar "
                "minskade. 23 medarbetare har anmält arbetsskada, flest i hemtjänsten.",
            )
        ],
        note="aggregated sick-leave statistics",
    ),
    Spec(
        "ho-a42",
        "allow",
        "Fakturalista maj",
        "Fakturor att attestera:\n"
        "Fakturanr 5512090123  Lev: Kontorsvaror AB  4 560 kr\n"
        "Fakturanr 8807151237  Lev: Städbolaget Glans  12 900 kr\n"
        "OCR 9911220459  Bankgiro 5050-1055  1 250 kr\n",
        sender=EKONOMI,
        to=[CHEF],
        note="invoice and OCR numbers (dates, failing the check digit)",
    ),
    Spec(
        "ho-a43",
        "allow",
        "Kommunal och Vision",
        "Hej!\n\nMBL-förhandling med Kommunal och Vision om omorganisationen i hemtjänsten "
        "den 5 juni. Fackliga företrädare Eva Sund (Kommunal) och Leif Berg (Vision) "
        "kallas.\n\nHR",
        sender=HR,
        to=[CHEF],
        note="union representatives in their union role",
    ),
    Spec(
        "ho-a44",
        "allow",
        "Välkommen till öppet hus",
        "Hej!\n\nVälkommen till öppet hus på Linden, vår gruppbostad enligt LSS, den 8 juni. "
        "Kaffe och bullar bjuds det på.\n\nEnhetschef LSS",
        sender="Linden <linden@solby.se>",
        to=["Kommunikation <kommunikation@solby.se>"],
        note="an LSS unit described, no individual",
    ),
]
