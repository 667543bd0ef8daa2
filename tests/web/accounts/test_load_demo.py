import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from varna.web.accounts.demo import DEMO_PASSWORD, DEMO_PEOPLE
from varna.web.accounts.models import Role, User

pytestmark = pytest.mark.django_db


@override_settings(DEBUG=True)
def test_it_creates_one_demo_account_per_role_and_prints_the_logins(capsys):
    call_command("load_demo")
    out = capsys.readouterr().out
    assert DEMO_PASSWORD in out
    for person in DEMO_PEOPLE:
        assert person.username in out
        assert User.objects.get(username=person.username).check_password(DEMO_PASSWORD)
    assert {p.role for p in DEMO_PEOPLE} == set(Role)


@override_settings(DEBUG=True)
def test_it_can_run_twice_without_duplicating(capsys):
    call_command("load_demo")
    call_command("load_demo")
    assert User.objects.count() == len(DEMO_PEOPLE)


def test_it_refuses_to_load_published_passwords_outside_debug():
    with pytest.raises(CommandError, match="publika lösenord"):
        call_command("load_demo")
