"""Demo data: Exempelkommunen's boards, the people who work for them, a supplier, and a
living register — the two seed incidents (Trelleborg 2023, Alingsås 2024) with their real
content, and cases relative to "now" whose 72-hour clocks are running.

Idempotent: loading again replaces the demo incidents (same diarienummer, clocks
restarted from the new "now") and leaves everything else alone. No personnummer, real
or invented, appears here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone

from varna.web.accounts.models import User
from varna.web.incidents.audit import log_action
from varna.web.incidents.choices import AssignmentKind, NotificationKind, ReporterKind, Status
from varna.web.incidents.models import (
    ActionItem,
    Attachment,
    AuditEntry,
    AuthorityNotification,
    Board,
    BoardAssignment,
    Case,
    DiaryCounter,
    Event,
    Organisation,
    OrganisationAccess,
    ReminderSent,
    Supplier,
)
from varna.web.incidents.models.organisation import token_digest

STOCKHOLM = ZoneInfo("Europe/Stockholm")
DEMO_SUPPLIER_TOKEN = "demo-leverantorslank-gr-2026"  # noqa: S105 - published demo link, DEBUG only
ORGANISATION = "Exempelkommunen"
NEIGHBOUR = "Grannkommunen"
NEIGHBOUR_COORDINATOR = "GDPR-samordnaren i Grannkommunen"

BOARDS: tuple[tuple[str, str, str], ...] = (
    (ORGANISATION, "KS", "Kommunstyrelsen"),
    (ORGANISATION, "BUN", "Barn- och ungdomsnämnden"),
    (ORGANISATION, "SN", "Socialnämnden"),
    (NEIGHBOUR, "UN", "Utbildningsnämnden"),
)
ASSIGNMENTS: tuple[tuple[str, str, str, AssignmentKind], ...] = (
    ("samordnare.bun", ORGANISATION, "BUN", AssignmentKind.COORDINATOR),
    ("samordnare.ks", ORGANISATION, "KS", AssignmentKind.COORDINATOR),
    ("samordnare.ks", ORGANISATION, "SN", AssignmentKind.COORDINATOR),
    ("namnd.bun", ORGANISATION, "BUN", AssignmentKind.BOARD_MEMBER),
)


def at(year: int, month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=STOCKHOLM)


@dataclass
class DemoCase:
    board: tuple[str, str]
    seq: int
    created: datetime
    # (status, when, username or None, comment); the first step is always "reported".
    steps: list[tuple[Status, datetime, str | None, str]]
    values: dict[str, Any] = field(default_factory=dict)
    items: list[dict[str, Any]] = field(default_factory=list)
    notifications: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class DemoEvent:
    values: dict[str, Any]
    cases: list[DemoCase]
    reporter: str | None = None
    supplier: bool = False


def load() -> list[str]:
    organisations = _organisations()
    boards = _boards(organisations)
    _assignments(boards)
    # Exempelkommunen's data protection officer; Grannkommunen has its own.
    OrganisationAccess.objects.get_or_create(
        user=User.objects.get(username="dso"), organisation=organisations[ORGANISATION]
    )
    supplier = _supplier(boards)
    _replace_incidents(_incidents(timezone.now()), boards, supplier)
    link = f"{settings.SITE_URL}{reverse('supplier_report')}?nyckel={DEMO_SUPPLIER_TOKEN}"
    return [
        "",
        f"  Leverantörslänk ({supplier.name}, utan inloggning):",
        f"  {link}",
    ]


def _organisations() -> dict[str, Organisation]:
    result = {}
    for name in (ORGANISATION, NEIGHBOUR):
        result[name], _ = Organisation.objects.get_or_create(name=name)
    return result


def _boards(organisations: dict[str, Organisation]) -> dict[tuple[str, str], Board]:
    boards = {}
    for org_name, code, name in BOARDS:
        board, _ = Board.objects.update_or_create(
            organisation=organisations[org_name], code=code, defaults={"name": name}
        )
        boards[(org_name, code)] = board
    home = organisations[ORGANISATION]
    home.intake_board = boards[(ORGANISATION, "KS")]
    home.save(update_fields=["intake_board"])
    return boards


def _assignments(boards: dict[tuple[str, str], Board]) -> None:
    for username, org_name, code, kind in ASSIGNMENTS:
        user = User.objects.get(username=username)
        BoardAssignment.objects.get_or_create(user=user, board=boards[(org_name, code)], kind=kind)


def _supplier(boards: dict[tuple[str, str], Board]) -> Supplier:
    supplier, _ = Supplier.objects.update_or_create(
        name="Göteborgsregionen (GR), regiongemensamma enkäter",
        defaults={
            "contact_email": "enkater@gr.example",
            "token_digest": token_digest(DEMO_SUPPLIER_TOKEN),
            "token_rotated_at": timezone.now(),
            "active": True,
        },
    )
    supplier.boards.set(
        [boards[(ORGANISATION, "BUN")], boards[(ORGANISATION, "KS")], boards[(NEIGHBOUR, "UN")]]
    )
    return supplier


def _replace_incidents(
    events: list[DemoEvent], boards: dict[tuple[str, str], Board], supplier: Supplier
) -> None:
    titles = [e.values["title"] for e in events]
    old = Event.objects.filter(title__in=titles)
    AuditEntry.objects.filter(event__in=old).delete()
    AuditEntry.objects.filter(case__event__in=old).delete()
    Attachment.objects.filter(event__in=old).delete()
    Case.objects.filter(event__in=old).delete()
    old.delete()
    for demo in events:
        reporter = User.objects.get(username=demo.reporter) if demo.reporter else None
        event = Event.objects.create(
            **demo.values,
            reporter_user=reporter,
            supplier=supplier if demo.supplier else None,
        )
        first = min(c.created for c in demo.cases)
        Event.objects.filter(pk=event.pk).update(created_at=first)
        for spec in demo.cases:
            _create_case(event, boards[spec.board], spec)


def _create_case(event: Event, board: Board, spec: DemoCase) -> None:
    year = spec.created.astimezone(STOCKHOLM).year
    users = {u.username: u for u in User.objects.all()}
    values = dict(spec.values)
    for key in ("handler", "decided_by", "dpo_advice_recorded_by"):
        if key in values:
            values[key] = users[values[key]]
    values.setdefault("summary", event.description)
    values.setdefault("aware_at", event.discovered_at)
    final = spec.steps[-1]
    case = Case.objects.create(
        event=event,
        board=board,
        diary_year=year,
        diary_seq=spec.seq,
        diarienummer=board.format_diarienummer(year, spec.seq),
        status=final[0],
        closed_at=final[1] if final[0] == Status.CLOSED else None,
        **values,
    )
    Case.objects.filter(pk=case.pk).update(created_at=spec.created)
    counter, _ = DiaryCounter.objects.get_or_create(board=board, year=year)
    highest = Case.objects.filter(board=board, diary_year=year).aggregate(m=Max("diary_seq"))["m"]
    counter.last = max(counter.last, highest or 0)
    counter.save(update_fields=["last"])
    previous = ""
    for status, when, username, comment in spec.steps:
        # A step names a demo user, a person by role (no account here), or no one (the reporter).
        actor = users.get(username) if username else None
        case.status_changes.create(
            at=when,
            actor=actor,
            actor_label=actor.display_name if actor else username or _reporter_label(event),
            from_status=previous,
            to_status=status,
            comment=comment,
        )
        previous = status
    for item in spec.items:
        ActionItem.objects.create(case=case, **item)
    for notification in spec.notifications:
        AuthorityNotification.objects.create(case=case, **notification)
    entry = log_action(
        "case.created",
        actor_label=_reporter_label(event),
        case=case,
        changes={"diarienummer": case.diarienummer, "board": str(board)},
    )
    AuditEntry.objects.filter(pk=entry.pk).update(at=spec.created)
    ReminderSent.objects.filter(case=case).delete()


def _reporter_label(event: Event) -> str:
    if event.supplier_id:
        return f"Leverantör: {event.supplier} ({event.reporter_name})"
    if event.reporter_user:
        return event.reporter_user.display_name
    return event.reporter_name or "Rapportör"


def _incidents(now: datetime) -> list[DemoEvent]:
    return [
        _trelleborg(),
        _alingsas(),
        *_living(now),
    ]


TRELLEBORG_DESCRIPTION = (
    "En mindre personuppgiftsincident upptäcktes 2023-02-07 när mejl innehållande namn och "
    "efternamn på medarbetare anställda på en förvaltning har av misstag skickats till chef hos "
    "annan förvaltning utan SEFOS-kryptering. Chefen i sin tur skickade vidare mejlet, utan att "
    "kryptera, till andra chefer i förvaltningen. En av personerna reagerade på detta och anmälde "
    "incidenten och bad alla som har tagit emot mejlet att omedelbart radera den, vilket det också "
    "gjordes av samtliga."
)


def _trelleborg() -> DemoEvent:
    """Trelleborg's incident log, kommunledningsförvaltningen, 2023-02-07."""
    return DemoEvent(
        values={
            "trigger": "happened",
            "title": "Okrypterat mejl med namn på medarbetare skickades vidare till flera chefer",
            "description": TRELLEBORG_DESCRIPTION,
            "channel": "unencrypted_email",
            "occurred_from": at(2023, 2, 7, 8, 0),
            "discovered_at": at(2023, 2, 7, 10, 15),
            "reported_data": ["basic"],
            "reported_groups": ["employees"],
            "actions_taken": "Alla som tagit emot mejlet ombads att omedelbart radera det, "
            "vilket samtliga gjorde.",
            "reporter_kind": ReporterKind.EMPLOYEE,
            "reporter_name": "Medarbetare som tog emot mejlet",
        },
        cases=[
            DemoCase(
                board=(ORGANISATION, "KS"),
                seq=58,
                created=at(2023, 2, 7, 10, 40),
                steps=[
                    (Status.REPORTED, at(2023, 2, 7, 10, 40), None, "Rapporten togs emot."),
                    (Status.UNDER_INVESTIGATION, at(2023, 2, 7, 13, 0), "samordnare.ks", ""),
                    (
                        Status.DECIDED,
                        at(2023, 2, 8, 15, 30),
                        "samordnare.ks",
                        "Beslutet registrerades.",
                    ),
                    (Status.ACTIONS_IN_PROGRESS, at(2023, 2, 8, 15, 45), "samordnare.ks", ""),
                    (
                        Status.CLOSED,
                        at(2023, 5, 2, 11, 0),
                        "samordnare.ks",
                        "Samtliga åtgärder genomförda.",
                    ),
                ],
                values={
                    "handler": "samordnare.ks",
                    "breach_types": ["confidentiality"],
                    "data_categories": ["basic"],
                    "subject_groups": ["employees"],
                    "exposure": "trusted_recipient",
                    "malicious": False,
                    "unintelligible": "none",
                    "contained": True,
                    "identifiability": "maximum",
                    "risk_reducing": [
                        "Mejlet innehöll bara namn och efternamn på medarbetare.",
                        "Mottagarna var chefer i kommunen.",
                        "Samtliga mottagare har raderat mejlet.",
                    ],
                    "risk_raising": [
                        "Mejlet skickades vidare i flera led utan kryptering.",
                    ],
                    "assessed_risk": "unlikely",
                    "assessment": (
                        "Incidenten skedde oavsiktligt och omedvetet genom fel hantering i det "
                        "enskilda fallet med mänskliga faktorn samt tekniskt fel, till exempel fel "
                        "i mjukvara, programinställningar. Dock hade SEFOS add-in använts som "
                        "brukligt via Outlook, men av okänd anledning hade krypteringen inte "
                        "slagit igenom, utan mejlet skickades utanför SEFOS, via Outlook bara. Så "
                        "medarbetaren följde rutin och add-in, men SEFOS fallerade."
                    ),
                    "dpo_consulted_on": date(2023, 2, 8),
                    "dpo_advice": "Dataskyddsombud bedömer incident som begränsad och att det är "
                    "tillräckligt med intern anmälan.",
                    "dpo_advice_recorded_by": "samordnare.ks",
                    "notify_authority": False,
                    "authority_reason": (
                        "I samråd med kommunens dataskyddsombud har beslut tagits att incidenten "
                        "är begränsad och mindre allvarlig och att det därmed är tillräckligt med "
                        "intern hantering och att det inte behöver anmälas till "
                        "Integritetsskyddsmyndigheten."
                    ),
                    "inform_subjects": False,
                    "subjects_reason": "Incidenten bedöms inte medföra någon hög risk för de "
                    "registrerade.",
                    "decision_maker": "Dataskyddsombudet i samråd med förvaltningen",
                    "decided_at": at(2023, 2, 8, 15, 30),
                    "decided_by": "samordnare.ks",
                    "initial_actions": (
                        "Genomgång av SEFOS för att säkerställa/påminna om hur och när man "
                        "krypterar mejl. Genomgång av GDPR.\n\n"
                        "Då incidenten uppkom p.g.a. mänsklig faktor har samtal hållits med "
                        "berörda hos enheten om hur vi ska undvika att sådana incidenter sker "
                        "igen. Mer noggrannhet eftersträvas framöver i hanteringen av "
                        "personuppgifter."
                    ),
                    "deficiencies": (
                        "SEFOS-krypteringen slog av okänd anledning inte igenom, trots att add-in "
                        "användes som brukligt via Outlook.\n\n"
                        "Det saknas en intern rutin för vilka personuppgifter som får och inte får "
                        "sändas via e-post, och när och hur SEFOS ska användas."
                    ),
                    "follow_up_on": date(2023, 5, 2),
                },
                items=[
                    {
                        "what": "Kontakta enhet Digital utveckling för att felsöka SEFOS och ev. "
                        "leda medarbetare till endast SEFOS-appen i stället.",
                        "responsible": "GDPR-samordnare",
                        "due_on": date(2023, 2, 28),
                        "done_on": date(2023, 2, 20),
                    },
                    {
                        "what": "Ta fram en intern rutin kring personuppgifter: vilka "
                        "personuppgifter som får och inte får sändas via e-post, och när och på "
                        "vilket sätt SEFOS ska användas.",
                        "responsible": "HR-funktionen",
                        "due_on": date(2023, 4, 30),
                        "done_on": date(2023, 4, 24),
                    },
                ],
            )
        ],
    )


