"""HR, finance, IT and building permits."""

from __future__ import annotations

from bench.mail_corpus.spec import (
    Attachment,
    Spec,
    broken,
    csv_file,
    docx,
    locked_pdf,
    pdf,
    text_file,
    xlsx,
)

HR = "Helena Åkesson <helena.akesson@solby.se>"
SIG_HR = "\n\nVänliga hälsningar\nHelena Åkesson\nHR-konsult, Solby kommun\n0301-126 30"
CHEF = "Mats Lindberg <mats.lindberg@solby.se>"
ECON = "Ekonomiservice <ekonomiservice@solby.se>"
IT = "IT-servicedesk <servicedesk@solby.se>"
SIG_IT = "\n\nIT-servicedesk Solby kommun\nTel 0301-127 00, vardagar 7.30–16.30"
BYGG = "Lena Ek <lena.ek@solby.se>"
SIG_BYGG = (
    "\n\nMed vänliga hälsningar\nLena Ek\nBygglovshandläggare\nSamhällsbyggnad, "
    "Solby kommun\n0301-128 40"
)

CANDIDATES = [
    "Erik Sund <erik.sund@gmail.com>",
    "maria.l.persson@hotmail.com",
    "Johan Åberg <jaberg@live.se>",
    "fredrika.n@outlook.com",
    "Ali Demir <ali.demir@gmail.com>",
    "lisa.warn@icloud.com",
]
VENDORS = [
    "sales@cloudtjanst.se",
    "Offert <offert@itpartner.se>",
    "kontakt@dataskydd-konsult.se",
    "Per Ahl <per.ahl@systemhuset.se>",
    "info@nordicsoftware.se",
    "anbud@tietoevry-exempel.se",
    "Karin Vik <karin.vik@molnbolaget.se>",
    "sales@sakerhetsgruppen.se",
]
NEIGHBOURS = [
    "Bengt Ros <bengt.ros@telia.com>",
    "annika.sjoberg@gmail.com",
    "Olle Berg <olle.berg@hotmail.se>",
    "familjen.nyman@gmail.com",
    "gun.strom@bredband.net",
    "Tina Ek <tina.ek@yahoo.se>",
]

