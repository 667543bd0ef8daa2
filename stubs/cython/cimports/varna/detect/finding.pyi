# What compiled modules cimport from varna.detect.finding (see finding.pxd):
# the same names, with the same types, as a Python import gives.
from varna.detect.finding import Finding as Finding
from varna.detect.finding import build_finding as build_finding
