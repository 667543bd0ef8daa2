from __future__ import annotations

from typing import Any

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from varna.web.accounts import throttle

LOCKED_MESSAGE = (
    "För många misslyckade inloggningsförsök. Vänta en stund och försök igen, "
    "eller kontakta din administratör."
)


def client_address(request: HttpRequest) -> str | None:
    address = request.META.get("REMOTE_ADDR")
    return str(address) if address else None


class LoginView(auth_views.LoginView):
    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        username = request.POST.get("username", "")
        if throttle.is_locked(username, client_address(request)):
            form = self.get_form()
            form.errors.clear()
            form.add_error(None, LOCKED_MESSAGE)
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 429
            return response
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form: AuthenticationForm) -> HttpResponse:
        throttle.record_failure(form.data.get("username", ""), client_address(self.request))
        return super().form_invalid(form)

    def form_valid(self, form: AuthenticationForm) -> HttpResponse:
        throttle.clear(form.get_user().get_username())
        return super().form_valid(form)


@login_required
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/home.html")


def healthz(request: HttpRequest) -> HttpResponse:
    """For load balancers and monitoring: the app answers and reaches its database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")
