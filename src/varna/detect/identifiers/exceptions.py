"""Typed validation errors shared by every identifier module.

The messages are fixed strings: they say what is wrong, never which number,
so an exception can be logged without leaking personal data.
"""

from __future__ import annotations


class ValidationError(ValueError):
    """The number is not a valid identifier of the requested kind."""

    message = "ogiltigt nummer"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class InvalidFormat(ValidationError):
    """The number contains characters or a layout the identifier never has."""

    message = "fel format"


class InvalidLength(InvalidFormat):
    """The number has too many or too few digits."""

    message = "fel antal siffror"


class InvalidComponent(ValidationError):
    """A part of the number (a date, a clearing number, a prefix) is impossible."""

    message = "en del av numret är omöjlig"


class InvalidChecksum(ValidationError):
    """The check digit does not match the rest of the number."""

    message = "kontrollsiffran stämmer inte"
