"""What the detector reports: one :class:`Finding` per piece of personal data."""

from __future__ import annotations

from dataclasses import dataclass

# Special categories (GDPR art. 9), criminal offences (art. 10) and the
# Swedish categories that secrecy law protects.
SENSITIVE_KINDS = frozenset(
    {
        "health",
        "ethnicity",
        "political",
        "religion",
        "union",
        "genetic_biometric",
        "sexual",
        "criminal",
        "social_welfare",
        "secrecy",
        "protected_identity",
    }
)
IDENTIFIER_KINDS = frozenset(
    {
        "personnummer",
        "samordningsnummer",
        "name",
        "phone",
        "email_address",
        "address",
        "bank_account",
        "payment_card",
    }
)
KINDS = SENSITIVE_KINDS | IDENTIFIER_KINDS


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data found in a text.

    ``text[start:end]`` is exactly what was matched. ``value`` is the
    normalised value (twelve digits for personnummer and samordningsnummer,
    the matched words otherwise); ``masked`` is safe to show and log.
    """

    kind: str
    start: int
    end: int
    value: str
    score: float
    explanation: str
    masked: str
