# The part of libc's string.h that the detector uses when compiled.
from cython import p_const_uchar

def memchr(s: p_const_uchar, c: int, n: int) -> p_const_uchar | None: ...
