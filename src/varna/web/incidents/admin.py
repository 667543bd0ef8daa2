"""Administration of who is responsible. Cases are deliberately not in the admin:
every case is read through the register's access-checked views."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Model
from django.forms import ModelForm
from django.http import HttpRequest

from varna.web.incidents.audit import log_action
from varna.web.incidents.models import (
    Board,
    BoardAssignment,
    DiaryCounter,
    Organisation,
    OrganisationAccess,
    Supplier,
)


class AuditedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Changes made in the admin go into the same audit trail as everything else."""

    def save_model(self, request: HttpRequest, obj: Model, form: ModelForm, change: bool) -> None:  # type: ignore[type-arg]
        super().save_model(request, obj, form, change)
        changed = {name: str(form.cleaned_data.get(name)) for name in form.changed_data}
        log_action("admin.changed", actor=request.user, obj=obj, changes=changed)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        super().save_formset(request, form, formset, change)
        for obj in formset.new_objects + [o for o, _ in formset.changed_objects]:
            log_action("admin.changed", actor=request.user, obj=obj, changes={"object": str(obj)})
        for obj in formset.deleted_objects:
            log_action("admin.deleted", actor=request.user, obj=obj, changes={"object": str(obj)})

    def delete_model(self, request: HttpRequest, obj: Model) -> None:
        log_action("admin.deleted", actor=request.user, obj=obj, changes={"object": str(obj)})
        super().delete_model(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # bulk deletes would bypass the trail; deactivate instead


class AssignmentInline(admin.TabularInline):  # type: ignore[type-arg]
    model = BoardAssignment
    extra = 1


@admin.register(Organisation)
class OrganisationAdmin(AuditedAdmin):
    list_display = ("name", "organisation_number", "intake_board")


@admin.register(Board)
class BoardAdmin(AuditedAdmin):
    list_display = ("name", "code", "organisation", "diary_pattern", "retention_months", "active")
    list_filter = ("organisation", "active")
    inlines = (AssignmentInline,)


@admin.register(OrganisationAccess)
class OrganisationAccessAdmin(AuditedAdmin):
    list_display = ("user", "organisation")
    list_filter = ("organisation",)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return bool(request.user.is_superuser)


@admin.register(BoardAssignment)
class BoardAssignmentAdmin(AuditedAdmin):
    list_display = ("user", "board", "kind")
    list_filter = ("kind", "board")

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return bool(request.user.is_superuser)


@admin.register(Supplier)
class SupplierAdmin(AuditedAdmin):
    list_display = ("name", "contact_email", "token_rotated_at", "active")
    readonly_fields = ("token_rotated_at",)
    filter_horizontal = ("boards",)


@admin.register(DiaryCounter)
class DiaryCounterAdmin(AuditedAdmin):
    """To continue a board's existing diary: set the last number used this year."""

    list_display = ("board", "year", "last")
