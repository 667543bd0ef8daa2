"""`varna manage quarantine_key`: print a new key for VARNA_QUARANTINE_KEY."""

from __future__ import annotations

from typing import Any

from cryptography.fernet import Fernet
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Skriv ut en ny nyckel för VARNA_QUARANTINE_KEY (krypterar karantänen)."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(Fernet.generate_key().decode("ascii"))
