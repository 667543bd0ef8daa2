from __future__ import annotations

from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "varna.web.reports"
    label = "reports"
    verbose_name = "Rapporter och statistik"

    def ready(self) -> None:
        from varna.web.incidents import access
        from varna.web.navigation import NavItem, register

        register(
            NavItem(
                label="Statistik",
                url_name="reports:dashboard",
                description="Se hur många incidenter som har inträffat, hur de gick till, hur "
                "många som anmäldes till IMY och om besluten kom inom 72 timmar.",
                visible=access.reads_cases,
                order=40,
            )
        )
        register(
            NavItem(
                label="Rapporter",
                url_name="reports:exports",
                description="Ta fram incidentloggen för diariet, årsrapporten till nämnden och "
                "underlag till dataskyddsnätverkets statistik.",
                visible=access.reads_cases,
                order=45,
            )
        )