ALINGSAS_DESCRIPTION = (
    "Göteborgsregionen (GR) informerar om att den 21/11 kl. 16:38 gjordes ett "
    "informationsutskick om regiongemensamma vårdnadshavarenkäter till kommunalt anställda "
    "förskolerektorer i Göteborgsregionen. Inom respektive kommun skulle utskicken även nå "
    "kommunens ansvariga representant, men genom ett mänskligt misstag hos enkätleverantören "
    "Indikator följde projektets samtliga 13 kommunrepresentanter med som kopiemottagare på "
    "samtliga utskick. Därav fick kommunrepresentanterna tillgång till arbetsrelaterade "
    "e-postadresser från 12 kommuners förskolerektorer som de inte skulle ha.\n\n"
    "I korthet:\n"
    "- Utskicket gick ut 2024-11-21 kl. 16:38.\n"
    "- Kommunrepresentanterna (13 st) fick samtliga utskick som gick ut till "
    "rektorer/genomförandeansvariga på de olika förskolorna i de olika kommunerna, totalt 268 "
    "stycken. I dessa utskick framgick mottagarnas e-postadresser.\n"
    "- Inga privata mejladresser ingick i utskicket. Det var anställdas mejladresser."
)
ALINGSAS_ROLES = (
    "\n\nInom ramen för Samverkans- och PUB-avtalet Regiongemensamma enkäter är kommunerna "
    "personuppgiftsansvariga (PuA), Göteborgsregionens kommunalförbund är personuppgiftsbiträde "
    "(PuB) och Indikator underbiträde. Därav följer att det är kommunerna som var och en för sig "
    "ska bedöma det inträffade utifrån dataskyddsförordningens regelverk och avgöra om händelsen "
    "ska anmälas till IMY som en personuppgiftsincident, och om de registrerade därutöver ska "
    "informeras."
)
ALINGSAS_ASSESSMENT = (
    "Utifrån de riskreducerande omständigheterna har bedömningen gjorts att det är osannolikt att "
    "incidenten innebär risk för den registrerade. Därmed görs ingen anmälan till "
    "Integritetsskyddsmyndigheten (IMY) och den registrerade informeras inte om incidenten, i "
    "enlighet med IMY:s riktlinjer för hantering av personuppgiftsincidenter."
)


