"""varna.detect: find Swedish personal data in text, fast and precisely.

>>> from varna.detect import scan
>>> [(f.kind, f.masked) for f in scan("Eleven har personnummer 19900101-2385.")]
[('personnummer', '19900101-23**')]

Pure library: no I/O besides loading its own data files (see ``lexicons/``).
"""

from __future__ import annotations

from varna.detect.finding import KINDS, SENSITIVE_KINDS, Finding
from varna.detect.masking import mask
from varna.detect.scanner import scan

__all__ = ["KINDS", "SENSITIVE_KINDS", "Finding", "mask", "scan"]
