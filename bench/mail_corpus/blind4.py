"""A fourth blind set: everyday mail from Lindö kommun (lindo.se) with partners
Region Lindö (regionlindo.se) and Lindö Bostäder AB (lindobostader.se).

Written by an independent evaluator from the issue's rules and the seeds alone,
without reading the policy or detection code, their tests or the other sets, and
committed before the guard was run on it. It stresses the highest-volume mail where
incidents happen: terse phone messages from home care, night patrol, group homes,
preschool, school, social services and HR, with the sensitive line in a subject, a
calendar invite, the oldest part of a forwarded thread, a sensitive column in a list
or a footer, next to look-alike harmless facility, IT and finance mail.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bench.mail_corpus.spec import (
    Attachment,
    Expected,
    Spec,
    broken,
    csv_file,
    docx,
    locked_pdf,
    text_file,
    xlsx,
    zip_file,
)

LENA = "Lena Björk <lena.bjork@lindo.se>"  # undersköterska, hemtjänst Norr
TOVE = "Tove Ahl <tove.ahl@lindo.se>"  # enhetschef hemtjänst Norr
SOFIA = "Sofia Nilsson <sofia.nilsson@lindo.se>"  # sjuksköterska
NATT = "Nattpatrullen <nattpatrull@lindo.se>"
MATS = "Mats Engström <mats.engstrom@lindo.se>"  # enhetschef LSS
JASMIN = "Jasmin Kaya <jasmin.kaya@lindo.se>"  # förskollärare
PETRA = "Petra Wahl <petra.wahl@lindo.se>"  # förskolechef
ANDERS = "Anders Lövgren <anders.lovgren@lindo.se>"  # mentor
CECILIA = "Cecilia Rask <cecilia.rask@lindo.se>"  # rektor
ELIN = "Elin Forsberg <elin.forsberg@lindo.se>"  # socialsekreterare
HUSSEIN = "Hussein Ali <hussein.ali@lindo.se>"  # handläggare ekonomiskt bistånd
MALIN = "Malin Sundqvist <malin.sundqvist@lindo.se>"  # HR-konsult
KARL = "Karl-Erik Mattsson <karl-erik.mattsson@lindo.se>"  # enhetschef Tallbacken
RONJA = "Ronja Hed <ronja.hed@lindo.se>"  # ekonomi
IT = "IT-support Lindö <it-support@lindo.se>"
JONNY = "Jonny Ek <jonny.ek@lindo.se>"  # fastighet

IPHONE = "\n\nSkickat från min iPhone"
FOOTER = (
    "\n\n--\nLindö kommun | Socialförvaltningen\nBox 100, 590 10 Lindö\n"
    "Växel 0480-45 00 00 | lindo.se | org.nr 212000-3411"
)


def _m(
    id: str,
    expected: Expected,
    subject: str,
    body: str,
    note: str,
    *,
    sender: str = TOVE,
    to: Sequence[str] = (LENA,),
    attachments: Sequence[Attachment] = (),
    **extra: Any,
) -> Spec:
    return Spec(
        id=f"b4-{id}",
        expected=expected,
        subject=subject,
        body=body,
        sender=sender,
        to=tuple(to),
        attachments=tuple(attachments),
        note=note,
        **extra,
    )


_EARLIER = Spec(
    id="b4-earlier-bengt",
    expected="block",
    subject="Bedömning arbetsterapeut",
    body=(
        "Hej!\n\nBengt Nord på Lindgården avd 1 har fått diagnosen Parkinson och har svårt "
        "med förflyttningar nu, föll två ggr förra veckan. Behöver bedömning av arbetsterapeut "
        "och ev. lyft.\n\nvh Sofia, ssk"
    ),
    sender=SOFIA,
    to=(TOVE,),
)

_MEETING = Spec(
    id="b4-earlier-meeting",
    expected="allow",
    subject="APT juni",
    body=(
        "Hej alla!\n\nAPT flyttas till 12/6 kl 13-15 i Ekbackens samlingssal. Fika finns.\n\n/Tove"
    ),
    sender=TOVE,
    to=(LENA, SOFIA),
)

_INVITE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240604T080000Z
DTEND:20240604T090000Z
SUMMARY:Vårdplanering Ekbacken rum 12
LOCATION:Ekbacken samtalsrum
DESCRIPTION:Vårdplanering för Harald Lund. Demensdiagnos sedan i höstas\\, oro för
  aggressivitet mot personal nattetid. Deltar: ssk\\, dotter\\, biståndshandläggare.
END:VEVENT
END:VCALENDAR
"""

_INVITE_PLAIN = """BEGIN:VCALENDAR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240611T120000Z
DTEND:20240611T130000Z
SUMMARY:Brandövning Ekbacken
LOCATION:Ekbacken entré
DESCRIPTION:Årlig brandövning med räddningstjänsten. All personal på dagpass deltar.
END:VEVENT
END:VCALENDAR
"""

_SUPPLIERS = (
    "Ola Berg <ola.berg@stadproffsen.se>",
    "Nina Sand <nina.sand@stadproffsen.se>",
    "Kent Ås <kent.as@rentbyggnord.se>",
    "Info <info@rentbyggnord.se>",
    "Sara Lööv <sara.loov@fonsterputs-syd.se>",
    "Anbud <anbud@fonsterputs-syd.se>",
    "Per Holm <per.holm@servicegruppen.se>",
    "Lisa Kron <lisa.kron@servicegruppen.se>",
    "Offert <offert@hemrent.se>",
)

_MUNICIPALITIES = (
    "Eva Dahl <eva.dahl@hamnby.se>",
    "Göran Ek <goran.ek@hamnby.se>",
    "Anna Vik <anna.vik@skogsta.se>",
    "Mona Frid <mona.frid@skogsta.se>",
    "Leif Ström <leif.strom@bergvik.se>",
    "Ida Palm <ida.palm@bergvik.se>",
    "Rolf Alm <rolf.alm@omsorgskonsult.se>",
    "Jens Rydh <jens.rydh@omsorgskonsult.se>",
)

_ASSOCIATIONS = (
    "Ordförande <ordf@ekhagensif.se>",
    "Kassör <kassor@ekhagensif.se>",
    "Styrelsen <styrelsen@sjobygdensscout.se>",
    "Info <info@pro-norrstrand.se>",
    "Kontakt <kontakt@lindoviken-bk.se>",
    "Ordf <ordf@konstforeningen-gavel.se>",
    "Info <info@hembygdsforeningen-tallas.se>",
    "Kansliet <kansli@sportklubben-ran.se>",
)

_STAFF = tuple(
    f"{first} <{first.lower().replace('å', 'a')}.{last}@lindo.se>"
    for first, last in (
        ("Alva", "ek"),
        ("Bo", "lind"),
        ("Cia", "holm"),
        ("Dan", "berg"),
        ("Emma", "sten"),
        ("Filip", "ros"),
        ("Greta", "nord"),
        ("Hans", "vik"),
        ("Ida", "lund"),
        ("Jan", "ahl"),
        ("Kim", "falk"),
        ("Lars", "ask"),
        ("Mia", "dahl"),
        ("Nils", "ek"),
        ("Oda", "sund"),
        ("Pia", "strom"),
        ("Rut", "alm"),
        ("Sam", "hed"),
        ("Tea", "borg"),
        ("Ulf", "fors"),
        ("Vera", "kron"),
        ("Wilma", "lo"),
        ("Yngve", "rask"),
        ("Åsa", "wahl"),
    )
)


