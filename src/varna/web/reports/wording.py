"""The Swedish the documents are written in, kept apart from layout.

Two voices: the formal one of a notification to IMY ("de registrerade"), and the
plain one of a letter to the people affected ("du"), which a citizen should
understand without knowing what GDPR is.
"""

from __future__ import annotations

from collections.abc import Iterable

# --- formal: likely consequences for the data subjects (IMY's question) ---------------------

CONSEQUENCES: dict[str, str] = {
    "basic": "Obehöriga kan få veta vilka de registrerade är och i vilket sammanhang de "
    "förekommer hos kommunen.",
    "contact": "De registrerade kan få oönskade kontakter, skräppost eller riktade försök till "
    "bedrägeri (nätfiske).",
    "identity_number": "Personnumren kan användas för identitetsstöld eller bedrägerier i de "
    "registrerades namn.",
    "financial": "De registrerade kan drabbas av ekonomisk skada, bedrägerier eller utpressning.",
    "behavioural": "De registrerades vanor och beteenden kan kartläggas.",
    "location": "De registrerade kan gå att lokalisera, med risk för förföljelse eller hot.",
    "credentials": "Inloggningsuppgifterna kan ge obehöriga åtkomst till konton och system och "
    "därmed till fler uppgifter.",
    "health": "Uppgifter om hälsa kan bli kända för obehöriga, med risk för kränkning, "
    "diskriminering eller stigmatisering.",
    "other_special": "Känsliga uppgifter kan bli kända för obehöriga, med risk för kränkning "
    "eller diskriminering.",
    "criminal": "Uppgifter om lagöverträdelser kan skada de registrerades anseende och leda till "
    "utestängning eller repressalier.",
    "social_welfare": "Uppgifter om insatser från socialtjänsten kan bli kända för obehöriga, "
    "med risk för kränkning och skada på anseendet.",
    "secrecy": "Uppgifter som skyddas av sekretess kan bli kända för obehöriga, med risk för "
    "skada eller men för de registrerade.",
    "protected_identity": "Personer med skyddade personuppgifter kan gå att hitta, med risk för "
    "hot, våld eller förföljelse.",
}
BREACH_CONSEQUENCES: dict[str, str] = {
    "availability": "De registrerade kan gå miste om service, stöd eller vård som bygger på "
    "uppgifterna.",
    "integrity": "Beslut kan komma att fattas på felaktiga uppgifter.",
}


def likely_consequences(data: Iterable[str], breach_types: Iterable[str]) -> list[str]:
    """What could follow for the data subjects, one sentence per kind of data or loss."""
    found = [CONSEQUENCES[key] for key in data if key in CONSEQUENCES]
    found += [BREACH_CONSEQUENCES[key] for key in breach_types if key in BREACH_CONSEQUENCES]
    return found


# --- plain: the letter to the people affected (art. 34) --------------------------------------

WHAT_HAPPENED: dict[str, str] = {
    "wrong_recipient": "ett e-postmeddelande med uppgifter om dig av misstag skickades till fel "
    "mottagare",
    "visible_recipients": "ett e-postmeddelande skickades så att alla mottagare kunde se "
    "varandras e-postadresser",
    "unencrypted_email": "ett e-postmeddelande med uppgifter om dig skickades utan det skydd "
    "(kryptering) som det skulle ha haft",
    "lost_device": "en dator, en telefon eller ett USB-minne med uppgifter om dig försvann eller "
    "blev stulen",
    "paper": "papper med uppgifter om dig hamnade där de inte skulle",
    "system_access": "någon som inte skulle ha haft tillgång kunde se uppgifter om dig i ett av "
    "våra datasystem",
    "cyber_attack": "vi utsattes för ett dataintrång, och uppgifter om dig kan ha kommit i orätta "
    "händer",
    "other": "uppgifter om dig hanterades på ett sätt som de inte skulle",
}

PLAIN_DATA: dict[str, str] = {
    "basic": "ditt namn och liknande uppgifter",
    "contact": "dina kontaktuppgifter (e-post, telefon eller adress)",
    "identity_number": "ditt personnummer",
    "financial": "uppgifter om din ekonomi",
    "behavioural": "uppgifter om vad du har gjort, till exempel loggar",
    "location": "uppgifter om var du befinner dig",
    "credentials": "dina inloggningsuppgifter",
    "health": "uppgifter om din hälsa",
    "other_special": "känsliga uppgifter om dig",
    "criminal": "uppgifter om brott",
    "social_welfare": "uppgifter från socialtjänsten",
    "secrecy": "uppgifter som skyddas av sekretess",
    "protected_identity": "skyddade personuppgifter",
}

