"""Schools and preschools (barn- och utbildning)."""

from __future__ import annotations

from bench.mail_corpus.spec import (
    Spec,
    broken,
    csv_file,
    docx,
    image,
    odt,
    pdf,
    text_file,
    xlsx,
    zip_file,
)

ANNA = "Anna Lindqvist <anna.lindqvist@solby.se>"
MARIA = "Maria Ek <maria.ek@solby.se>"
PETER = "Peter Sandberg <peter.sandberg@solby.se>"
SIG = (
    "\n\nMed vänliga hälsningar\nAnna Lindqvist\nLärare åk 4–6, Solby skola\n"
    "0301-123 45\nanna.lindqvist@solby.se"
)
SIG_PETER = "\n\nHälsningar\nPeter Sandberg\nRektor, Solby skola\nTel 0301-123 00"
DISCLAIMER = (
    "\n\nDetta e-postmeddelande kan innehålla information som omfattas av sekretess. "
    "Om du har fått det av misstag, meddela avsändaren och radera meddelandet."
)

PARENTS = [
    "Sven Ek <sven.ek@gmail.com>",
    "linda.nord78@hotmail.com",
    "Ahmed Yusuf <ahmed.y@gmail.com>",
    "jonas.bergqvist@telia.com",
    "Petra Sjö <petra.sjo@outlook.com>",
    "mikaela.h@icloud.com",
    "Tomas Lind <tomaslind@live.se>",
    "sara.o.andersson@gmail.com",
    "familjen.wik@bredband.net",
    "Elin Rask <elin.rask@yahoo.se>",
    "hassan.m@hotmail.se",
    "kristina.falk@gmail.com",
]

