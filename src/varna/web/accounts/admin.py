from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from varna.web.accounts.models import User


@admin.register(User)
class VarnaUserAdmin(UserAdmin):  # type: ignore[type-arg]
    list_display = ("username", "first_name", "last_name", "email", "role", "is_active")
    list_filter = ("role", "is_active", "is_staff")
    fieldsets = (
        *(UserAdmin.fieldsets or ()),
        ("Värna", {"fields": ("role", "title")}),
    )
