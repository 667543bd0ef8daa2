"""Which detector modules are compiled to C, and whether their builds are current.

The modules named here are written in Cython's "pure Python mode": plain,
type-checked Python whose annotations (``cython.int``, ``cython.Py_UCS4``)
become C types when ``setup.py`` compiles them. Python imports the compiled
extension in preference to the source, so an extension older than its source
would silently run old code: ``scripts/bootstrap`` rebuilds whatever
:func:`stale_modules` names, and a test fails while any is stale or missing.

Standard library only: ``setup.py`` loads this file on its own.
"""

from __future__ import annotations

import re
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
COMPILED_MODULES = (
    "addresses",
    "automaton",
    "buffers",
    "contacts",
    "context",
    "finding",
    "identifiers.bank_account",
    "identifiers.iban",
    "identifiers.luhn",
    "identifiers.payment_card",
    "identifiers.personnummer",
    "identifiers.phone",
    "lexicon",
    "names",
    "numbers",
    "scanner",
)


def _relative(module: str) -> str:
    """ "identifiers.luhn" → "identifiers/luhn": the module's path without suffix."""
    return module.replace(".", "/")


def source(module: str, directory: Path = PACKAGE_DIR) -> Path:
    """The ``.py`` file of a compiled module."""
    return directory / f"{_relative(module)}.py"


def extension(module: str, directory: Path = PACKAGE_DIR) -> Path | None:
    """The module's compiled extension for this Python, if it has been built."""
    for suffix in EXTENSION_SUFFIXES:
        path = directory / f"{_relative(module)}{suffix}"
        if path.exists():
            return path
    return None


def declarations(module: str, directory: Path = PACKAGE_DIR) -> list[Path]:
    """The C declaration files (``.pxd``) a module is compiled with: its own, and
    those of the modules it cimports (``from cython.cimports.varna.detect.finding
    import …``: scanner, names and numbers read Finding's fields in C)."""
    own = source(module, directory).with_suffix(".pxd")
    text = source(module, directory).read_text(encoding="utf-8")
    cimported = [
        directory / f"{_relative(name)}.pxd"
        for name in re.findall(r"from cython\.cimports\.varna\.detect\.([\w.]+) import", text)
    ]
    return [path for path in (own, *cimported) if path.exists()]


def stale_modules(directory: Path = PACKAGE_DIR) -> list[str]:
    """Compiled modules whose extension is missing or older than their source or
    one of its :func:`declarations`."""
    stale = []
    for module in COMPILED_MODULES:
        built = extension(module, directory)
        inputs = [source(module, directory), *declarations(module, directory)]
        if built is None or built.stat().st_mtime < max(p.stat().st_mtime for p in inputs):
            stale.append(module)
    return stale


if __name__ == "__main__":
    # scripts/bootstrap: print the stale modules, one per line.
    print("\n".join(stale_modules()))
