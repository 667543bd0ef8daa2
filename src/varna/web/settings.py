"""Django settings, read only from environment variables (see docs/DEPLOYMENT.md)."""

from __future__ import annotations

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from varna.web import env

PACKAGE_DIR = Path(__file__).resolve().parent

DEBUG = env.get_bool("DEBUG", False)
SECRET_KEY = env.get_secret_key(DEBUG)
ALLOWED_HOSTS = env.get_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the host names Värna is served under")
CSRF_TRUSTED_ORIGINS = env.get_list("CSRF_TRUSTED_ORIGINS", [])

# Where Värna keeps its embedded database, static files and quarantine.
DATA_DIR = env.get_path("VARNA_DATA_DIR", Path.cwd() / "var")

DATABASES = {
    "default": env.parse_database_url(
        env.get_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'varna.sqlite3'}")
    )
}
# Persistent connections on every engine: for SQLite, opening a connection (and
# closing the last one, which checkpoints the WAL) costs more than a whole check.
DATABASES["default"]["CONN_MAX_AGE"] = env.get_int("DATABASE_CONN_MAX_AGE", 60, minimum=0)
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "varna.web.accounts",
    "varna.web.incidents",
    "varna.web.guard",
    "varna.web.reports",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "varna.web.middleware.SecurityHeadersMiddleware",
    # POST /api/v1/check (token-authenticated, no cookies) skips the rest of the stack.
    "varna.web.guard.middleware.CheckApiMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "varna.web.urls"
WSGI_APPLICATION = "varna.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "varna.web.context_processors.organisation",
            ],
        },
    },
]

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Login throttling: this many failures per account or address within the window.
LOGIN_MAX_FAILURES = env.get_int("LOGIN_MAX_FAILURES", 5, minimum=1)
LOGIN_FAILURE_WINDOW_SECONDS = env.get_int("LOGIN_FAILURE_WINDOW_SECONDS", 900, minimum=1)

LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", "Svenska")]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.get_path("STATIC_ROOT", DATA_DIR / "static")
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
MEDIA_ROOT = env.get_path("MEDIA_ROOT", DATA_DIR / "media")
WHITENOISE_USE_FINDERS = DEBUG

# Security: strict by default; DEBUG (local plain http) relaxes only the cookies.
SECURE_COOKIES = env.get_bool("SECURE_COOKIES", not DEBUG)
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env.get_int("SESSION_COOKIE_AGE", 8 * 3600, minimum=60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SECURE_SSL_REDIRECT = env.get_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env.get_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.get_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if env.get_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# E-mail (reminders, notifications). DEBUG prints mail to the console unless
# EMAIL_HOST is set explicitly.
EMAIL_HOST = env.get_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env.get_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env.get_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env.get_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env.get_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env.get_bool("EMAIL_USE_SSL", False)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be true")
EMAIL_TIMEOUT = env.get_int("EMAIL_TIMEOUT", 20, minimum=1)
DEFAULT_FROM_EMAIL = env.get_str("DEFAULT_FROM_EMAIL", "Värna <varna@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = (
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG and "EMAIL_HOST" not in os.environ
    else "django.core.mail.backends.smtp.EmailBackend"
)
# The public address of the register, used in links inside e-mails.
SITE_URL = env.get_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# The organisation running this instance (shown in the layout and documents).
VARNA_ORGANISATION_NAME = env.get_str("VARNA_ORGANISATION_NAME", "Exempelkommunen")

# The incident register (docs/DEPLOYMENT.md, "The incident register").
# Hours before the 72-hour deadline at which coordinators are reminded (and once overdue).
VARNA_REMINDER_HOURS = env.get_int_list("VARNA_REMINDER_HOURS", [24, 6])
# Attachments live outside the web root and are served only through access-checked views.
VARNA_ATTACHMENT_DIR = env.get_path("VARNA_ATTACHMENT_DIR", DATA_DIR / "attachments")
VARNA_ATTACHMENT_MAX_BYTES = env.get_int(
    "VARNA_ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024, minimum=1024
)
VARNA_ATTACHMENT_MAX_FILES = env.get_int("VARNA_ATTACHMENT_MAX_FILES", 5, minimum=1)
# Reports one supplier link may send per hour: a leaked link cannot flood the register.
VARNA_SUPPLIER_REPORTS_PER_HOUR = env.get_int("VARNA_SUPPLIER_REPORTS_PER_HOUR", 20, minimum=1)

# The guard in the web app: check API, quarantine (see docs/DEPLOYMENT.md).
VARNA_POLICY_FILE = env.get_str("VARNA_POLICY_FILE", "")
VARNA_API_MAX_BYTES = env.get_int("VARNA_API_MAX_BYTES", 35 * 1024 * 1024, minimum=1024)
VARNA_API_TIME_LIMIT = env.get_int("VARNA_API_TIME_LIMIT", 4, minimum=1)
VARNA_QUARANTINE_DIR = env.get_path("VARNA_QUARANTINE_DIR", DATA_DIR / "quarantine")
VARNA_QUARANTINE_KEY = env.get_str("VARNA_QUARANTINE_KEY", "")
VARNA_QUARANTINE_DAYS = env.get_int("VARNA_QUARANTINE_DAYS", 30, minimum=1)
VARNA_QUARANTINE_SENDER_RELEASE = env.get_bool("VARNA_QUARANTINE_SENDER_RELEASE", False)
VARNA_RELEASE_SMTP = env.get_str("VARNA_RELEASE_SMTP", "127.0.0.1:10026")
VARNA_RELEASE_STARTTLS = env.get_bool("VARNA_RELEASE_STARTTLS", False)
VARNA_RELEASE_TIMEOUT = env.get_int("VARNA_RELEASE_TIMEOUT", 60, minimum=1)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"mask_personal_data": {"()": "varna.logmask.MaskPersonalDataFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["mask_personal_data"],
        },
    },
    "root": {"handlers": ["console"], "level": env.get_str("LOG_LEVEL", "INFO").upper()},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
    },
}
