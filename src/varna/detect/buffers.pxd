# What compiled modules cimport from buffers.py (Cython reads this file beside it).

cdef Py_ssize_t find_byte(const unsigned char *data, Py_ssize_t size, unsigned char byte,
                          Py_ssize_t at) noexcept