def _alingsas_facts(subjects: int) -> dict[str, Any]:
    return {
        "summary": ALINGSAS_DESCRIPTION + ALINGSAS_ROLES,
        "breach_types": ["confidentiality"],
        "data_categories": ["contact"],
        "subject_groups": ["employees"],
        "subject_count": subjects,
        "record_count": 268,
        "exposure": "known_recipients",
        "malicious": False,
        "unintelligible": "none",
        "identifiability": "maximum",
        "already_public": True,
        "risk_reducing": [
            f"Incidenten berör ett begränsat antal personer ({subjects} st förskolerektorer) och "
            "ett begränsat antal personuppgifter (arbetsrelaterad e-postadress).",
            "Rektorernas e-postadresser är publicerade och finns tillgängliga för allmänheten på "
            "kommunens webbplats.",
            "Det rör ingen person med sekretessmarkering.",
            "Utskicket har gått ut till ett begränsat antal personer (12 st) som är representanter "
            "i andra kommuner inom GR och det finns inte anledning att tro att mottagarna skulle "
            "använda e-postadresserna på ett sätt som skulle få negativa konsekvenser för de "
            "registrerade.",
        ],
        "assessed_risk": "unlikely",
        "assessment": ALINGSAS_ASSESSMENT,
        "notify_authority": False,
        "authority_reason": ALINGSAS_ASSESSMENT,
        "inform_subjects": False,
        "subjects_reason": "Det är osannolikt att incidenten innebär risk för de registrerade.",
        "initial_actions": "Kontaktat personuppgiftsbiträdet och efterfrågat vilka åtgärder som "
        "man vidtar för att minska risken för felaktiga utskick.",
        "deficiencies": "Mänskligt misstag enligt information från personuppgiftsbiträdet.",
    }


