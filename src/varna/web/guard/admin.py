from __future__ import annotations

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from varna.web.guard.models import ApiClient


@admin.register(ApiClient)
class ApiClientAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Clients are created with `varna manage api_token create` (the token is shown
    once there); here they can be reviewed and revoked."""

    list_display = ("name", "token_prefix", "created_at", "last_used_at", "revoked_at")
    readonly_fields = ("name", "token_prefix", "created_at", "last_used_at", "revoked_at")
    actions = ("revoke",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(description="Återkalla valda API-nycklar")
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiClient]) -> None:
        count = queryset.filter(revoked_at=None).update(revoked_at=timezone.now())
        self.message_user(request, f"{count} nyckel/nycklar återkallade.")
