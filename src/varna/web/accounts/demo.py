"""Demo accounts: one person per role, all with the same published password."""

from __future__ import annotations

from dataclasses import dataclass

from varna.web.accounts.models import Role, User

DEMO_PASSWORD = "varna-demo-2026"  # noqa: S105 - published on purpose, DEBUG only


@dataclass(frozen=True)
class DemoPerson:
    username: str
    first_name: str
    last_name: str
    role: Role
    title: str


DEMO_PEOPLE: tuple[DemoPerson, ...] = (
    DemoPerson("medarbetare", "Eva", "Lindqvist", Role.EMPLOYEE, "Lärare"),
    DemoPerson("samordnare.bun", "Cecilia", "Berg", Role.COORDINATOR, "Verksamhetsutvecklare IKT"),
    DemoPerson("samordnare.ks", "Johan", "Ek", Role.COORDINATOR, "GDPR-samordnare"),
    DemoPerson("dso", "Maria", "Sund", Role.DPO, "Dataskyddsombud"),
    DemoPerson("namnd.bun", "Lars", "Holm", Role.BOARD, "Förvaltningschef"),
    DemoPerson("it", "Ali", "Hassan", Role.MAIL_ADMIN, "E-postadministratör"),
    DemoPerson("admin", "Agnes", "Admin", Role.ADMIN, "Systemförvaltare"),
)


def load() -> list[str]:
    """Create or refresh the demo accounts; return one login line per person."""
    lines = []
    for person in DEMO_PEOPLE:
        user, _ = User.objects.update_or_create(
            username=person.username,
            defaults={
                "first_name": person.first_name,
                "last_name": person.last_name,
                "email": f"{person.username}@exempelkommunen.se",
                "role": person.role,
                "title": person.title,
                "is_staff": person.role == Role.ADMIN,
                "is_superuser": person.role == Role.ADMIN,
            },
        )
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
        lines.append(f"  {person.username:<16} {person.role.label}")
    return lines