def _alingsas() -> DemoEvent:
    """Alingsås, Barn- och ungdomsnämnden: a supplier's mistake that reached 13 municipalities."""
    bun = _alingsas_facts(12)
    bun.update(
        handler="samordnare.bun",
        decision_maker="Lars Holm, förvaltningschef, enligt delegation",
        decided_at=at(2024, 11, 25, 14, 0),
        decided_by="namnd.bun",
        follow_up_on=date(2024, 12, 20),
    )
    un = _alingsas_facts(9)
    un.update(
        decision_maker="Förvaltningschefen, enligt delegation",
        decided_at=at(2024, 11, 26, 10, 0),
    )
    return DemoEvent(
        supplier=True,
        values={
            "trigger": "happened",
            "title": "Kommunrepresentanter i kopia på 268 enkätutskick till förskolerektorer",
            "description": ALINGSAS_DESCRIPTION,
            "channel": "visible_recipients",
            "occurred_from": at(2024, 11, 21, 16, 38),
            "discovered_at": at(2024, 11, 22, 8, 30),
            "reported_data": ["contact"],
            "reported_groups": ["employees"],
            "approx_subjects": 268,
            "reporter_kind": ReporterKind.SUPPLIER,
            "reporter_name": "Projektledaren för regiongemensamma enkäter",
            "reporter_email": "enkater@gr.example",
            "subprocessor": "Indikator (enkätleverantör)",
        },
        cases=[
            DemoCase(
                board=(ORGANISATION, "BUN"),
                seq=401,
                created=at(2024, 11, 22, 9, 5),
                steps=[
                    (Status.REPORTED, at(2024, 11, 22, 9, 5), None, "Rapporten togs emot."),
                    (Status.UNDER_INVESTIGATION, at(2024, 11, 22, 10, 0), "samordnare.bun", ""),
                    (
                        Status.DECIDED,
                        at(2024, 11, 25, 14, 0),
                        "namnd.bun",
                        "Beslutet registrerades.",
                    ),
                    (Status.ACTIONS_IN_PROGRESS, at(2024, 11, 25, 14, 10), "samordnare.bun", ""),
                    (
                        Status.CLOSED,
                        at(2024, 12, 19, 9, 0),
                        "samordnare.bun",
                        "Återkoppling från personuppgiftsbiträdet mottagen.",
                    ),
                ],
                values=bun,
                items=[
                    {
                        "what": "Invänta återkoppling från personuppgiftsbiträdet om vilka "
                        "åtgärder som vidtas för att minska risken för felaktiga utskick.",
                        "responsible": "GDPR-samordnare BUN",
                        "due_on": date(2024, 12, 20),
                        "done_on": date(2024, 12, 18),
                    }
                ],
            ),
            DemoCase(
                board=(NEIGHBOUR, "UN"),
                seq=233,
                created=at(2024, 11, 22, 9, 5),
                steps=[
                    (Status.REPORTED, at(2024, 11, 22, 9, 5), None, "Rapporten togs emot."),
                    (
                        Status.UNDER_INVESTIGATION,
                        at(2024, 11, 22, 13, 0),
                        NEIGHBOUR_COORDINATOR,
                        "",
                    ),
                    (
                        Status.DECIDED,
                        at(2024, 11, 26, 10, 0),
                        NEIGHBOUR_COORDINATOR,
                        "Beslutet registrerades.",
                    ),
                ],
                values=un,
            ),
        ],
    )


