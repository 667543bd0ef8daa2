# The C layout of finding.Finding when compiled (Cython reads this file beside finding.py).

cimport cython

@cython.final
cdef class Finding:
    cdef readonly str kind
    cdef readonly Py_ssize_t start
    cdef readonly Py_ssize_t end
    cdef readonly str value
    cdef readonly double score
    cdef readonly str explanation
    cdef str _masked

cdef void _fill(Finding finding, str kind, Py_ssize_t start, Py_ssize_t end, str value,
                double score, str explanation, str masked)
cpdef Finding build_finding(str kind, Py_ssize_t start, Py_ssize_t end, str value, double score,
                            str why)
