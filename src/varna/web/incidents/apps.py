from __future__ import annotations

from typing import Any

from django.apps import AppConfig


class IncidentsConfig(AppConfig):
    name = "varna.web.incidents"
    label = "incidents"
    verbose_name = "Incidentregister"

    def ready(self) -> None:
        from varna.web.incidents import access
        from varna.web.navigation import NavItem, register

        def everyone(user: Any) -> bool:
            return True

        register(
            NavItem(
                label="Rapportera incident",
                url_name="incidents:report",
                description="Rapportera när du vet, misstänker eller ser en risk för att "
                "personuppgifter har hamnat fel, försvunnit eller ändrats.",
                visible=everyone,
                order=10,
            )
        )
        register(
            NavItem(
                label="Mina rapporter",
                url_name="incidents:my_reports",
                description="Se de incidenter du har rapporterat och hur långt de har kommit.",
                visible=everyone,
                order=20,
            )
        )
        register(
            NavItem(
                label="Incidenter",
                url_name="incidents:list",
                description="Utred, bedöm, besluta och följ upp incidenterna i dina nämnder. "
                "72-timmarsfristen syns på varje ärende.",
                visible=access.reads_cases,
                order=30,
            )
        )
        register(
            NavItem(
                label="Leverantörer",
                url_name="incidents:suppliers",
                description="Ge personuppgiftsbiträden en länk för att rapportera incidenter, "
                "eller byt ut en länk.",
                visible=lambda user: bool(user.is_administrator),
                order=80,
            )
        )
