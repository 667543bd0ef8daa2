# What compiled modules cimport from varna.detect.buffers (see buffers.pxd).
from varna.detect.buffers import find_byte as find_byte
