"""Build the detector's hot modules as C extensions with Cython.

Everything else about the package is in pyproject.toml. The modules are listed
in ``src/varna/detect/native.py``: ordinary, type-checked Python written in
Cython's "pure Python mode" (``import cython``, C types in annotations).
Compiled, they scan several times faster; without a C compiler they still run,
interpreted, with the same results. ``scripts/bootstrap`` rebuilds the stale
ones, and a test fails if an extension is missing or older than its source.
"""

import runpy
from pathlib import Path

from Cython.Build import cythonize
from setuptools import setup

# The modules and their sources, read without importing the package (it is not built yet).
HERE = Path(__file__).resolve().parent
native = runpy.run_path(str(HERE / "src/varna/detect/native.py"))

extensions = cythonize(
    [str(native["source"](module).relative_to(HERE)) for module in native["COMPILED_MODULES"]],
    compiler_directives={"language_level": 3},
    nthreads=2,
    quiet=True,
)
for extension in extensions:
    # Without a C compiler the install still succeeds and the modules run
    # interpreted; the test suite reports them as not compiled.
    extension.optional = True

setup(ext_modules=extensions)
