"""`varna manage api_token create|revoke|list`: client systems of the check API."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from varna.web.guard import tokens
from varna.web.guard.models import ApiClient


class Command(BaseCommand):
    help = "Skapa, återkalla eller lista API-nycklar för kontroll-API:t (en per klientsystem)."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="operation", required=True)
        create = sub.add_parser("create", help="skapa ett klientsystem och skriv ut dess nyckel")
        create.add_argument("name")
        revoke = sub.add_parser("revoke", help="återkalla ett klientsystems nyckel")
        revoke.add_argument("name")
        sub.add_parser("list", help="lista klientsystemen")

    def handle(self, *args: Any, **options: Any) -> None:
        operation = options["operation"]
        try:
            if operation == "create":
                client, token = tokens.create_client(options["name"])
                self.stdout.write(
                    f"Klientsystemet {client.name} har skapats. Nyckeln visas bara nu – "
                    "spara den i klientsystemets hemliga inställningar:"
                )
                self.stdout.write(token)
            elif operation == "revoke":
                client = tokens.revoke(options["name"])
                self.stdout.write(f"Nyckeln för {client.name} är återkallad.")
            else:
                for client in ApiClient.objects.all():
                    state = "aktiv" if client.active else "återkallad"
                    used = (
                        f"{client.last_used_at:%Y-%m-%d %H:%M}" if client.last_used_at else "aldrig"
                    )
                    self.stdout.write(
                        f"{client.name}\t{client.token_prefix}…\t{state}\tsenast använd: {used}"
                    )
        except tokens.TokenError as error:
            raise CommandError(str(error)) from error
