"""Load the demo data of every app that has a ``demo`` module, then print the logins."""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from varna.web.accounts.demo import DEMO_PASSWORD


class Command(BaseCommand):
    help = "Läser in demodata (konton, nämnder, incidenter) och skriver ut demoinloggningarna."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--force",
            action="store_true",
            help="läs in även när DEBUG är av (demo-lösenorden är publika!)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "Demodata har publika lösenord och läses bara in när DEBUG är på "
                "(eller med --force)."
            )
        summary: list[str] = []
        with transaction.atomic():
            for app_config in apps.get_app_configs():
                module_name = f"{app_config.name}.demo"
                if importlib.util.find_spec(module_name) is None:
                    continue
                summary.extend(importlib.import_module(module_name).load())
        self.stdout.write("")
        self.stdout.write(f"Demoinloggningar (lösenord för alla: {DEMO_PASSWORD}):")
        for line in summary:
            self.stdout.write(line)
        self.stdout.write("")
