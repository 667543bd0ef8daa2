"""RTF → text: enough of RTF for mail bodies and simple documents.

Destinations that hold no visible text (font tables, pictures, metadata) are
skipped; ``\\'hh`` escapes use the document's ANSI code page; ``\\uN`` is Unicode.
"""

from __future__ import annotations

import re

from varna.mail.charsets import decode_bytes

_TOKEN = re.compile(
    r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+"
)
_SKIP_DESTINATIONS = frozenset(
    {
        "fonttbl",
        "colortbl",
        "stylesheet",
        "info",
        "pict",
        "object",
        "header",
        "footer",
        "headerl",
        "headerr",
        "footerl",
        "footerr",
        "listtable",
        "listoverridetable",
        "rsidtbl",
        "generator",
        "xmlnstbl",
        "themedata",
        "colorschememapping",
        "datastore",
        "latentstyles",
        "filetbl",
        "revtbl",
        "pgdsctbl",
        "mmathPr",
        "fldinst",
    }
)
_BREAKS = {
    "par": "\n",
    "line": "\n",
    "tab": "\t",
    "cell": "\t",
    "row": "\n",
    "sect": "\n",
    "page": "\n",
    "emdash": "—",
    "endash": "–",
    "bullet": "•",
    "lquote": "‘",
    "rquote": "’",
    "ldblquote": "“",
    "rdblquote": "”",
    "nbsp": " ",
}


def rtf_to_text(rtf: str) -> str:
    r"""Visible text of an RTF document.

    >>> rtf_to_text(r"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}\f0 Hej \'c5sa\par Rad 2}")
    'Hej Åsa\nRad 2'
    """
    codepage = "cp1252"
    match = re.search(r"\\ansicpg(\d+)", rtf[:2000])
    if match:
        codepage = f"cp{match.group(1)}"
    out: list[str] = []
    pending: bytearray = bytearray()
    stack: list[tuple[bool, int]] = []
    skipping = False
    uc_skip = 1
    to_skip = 0
    star = False

    def flush() -> None:
        if pending:
            out.append(decode_bytes(bytes(pending), codepage))
            pending.clear()

    for token in _TOKEN.finditer(rtf):
        word, arg, hex_byte, symbol, brace, text = token.groups()
        if to_skip and (hex_byte or text):
            if text and len(text) > to_skip:
                text = text[to_skip:]
                to_skip = 0
            else:
                to_skip -= 1 if hex_byte else len(text or "")
                to_skip = max(to_skip, 0)
                continue
        if brace == "{":
            stack.append((skipping, uc_skip))
            star = False
        elif brace == "}":
            flush()
            skipping, uc_skip = stack.pop() if stack else (False, 1)
        elif skipping:
            continue
        elif word is not None:
            if word in _SKIP_DESTINATIONS or star:
                skipping = True
                star = False
            elif word == "u" and arg is not None:
                flush()
                code = int(arg)
                out.append(chr(code + 65536 if code < 0 else code))
                to_skip = uc_skip
            elif word == "uc" and arg is not None:
                uc_skip = int(arg)
            elif word in _BREAKS:
                flush()
                out.append(_BREAKS[word])
        elif symbol is not None:
            if symbol == "*":
                star = True
            elif symbol in "\\{}":
                flush()
                out.append(symbol)
            elif symbol == "~":
                out.append(" ")
        elif hex_byte is not None:
            pending.append(int(hex_byte, 16))
        elif text is not None:
            flush()
            out.append(text)
    flush()
    lines = (line.strip() for line in "".join(out).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
