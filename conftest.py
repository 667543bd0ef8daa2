"""Collection rules for the whole repository (pytest collects ``tests`` and, for doctests, ``src``).

The sources of the detector's compiled modules are not collected as doctest
modules: Python imports their C extension, which pytest refuses as "not the
file collected". ``tests/detect/test_native.py`` runs their doctests on the
compiled modules instead.
"""

from __future__ import annotations

from pathlib import Path

from varna.detect import native

ROOT = Path(__file__).resolve().parent
collect_ignore = [
    str(native.source(module).relative_to(ROOT)) for module in native.COMPILED_MODULES
]
