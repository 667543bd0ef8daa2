import pytest
from django.core.exceptions import ImproperlyConfigured

from varna.web import env


def test_it_reads_booleans_in_the_usual_spellings():
    assert env.get_bool("X", False, {"X": "yes"}) is True
    assert env.get_bool("X", True, {"X": "0"}) is False
    assert env.get_bool("X", True, {}) is True


def test_it_refuses_a_boolean_it_does_not_understand_and_names_the_variable():
    with pytest.raises(ImproperlyConfigured, match="DEBUG must be true or false"):
        env.get_bool("DEBUG", False, {"DEBUG": "maybe"})


def test_it_refuses_a_number_below_the_minimum():
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        env.get_int("EMAIL_PORT", 25, {"EMAIL_PORT": "0"}, minimum=1)
    with pytest.raises(ImproperlyConfigured, match="whole number"):
        env.get_int("EMAIL_PORT", 25, {"EMAIL_PORT": "twenty"})


def test_it_splits_lists_and_drops_blanks():
    assert env.get_list("H", [], {"H": "a.se, b.se,,"}) == ["a.se", "b.se"]


def test_it_generates_a_secret_key_only_in_debug():
    assert env.get_secret_key(debug=True, environ={}).startswith("dev-only-")
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY is not set"):
        env.get_secret_key(debug=False, environ={})


def test_it_refuses_a_short_secret_key_outside_debug():
    with pytest.raises(ImproperlyConfigured, match="at least 32"):
        env.get_secret_key(debug=False, environ={"SECRET_KEY": "short"})


def test_it_parses_a_postgres_url_with_password_and_options():
    db = env.parse_database_url(
        "postgresql://varna:s%40cret@db.example:6432/register?sslmode=require"
    )
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["USER"], db["PASSWORD"], db["HOST"], db["PORT"]) == (
        "varna",
        "s@cret",
        "db.example",
        "6432",
    )
    assert db["OPTIONS"] == {"sslmode": "require"}


def test_it_parses_relative_absolute_and_memory_sqlite_urls():
    assert env.parse_database_url("sqlite:///var/x.sqlite3")["NAME"] == "var/x.sqlite3"
    assert env.parse_database_url("sqlite:////srv/x.sqlite3")["NAME"] == "/srv/x.sqlite3"
    assert env.parse_database_url("sqlite:///:memory:")["NAME"] == ":memory:"


def test_it_does_not_echo_a_database_url_it_refuses():
    with pytest.raises(ImproperlyConfigured) as error:
        env.parse_database_url("mysql://root:hunter2@localhost/x")
    assert "hunter2" not in str(error.value)
    assert "'mysql'" in str(error.value)