PLAIN_CONSEQUENCES: dict[str, str] = {
    "basic": "Någon som inte borde veta det kan få veta att du finns med hos oss.",
    "contact": "Du kan få oönskade samtal, sms eller mejl, till exempel från någon som försöker "
    "lura dig.",
    "identity_number": "Någon kan försöka använda ditt personnummer för att låtsas vara du.",
    "financial": "Någon kan försöka använda uppgifterna för att lura dig eller komma åt dina "
    "pengar.",
    "behavioural": "Någon kan få veta saker om dina vanor.",
    "location": "Någon kan få veta var du bor eller brukar vara.",
    "credentials": "Någon kan försöka logga in som du.",
    "health": "Uppgifter om din hälsa kan bli kända för någon som inte borde veta dem.",
    "other_special": "Känsliga uppgifter om dig kan bli kända för någon som inte borde veta dem.",
    "criminal": "Uppgifter om brott kan bli kända för någon som inte borde veta dem.",
    "social_welfare": "Uppgifter om stöd du får från socialtjänsten kan bli kända för någon som "
    "inte borde veta dem.",
    "secrecy": "Uppgifter som ska vara hemliga kan bli kända för någon som inte borde veta dem.",
    "protected_identity": "Någon kan få veta var du bor, fast dina uppgifter ska vara skyddade.",
}

ADVICE_ALWAYS = (
    "Var uppmärksam på samtal, sms och mejl som ber dig lämna uppgifter om dig själv, även om "
    "de verkar komma från oss eller från en annan myndighet. Lämna aldrig ut lösenord eller "
    "koder till någon som kontaktar dig."
)
ADVICE: dict[str, str] = {
    "credentials": "Byt lösenord på det konto som berörs, och på andra konton där du har samma "
    "lösenord.",
    "identity_number": "Håll koll på din post och dina kontoutdrag. Du kan begära en "
    "bedrägerispärr hos ett kreditupplysningsföretag. Om någon har använt dina uppgifter: "
    "gör en polisanmälan.",
    "financial": "Håll koll på dina kontoutdrag och kontakta din bank om du ser något du inte "
    "känner igen.",
    "protected_identity": "Om du känner dig otrygg eller hotad: ring polisen på 114 14, eller "
    "112 om det är bråttom. Kontakta oss gärna, så hjälper vi dig vidare.",
    "location": "Om du känner dig otrygg eller hotad: ring polisen på 114 14, eller 112 om det "
    "är bråttom.",
}


def plain_list(items: list[str]) -> str:
    """``a``, ``a och b``, ``a, b och c``.

    >>> plain_list(["ditt namn", "ditt personnummer", "din adress"])
    'ditt namn, ditt personnummer och din adress'
    """
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]


def plain_data(data: Iterable[str]) -> str:
    return plain_list([PLAIN_DATA[key] for key in data if key in PLAIN_DATA])


def plain_consequences(data: Iterable[str]) -> list[str]:
    return [PLAIN_CONSEQUENCES[key] for key in data if key in PLAIN_CONSEQUENCES]


def plain_advice(data: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for key in data:
        advice = ADVICE.get(key)
        if advice and advice not in seen:
            seen.append(advice)
    return [*seen, ADVICE_ALWAYS]


# --- short labels for charts and tables ------------------------------------------------------

SHORT_CHANNELS: dict[str, str] = {
    "wrong_recipient": "E-post till fel mottagare",
    "visible_recipients": "Synliga mottagare i e-post",
    "unencrypted_email": "Okrypterad e-post",
    "lost_device": "Borttappad eller stulen enhet",
    "paper": "Papper och utskrifter",
    "system_access": "Behörighet i system",
    "cyber_attack": "Cyberangrepp och nätfiske",
    "other": "Annat",
}
EMAIL_CHANNELS = frozenset({"wrong_recipient", "visible_recipients", "unencrypted_email"})


def short_label(label: str) -> str:
    """A choice label without its explanation: ``Hälsa (t.ex. …)`` → ``Hälsa``.

    >>> short_label("Konfidentialitet – obehöriga har fått tillgång")
    'Konfidentialitet'
    >>> short_label("Hälsa (t.ex. sjukdom, diagnos, elevhälsa)")
    'Hälsa'
    """
    return label.split(" (")[0].split(" – ")[0].strip()
