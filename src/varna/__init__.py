"""Värna: guards outgoing e-mail against personal-data leaks and keeps the
register of personal-data incidents for Swedish public bodies."""

__version__ = "0.1.0"