MESSAGES: list[Spec] = [
    # ----------------------------------------------------------------- block
    _m(
        "fall-margit",
        "block",
        "fall",
        "gick in hos Margit Berg kl 07, låg på golvet i badrummet, troligen fallit under "
        "natten. blåmärke höger höft, ringt ssk. hon var kall och förvirrad" + IPHONE,
        "Health (a fall with injury and confusion) of a named home-care client.",
        sender=LENA,
        to=(TOVE,),
    ),
    _m(
        "larm-holm",
        "block",
        "larm Sjövägen 12",
        "larmet gick 02.40 hos Erik Holm. förvirrad, sa att frun var hemma (hon dog i fjol). "
        "lugnade honom. bör ses över av ssk ang demensutredning\n/nattpatrullen",
        "Suspected dementia of a named client at a stated address: health data.",
        sender=NATT,
        to=(TOVE, SOFIA),
    ),
    _m(
        "trycksar",
        "block",
        "ang ingrid rum 14",
        "hej ssk! ingrid sandberg rum 14 har trycksår kat 2 på sacrum, behöver ny madrass "
        "asap. har vänt henne varannan timme inatt\nvh usk Lena" + IPHONE,
        "Pressure ulcer of a named resident (room given): health data.",
        sender=LENA,
        to=(SOFIA,),
    ),
    _m(
        "waran",
        "block",
        "Avvikelse läkemedel",
        "Hej, Stig Ahlgren fick inte sin Waran kl 20 igår, dosetten orörd i morse. Har lagt "
        "avvikelse i Treserva. Kan du ta kontakt med läkaren ang INR?\n\nmvh Lena",
        "Medication error naming the client and his anticoagulant: health data.",
        sender=LENA,
        to=(SOFIA,),
    ),
    _m(
        "subject-uvi",
        "block",
        "Gun Wikström - misstänkt UVI, ring läkare",
        "se rubrik, hinner inte skriva mer" + IPHONE,
        "The health data (suspected urinary tract infection) of a named client is only in "
        "the subject line.",
        sender=LENA,
        to=(SOFIA,),
    ),
    _m(
        "anhorig-gmail",
        "block",
        "Angående din mamma",
        "Hej Maria,\n\nVi har noterat att din mamma Astrid Ekholm gått ner 4 kg sedan mars och "
        "äter dåligt. Vi kopplar in dietist och ssk följer upp vikten varje vecka.\n\n"
        "Med vänliga hälsningar\nTove Ahl\nEnhetschef hemtjänst Norr",
        "Weight loss and nutrition problem of a named client, to a relative's webmail: "
        "health data about an identifiable person, so block rather than warn.",
        to=("Maria Ekholm <maria.ekholm72@gmail.com>",),
    ),
    _m(
        "invite-vardplanering",
        "block",
        "Inbjudan: Vårdplanering Ekbacken rum 12",
        "Hej, se inbjudan. Tacka ja/nej i Outlook.\n\n/Sofia",
        "The calendar invite's description names the resident and his dementia diagnosis.",
        sender=SOFIA,
        to=(TOVE, "Hussein Ali <hussein.ali@lindo.se>"),
        attachments=(text_file("invite.ics", _INVITE, "text/calendar"),),
    ),
    _m(
        "fwd-parkinson",
        "block",
        "VB: Bedömning arbetsterapeut",
        "kan du boka in nästa vecka? se nedan\n/Tove",
        "The oldest part of the forwarded thread names a resident with Parkinson's and falls.",
        to=("Arbetsterapeut Nora Sjö <nora.sjo@lindo.se>",),
        forwarded=_EARLIER,
    ),
    _m(
        "quoted-mrsa",
        "block",
        "Re: Re: Sven hemgång",
        "Ok, tar det på tisdag.\n\n/Lena\n\n"
        "> Från: Tove Ahl\n> Skickat: den 12 maj 2024 16:02\n> Ämne: Re: Sven hemgång\n>\n"
        "> Kan du ta första besöket?\n>\n"
        ">> Från: Sofia Nilsson\n>> Skickat: den 12 maj 2024 14:40\n>>\n"
        ">> Sven Dahl kommer hem från lasarettet på tisdag. Han har MRSA i såret på vänster "
        "fot, basala hygienrutiner och förkläde vid varje besök!\n>> /Sofia",
        "The oldest quoted reply carries a named client's MRSA infection.",
        sender=LENA,
        to=(TOVE,),
    ),
    _m(
        "lss-utbrott",
        "block",
        "gårdagskvällen",
        "Till personalgruppen Lärkvägen\n\nJonas hade ett utbrott igår kväll, slog sönder tv:n "
        "och skadade Amir på armen. Vi behöver se över hans medicinering med läkaren och "
        "uppdatera genomförandeplanen. Alla läser dokumentationen innan passet.\n\nMats",
        "Behaviour and medication of a resident pointed out by first name and group home.",
        sender=MATS,
        to=("Lärkvägen personal <larkvagen@lindo.se>",),
    ),
    _m(
        "csv-diagnos",
        "block",
        "deltagarlista vt",
        "hej, här är listan till nya handledarna på Verkstan\nmvh Mats",
        "The CSV list of daily-activity participants has a diagnosis column.",
        sender=MATS,
        to=("Verkstan <verkstan@lindo.se>",),
        attachments=(
            csv_file(
                "deltagare_vt.csv",
                "Namn;Boende;Dagar;Diagnos;Kontakt\n"
                "Simon Lager;Lärkvägen;mån-fre;Epilepsi, autism;Mats E\n"
                "Klara Boman;Egen lgh;mån-ons;Downs syndrom;Mats E\n"
                "Viktor Hägg;Solrosen;tis-fre;Utvecklingsstörning;Mats E\n",
            ),
        ),
    ),
    _m(
        "xlsx-pnr-assistans",
        "block",
        "schema assistans juni",
        "Hej! Bifogar schemat för juni. Säg till om något är fel.\nvh Mats",
        "The schedule lists the assistance users with personnummer.",
        sender=MATS,
        to=("Assistansgruppen <assistans@lindo.se>",),
        attachments=(
            xlsx(
                "schema_assistans_juni.xlsx",
                [
                    ["Brukare", "Pnr", "Timmar/v", "Assistent"],
                    ["Anton Wall", "{pnr21}", "42", "Ali, Petra"],
                    ["Elsa Ring", "{pnr22}", "28", "Emma"],
                ],
            ),
        ),
    ),
    _m(
        "allergi-elvin",
        "block",
        "ny på blåklinten",
        "Hej alla\nNy på Ekorren från måndag: Elvin Åkesson, svår nötallergi (anafylaxi). "
        "Adrenalinpennan ligger i hans väska, en extra i kylen.\n/Jasmin",
        "A named child's severe allergy is health data.",
        sender=JASMIN,
        to=("Blåklinten personal <blaklinten@lindo.se>",),
    ),
    _m(
        "hamtning-vardnad",
        "block",
        "OBS hämtning Saga",
        "OBS! Saga Lind på Myran får INTE hämtas av pappan Tomas Lind. Mamma har ensam vårdnad "
        "och det finns ett kontaktförbud mot honom. Ring polisen om han dyker upp.\n/Petra",
        "A restraining order (criminal-law matter) and custody in a named family.",
        sender=PETRA,
        to=("Blåklinten personal <blaklinten@lindo.se>",),
    ),
    _m(
        "oros-liam",
        "block",
        "orosanmälan idag",
        "har gjort orosanmälan ang Liam på Ekorren (4 år) pga blåmärken på ryggen. mamma "
        "gav osammanhängande förklaring vid hämtning. soc återkommer.\nJasmin" + IPHONE,
        "A report of concern about a child pointed out by name, age and group.",
        sender=JASMIN,
        to=(PETRA,),
    ),
    _m(
        "franvaro-nora",
        "block",
        "frånvaro 8B",
        "Hej Cecilia\nNora Eklund 8B har 38% frånvaro ht, mkt ogiltig. Mamma säger att hon har "
        "ångest och inte klarar att komma hit. Ta upp på EHT?\nmvh Anders",
        "A named pupil's anxiety (health) in an absence report.",
        sender=ANDERS,
        to=(CECILIA,),
    ),
    _m(
        "eht-docx",
        "block",
        "dagordning EHT v 20",
        "Hej, bifogar dagordningen. /Cecilia",
        "The pupil health team agenda names pupils with ongoing ADHD assessment and self-harm.",
        sender=CECILIA,
        to=("Elevhälsoteamet <eht.lindoskolan@lindo.se>",),
        attachments=(
            docx(
                "EHT_v20.docx",
                "Elevhälsoteam Lindöskolan v 20",
                table=[
                    ["Elev", "Klass", "Ärende", "Ansvarig"],
                    ["Leo Sjöberg", "4A", "ADHD-utredning pågår via BUP", "skolpsykolog"],
                    ["Tilde Ny", "9C", "Självskadebeteende, kurator har kontakt", "kurator"],
                ],
            ),
        ),
    ),
    _m(
        "atgardsprogram-hotmail",
        "block",
        "åtgärdsprogram",
        "Hej! Bifogar åtgärdsprogrammet för Ella som vi pratade om. Mvh Anders",
        "The action programme names the pupil and her dyslexia diagnosis; sent to a parent's "
        "webmail.",
        sender=ANDERS,
        to=("Jens Strand <jens.strand@hotmail.com>",),
        attachments=(
            docx(
                "Atgardsprogram_Ella_Strand.docx",
                "Åtgärdsprogram",
                "Elev: Ella Strand, klass 6C",
                "Bakgrund: Ella fick diagnosen dyslexi 2023. Hon har svårt med läsförståelse.",
                "Åtgärder: inläst läromedel, förlängd provtid, stöd av speciallärare 2 h/v.",
            ),
        ),
    ),
    _m(
        "krankning-oscar",
        "block",
        "kränkningsanmälan 7A",
        "Oscar Berg 7A blev slagen i magen och kallad bög av Malik Hassan 7A i omklädningsrummet "
        "efter idrotten. Anmält till huvudman, vh har informerats. Polisanmälan övervägs.",
        "Assault (a possible crime) with named victim and perpetrator.",
        sender=ANDERS,
        to=(CECILIA,),
    ),
    _m(
        "subject-atstorning",
        "block",
        "Ang. Wilma J 3B - skolsköterskan misstänker ätstörning",
        "kan vi ses kl 15?\n/Anders",
        "Suspected eating disorder of a pupil pointed out by name initial and class, in the "
        "subject.",
        sender=ANDERS,
        to=(CECILIA,),
    ),
    _m(
        "orosanmalan-pnr",
        "block",
        "VB: orosanmälan",
        "Hej, kom in via e-tjänsten, kan du registrera?\n\n"
        "Anmälan gäller: Elias Karlsson, {pnr23s}\nAnmälare: förskolan\n"
        "Oro för att pappan dricker och att Elias inte får mat på helgerna.",
        "A report of concern with the child's personnummer.",
        sender=ELIN,
        to=("Mottagningen IFO <mottagning.ifo@lindo.se>",),
    ),
    _m(
        "bistand-avslag",
        "block",
        "avslag Hanna P",
        "Hej, beslut ekonomiskt bistånd för Hanna Persson blev avslag pga ej aktivt "
        "arbetssökande. Kan du skicka kopia till hennes handläggare på AF?\nvh Hussein",
        "Social-assistance decision about a named person.",
        sender=HUSSEIN,
        to=(ELIN,),
    ),
    _m(
        "hvb-robin",
        "block",
        "förfrågan plats",
        "Hej\nVi vill placera Robin Ek (f. -91) hos er från 1/6. Aktivt amfetaminmissbruk, "
        "dom för narkotikabrott 2023. Kan ni ta emot?\n\nmvh Elin Forsberg\nsocialsekreterare"
        + FOOTER,
        "Addiction and a criminal conviction of a named client, to an outside care provider.",
        sender=ELIN,
        to=("Intag <intag@hvbtallgarden.se>",),
    ),
    _m(
        "lvu-syskon",
        "block",
        "flytt fre",
        "Familjehemsplaceringen av syskonen Alva och Noah Törnqvist enl LVU är beslutad, flytt "
        "fredag. Skolan ska inte lämna ut något till föräldrarna om var de bor.\n/Elin",
        "Compulsory care of named children (social-services secrecy).",
        sender=ELIN,
        to=(CECILIA,),
    ),
    _m(
        "umgange-mika",
        "block",
        "umgänge tisdag",
        "umgänget för Mika (7) med mamma Jenny Hall sker under övervakning tis 14-16 på "
        "familjecentralen. Jenny får inte veta familjehemmets adress, skyddade personuppgifter."
        + IPHONE,
        "Supervised contact and protected identity in a named family.",
        sender=ELIN,
        to=("Familjecentralen <familjecentralen@lindo.se>",),
    ),
    _m(
        "snr-ahmad",
        "block",
        "ny ansökan",
        "Ny ansökan från Ahmad Rahimi, {snr2}, behöver tolk dari. Kan du kolla i Procapita?",
        "A samordningsnummer in the body.",
        sender=HUSSEIN,
        to=(ELIN,),
    ),
    _m(
        "sjuk-peter",
        "block",
        "Peter N",
        "Hej Malin\nPeter Nyberg har nu varit sjukskriven 60 dagar pga utmattningssyndrom. "
        "Vi behöver göra en rehabplan, FK har hört av sig.\nmvh Karl-Erik",
        "A named employee's diagnosis (burnout).",
        sender=KARL,
        to=(MALIN,),
    ),
    _m(
        "sjuklista-xlsx",
        "block",
        "sjukfrånvaro april Tallbacken",
        "Hej, här är listan du bad om inför rehabmötet.\n/Karl-Erik",
        "The staff sick-leave list has a cause column with diagnoses and a pregnancy.",
        sender=KARL,
        to=(MALIN,),
        attachments=(
            xlsx(
                "sjukfranvaro_april.xlsx",
                [
                    ["Namn", "Enhet", "Dagar", "Orsak"],
                    ["Ann Fält", "Tallbacken 1", "6", "ryggskott"],
                    ["Leila Omar", "Tallbacken 2", "14", "depression"],
                    ["Stina Berg", "Tallbacken 2", "3", "graviditetsillamående"],
                ],
            ),
        ),
    ),
    _m(
        "lonefel-pnr",
        "block",
        "lönefel april",
        "hej lönecenter\nSara Holm {pnr24s} fick inte OB-tillägg för helgpassen i april, 3 pass. "
        "kan ni rätta till i juni?\nmvh Karl-Erik",
        "A personnummer in an otherwise harmless pay-error message.",
        sender=KARL,
        to=("Lönecenter <lonecenter@lindo.se>",),
    ),
    _m(
        "disciplin-alkohol",
        "block",
        "varning K.B.",
        "Kristian Borg på Tallbacken fick skriftlig varning idag efter att han kom berusad till "
        "lördagspasset. Misstänkt alkoholberoende, han erbjuds kontakt med företagshälsan.\n"
        "/Karl-Erik",
        "Suspected alcohol dependence of a named employee (health) in a disciplinary matter.",
        sender=KARL,
        to=(MALIN,),
    ),
    _m(
        "remiss-fhv",
        "block",
        "remiss",
        "Hej, remiss för Linnea Åberg {pnr25}, rygg- och nackbesvär sedan januari, arbetar "
        "deltid sedan mars.\nMvh Malin Sundqvist, HR",
        "Personnummer and health of an employee to the occupational health service.",
        sender=MALIN,
        to=("Bokning <bokning@fhv-lindo.se>",),
    ),
    _m(
        "tag-saker",
        "block",
        "[SÄKER] underlag SIP",
        "Hej, se bifogat underlag inför mötet.\n/Elin",
        "Tagged for encryption but sent as plain mail: the issue says block.",
        sender=ELIN,
        to=("Lisa Moberg <lisa.moberg@regionlindo.se>",),
        attachments=(docx("underlag.docx", "Underlag inför samordnad individuell plan."),),
    ),
    _m(
        "tag-kryptera",
        "block",
        "utredning #kryptera",
        "Här kommer utredningen.\nmvh Hussein",
        "Tagged for encryption (#kryptera) but not encrypted.",
        sender=HUSSEIN,
        to=("Handläggare <handlaggare@hamnby.se>",),
    ),
    _m(
        "quoted-pnr-footer",
        "block",
        "Re: fråga om avgift hemtjänst",
        "Hej Kerstin, avgiften räknas om från juni, du får ett nytt beslut hem.\n"
        "Med vänlig hälsning\nRonja Hed, avgiftshandläggare\n\n"
        "-----Ursprungligt meddelande-----\nFrån: Kerstin Larsson\n"
        "Ämne: fråga om avgift hemtjänst\n\n"
        "Hej varför har avgiften höjts?\n\nMvh Kerstin Larsson\n{pnr26s}\nStorgatan 5, Lindö",
        "The citizen's signature in the quoted message carries her personnummer.",
        sender=RONJA,
        to=("Kerstin Larsson <kerstin.larsson@telia.com>",),
    ),
    _m(
        "natt-initialer",
        "block",
        "rapport natt 13/5",
        "nattens besök:\nGB Tallv 4 - katetern läckte, bytt påse\nES Storg 10 - oro, fick "
        "stesolid enl ordination\nHK Byv 2 - larm, föll ej\n/natt",
        "Initials with street addresses point out clients; catheter and sedative are health.",
        sender=NATT,
        to=(TOVE,),
    ),
    _m(
        "hsl-ulla",
        "block",
        "hsl-insats Ulla",
        "HSL: Ulla Fors ska ha såromläggning vänster underben varannan dag from idag, ssk har "
        "ordinerat. Läs i journalen.\nvh Sofia",
        "Wound care for a named client.",
        sender=SOFIA,
        to=(LENA, TOVE),
    ),
    _m(
        "skyddad-felicia",
        "block",
        "Felicia på Solrosen",
        "OBS: Felicia på Solrosen har skyddad identitet (sekretessmarkering). Hennes adress får "
        "inte lämnas ut till någon, inte ens skolskjutsen.\n/Mats",
        "Protected identity of a resident pointed out by name and group home.",
        sender=MATS,
        to=("Solrosen personal <solrosen@lindo.se>",),
    ),
    _m(
        "klasslista-stod",
        "block",
        "klasslista 5B",
        "Hej, klasslistan till vikarien. /Anders",
        "The class list has a column with diagnoses and special support.",
        sender=ANDERS,
        to=("Vikarie 5B <vikarie.5b@lindo.se>",),
        attachments=(
            xlsx(
                "klasslista_5B.xlsx",
                [
                    ["Namn", "Vårdnadshavare", "Telefon", "Särskilt stöd/diagnos"],
                    ["Alma Björk", "Ulrika Björk", "070-112 23 34", ""],
                    ["Hugo Fält", "Peter Fält", "070-223 34 45", "Autism, behöver förvarning"],
                    ["Isak Lund", "Maria Lund", "073-334 45 56", "Diabetes typ 1"],
                ],
            ),
        ),
    ),
    _m(
        "sip-region",
        "block",
        "SIP imorgon",
        "Hej Lisa, SIP för Ebba Lundin imorgon kl 10. Deltar BUP (psykosutredning), soc och "
        "skolan. Jag bokar rum.\n/Elin",
        "Psychiatric assessment of a named young person, to the region partner.",
        sender=ELIN,
        to=("Lisa Moberg <lisa.moberg@regionlindo.se>",),
    ),
    _m(
        "religion-johan",
        "block",
        "lucia",
        "Hej, Johan Falk på Tallbacken har berättat att han är Jehovas vittne och därför inte "
        "kan delta i luciafirandet. Vi löser schemat.\n/Karl-Erik",
        "A named employee's religious belief (art. 9).",
        sender=KARL,
        to=(MALIN,),
    ),
    _m(
        "inflytt-stroke",
        "block",
        "ny brukare fre",
        "ny brukare Karin Åström flyttar in på Ekbacken rum 7 fre, kommer från sjukhuset efter "
        "stroke. 2 personal vid förflyttning, sondmat." + IPHONE,
        "Stroke and tube feeding of a named new resident.",
        sender=TOVE,
        to=("Ekbacken <ekbacken@lindo.se>",),
    ),
    _m(
        "kramp-simon",
        "block",
        "simon idag",
        "Simon L från Lärkvägen kommer inte till Verkstan idag, krampanfall under natten." + IPHONE,
        "Seizures of a resident pointed out by name, initial and group home.",
        sender=MATS,
        to=("Verkstan <verkstan@lindo.se>",),
    ),
    _m(
        "subject-pnr",
        "block",
        "Re: {pnr27s} faktura hemtjänst",
        "Hej, fakturan är krediterad och en ny skickas i juni.\nRonja",
        "A personnummer in the subject line.",
        sender=RONJA,
        to=("Ekonomi <ekonomi@lindo.se>",),
    ),
    _m(
        "bostader-skulder",
        "block",
        "Parkgatan 8",
        "Hej\nGäller hyresgäst Lars Ivarsson, Parkgatan 8. Socialtjänsten har ett pågående "
        "ärende, han har missbruksproblem och hyresskulder. Vi ber er avvakta med avhysning "
        "till efter vårt möte 20/5.\nmvh Elin Forsberg" + FOOTER,
        "Social-services data and addiction of a named tenant, to the housing company.",
        sender=ELIN,
        to=("Uthyrning <uthyrning@lindobostader.se>",),
    ),
    _m(
        "ran-alexander",
        "block",
        "Alexander B 9A",
        "Hej Cecilia, informerar att Alexander B (15) i 9A greps för rån i helgen. Soc jour har "
        "kontakt med familjen. Håll koll på stämningen i klassen.\n/Elin",
        "Suspected robbery by a pupil pointed out by name, initial and class.",
        sender=ELIN,
        to=(CECILIA,),
    ),
    _m(
        "oros-footer",
        "block",
        "nyckel",
        "nyckeln till Björkvägen 3 lämnad på kontoret i skåpet.\n\nmvh Lena\nusk hemtjänst Norr\n"
        "--\nbrukare Alice Nyqvist, Björkvägen 3: diabetes typ 1, insulin kl 8 och 17, "
        "kontrollera blodsocker",
        "A harmless key note, but the footer below the signature has a named client's diabetes "
        "and insulin times.",
        sender=LENA,
        to=("Hemtjänst Norr <hemtjanst.norr@lindo.se>",),
    ),
    _m(
        "sms-lista-forskola",
        "block",
        "mediciner förskolan",
        "hej, lista över barn som tar medicin på förskolan, till nya vikarierna.\n/Petra",
        "The CSV names children and their medicines.",
        sender=PETRA,
        to=("Vikarier förskola <vikarier.forskola@lindo.se>",),
        attachments=(
            csv_file(
                "medicin_barn.csv",
                "Barn;Avdelning;Läkemedel;När\nOlle Fors;Myran;Astmaspray Bricanyl;vid behov\n"
                "Siri Malm;Ekorren;Epipen;vid allergisk reaktion\n",
            ),
        ),
    ),
    # ----------------------------------------------------------------- warn
    _m(
        "suppliers-to",
        "warn",
        "Upphandling städtjänster – frågor senast 31/5",
        "Hej!\n\nTack för ert intresse. Frågor om förfrågningsunderlaget ställs i "
        "upphandlingsverktyget senast 31/5. Anbud lämnas senast 14/6.\n\n"
        "Med vänlig hälsning\nUpphandlingsenheten Lindö kommun",
        "Nine recipients from five outside companies visible to each other in To.",
        sender="Upphandling <upphandling@lindo.se>",
        to=_SUPPLIERS,
    ),
    _m(
        "natverk-cc",
        "warn",
        "Nätverksträff äldreomsorg 5/9",
        "Hej alla,\nvälkomna till nätverksträffen 5/9 kl 9-15 i Lindö stadshus. Tema: "
        "kompetensförsörjning och välfärdsteknik. Anmälan till mig senast 20/8.\nTove",
        "Eight recipients from four outside organisations in Cc.",
        to=("Tove Ahl <tove.ahl@lindo.se>",),
        cc=_MUNICIPALITIES,
    ),
    _m(
        "foreningar-to",
        "warn",
        "Föreningsbidrag 2025",
        "Hej föreningar!\nAnsökan om föreningsbidrag för 2025 öppnar 1/9 i e-tjänsten. "
        "Sista dag 15/10.\nKultur- och fritid, Lindö kommun",
        "Eight association addresses from seven organisations visible to each other.",
        sender="Kultur och fritid <kulturfritid@lindo.se>",
        to=_ASSOCIATIONS,
    ),
    _m(
        "bostader-entreprenorer",
        "warn",
        "Stambyte Parkgatan – startmöte",
        "Hej alla, startmöte för stambytet på Parkgatan 3/6 kl 10 på byggkontoret. "
        "Ta med tidplan.\n/Jonny",
        "Recipients from the housing company and four contractors visible in To/Cc.",
        sender=JONNY,
        to=(
            "Projekt <projekt@lindobostader.se>",
            "Kent Ås <kent.as@rentbyggnord.se>",
            "Rör <ror@vvsgruppen-syd.se>",
            "Anna El <anna@elteknik-ost.se>",
            "Bo Plåt <bo@platslageriet.se>",
        ),
        cc=(
            "Karl Bygg <karl@rentbyggnord.se>",
            "Info <info@vvsgruppen-syd.se>",
            "Lars <lars@elteknik-ost.se>",
        ),
    ),
    _m(
        "lookalike-own",
        "warn",
        "schema v 22",
        "Hej Karin, här är schemat för v 22. Ändringar markerade med gult.\nvh Tove",
        "lidno.se is a one-letter swap of the own domain lindo.se.",
        to=("Karin Holm <karin.holm@lidno.se>",),
        attachments=(
            xlsx(
                "schema_v22.xlsx",
                [["Dag", "Förmiddag", "Eftermiddag"], ["Mån", "Lena", "Karin"]],
            ),
        ),
    ),
    _m(
        "lookalike-region",
        "warn",
        "möte om samverkan",
        "Hej Lisa, passar tisdag 4/6 kl 13 för samverkansmötet? /Elin",
        "regionlind0.se (zero for o) looks like the partner domain regionlindo.se.",
        sender=ELIN,
        to=("Lisa Moberg <lisa.moberg@regionlind0.se>",),
    ),
    _m(
        "lookalike-bostader",
        "warn",
        "nycklar Ekbacken",
        "Hej, kan ni beställa fyra nya nycklar till personalentrén på Ekbacken? Faktura till "
        "ansvar 4120.\n/Jonny",
        "lindobostder.se is missing a letter of the partner domain lindobostader.se.",
        sender=JONNY,
        to=("Kundtjänst <kundtjanst@lindobostder.se>",),
    ),
    _m(
        "lookalike-region2",
        "warn",
        "utbildning förflyttning",
        "Hej! Vi har 6 usk som vill gå förflyttningsutbildningen i höst. Finns platser?\nmvh Tove",
        "regoinlindo.se transposes two letters of regionlindo.se.",
        to=("Utbildning <utbildning@regoinlindo.se>",),
    ),
    _m(
        "lookalike-cc",
        "warn",
        "Re: fika fredag",
        "Jag tar med kanelbullar!\n/Sofia",
        "One Cc recipient is at llindo.se, a doubled-letter look-alike of lindo.se.",
        sender=SOFIA,
        to=(TOVE,),
        cc=("Lena Björk <lena.bjork@llindo.se>",),
    ),
    _m(
        "lookalike-bcc",
        "warn",
        "protokoll APT",
        "Hej, protokollet från APT i maj bifogas.\n/Karl-Erik",
        "A Bcc recipient is at lind.se, the own domain lindo.se missing a letter.",
        sender=KARL,
        to=("Tallbacken <tallbacken@lindo.se>",),
        bcc=("Malin Sundqvist <malin.sundqvist@lind.se>",),
        attachments=(docx("APT_maj.docx", "APT Tallbacken maj", "1. Semesterschema klart."),),
    ),
    _m(
        "simskola-gmail",
        "warn",
        "listan",
        "Hej Robban! Här är listan på barnen i simskolan med föräldrarnas nummer.\n/Kultur och "
        "fritid",
        "Children's names and parents' phone numbers (ordinary data) to a private webmail.",
        sender="Kultur och fritid <kulturfritid@lindo.se>",
        to=("Robert Lindahl <robban.lindahl@gmail.com>",),
        attachments=(
            xlsx(
                "simskola.xlsx",
                [
                    ["Barn", "Förälder", "Telefon"],
                    ["Tuva Ek", "Jonas Ek", "070-556 67 78"],
                    ["Ville Sten", "Amra Sten", "073-667 78 89"],
                    ["Lo Ahlberg", "Pia Ahlberg", "076-778 89 90"],
                ],
            ),
        ),
    ),
    _m(
        "hyresgaster-hotmail",
        "warn",
        "till mig själv",
        "jobbar hemifrån imorgon med nyckelbytet\n\nHyresgäster Parkgatan 12 trapphus B:\n"
        "Birgitta Ålund lgh 1101\nRune Dahl lgh 1102\nSigne Holm lgh 1201\nOve Ring lgh 1202",
        "Tenants' names and flats (ordinary data) forwarded by an employee to his private webmail.",
        sender=JONNY,
        to=("Jonny Ek <jonny.ek.privat@hotmail.com>",),
    ),
    _m(
        "grannar-gmail",
        "warn",
        "grannehörande",
        "Hej, här är grannarna som ska höras om bygglovet:\nPer och Eva Nyman, Sjövägen 14\n"
        "Gustav Rosén, Sjövägen 16\nLinda Moberg, Ekvägen 2\nmvh Bygglov Lindö",
        "Neighbours' names and addresses to an applicant's webmail.",
        sender="Bygglov <bygglov@lindo.se>",
        to=("Fredrik Ahl <fredrik.ahl.bygg@gmail.com>",),
    ),
    _m(
        "telefonlista-foralder",
        "warn",
        "telefonlistan",
        "Hej! Här kommer telefonlistan för Ekorren som du bad om, till kalaset.\n/Jasmin",
        "Other parents' names and phone numbers to a parent's webmail.",
        sender=JASMIN,
        to=("Hanna Bergqvist <hanna.bergqvist@outlook.com>",),
        attachments=(
            csv_file(
                "telefonlista_ekorren.csv",
                "Barn;Vårdnadshavare;Telefon\nOlle Fors;Lina Fors;070-123 45 67\n"
                "Siri Malm;Erik Malm;072-234 56 78\nAlbin Kron;Sanna Kron;073-345 67 89\n",
            ),
        ),
    ),
    _m(
        "rekrytering-gmail",
        "warn",
        "kandidater usk",
        "Hej Annika, här är kandidaterna vi vill att du ringer referenser på.\n/Malin",
        "Applicants' names and contact details to a recruiter's private webmail.",
        sender=MALIN,
        to=("Annika Rekrytering <annika.rekrytering@yahoo.se>",),
        attachments=(
            xlsx(
                "kandidater.xlsx",
                [
                    ["Namn", "Telefon", "E-post"],
                    ["Mirja Holm", "070-998 87 76", "mirja.h@gmail.com"],
                    ["Ali Yusuf", "073-887 76 65", "aliyusuf@hotmail.com"],
                ],
            ),
        ),
    ),
    _m(
        "snorojning-gmail",
        "warn",
        "beställningar snöröjning",
        "Hej Kjell, lista på de som beställt snöröjning till vintern:\nAstrid Berg, Byvägen 4\n"
        "Holger Nyström, Byvägen 9\nMärta Lind, Åsvägen 1\n/Jonny",
        "Citizens' names and addresses to a contractor's private webmail.",
        sender=JONNY,
        to=("Kjell <kjellsmaskin@gmail.com>",),
    ),
    _m(
        "locked-pdf",
        "warn",
        "protokoll",
        "Lösen kommer i sms.\n/Elin",
        "A password-protected PDF cannot be read.",
        sender=ELIN,
        to=("Ledningsgruppen IFO <ledning.ifo@lindo.se>",),
        attachments=(locked_pdf("protokoll_IFO.pdf", "Protokoll ledningsgrupp IFO 2024-05-07"),),
    ),
    _m(
        "encrypted-zip",
        "warn",
        "underlag",
        "Hej Lisa, zip-filen är lösenordsskyddad, lösen via telefon.\n/Elin",
        "An encrypted ZIP cannot be read.",
        sender=ELIN,
        to=("Lisa Moberg <lisa.moberg@regionlindo.se>",),
        attachments=(
            zip_file(
                "underlag.zip",
                text_file("underlag.txt", "Underlag samverkan maj."),
                encrypted=True,
            ),
        ),
    ),
    _m(
        "broken-scan",
        "warn",
        "skannat",
        "skannade dokumentet från kopiatorn" + IPHONE,
        "A damaged PDF cannot be read.",
        sender=LENA,
        to=(TOVE,),
        attachments=(broken("Skanna_20240513.pdf"),),
    ),
    _m(
        "broken-xlsx",
        "warn",
        "lista",
        "här är listan\n/Mats",
        "A spreadsheet that cannot be opened.",
        sender=MATS,
        to=("Verkstan <verkstan@lindo.se>",),
        attachments=(
            broken(
                "lista.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
        ),
    ),
    _m(
        "locked-pdf-partner",
        "warn",
        "hyresavtal",
        "Hej, hyresavtalet för lokalen på Parkgatan, lösenord som vanligt.\n/Ronja",
        "A password-protected PDF to the housing company cannot be read.",
        sender=RONJA,
        to=("Lokaler <lokaler@lindobostader.se>",),
        attachments=(locked_pdf("hyresavtal.pdf", "Hyresavtal lokal Parkgatan 12"),),
    ),
    _m(
        "regioner-to",
        "warn",
        "Workshop välfärdsteknik",
        "Hej! Välkomna till workshop om digital tillsyn 12/9. Program kommer.\n/Tove",
        "Eight recipients from three other municipalities and a consultancy in To.",
        to=_MUNICIPALITIES,
    ),
    # ----------------------------------------------------------------- allow
    _m(
        "rutin-signering",
        "allow",
        "påminnelse signering",
        "påminnelse: alla ska signera i läkemedelsappen efter varje besök. avvikelser läggs "
        "samma dag. /Tove",
        "A routine about medication signing; no client mentioned.",
        to=("Hemtjänst Norr <hemtjanst.norr@lindo.se>",),
    ),
    _m(
        "fallstatistik",
        "allow",
        "Fallstatistik Q1",
        "Hej, Q1: 23 fall på särskilda boenden, 4 med fraktur. Flest nattetid mellan 02 och 05. "
        "Vi tar upp det på kvalitetsrådet.\n/Sofia",
        "Aggregated fall statistics.",
        sender=SOFIA,
        to=(TOVE,),
    ),
    _m(
        "autosvar-semester",
        "allow",
        "Autosvar: fall Ekbacken",
        "Jag är på semester t.o.m. 2/6. Brådskande ärenden: hemtjänst Norr 0480-45 12 30.\n"
        "/Tove Ahl",
        "A colleague's own out-of-office reply; the subject is a generic thread title.",
        to=(SOFIA,),
    ),
    _m(
        "larm-koket",
        "allow",
        "larmet i köket",
        "brandlarmet i Ekbackens kök går igång hela tiden pga trasig sensor, felanmält till "
        "fastighet. ingen fara." + IPHONE,
        "A technical fire-alarm fault.",
        sender=LENA,
        to=(JONNY,),
    ),
    _m(
        "trygghetslarm-leverans",
        "allow",
        "nya trygghetslarm",
        "Hej! Nya larmknappar levereras v 23. Installation hos brukarna görs av leverantören, "
        "listan finns i verksamhetssystemet, inte i mejl.\n/IT",
        "Personal alarm rollout without any client named.",
        sender=IT,
        to=("Hemtjänst Norr <hemtjanst.norr@lindo.se>",),
    ),
    _m(
        "faktura-ocr",
        "allow",
        "Faktura 240531 Lindö Bostäder",
        "Hej, faktura 240531 från Lindö Bostäder AB (org.nr 556677-8899) är attesterad. "
        "OCR 4410239877125, bankgiro 5123-4567, belopp 48 312 kr, förfaller 2024-06-30.\n/Ronja",
        "Invoice numbers, OCR and an organisation number.",
        sender=RONJA,
        to=("Ekonomi <ekonomi@lindo.se>",),
    ),
    _m(
        "rutin-hot-vald",
        "allow",
        "ny rutin hot och våld",
        "Hej, ny rutin för dokumentation av hot och våld på gruppbostäderna bifogas. "
        "Gås igenom på APT.\n/Mats",
        "A routine document; nobody identifiable.",
        sender=MATS,
        to=("LSS chefer <lss.chefer@lindo.se>",),
        attachments=(
            docx(
                "Rutin_hot_och_vald.docx",
                "Rutin: hot och våld",
                "Vid hot eller våld: avbryt, larma, dokumentera i avvikelsesystemet samma dag.",
                "Chef gör arbetsmiljöanmälan vid allvarlig händelse.",
            ),
        ),
    ),
    _m(
        "notter-utflykt",
        "allow",
        "utflykt fredag",
        "Hej föräldrar! Flera barn på förskolan har nötallergi, så inga nötter i matsäcken på "
        "utflykten fredag. Tack!\n/Blåklinten",
        "Allergy mentioned with no child pointed out.",
        sender=JASMIN,
        to=("Föräldrar Blåklinten <foraldrar.blaklinten@lindo.se>",),
    ),
    _m(
        "hamtning-rutin",
        "allow",
        "hämtning",
        "påminnelse: förskolan stänger 17.30. meddela i appen om någon annan än vårdnadshavare "
        "hämtar.\n/Petra",
        "A general pick-up routine.",
        sender=PETRA,
        to=("Föräldrar Blåklinten <foraldrar.blaklinten@lindo.se>",),
    ),
    _m(
        "franvarostatistik",
        "allow",
        "frånvaro ht",
        "Frånvaro åk 7-9 ht: 12 % i snitt, ogiltig 3 %. Åk 8 sticker ut, ta upp på EHT.\n/Cecilia",
        "Aggregated absence statistics.",
        sender=CECILIA,
        to=("Mentorer 7-9 <mentorer79@lindo.se>",),
    ),
    _m(
        "eht-flytt",
        "allow",
        "EHT flyttas",
        "EHT flyttas till ons kl 13 i rum Gran. Anmäl ärenden i formuläret senast tis, inte i "
        "mejl.\n/Cecilia",
        "A meeting notice for the pupil health team.",
        sender=CECILIA,
        to=("Elevhälsoteamet <eht.lindoskolan@lindo.se>",),
    ),
    _m(
        "krankning-statistik",
        "allow",
        "kränkningar vt",
        "Under vt har 31 kränkningsanmälningar gjorts på Lindöskolan, 18 är avslutade. "
        "Huvudmannen vill ha en analys till juni.\n/Cecilia",
        "Aggregated reports of degrading treatment.",
        sender=CECILIA,
        to=("Ledning skola <ledning.skola@lindo.se>",),
    ),
    _m(
        "oros-rutin",
        "allow",
        "rutin orosanmälningar",
        "Från 1/6 registreras alla orosanmälningar i Lifecare inom 24 h och skyddsbedömning "
        "görs samma dag. Frågor till mig.\n/Elin",
        "A social-services routine, no case.",
        sender=ELIN,
        to=("IFO barn och unga <ifo.bou@lindo.se>",),
    ),
    _m(
        "arendedragning-avid",
        "allow",
        "ärendedragning tors",
        "Ärendedragning tors: en förälder med alkoholproblem och barn i skolåldern vill ha "
        "stöd utan insats. Hur ser vi på det generellt? Inga namn i mejl, tar det muntligt.\n"
        "/Elin",
        "De-identified case discussion; nobody can be pointed out.",
        sender=ELIN,
        to=("IFO barn och unga <ifo.bou@lindo.se>",),
    ),
    _m(
        "valkommen-chef",
        "allow",
        "välkommen Hanna",
        "Välkommen till Hanna Ek som börjar som enhetschef på Tallbacken 1/6! Hanna nås på "
        "0480-45 13 20.\n/Malin",
        "A staff member in her work role.",
        sender=MALIN,
        to=("Äldreomsorg alla <aldreomsorg@lindo.se>",),
    ),
    _m(
        "lonerevision",
        "allow",
        "lönerevision",
        "Nya löner betalas ut 25/6 med retro från april. Frågor till lönecenter 0480-45 67 00.",
        "General pay information.",
        sender=MALIN,
        to=("Alla medarbetare <alla@lindo.se>",),
    ),
    _m(
        "sjuktal",
        "allow",
        "sjukfrånvaro april",
        "Sjukfrånvaron i äldreomsorgen var 8,9 % i april (7,2 % i mars). Korttidsfrånvaron "
        "ökar mest på nattpassen.\n/Malin",
        "Aggregated sick-leave rates.",
        sender=MALIN,
        to=("Chefer äldreomsorg <chefer.aldreomsorg@lindo.se>",),
    ),
    _m(
        "schema-lss",
        "allow",
        "schema v 23",
        "Schema v 23 Lärkvägen: Ali natt mån-ons, Petra dag tis-fre, Emma kväll helg. Byten "
        "via mig.\n/Mats",
        "Staff in their work role.",
        sender=MATS,
        to=("Lärkvägen personal <larkvagen@lindo.se>",),
    ),
    _m(
        "vattenskada",
        "allow",
        "vattenskada avd 2",
        "Vattenskada i korridoren på Ekbacken avd 2. Fastighetsskötare Jonny Ek på plats, "
        "avfuktare uppställd. Ingen boende påverkad.",
        "A facility incident.",
        sender=TOVE,
        to=("Ekbacken <ekbacken@lindo.se>",),
    ),
    _m(
        "utbildning-trycksar",
        "allow",
        "utbildning trycksår",
        "Utbildning i trycksårsprevention för usk och ssk 12/6 kl 13-16. Anmälan via "
        "kompetensportalen.\n/Sofia",
        "A training invitation on pressure ulcers.",
        sender=SOFIA,
        to=("Äldreomsorg alla <aldreomsorg@lindo.se>",),
    ),
    _m(
        "avvikelser-statistik",
        "allow",
        "läkemedelsavvikelser april",
        "14 läkemedelsavvikelser i april, varav 9 uteblivna doser. Ssk följer upp på APT.",
        "Aggregated medication errors.",
        sender=SOFIA,
        to=(TOVE,),
    ),
    _m(
        "nattpatrull-bil",
        "allow",
        "bara en bil inatt",
        "nattpatrullen har bara en bil inatt pga service, prioritera larm. bil 2 tillbaka "
        "imorgon." + IPHONE,
        "Staffing logistics.",
        sender=NATT,
        to=(TOVE,),
    ),
    _m(
        "orgnr-avtal",
        "allow",
        "avtal Omsorgsbolaget",
        "Leverantör: Omsorgsbolaget i Lindö AB, org.nr 559012-3456, avtal nr 2024-0117, "
        "fakturanr 100234556, dnr SN 2024/412.\n/Ronja",
        "Organisation, contract and case numbers.",
        sender=RONJA,
        to=(TOVE,),
    ),
    _m(
        "telefonlista-natt",
        "allow",
        "telefonlista natt",
        "Bil 1 070-211 34 56\nBil 2 070-211 34 57\nssk natt 0480-45 12 99\njour enhetschef "
        "070-211 30 00",
        "Work phone numbers.",
        sender=NATT,
        to=("Hemtjänst Norr <hemtjanst.norr@lindo.se>",),
    ),
    _m(
        "anhorigcafe",
        "allow",
        "anhörigcafé",
        "Välkommen till anhörigcafé på Ekbacken tors 18-20. Tema: demens och minnesstöd. "
        "Anhörigkonsulent Gerd Palm berättar.",
        "A general invitation; the consultant in her role.",
        to=("Ekbacken <ekbacken@lindo.se>",),
    ),
    _m(
        "ap-mall",
        "allow",
        "mall åtgärdsprogram",
        "Mallen för åtgärdsprogram är uppdaterad enligt Skolverkets allmänna råd. Använd den "
        "nya från 1/8, den ligger på intranätet.\n/Cecilia",
        "A template notice.",
        sender=CECILIA,
        to=("Lärare Lindöskolan <larare.lindoskolan@lindo.se>",),
    ),
    _m(
        "inskolning",
        "allow",
        "inskolning ht",
        "14 nya barn på Blåklinten i höst, 8 på Ekorren och 6 på Myran. Inskolning v 33-35.\n"
        "/Petra",
        "Aggregated enrolment numbers.",
        sender=PETRA,
        to=("Blåklinten personal <blaklinten@lindo.se>",),
    ),
    _m(
        "it-losenord",
        "allow",
        "lösenordsbyte Treserva",
        "Lösenordsbyte i Treserva krävs senast fredag. Problem? Ring IT-support 0480-45 00 10.",
        "IT notice.",
        sender=IT,
        to=("Alla medarbetare <alla@lindo.se>",),
    ),
    _m(
        "autosvar-tjanstledig",
        "allow",
        "Automatiskt svar: Re: placeringar",
        "Hej! Jag är tjänstledig till 1 september. Kontakta mottagningen IFO 0480-45 20 00.\n"
        "Elin Forsberg",
        "A colleague's own out-of-office.",
        sender=ELIN,
        to=(HUSSEIN,),
    ),
    _m(
        "budget-placeringar",
        "allow",
        "budgetuppföljning IFO",
        "Placeringskostnader HVB 14,2 mkr mot budget 11 mkr, 6 placeringar fler än plan. "
        "Prognos -3,5 mkr.\n/Ronja",
        "Aggregated placement costs.",
        sender=RONJA,
        to=(ELIN,),
    ),
    _m(
        "fwd-apt",
        "allow",
        "VB: APT juni",
        "fyi, gäller även er på natten\n/Tove",
        "A forwarded meeting notice; nothing sensitive in the thread.",
        to=(NATT,),
        forwarded=_MEETING,
    ),
    _m(
        "stambyte-info",
        "allow",
        "stambyte Parkgatan",
        "Hej! 12 lägenheter på Parkgatan påverkas av stambytet v 30-38. Evakueringslägenhet "
        "erbjuds. Info till hyresgästerna går ut 1/6.\n/Lindö Bostäder",
        "Housing-company information to the municipality, aggregated.",
        sender="Projekt <projekt@lindobostader.se>",
        to=(JONNY,),
    ),
    _m(
        "smime-sip",
        "allow",
        "Underlag SIP",
        "SIP för Ebba Lundin: psykosutredning BUP, {pnr28s}.",
        "S/MIME-encrypted: judged on the envelope only.",
        sender=ELIN,
        to=("Lisa Moberg <lisa.moberg@regionlindo.se>",),
        encrypted=True,
    ),
    _m(
        "smime-tag",
        "allow",
        "[SÄKER] utredning",
        "Utredning Robin Ek, missbruk.",
        "Tagged for encryption and actually S/MIME-encrypted.",
        sender=ELIN,
        to=("Intag <intag@hvbtallgarden.se>",),
        encrypted=True,
    ),
    _m(
        "bcc-suppliers",
        "allow",
        "Upphandling städtjänster – rättelse",
        "Hej! Rättelse: sista dag för frågor är 3/6. Mvh Upphandlingsenheten",
        "Many outside recipients, but in Bcc.",
        sender="Upphandling <upphandling@lindo.se>",
        to=("Upphandling <upphandling@lindo.se>",),
        bcc=_SUPPLIERS,
    ),
    _m(
        "many-internal",
        "allow",
        "julbord",
        "Hej alla! Julbord 13/12 kl 18 på stadshotellet, anmälan senast 15/11.\n/Tove",
        "Twenty-four internal recipients.",
        to=_STAFF,
    ),
    _m(
        "partners-few",
        "allow",
        "samverkansmöte",
        "Hej! Samverkansmöte om boendefrågor 10/6 kl 9, stadshuset rum Tallen.\n/Elin",
        "Two partner organisations, three recipients.",
        sender=ELIN,
        to=(
            "Lisa Moberg <lisa.moberg@regionlindo.se>",
            "Uthyrning <uthyrning@lindobostader.se>",
            "Per Sund <per.sund@lindobostader.se>",
        ),
    ),
    _m(
        "byta-pass",
        "allow",
        "byta pass?",
        "kan någon byta pass med mig fre 14/6? jag tar gärna en helg i juli. /Emma",
        "A shift swap.",
        sender="Emma Sten <emma.sten@lindo.se>",
        to=("Lärkvägen personal <larkvagen@lindo.se>",),
    ),
    _m(
        "polis-inbrott",
        "allow",
        "inbrott i förråd",
        "Polisen informerar om ökade inbrott i källarförråd på Parkgatan. Påminn hyresgästerna "
        "att låsa och inte förvara värdesaker.\n/Lindö Bostäder",
        "Crime discussed with nobody identifiable.",
        sender="Förvaltning <forvaltning@lindobostader.se>",
        to=(JONNY,),
    ),
    _m(
        "hpv-vaccin",
        "allow",
        "HPV åk 5",
        "Vaccination HPV åk 5 den 4/6. Info till vårdnadshavare går ut via Vklass.\n"
        "/Skolsköterskan",
        "A general health-service notice.",
        sender="Skolsköterska Lindöskolan <skolskoterska@lindo.se>",
        to=("Lärare Lindöskolan <larare.lindoskolan@lindo.se>",),
    ),
    _m(
        "chefsutbildning",
        "allow",
        "chefsutbildning arbetsrätt",
        "Utbildning för chefer 19/9: arbetsrättsliga åtgärder, varningar, omplacering och "
        "rehabiliteringsansvar. Anmälan till HR.",
        "A training on discipline and rehab; no case.",
        sender=MALIN,
        to=("Chefer äldreomsorg <chefer.aldreomsorg@lindo.se>",),
    ),
    _m(
        "studiedag-verkstan",
        "allow",
        "Verkstan stängt 7/6",
        "Verkstan är stängt 7/6 pga studiedag. Deltagarna är informerade och boendena "
        "kontaktade.\n/Mats",
        "A closure notice.",
        sender=MATS,
        to=("LSS boenden <lss.boenden@lindo.se>",),
    ),
    _m(
        "socialjour-nummer",
        "allow",
        "nytt nummer socialjouren",
        "Socialjouren har nytt nummer från 1/6: 0480-45 99 99.",
        "A phone number change.",
        sender=ELIN,
        to=("Alla medarbetare <alla@lindo.se>",),
    ),
    _m(
        "fardtjanst-svar",
        "allow",
        "Re: färdtjänst",
        "Hej!\nAnsökan om färdtjänst görs via e-tjänsten på lindo.se. Handläggningstiden är "
        "ca 3 veckor.\nMvh Kontaktcenter Lindö kommun",
        "A general answer to a citizen's own webmail; no personal data about anyone.",
        sender="Kontaktcenter <kontaktcenter@lindo.se>",
        to=("<sol.och.vind55@gmail.com>",),
    ),
    _m(
        "vardcentral-kontakt",
        "allow",
        "kontakt vårdcentralen",
        "Ssk Maja Lund på vårdcentralen Lindö nås på 0480-46 12 00, telefontid 8-9.\n/Sofia",
        "Health-care staff in their work role.",
        sender=SOFIA,
        to=("Hemtjänst Norr <hemtjanst.norr@lindo.se>",),
    ),
    _m(
        "invite-brandovning",
        "allow",
        "Inbjudan: Brandövning Ekbacken",
        "Se inbjudan.\n/Tove",
        "A harmless calendar invite.",
        to=("Ekbacken <ekbacken@lindo.se>",),
        attachments=(text_file("invite.ics", _INVITE_PLAIN, "text/calendar"),),
    ),
    _m(
        "krankning-mall",
        "allow",
        "blankett kränkningsanmälan",
        "Bifogar den nya blanketten, använd den från måndag.\n/Cecilia",
        "A blank form.",
        sender=CECILIA,
        to=("Lärare Lindöskolan <larare.lindoskolan@lindo.se>",),
        attachments=(
            docx(
                "Blankett_krankning.docx",
                "Anmälan om kränkande behandling",
                "Elevens namn: ______  Klass: ______",
                "Beskrivning av händelsen: ______",
            ),
        ),
    ),
    _m(
        "inventarier-xlsx",
        "allow",
        "inventering datorer",
        "Hej, inventarielistan för Ekbacken.\n/IT",
        "Serial numbers and asset tags.",
        sender=IT,
        to=(TOVE,),
        attachments=(
            xlsx(
                "inventarier.xlsx",
                [
                    ["Inventarienr", "Modell", "Serienr", "Placering"],
                    ["LK-004512", "Latitude 5440", "5CG3421XYZ", "Ekbacken kontor"],
                    ["LK-004513", "iPad 10", "DMPX81234567", "Ekbacken avd 2"],
                ],
            ),
        ),
    ),
    _m(
        "personal-csv",
        "allow",
        "kontaktlista personal",
        "Kontaktlista personal Lärkvägen bifogas.\n/Mats",
        "Staff names with work phone numbers.",
        sender=MATS,
        to=("LSS chefer <lss.chefer@lindo.se>",),
        attachments=(
            csv_file(
                "personal_larkvagen.csv",
                "Namn;Roll;Tjänstetelefon\nAli Hassan;stödassistent;070-311 22 33\n"
                "Petra Öst;stödassistent;070-311 22 34\n",
            ),
        ),
    ),
    _m(
        "footer-orgnr",
        "allow",
        "öppettider midsommar",
        "Socialkontoret har stängt midsommarafton. Jour via 112 eller socialjouren." + FOOTER,
        "A signature with the municipality's organisation number.",
        sender=ELIN,
        to=("Alla medarbetare <alla@lindo.se>",),
    ),
]