MESSAGES = [
    Spec(
        "hr-b01",
        "block",
        "Sjukskrivning Sofia Karlsson",
        "Hej Helena,\n\nMedarbetaren Sofia Karlsson är sjukskriven på heltid från och med "
        "måndag på grund av utmattningssyndrom. Läkarintyget finns i pärmen. Kan vi boka en "
        "rehabträff?\n\nMats",
        sender=CHEF,
        to=[HR],
    ),
    Spec(
        "hr-b02",
        "block",
        "Lönefiler maj",
        "Hej!\n\nHär är underlaget för lönekörningen.\n\nMvh Helena",
        sender=HR,
        to=["Lönecenter <lonecenter@solby.se>"],
        attachments=[
            xlsx(
                "lon_maj.xlsx",
                [
                    ["Anställd", "Personnummer", "Timmar", "OB"],
                    ["Kerstin Berg", "{pnr12}", "142", "18"],
                    ["Johan Lind", "{pnr13}", "160", "0"],
                ],
            )
        ],
    ),
    Spec(
        "hr-b03",
        "block",
        "Rehabmöte med Erik",
        "Hej Helena!\n\nInför rehabmötet med Erik på torsdag: hans alkoholproblem har blivit "
        "värre och han har varit borta fyra måndagar i rad. Jag vill att vi tar upp "
        "alkoholpolicyn och erbjuder behandling via företagshälsan.\n\nMats",
        sender=CHEF,
        to=[HR],
    ),
    Spec(
        "hr-b04",
        "block",
        "Kandidat till tjänsten som ekonom",
        "Hej!\n\nBifogar CV för den kandidat vi vill gå vidare med.\n\n/Helena",
        sender=HR,
        to=[CHEF],
        attachments=[
            pdf(
                "cv_kandidat.pdf",
                "Curriculum vitae\nJohanna Berglund\nFödd: {pnr14l}\n"
                "Erfarenhet: Ekonom, Norrviks kommun 2018–2024",
            )
        ],
    ),
    Spec(
        "hr-b05",
        "block",
        "Arbetsskada",
        "Hej!\n\nJag anmäler en arbetsskada. Undersköterskan Malin Ek skadade ryggen vid ett "
        "lyft i dag och har fått diagnosen diskbråck på akuten.\n\nEva Sjöberg\nEnhetschef",
        sender="Eva Sjöberg <eva.sjoberg@solby.se>",
        to=[HR],
        outlook=True,
    ),
    Spec(
        "hr-b06",
        "block",
        "Medlemmar i facket",
        "Hej!\n\nNär vi skickar ut inbjudan till samverkansmötet: följande medarbetare på "
        "enheten är fackligt anslutna i Kommunal och ska få ledigt för mötet:\n"
        "Per Olsson\nSusanne Lind\nAhmed Noor",
        sender=CHEF,
        to=["Schemaläggare <schema@solby.se>"],
    ),
    Spec(
        "hr-b07",
        "block",
        "Lönespecifikation april",
        "Hej!\n\nDu bad om en kopia av lönespecifikationen. Den finns bifogad.\n\nLönecenter",
        sender="Lönecenter <lonecenter@solby.se>",
        to=["Sara Nilsson <sara.nilsson@solby.se>"],
        attachments=[
            pdf(
                "lonespec_april.pdf",
                "Lönespecifikation april 2024\nSara Nilsson, {pnr15s}\n"
                "Bruttolön 32 400 kr\nSkatt 9 120 kr",
            )
        ],
    ),
    Spec(
        "fin-b01",
        "block",
        "Faktura hemtjänstavgift",
        "Hej!\n\nFakturan avser Gunnel Åberg, {pnr11s}, avgift för hemtjänst i april. "
        "Kan ni kontrollera beloppet?\n\nEkonomiservice",
        sender=ECON,
        to=["Avgiftshandläggare <avgift@solby.se>"],
    ),
    Spec(
        "fin-b02",
        "block",
        "Överlämning till inkasso",
        "Hej!\n\nHär är listan över obetalda fakturor som lämnas till inkasso.\n\nEkonomiservice",
        sender=ECON,
        to=["Inkassobolaget <uppdrag@inkassobolaget.se>"],
        attachments=[
            csv_file(
                "inkasso_maj.csv",
                "Kund;Personnummer;Belopp\nRobert Lind;{pnr16s};2 450\nAnita Falk;{pnr17s};890\n",
            )
        ],
    ),
    Spec(
        "it-b01",
        "block",
        "Behörighet i verksamhetssystemet",
        "Hej!\n\nNy handläggare på IFO behöver behörighet i verksamhetssystemet:\n"
        "Namn: Fatima Said\nPersonnummer: {pnr18l}\nRoll: Handläggare vuxen\n\nTack!\nJonas",
        sender="Jonas Berg <jonas.berg@solby.se>",
        to=[IT],
    ),
    Spec(
        "it-b02",
        "block",
        "VB: Fel i journalsystemet",
        "Vidarebefordrar ärendet till leverantören.\n\n" + "IT-servicedesk\n\n"
        "-----Ursprungligt meddelande-----\nFrån: Eva Sjöberg\nÄmne: Fel i journalsystemet\n\n"
        "Felet uppstod när jag öppnade journalen för Karl Persson. Hans diagnos om depression "
        "visades två gånger och sparades inte.",
        sender=IT,
        to=["Support <support@journalsystem-exempel.se>"],
    ),
    Spec(
        "bygg-b01",
        "block",
        "Yttrande om bygglov Solby 3:14",
        "Hej!\n\nInför beslutet om bygglov: sökanden Jan Nilsson är dömd för miljöbrott efter "
        "utfyllnaden 2021, vilket kan påverka bedömningen av lämplighet." + SIG_BYGG,
        sender=BYGG,
        to=["Miljöenheten <miljo@solby.se>"],
    ),
    Spec(
        "bygg-b02",
        "block",
        "Klagomål från granne",
        "Hej!\n\nVidarebefordrar klagomålet. Fastighetsägaren är Bo Strand, {pnr19s}.\n\nLena",
        sender=BYGG,
        to=["Tillsyn <tillsyn@solby.se>"],
    ),
    Spec(
        "it-b03",
        "block",
        "Export från elevregistret",
        "Hej!\n\nHär är exporten som leverantören bad om för felsökningen.\n\nIT",
        sender=IT,
        to=["Support <support@skolsystem-exempel.se>"],
        attachments=[
            text_file(
                "export.txt",
                "elev_id;namn;personnummer;klass\n1021;Vera Lund;{pnr21};4B\n"
                "1022;Adam Rask;{pnr22};4B\n",
            )
        ],
    ),
    Spec(
        "hr-w01",
        "warn",
        "Tack för din ansökan",
        "Hej!\n\nTack för din ansökan till tjänsten som administratör. Vi har fått många "
        "ansökningar och återkommer efter den 10 juni.\n\nMed vänlig hälsning\nHelena Åkesson\n"
        "HR-konsult",
        sender=HR,
        to=CANDIDATES,
    ),
    Spec(
        "hr-w02",
        "warn",
        "Telefonlista personal",
        "Skickar telefonlistan hem så jag har den i helgen.\n\nSara Ek 070-111 22 33\n"
        "Johan Lind 073-222 33 44\nKerstin Berg 076-333 44 55",
        sender="Eva Sjöberg <eva.sjoberg@solby.se>",
        to=["eva.sjoberg62@gmail.com"],
    ),
    Spec(
        "fin-w01",
        "warn",
        "Faktura 2024-1187",
        "Hej!\n\nBifogar fakturan. Pdf-filen är skyddad med lösenord enligt er begäran.\n\n"
        "Ekonomiservice",
        sender=ECON,
        to=["Leverantörsreskontra <reskontra@norrvik.se>"],
        attachments=[locked_pdf("faktura_2024-1187.pdf", "Faktura 2024-1187\nBelopp 12 500 kr")],
    ),
    Spec(
        "fin-w02",
        "warn",
        "Avstämning samverkansavtal",
        "Hej!\n\nKan du skicka underlaget för avstämningen av samverkansavtalet innan "
        "fredag?\n\nEkonomiservice",
        sender=ECON,
        to=["Ekonomi Norrvik <ekonomi@norvik.se>"],
    ),
    Spec(
        "it-w01",
        "warn",
        "Loggar för felsökning",
        "Hej!\n\nHär kommer loggarna från i natt, packade med 7-zip.\n\nIT",
        sender=IT,
        to=["Support <support@systemhuset.se>"],
        attachments=[
            Attachment(
                "loggar.7z",
                lambda: b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(56),
                "application/x-7z-compressed",
            )
        ],
    ),
    Spec(
        "it-w02",
        "warn",
        "Förfrågan: molntjänst för e-post",
        "Hej!\n\nSolby kommun gör en marknadsundersökning inför upphandling av e-posttjänst. "
        "Vi vore tacksamma för svar på bifogade frågor senast 14 juni.\n\n"
        "Hälsningar\nIT-avdelningen",
        sender=IT,
        to=VENDORS[:4],
        cc=VENDORS[4:],
    ),
    Spec(
        "bygg-w01",
        "warn",
        "Grannehörande Solby 3:14",
        "Hej!\n\nEn ansökan om bygglov för tillbyggnad på fastigheten Solby 3:14 har kommit "
        "in. Som granne får du möjlighet att yttra dig senast den 5 juni. Ritningarna finns "
        "att se på kommunens webbplats." + SIG_BYGG,
        sender=BYGG,
        to=NEIGHBOURS,
    ),
    Spec(
        "bygg-w02",
        "warn",
        "Komplettering av ansökan",
        "Hej!\n\nVi behöver en situationsplan i skala 1:500 för att kunna pröva ansökan."
        + SIG_BYGG,
        sender=BYGG,
        to=["Peter Lax <peter.lax@hotmial.com>"],
    ),
    Spec(
        "hr-w03",
        "warn",
        "Underlag till rekrytering",
        "Hej!\n\nHär är underlaget från rekryteringsföretaget.\n\n/Helena",
        sender=HR,
        to=[CHEF],
        attachments=[
            broken(
                "underlag.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
        ],
    ),
    Spec(
        "hr-a01",
        "allow",
        "Välkommen till introduktionsdagen",
        "Hej!\n\nVälkomna till introduktionsdagen den 3 juni! Nya medarbetare denna gång är "
        "Sara Nilsson (ekonom), David Holm (IT-tekniker) och Amira Hadi (handläggare). "
        "Vi börjar kl 9.00 i kommunhuset, rum Solsidan." + SIG_HR,
        sender=HR,
        to=["Nya medarbetare <intro@solby.se>", CHEF],
    ),
    Spec(
        "hr-a02",
        "allow",
        "Påminnelse: medarbetarsamtal",
        "Hej alla chefer!\n\nPåminnelse om att medarbetarsamtalen ska vara genomförda senast "
        "den 15 juni. Använd den nya mallen i intranätet." + SIG_HR,
        sender=HR,
        to=["Chefer <chefer@solby.se>"],
    ),
    Spec(
        "hr-a03",
        "allow",
        "Friskvårdsbidrag 2024",
        "Hej alla!\n\nFriskvårdsbidraget är 2 000 kronor per år. Det kan användas till "
        "träningskort, massage och andra aktiviteter som främjar hälsa. Kvittot laddas upp i "
        "självservice." + SIG_HR,
        sender=HR,
        to=["Alla medarbetare <alla@solby.se>"],
    ),
    Spec(
        "hr-a04",
        "allow",
        "Rutin vid sjukfrånvaro",
        "Hej!\n\nOm du är sjuk ska du sjukanmäla dig till din chef före kl 8 första dagen. "
        "Från dag 8 behöver du läkarintyg. Vid upprepad korttidsfrånvaro kallar chefen till "
        "ett samtal enligt rehabiliteringsrutinen." + SIG_HR,
        sender=HR,
        to=["Alla medarbetare <alla@solby.se>"],
        legacy_charset="iso-8859-1",
    ),
    Spec(
        "fin-a01",
        "allow",
        "Faktura 2024-1045",
        "Hej!\n\nFaktura 2024-1045 från Kontorsmaterial AB (org.nr 556677-8899) på 4 312,50 kr "
        "förfaller 2024-06-12. Betala till bankgiro 5050-1055 med OCR 20241045003.\n\n"
        "Ekonomiservice",
        sender=ECON,
        to=["Attestanter <attest@solby.se>"],
    ),
    Spec(
        "fin-a02",
        "allow",
        "Budgetuppföljning april",
        "Hej!\n\nUtfallet efter april: intäkter 142,3 mnkr, kostnader 139,8 mnkr. Prognosen "
        "för helåret är ett överskott på 4,1 mnkr. Ansvar 4100 och 4210 avviker mest.\n\n"
        "Ekonomiservice",
        sender=ECON,
        to=["Ledningsgruppen <ledning@solby.se>"],
        attachments=[
            xlsx(
                "uppfoljning_april.xlsx",
                [
                    ["Ansvar", "Budget", "Utfall"],
                    ["4100", "12450000", "13120000"],
                    ["4210", "8300000", "7950000"],
                    ["5100", "21000000", "20870000"],
                ],
            )
        ],
    ),
    Spec(
        "fin-a03",
        "allow",
        "Utbetalningar leverantörer vecka 20",
        "Hej!\n\nUtbetalningsfilen för vecka 20 är klar:\n"
        "Kontorsmaterial AB, bankgiro 5050-1055, 4 312,50 kr\n"
        "Solby Bygg & Måleri AB, plusgiro 123456-7, 88 000 kr\n"
        "Norrviks kommun, bankgiro 5432-1098, 215 000 kr\n\nEkonomiservice",
        sender=ECON,
        to=["Ekonomichef <ekonomichef@solby.se>"],
    ),
    Spec(
        "it-a01",
        "allow",
        "Planerat underhåll i helgen",
        "Hej!\n\nLördag 18 maj kl 06–10 uppdaterar vi servrarna 10.12.4.21–10.12.4.29. "
        "E-post och verksamhetssystem kan vara otillgängliga. Ärende INC0045812." + SIG_IT,
        sender=IT,
        to=["Alla medarbetare <alla@solby.se>"],
    ),
    Spec(
        "it-a02",
        "allow",
        "Licenser Office",
        "Hej!\n\nLicensnycklarna är registrerade. Avtalsnummer 8812345601, kundnummer "
        "1987654321, fakturanummer 9134567812. Licensperiod 2024-06-01–2025-05-31." + SIG_IT,
        sender=IT,
        to=["Inköp <inkop@solby.se>"],
    ),
    Spec(
        "it-a03",
        "allow",
        "Varning för nätfiske",
        "Hej alla!\n\nJust nu skickas falska mejl som ser ut att komma från Skatteverket och "
        "ber dig logga in med BankID. Klicka inte på länken. Skatteverket skickar aldrig "
        "sådana mejl. Vidarebefordra misstänkta mejl till servicedesk." + SIG_IT,
        sender=IT,
        to=["Alla medarbetare <alla@solby.se>"],
    ),
    Spec(
        "bygg-a01",
        "allow",
        "Beslut om bygglov Solby 4:12",
        "Hej!\n\nBygglov för nybyggnad av lagerbyggnad på fastigheten Solby 4:12 beviljas "
        "Solby Logistik AB (org.nr 559012-3456). Beslutet vinner laga kraft fyra veckor "
        "efter kungörelse i Post- och Inrikes Tidningar. Dnr BN 2024/0312." + SIG_BYGG,
        sender=BYGG,
        to=["Solby Logistik AB <info@solbylogistik.se>"],
    ),
    Spec(
        "bygg-a02",
        "allow",
        "Din ansökan är komplett",
        "Hej!\n\nDin ansökan om bygglov för fastigheten Norrby 1:23 är nu komplett. Beslut "
        "fattas inom tio veckor. Ärendet handläggs av Lena Ek." + SIG_BYGG,
        sender=BYGG,
        to=["Tomas Lind <tomaslind@live.se>"],
    ),
    Spec(
        "bygg-a03",
        "allow",
        "Samråd detaljplan Norrby",
        "Hej Eva och Karin!\n\nVälkomna på samrådsmöte om detaljplanen för Norrby den 4 juni "
        "kl 13.00 i Solby kommunhus. Underlaget finns på webben.\n\nHälsningar\nLena",
        sender=BYGG,
        to=["Eva Strand <eva.strand@norrvik.se>", "Karin Ståhl <karin.stahl@regionsolby.se>"],
    ),
    Spec(
        "bygg-a04",
        "allow",
        "Startbesked",
        "Hej!\n\nStartbesked lämnas för åtgärden på fastigheten Solby 3:14 enligt bifogat "
        "beslut. Kontrollansvarig är Sture Holm.\n\nLena Ek",
        sender=BYGG,
        to=["Bygg & Fasad AB <projekt@byggfasad.se>"],
        attachments=[
            docx(
                "startbesked.docx",
                "Startbesked",
                "Fastighet: Solby 3:14",
                "Åtgärd: Tillbyggnad av enbostadshus",
                "Dnr BN 2024/0288",
            )
        ],
    ),
]