def _living(now: datetime) -> list[DemoEvent]:
    """Cases in every status, with clocks running relative to ``now``."""
    year = timezone.localtime(now).year

    def ago(hours: float) -> datetime:
        return now - timedelta(hours=hours)

    today = timezone.localdate(now)
    return [
        DemoEvent(
            reporter="medarbetare",
            values={
                "trigger": "happened",
                "title": "Utskrift med elevers allergier och mediciner låg kvar i skrivaren",
                "description": "En utskrift med en klasslista där elevernas allergier och "
                "mediciner stod låg kvar i den gemensamma skrivaren i personalrummet över "
                "lunchen. Jag vet inte om någon annan har läst den. Personalrummet används även "
                "av vikarier och av städpersonal från en entreprenör.",
                "channel": "paper",
                "occurred_from": ago(6),
                "occurred_to": ago(4),
                "discovered_at": ago(3),
                "reported_data": ["basic", "health"],
                "reported_groups": ["pupils", "children"],
                "approx_subjects": 24,
                "actions_taken": "Jag tog hand om utskriften och lade den i låst skåp.",
                "reporter_kind": ReporterKind.EMPLOYEE,
                "reporter_name": "Eva Lindqvist",
                "reporter_email": "medarbetare@exempelkommunen.se",
            },
            cases=[
                DemoCase(
                    board=(ORGANISATION, "BUN"),
                    seq=11,
                    created=ago(2.5),
                    steps=[(Status.REPORTED, ago(2.5), "medarbetare", "Rapporten togs emot.")],
                    values={
                        "breach_types": ["confidentiality"],
                        "subject_count": 24,
                        "data_categories": ["basic", "health"],
                        "subject_groups": ["pupils", "children"],
                    },
                )
            ],
        ),
        DemoEvent(
            reporter="medarbetare",
            values={
                "trigger": "happened",
                "title": "Elevlista med skyddade personuppgifter skickad till fel vårdnadshavare",
                "description": "Inför en utflykt skickades en lista med elevernas namn, "
                "adresser och vårdnadshavares telefonnummer till vårdnadshavarna i klassen. "
                "Listan innehöll också adressen till en elev som har skyddade personuppgifter. "
                "Mejlet gick till 27 vårdnadshavare.",
                "channel": "wrong_recipient",
                "occurred_from": ago(56),
                "discovered_at": ago(54),
                "reported_data": ["basic", "contact", "protected_identity"],
                "reported_groups": ["pupils", "guardians"],
                "approx_subjects": 27,
                "actions_taken": "Skickade ett nytt mejl och bad alla att radera det förra.",
                "reporter_kind": ReporterKind.EMPLOYEE,
                "reporter_name": "Eva Lindqvist",
                "reporter_email": "medarbetare@exempelkommunen.se",
            },
            cases=[
                DemoCase(
                    board=(ORGANISATION, "BUN"),
                    seq=10,
                    created=ago(53),
                    steps=[
                        (Status.REPORTED, ago(53), "medarbetare", "Rapporten togs emot."),
                        (
                            Status.UNDER_INVESTIGATION,
                            ago(50),
                            "samordnare.bun",
                            "Utredningen påbörjades.",
                        ),
                    ],
                    values={
                        "handler": "samordnare.bun",
                        "breach_types": ["confidentiality"],
                        "data_categories": ["basic", "contact", "protected_identity"],
                        "subject_groups": ["pupils", "guardians"],
                        "subject_count": 27,
                        "subjects_vulnerable": True,
                        "exposure": "known_recipients",
                        "malicious": False,
                        "unintelligible": "none",
                        "identifiability": "maximum",
                        "risk_raising": [
                            "En elev har skyddade personuppgifter; adressen har röjts.",
                            "Uppgifterna gäller barn.",
                        ],
                        "risk_reducing": ["Mottagarna är kända vårdnadshavare i klassen."],
                    },
                )
            ],
        ),
        DemoEvent(
            values={
                "trigger": "happened",
                "title": "Nätfiske: inloggningsuppgifter lämnades på falsk inloggningssida",
                "description": "Tre medarbetare på kommunledningskontoret klickade på en länk i "
                "ett mejl som såg ut att komma från IT-supporten och skrev in sina "
                "inloggningsuppgifter. Från ett av kontona har det sedan skickats nätfiskemejl "
                "till externa mottagare. Kontot har åtkomst till personalärenden.",
                "channel": "cyber_attack",
                "occurred_from": ago(34),
                "discovered_at": ago(30),
                "reported_data": ["credentials", "basic", "contact"],
                "reported_groups": ["employees"],
                "approx_subjects": 3,
                "actions_taken": "IT spärrade kontona och bytte lösenorden.",
                "reporter_kind": ReporterKind.EMPLOYEE,
                "reporter_name": "Ali Hassan",
                "reporter_email": "it@exempelkommunen.se",
            },
            reporter="it",
            cases=[
                DemoCase(
                    board=(ORGANISATION, "KS"),
                    seq=4,
                    created=ago(29),
                    steps=[
                        (Status.REPORTED, ago(29), "it", "Rapporten togs emot."),
                        (Status.UNDER_INVESTIGATION, ago(28), "samordnare.ks", ""),
                        (Status.DECIDED, ago(8), "samordnare.ks", "Beslutet registrerades."),
                        (Status.ACTIONS_IN_PROGRESS, ago(7), "samordnare.ks", ""),
                    ],
                    values={
                        "handler": "samordnare.ks",
                        "breach_types": ["confidentiality", "integrity"],
                        "data_categories": ["credentials", "basic", "contact", "secrecy"],
                        "subject_groups": ["employees", "citizens"],
                        "subject_count": 140,
                        "exposure": "unknown_recipients",
                        "malicious": True,
                        "unintelligible": "none",
                        "contained": True,
                        "identifiability": "maximum",
                        "risk_raising": [
                            "Angreppet var uppsåtligt.",
                            "Ett av kontona har åtkomst till personalärenden.",
                        ],
                        "risk_reducing": ["Kontona spärrades inom två timmar."],
                        "assessed_risk": "risk",
                        "assessment": "Obehöriga kan ha haft åtkomst till personalärenden under "
                        "ungefär två timmar. Det går inte att utesluta att uppgifter har lästs.",
                        "dpo_consulted_on": today - timedelta(days=1),
                        "dpo_advice": "Anmäl till IMY inom 72 timmar och komplettera när "
                        "loggranskningen är klar.",
                        "dpo_advice_recorded_by": "samordnare.ks",
                        "notify_authority": True,
                        "authority_reason": "Obehörig åtkomst till personalärenden kan inte "
                        "uteslutas.",
                        "inform_subjects": False,
                        "subjects_reason": "Risken bedöms inte som hög. Beslutet omprövas när "
                        "loggranskningen är klar.",
                        "decision_maker": "Kommundirektören enligt delegation",
                        "decided_at": ago(8),
                        "decided_by": "samordnare.ks",
                        "initial_actions": "Kontona spärrades och lösenorden byttes. Varning "
                        "skickad till alla medarbetare.",
                        "deficiencies": "Tvåfaktorsautentisering saknas för e-post.",
                        "follow_up_on": today + timedelta(days=30),
                    },
                    items=[
                        {
                            "what": "Granska inloggningsloggarna för de tre kontona.",
                            "responsible": "IT-enheten",
                            "due_on": today - timedelta(days=1),
                        },
                        {
                            "what": "Införa tvåfaktorsautentisering för e-post.",
                            "responsible": "IT-chefen",
                            "due_on": today + timedelta(days=60),
                        },
                    ],
                    notifications=[
                        {
                            "kind": NotificationKind.INITIAL,
                            "submitted_at": ago(6),
                            "reference": f"IMY-{year}-1287",
                            "summary": "Första anmälan: nätfiske, tre konton, åtkomst till "
                            "personalärenden kan inte uteslutas. Komplettering följer.",
                        }
                    ],
                )
            ],
        ),
        DemoEvent(
            reporter="samordnare.ks",
            values={
                "trigger": "suspected",
                "title": "Utredning inom socialtjänsten skickad med vanlig e-post till extern part",
                "description": "En handläggare skickade en utredning till en extern "
                "utförare med vanlig e-post i stället för den säkra kanalen. Utföraren har "
                "tystnadsplikt. Uppgiften kom in per telefon.",
                "channel": "unencrypted_email",
                "occurred_from": ago(82),
                "discovered_at": ago(80),
                "reported_data": ["social_welfare", "health", "secrecy"],
                "reported_groups": ["clients"],
                "approx_subjects": 1,
                "reporter_kind": ReporterKind.OTHER,
                "reporter_name": "Enhetschef hos utföraren",
            },
            cases=[
                DemoCase(
                    board=(ORGANISATION, "SN"),
                    seq=7,
                    created=ago(79),
                    steps=[
                        (Status.REPORTED, ago(79), "samordnare.ks", "Rapporten togs emot."),
                        (Status.UNDER_INVESTIGATION, ago(75), "samordnare.ks", ""),
                    ],
                    values={
                        "handler": "samordnare.ks",
                        "breach_types": ["confidentiality"],
                        "data_categories": ["social_welfare", "health", "secrecy"],
                        "subject_groups": ["clients"],
                        "subject_count": 1,
                        "exposure": "trusted_recipient",
                        "unintelligible": "none",
                        "identifiability": "maximum",
                    },
                )
            ],
        ),
        DemoEvent(
            reporter="samordnare.ks",
            values={
                "trigger": "happened",
                "title": "Stulen bärbar dator med okrypterad hårddisk",
                "description": "En bärbar dator stals ur en bil. Hårddisken var inte "
                "krypterad. På datorn fanns sparade dokument med journalanteckningar.",
                "channel": "lost_device",
                "occurred_from": now - timedelta(days=130, hours=20),
                "discovered_at": now - timedelta(days=130),
                "reported_data": ["health", "social_welfare"],
                "reported_groups": ["clients"],
                "approx_subjects": 40,
                "reporter_kind": ReporterKind.EMPLOYEE,
                "reporter_name": "Johan Ek",
            },
            cases=[
                DemoCase(
                    board=(ORGANISATION, "SN"),
                    seq=3,
                    created=now - timedelta(days=130),
                    steps=[
                        (
                            Status.REPORTED,
                            now - timedelta(days=130),
                            "samordnare.ks",
                            "Rapporten togs emot.",
                        ),
                        (
                            Status.UNDER_INVESTIGATION,
                            now - timedelta(days=130),
                            "samordnare.ks",
                            "",
                        ),
                        (Status.DECIDED, now - timedelta(days=126), "samordnare.ks", ""),
                        (
                            Status.ACTIONS_IN_PROGRESS,
                            now - timedelta(days=126),
                            "samordnare.ks",
                            "",
                        ),
                        (
                            Status.CLOSED,
                            now - timedelta(days=40),
                            "samordnare.ks",
                            "Alla åtgärder genomförda.",
                        ),
                    ],
                    values={
                        "handler": "samordnare.ks",
                        "breach_types": ["confidentiality", "availability"],
                        "data_categories": ["health", "social_welfare"],
                        "subject_groups": ["clients"],
                        "subject_count": 40,
                        "subjects_vulnerable": True,
                        "exposure": "unknown_recipients",
                        "malicious": True,
                        "unintelligible": "none",
                        "availability_loss": "none",
                        "identifiability": "maximum",
                        "risk_raising": [
                            "Uppgifterna gäller hälsa och socialtjänst.",
                            "Hårddisken var inte krypterad.",
                        ],
                        "assessed_risk": "high_risk",
                        "assessment": "Hög risk: känsliga uppgifter om utsatta personer kan ha "
                        "kommit i orätta händer.",
                        "dpo_consulted_on": timezone.localdate(now - timedelta(days=129)),
                        "dpo_advice": "Anmäl till IMY och informera de registrerade.",
                        "dpo_advice_recorded_by": "samordnare.ks",
                        "notify_authority": True,
                        "authority_reason": "Hög risk för de registrerade.",
                        "inform_subjects": True,
                        "subjects_reason": "Hög risk för de registrerade (art. 34.1).",
                        "subjects_information_method": "Brev till var och en",
                        "subjects_informed_on": timezone.localdate(now - timedelta(days=120)),
                        "decision_maker": "Socialchefen enligt delegation",
                        "decided_at": now - timedelta(days=126),
                        "decided_by": "samordnare.ks",
                        "initial_actions": "Polisanmälan. Datorn spärrades i systemen.",
                        "deficiencies": "Hårddiskkryptering saknades på en del bärbara datorer.",
                        "follow_up_on": timezone.localdate(now - timedelta(days=40)),
                    },
                    items=[
                        {
                            "what": "Kryptera hårddiskarna på alla bärbara datorer.",
                            "responsible": "IT-enheten",
                            "due_on": timezone.localdate(now - timedelta(days=60)),
                            "done_on": timezone.localdate(now - timedelta(days=45)),
                        },
                    ],
                    notifications=[
                        {
                            "kind": NotificationKind.INITIAL,
                            "submitted_at": now - timedelta(days=126, hours=20),
                            "reference": f"IMY-{year}-0412",
                            "summary": "Stulen dator, okrypterad, uppgifter om cirka 40 brukare.",
                            "late_reason": "Det tog tid att ta reda på vilka dokument som fanns "
                            "på datorn; anmälan gjordes direkt när omfattningen var känd.",
                        },
                        {
                            "kind": NotificationKind.SUPPLEMENTARY,
                            "submitted_at": now - timedelta(days=119),
                            "reference": f"IMY-{year}-0412",
                            "summary": "Komplettering: de registrerade informerades per brev.",
                        },
                    ],
                )
            ],
        ),
        DemoEvent(
            reporter="samordnare.ks",
            values={
                "trigger": "happened",
                "title": "Lönebesked skickat till fel medarbetare",
                "description": "Ett lönebesked skickades till en annan medarbetare med samma "
                "efternamn.",
                "channel": "wrong_recipient",
                "occurred_from": at(2019, 3, 25, 12, 0),
                "discovered_at": at(2019, 3, 25, 15, 0),
                "reported_data": ["financial"],
                "reported_groups": ["employees"],
                "approx_subjects": 1,
                "reporter_kind": ReporterKind.EMPLOYEE,
                "reporter_name": "Johan Ek",
            },
            cases=[
                DemoCase(
                    board=(ORGANISATION, "KS"),
                    seq=112,
                    created=at(2019, 3, 25, 15, 30),
                    steps=[
                        (Status.REPORTED, at(2019, 3, 25, 15, 30), "samordnare.ks", ""),
                        (Status.UNDER_INVESTIGATION, at(2019, 3, 26, 9, 0), "samordnare.ks", ""),
                        (Status.DECIDED, at(2019, 3, 26, 14, 0), "samordnare.ks", ""),
                        (Status.CLOSED, at(2019, 4, 2, 10, 0), "samordnare.ks", ""),
                    ],
                    values={
                        "handler": "samordnare.ks",
                        "breach_types": ["confidentiality"],
                        "data_categories": ["financial"],
                        "subject_groups": ["employees"],
                        "subject_count": 1,
                        "exposure": "trusted_recipient",
                        "contained": True,
                        "assessed_risk": "unlikely",
                        "assessment": "Mottagaren är anställd och har raderat lönebeskedet.",
                        "notify_authority": False,
                        "authority_reason": "Osannolikt att incidenten medför en risk.",
                        "inform_subjects": False,
                        "subjects_reason": "Den berörda medarbetaren informerades ändå muntligt.",
                        "decision_maker": "HR-chefen",
                        "decided_at": at(2019, 3, 26, 14, 0),
                    },
                )
            ],
        ),
    ]
