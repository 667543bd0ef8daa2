"""Defence in depth for logs: mask anything shaped like a personnummer.

Code must not log personal data in the first place; this filter catches the
mistakes. It is deliberately blunt (any 10 or 12 digits in a personnummer
shape, with or without a separator) because a false mask in a log costs nothing.
"""

from __future__ import annotations

import logging
import re

_PERSONNUMMER_SHAPE = re.compile(r"(?<!\d)((?:19|20)?\d{6})([-+\u2013 ]?)\d{4}(?!\d)")


def mask_personnummer_shapes(text: str) -> str:
    """Replace the last four digits of personnummer-shaped numbers with asterisks.

    >>> mask_personnummer_shapes("Eleven 19121212-1212 saknas")
    'Eleven 19121212-**** saknas'
    """
    return _PERSONNUMMER_SHAPE.sub(lambda m: f"{m.group(1)}{m.group(2)}****", text)


class MaskPersonalDataFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_personnummer_shapes(message)
        if masked != message:
            record.msg = masked
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            # Exception texts may quote input; render and mask them now.
            formatted = logging.Formatter().formatException(record.exc_info)
            record.exc_text = mask_personnummer_shapes(formatted)
            record.exc_info = None
        return True