MESSAGES = [
    Spec(
        "school-b01",
        "block",
        "Elsa i 4B",
        "Hej Maria!\n\nJag vill bara informera dig om att Elsa Nyström i 4B har fått diagnosen "
        "ADHD efter utredningen på BUP. Föräldrarna hörde av sig i går och vill gärna ha ett "
        "möte med elevhälsan.\n\nKan vi ta det på EHT på torsdag?" + SIG,
        to=[MARIA],
    ),
    Spec(
        "school-b02",
        "block",
        "Ny elev i 2A från måndag",
        "Hej alla!\n\nPå måndag börjar Oskar Berg, {pnr1s}, i klass 2A. Han flyttar hit från "
        "Göteborg. Skolskjuts är ordnad.\n\nMvh Peter",
        sender=PETER,
        to=["Lärare 2A <larare2a@solby.se>", ANNA],
    ),
    Spec(
        "school-b03",
        "block",
        "Klasslista 5C inför skolfotograferingen",
        "Hej!\n\nHär kommer klasslistan med personnummer som fotografen behöver. Listan "
        "ska in i deras system senast fredag." + SIG,
        to=["Foto i Solby AB <order@solbyfoto.se>"],
        attachments=[
            xlsx(
                "klasslista_5C.xlsx",
                [
                    ["Namn", "Personnummer", "Klass"],
                    ["Ella Johansson", "{pnr2}", "5C"],
                    ["Liam Svensson", "{pnr3}", "5C"],
                    ["Nora Ali", "{pnr4}", "5C"],
                ],
                sheet="5C",
            )
        ],
    ),
    Spec(
        "school-b04",
        "block",
        "Åtgärdsprogram",
        "Hej!\n\nBifogar åtgärdsprogrammet vi skrev i veckan så att du kan läsa igenom det "
        "innan mötet.\n\n/Anna",
        to=["Lena Ström <lena.strom@solby.se>"],
        attachments=[
            docx(
                "atgardsprogram_hugo.docx",
                "Åtgärdsprogram",
                "Elev: Hugo Lindgren, klass 6B",
                "Hugo har dyslexi och behöver få texter upplästa och längre tid vid prov.",
                "Uppföljning: vecka 42",
            )
        ],
    ),
    Spec(
        "school-b05",
        "block",
        "SV: Wilmas medicinering",
        "Hej Sven,\n\nTack för informationen, jag vidarebefordrar den till skolsköterskan så "
        "att hon kan ta kontakt.\n\nVänliga hälsningar\nAnna\n\n"
        "Från: Sven Ek <sven.ek@gmail.com>\nSkickat: den 12 maj 2024 21:14\n"
        "Till: Anna Lindqvist <anna.lindqvist@solby.se>\nÄmne: Wilmas medicinering\n\n"
        "> Hej Anna!\n> Min dotter Wilma har epilepsi och tar medicin morgon och kväll. Om hon\n"
        "> får ett anfall i skolan ska ni ringa 112 och sedan mig.\n> /Sven",
        to=["Sven Ek <sven.ek@gmail.com>"],
        cc=[MARIA],
    ),
    Spec(
        "school-b06",
        "block",
        "Elev i 9C",
        "Hej!\n\nEleven i 9C som vi pratade om på mötet har nu en orosanmälan hos "
        "socialtjänsten. Jag vet inte mer just nu men håller er uppdaterade." + SIG_PETER,
        sender=PETER,
        to=[MARIA, "Kurator <kurator@solby.se>"],
    ),
    Spec(
        "school-b07",
        "block",
        "Betyg för {pnr5l} saknas i systemet",
        "Hej!\n\nBetyget i matematik saknas för eleven ovan. Kan du lägga in det i dag?\n\n"
        "Tack!\nAdministrationen",
        sender="Skoladministration <skoladmin@solby.se>",
        to=[ANNA],
    ),
    Spec(
        "school-b08",
        "block",
        "Allergilista till köket",
        "Se listan nedan.",
        html=(
            "<p>Se listan nedan.</p><table><tr><th>Namn</th><th>Allergi</th></tr>"
            "<tr><td>Alva Persson</td><td>Nötallergi, har adrenalinpenna</td></tr>"
            "<tr><td>Vincent Holm</td><td>Celiaki</td></tr></table>"
        ),
        to=["Köket Solby skola <kok.solbyskola@solby.se>"],
    ),
    Spec(
        "school-b09",
        "block",
        "Läkarintyg idrott",
        "Hej,\n\nBifogar läkarintyget så att ni vet varför han inte kan delta i idrotten "
        "resten av terminen." + SIG,
        to=["Idrottslärare <idrott@solby.se>"],
        attachments=[
            pdf(
                "lakarintyg.pdf",
                "Läkarintyg\nPatient: Theo Wallin\nPersonnummer: {pnr6l}\n"
                "Diagnos: Korsbandsskada höger knä. Ska avstå från idrott och "
                "fysisk aktivitet i 12 veckor.\nDr. Eva Ring, Solby vårdcentral",
            )
        ],
    ),
    Spec(
        "school-b10",
        "block",
        "Ny elev i 6A – viktigt",
        "Hej alla mentorer i 6A,\n\nDen nya eleven Sara, som börjar på måndag, har skyddad "
        "identitet. Hennes adress och var hon bor får inte lämnas ut till någon, inte heller "
        "till andra föräldrar.\n\nFotografering och namn på webben är inte tillåtet." + SIG_PETER,
        sender=PETER,
        to=["Mentorer 6A <mentorer6a@solby.se>"],
    ),
    Spec(
        "school-b11",
        "block",
        "Händelse på fritiden",
        "Hej,\n\nA.K. i åk 8 har varit utsatt för misshandel på fritiden i helgen. "
        "Polisanmälan är gjord av vårdnadshavarna. Vi behöver prata om hur vi stöttar "
        "i skolan.\n\n/Peter",
        sender=PETER,
        to=[MARIA, "Kurator <kurator@solby.se>"],
    ),
    Spec(
        "school-b12",
        "block",
        "Nyanlända elever vecka 20",
        "Hej!\n\nHär är listan över nyanlända elever som ska skrivas in. Samordningsnummer "
        "finns för alla.\n\nMvh Mottagningsenheten",
        sender="Mottagningsenheten <mottagning@solby.se>",
        to=[PETER],
        attachments=[
            csv_file(
                "nyanlanda_v20.csv",
                "Namn;Samordningsnummer;Språk\n"
                "Amina Farah;{snr1};Somaliska\n"
                "Yusuf Karimi;{snr2};Dari\n",
            )
        ],
    ),
    Spec(
        "school-b13",
        "block",
        "Inför lägerskolan",
        "Hej Johan!\n\nInför lägerskolan vill jag berätta att vi har en elev, Mohammed "
        "Rahimi, som har typ 1-diabetes. Han behöver kontrollera blodsockret före varje "
        "måltid och ha druvsocker med sig.\n\nRing mig om du har frågor." + SIG,
        to=["Johan Blom <johan.blom@lagerskolan.se>"],
    ),
    Spec(
        "school-b14",
        "block",
        "Skolskjuts",
        "Hej!\n\nAnsökan om skolskjuts gäller Liv Andersson {pnr8s}, adress Björkvägen 12, "
        "Solby.\n\nHälsningar\nAnna",
        to=["Skolskjuts <skolskjuts@solby.se>"],
        outlook=True,
    ),
    Spec(
        "school-b15",
        "block",
        "Underlag till EHT",
        "Hej Maria,\n\nHär kommer underlagen inför elevhälsomötet, packade i en zip-fil.\n\n/Anna",
        to=[MARIA],
        attachments=[
            zip_file(
                "eht_underlag.zip",
                docx(
                    "anteckningar.docx",
                    "Anteckningar EHT 14/5",
                    "Nils Ekström 7A: Mamman berättar att Nils har stark ångest "
                    "och inte vill gå till skolan. Remiss till BUP är skickad.",
                ),
                text_file("dagordning.txt", "Dagordning EHT\n1. Nils\n2. Övrigt"),
            )
        ],
    ),
    Spec(
        "school-b16",
        "block",
        "Kartläggning",
        "Hej!\n\nBifogar kartläggningen som specialpedagogen gjort.\n\n/Anna",
        to=[PETER],
        attachments=[
            odt(
                "kartlaggning.odt",
                "Kartläggning av skolsituationen",
                "Eleven Leo Bergström, klass 3B, har en autismdiagnos och blir lätt "
                "överstimulerad i klassrummet.",
                "Förslag: egen arbetsplats och bildstöd.",
            )
        ],
    ),
    Spec(
        "school-b17",
        "block",
        "Frånvaroanmälan",
        "Hej!\n\nIsak i 1A är hemma i dag. Han har fått magsjuka och kräks sedan i natt, "
        "så han är nog borta resten av veckan.\n\nHälsningar Anna",
        to=["Fritids <fritids@solby.se>"],
        legacy_charset="iso-8859-1",
    ),
    Spec(
        "school-w01",
        "warn",
        "Utflykt till Naturum på fredag",
        "Hej alla vårdnadshavare i 4B!\n\nPå fredag åker vi till Naturum. Vi samlas kl 8.15 "
        "vid skolan och är tillbaka ca 14.00. Barnen behöver matsäck, vattenflaska och "
        "kläder efter väder.\n\nHör av er om ni har frågor!" + SIG,
        to=PARENTS,
    ),
    Spec(
        "school-w02",
        "warn",
        "Inför EHT",
        "Hej Maria!\n\nKan vi ses en kvart före EHT på torsdag och gå igenom dagordningen?\n\n"
        "/Anna",
        to=["Maria Ek <maria.ek@so1by.se>"],
    ),
    Spec(
        "school-w03",
        "warn",
        "Elevlistor",
        "Hej!\n\nHär är elevlistorna i en lösenordsskyddad fil. Lösenordet skickar jag i ett "
        "sms.\n\n/Anna",
        to=[PETER],
        attachments=[
            zip_file("elevlistor.zip", text_file("lista.txt", "Namnlista"), encrypted=True)
        ],
    ),
    Spec(
        "school-w04",
        "warn",
        "Klasslista att jobba med hemma",
        "Skickar klasslistan till min privata mejl så jag kan ringa föräldrar i helgen.\n\n"
        "Ella Johansson – mamma Karin, 070-234 56 78\n"
        "Liam Svensson – pappa Henrik, 073-345 67 89\n"
        "Nora Ali – mamma Fatima, 076-456 78 90\n"
        "Vera Lund – pappa Mattias, 070-567 89 01",
        to=["Anna L <anna.lindqvist.privat@gmail.com>"],
    ),
    Spec(
        "school-w05",
        "warn",
        "Gemensam fortbildning i höst",
        "Hej!\n\nHär kommer förslaget på datum för den gemensamma fortbildningen med Norrvik. "
        "Passar 23 oktober?\n\nMvh Peter",
        sender=PETER,
        to=["Eva Strand <eva.strand@norrviik.se>"],
    ),
    Spec(
        "school-w06",
        "warn",
        "Terminsplanering",
        "Hej!\n\nBifogar terminsplaneringen för åk 5.\n\n/Anna",
        to=["Lärare åk 5 <larare5@solby.se>"],
        attachments=[broken("terminsplanering.pdf")],
    ),
    Spec(
        "school-a01",
        "allow",
        "Välkommen till föräldramöte",
        "Hej alla vårdnadshavare!\n\nVälkomna till föräldramöte tisdag 21 maj kl 18.00 i "
        "matsalen. Vi går igenom läsårets planering, utflykter och skolans arbete med "
        "trygghet och studiero.\n\nOm ditt barn är sjukt ska du sjukanmäla barnet i "
        "appen före kl 8.00. Har ditt barn en allergi eller behöver specialkost, fyll i "
        "blanketten på skolans webbplats.\n\nVarmt välkomna!" + SIG_PETER,
        sender=PETER,
        to=["Solby skola <solbyskola@solby.se>"],
        bcc=PARENTS,
    ),
    Spec(
        "school-a02",
        "allow",
        "Fortbildning om NPF",
        "Hej alla!\n\nPå studiedagen den 3 juni har vi en föreläsning om NPF – ADHD, autism "
        "och språkstörning – och hur vi kan anpassa undervisningen. Föreläsare är "
        "specialpedagog Lena Ström. Vi håller till i aulan kl 9–12.\n\nVälkomna!" + SIG_PETER,
        sender=PETER,
        to=["Personal Solby skola <personal.solbyskola@solby.se>"],
    ),
    Spec(
        "school-a03",
        "allow",
        "Ändrat schema vecka 21",
        "Hej!\n\nVecka 21 byter vi sal: matematik för 6A är i sal 204 och NO i sal 112. "
        "Lektionen tisdag 10.15–11.00 flyttas till onsdag 13.00.\n\n/Anna",
        to=["Lärare åk 6 <larare6@solby.se>"],
    ),
    Spec(
        "school-a04",
        "allow",
        "Resultat nationella prov",
        "Hej!\n\nAndelen elever i åk 9 med godkänt resultat i matematik ökade från 78 % till "
        "84 %. I svenska var andelen 91 %. Elever med diagnoser som dyslexi fick "
        "anpassningar enligt Skolverkets riktlinjer. Rapporten presenteras på nämnden.\n\n"
        "Peter Sandberg\nRektor",
        sender=PETER,
        to=["Barn- och utbildningsnämnden <bun@solby.se>"],
    ),
    Spec(
        "school-a05",
        "allow",
        "Inför EHT vecka 21",
        "Hej!\n\nInför EHT: en elev i årskurs 8 har behov av extra anpassningar på grund av "
        "en diagnos. Vi tar det på mötet, där namnet tas upp muntligt.\n\n/Anna",
        to=[MARIA],
    ),
    Spec(
        "school-a06",
        "allow",
        "SV: Utvecklingssamtal",
        "Hej Sven!\n\nTack för ditt mejl. Utvecklingssamtalet blir tisdag den 28 maj kl "
        "14.00 i klassrummet (sal 12). Välkommen!" + SIG,
        to=["Sven Ek <sven.ek@gmail.com>"],
    ),
    Spec(
        "school-a07",
        "allow",
        "Matsedel vecka 22",
        "Hej!\n\nMåndag: fiskgratäng\nTisdag: kycklinggryta\nOnsdag: vegetarisk lasagne\n"
        "Torsdag: ärtsoppa och pannkakor\nFredag: tacos\n\nGlutenfri och laktosfri kost "
        "finns som vanligt för de som har anmält det.\n\nKöket",
        sender="Köket Solby skola <kok.solbyskola@solby.se>",
        to=["Personal Solby skola <personal.solbyskola@solby.se>"],
    ),
    Spec(
        "school-a08",
        "allow",
        "Chromebooks till åk 4",
        "Hej!\n\nHär är serienumren för de nya datorerna till åk 4:\n"
        "5CD2138KLQ, 5CD2138KLR, 5CD2138KLS\nInventarienummer: 2024-0411 till 2024-0433.\n"
        "Ordernummer 4500123987.\n\nIT-support",
        sender="IT-support <it-support@solby.se>",
        to=[ANNA],
    ),
    Spec(
        "school-a09",
        "allow",
        "Inbjudan: Psykisk hälsa bland unga",
        "Hej!\n\nVälkommen till en konferens om psykisk ohälsa bland unga den 12 september. "
        "Forskning visar att allt fler unga lider av ångest och depression. Programmet "
        "finns i bifogad pdf.\n\nHälsningar\nRegion Solby",
        sender="Folkhälsa <folkhalsa@regionsolby.se>",
        to=[PETER],
        attachments=[
            pdf(
                "program.pdf",
                "Program 12 september\n09.00 Välkommen\n09.30 Ångest och "
                "depression hos unga – vad säger forskningen?\n13.00 Skolans roll i "
                "det främjande arbetet",
            )
        ],
    ),
    Spec("school-a10", "allow", "Utredning om elev", "(krypterat)", to=[MARIA], encrypted=True),
    Spec(
        "school-a11",
        "allow",
        "Bilder från vårutställningen",
        "Hej!\n\nHär är några bilder från vårutställningen. Tack alla som kom!\n\n/Anna",
        to=["Lärare åk 4 <larare4@solby.se>"],
        attachments=[image("utstallning1.png"), image("utstallning2.png")],
    ),
    Spec(
        "school-a12",
        "allow",
        "Rutin vid sjukdom",
        "Hej alla!\n\nEn påminnelse om vår rutin: om en elev blir sjuk under skoldagen ska "
        "mentorn ringa vårdnadshavaren, och eleven får vänta i vilrummet. Om eleven har "
        "feber ska hen inte komma tillbaka förrän hen varit feberfri ett dygn.\n\n"
        "Hälsningar\nMaria Ek\nSkolsköterska" + DISCLAIMER,
        sender=MARIA,
        to=["Personal Solby skola <personal.solbyskola@solby.se>"],
    ),
]
