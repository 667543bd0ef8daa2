"""Strict parsing of address lists (To, Cc, Bcc, From).

Python's ``email.utils.getaddresses`` before 3.13 can be made to hide or invent
recipients (CVE-2023-27043): ``"alice@example.org" <bob@example.org>`` or a stray
bracket splits differently from how a mail server reads the header. This parser
splits on top-level commas only, requires every element to be exactly one
``addr-spec`` or ``display name <addr-spec>`` (or an RFC 5322 group), and reports
every element it cannot read strictly. Address-shaped text inside such an element
is kept as an *uncertain* recipient, so a malformed header never hides anyone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from varna.mail.headers import decode_header_value

# RFC 5322 atext, plus any non-ASCII letter (RFC 6531 SMTPUTF8).
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u0080-\uffff]+"
_DOT_ATOM = rf"{_ATOM}(?:\.{_ATOM})*"
_QUOTED_LOCAL = r'"(?:[^"\\\r\n]|\\.)*"'
_LABEL = r"[A-Za-z0-9\u0080-\uffff](?:[A-Za-z0-9\-\u0080-\uffff]*[A-Za-z0-9\u0080-\uffff])?"
_DOMAIN = rf"(?:{_LABEL}(?:\.{_LABEL})*\.?|\[[0-9A-Fa-f:.]+\])"
_ADDR_SPEC = re.compile(rf"(?:{_DOT_ATOM}|{_QUOTED_LOCAL})@{_DOMAIN}")
_LOOSE_ADDRESS = re.compile(r"[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)


@dataclass
class AddressList:
    addresses: list[tuple[str, str]] = field(default_factory=list)  # (display name, address)
    uncertain: list[str] = field(default_factory=list)  # addresses from unreadable elements
    errors: int = 0


def _split_top_level(value: str) -> list[str] | None:
    """Split on commas outside quotes, comments and angle brackets; groups are
    flattened. None when quotes, comments or brackets do not balance."""
    elements: list[str] = []
    current: list[str] = []
    in_quote = False
    comment_depth = 0
    in_angle = False
    escaped = False
    for char in value:
        if escaped:
            current.append(char)
            escaped = False
            continue
        if char == "\\" and (in_quote or comment_depth):
            current.append(char)
            escaped = True
            continue
        if in_quote:
            in_quote = char != '"'
        elif comment_depth:
            comment_depth += {"(": 1, ")": -1}.get(char, 0)
        elif char == '"':
            in_quote = True
        elif char == "(":
            comment_depth = 1
        elif char == ")":
            return None
        elif char == "<":
            if in_angle:
                return None
            in_angle = True
        elif char == ">":
            if not in_angle:
                return None
            in_angle = False
        elif not in_angle and char in ",;":
            elements.append("".join(current))
            current = []
            continue
        elif not in_angle and char == ":":
            # Group syntax "Name: a@b, c@d;" — the group name is not an address.
            current = []
            continue
        current.append(char)
    if in_quote or comment_depth or in_angle:
        return None
    elements.append("".join(current))
    return elements


_COMMENT = re.compile(r"\((?:[^()\\]|\\.)*\)")


def _parse_element(element: str) -> tuple[str, str] | None:
    text = element.strip()
    comments = _COMMENT.findall(text)
    text = _COMMENT.sub(" ", text).strip()
    if "<" in text:
        display, _, rest = text.partition("<")
        spec, _, after = rest.partition(">")
        if after.strip() or not _ADDR_SPEC.fullmatch(spec.strip()):
            return None
        name = display.strip()
        if name.startswith('"') and name.endswith('"') and len(name) >= 2:
            name = re.sub(r"\\(.)", r"\1", name[1:-1])
        elif '"' in name or ("@" in name and name.lower() != spec.strip().lower()):
            # Some clients repeat the address unquoted as its display name; anything
            # else with an "@" before the brackets is how recipients get hidden.
            return None
        return decode_header_value(name), spec.strip()
    if not _ADDR_SPEC.fullmatch(text):
        return None
    name = " ".join(c[1:-1] for c in comments).strip()
    return decode_header_value(name), text


def parse_address_list(raw: str) -> AddressList:
    """Parse a raw (undecoded) address header strictly.

    >>> parse_address_list('=?utf-8?q?Berg=2C_=C3=85sa?= <asa.berg@exempel.se>, b@c.se').addresses
    [('Berg, Åsa', 'asa.berg@exempel.se'), ('', 'b@c.se')]
    >>> result = parse_address_list('"alice@example.org" <bob@example.org>, x y@z.se')
    >>> result.addresses, result.uncertain, result.errors
    ([('alice@example.org', 'bob@example.org')], ['y@z.se'], 1)
    >>> parse_address_list('a@b.se)<c@d.se>').uncertain
    ['a@b.se', 'c@d.se']
    """
    result = AddressList()
    value = raw.replace("\r", " ").replace("\n", " ")
    elements = _split_top_level(value)
    if elements is None:
        result.errors = 1
        result.uncertain = _loose_addresses(value)
        return result
    for element in elements:
        if not element.strip():
            continue
        parsed = _parse_element(element)
        if parsed is None:
            result.errors += 1
            result.uncertain.extend(_loose_addresses(element))
        else:
            result.addresses.append(parsed)
    return result


def _loose_addresses(text: str) -> list[str]:
    seen: dict[str, None] = {}
    for match in _LOOSE_ADDRESS.finditer(text):
        seen.setdefault(match.group(0).strip(".'"), None)
    return list(seen)
