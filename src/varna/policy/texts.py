"""Everything the guard says to people, in plain Swedish. One place, so the wording
stays consistent across the CLI, the relay and the check API."""

from __future__ import annotations

KIND_LABELS: dict[str, str] = {
    "personnummer": "personnummer",
    "samordningsnummer": "samordningsnummer",
    "health": "uppgift om hälsa",
    "ethnicity": "uppgift om etniskt ursprung",
    "political": "uppgift om politisk åsikt",
    "religion": "uppgift om religion eller livsåskådning",
    "union": "uppgift om fackligt medlemskap",
    "genetic_biometric": "genetisk eller biometrisk uppgift",
    "sexual": "uppgift om sexualliv eller sexuell läggning",
    "criminal": "uppgift om brott eller misstanke om brott",
    "social_welfare": "uppgift från socialtjänsten",
    "secrecy": "sekretessbelagd uppgift",
    "protected_identity": "uppgift om skyddad identitet",
    "name": "namn",
    "phone": "telefonnummer",
    "email_address": "e-postadress",
    "address": "adress",
    "bank_account": "bankkontonummer",
    "payment_card": "kortnummer",
    "visible_recipients": "synliga mottagare",
    "lookalike_domain": "misstänkt felstavad adress",
    "private_mailbox": "personuppgifter till privat e-post",
    "unreadable_attachment": "bilaga som inte kunde granskas",
    "malformed_recipients": "mottagarfält som inte kunde tolkas",
    "encryption_failed": "kryptering saknas",
}

SENSITIVE_WHY = (
    "Känsliga personuppgifter får inte skickas med vanlig e-post, som är okrypterad – "
    "varken internt eller externt."
)
IDENTIFIER_WHY = (
    "Personnummer och samordningsnummer är extra skyddsvärda och ska inte skickas med vanlig "
    "e-post."
)

VERDICT_LABELS = {"allow": "TILLÅT", "warn": "VARNA", "block": "STOPPA"}
VERDICT_SUMMARY = {
    "allow": "Inget hittades som hindrar att meddelandet skickas.",
    "warn": "Kontrollera meddelandet innan du skickar det.",
    "block": "Skicka inte meddelandet i den här formen.",
}


def where_label(where: str, lines: list[int]) -> str:
    """Where something was found, in words.

    >>> where_label("body", [3, 7])
    'i meddelandets text (rad 3, 7)'
    >>> where_label("attachment:elever.xlsx", [2])
    'i bilagan elever.xlsx (rad 2)'
    """
    suffix = ""
    if lines:
        shown = sorted(set(lines))
        numbers = ", ".join(str(n) for n in shown[:6]) + (" …" if len(shown) > 6 else "")
        suffix = f" (rad {numbers})"
    if where == "body":
        return f"i meddelandets text{suffix}"
    if where == "subject":
        return "i ämnesraden"
    if where == "recipients":
        return "bland mottagarna"
    if where.startswith("attachment:"):
        return f"i bilagan {where.removeprefix('attachment:')}{suffix}"
    return where


def count_phrase(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


ADVICE_IDENTIFIER = (
    "Ta bort personnumren och samordningsnumren. Behövs de, skicka dem via en säker kanal: {secure}"
)
ADVICE_SENSITIVE = (
    "Ta bort de känsliga uppgifterna eller avidentifiera texten: stryk namn, personnummer och "
    "annat som pekar ut personen (klass, rum, initialer). Måste uppgifterna skickas: {secure}"
)
ADVICE_REPLY = (
    "Tänk på att citerad text i svar och vidarebefordringar också skickas – ta bort känsliga "
    "uppgifter ur tidigare meddelanden innan du svarar."
)
ADVICE_VISIBLE = (
    "Flytta mottagarna till Hemlig kopia (Bcc) eller skicka separata meddelanden, så att de "
    "inte ser varandras adresser."
)
ADVICE_LOOKALIKE = (
    "Kontrollera mottagaradressen – den liknar en känd domän men är inte samma och kan vara "
    "felstavad."
)
ADVICE_PRIVATE = (
    "Kontrollera att mottagaren på den privata e-postadressen ska ha personuppgifterna och att "
    "adressen är rätt. Skicka bara det som behövs."
)
ADVICE_UNREADABLE = (
    "Kontrollera själv att bilagan inte innehåller personnummer eller känsliga uppgifter. "
    "Lösenordsskyddade filer kan inte granskas."
)
ADVICE_MALFORMED = "Skriv om mottagaradresserna; en adress i fältet gick inte att tolka säkert."
ADVICE_ENCRYPTION = (
    "Meddelandet är märkt för kryptering men skulle skickas okrypterat. Skicka inte. "
    "Kontrollera krypteringen eller: {secure}"
)
ADVICE_PAYMENT_CARD = "Skicka aldrig kortnummer med e-post."
