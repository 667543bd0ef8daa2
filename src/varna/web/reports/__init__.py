"""Exporters and statistics of the register: documents a municipality files, raw exports,
the statistics dashboard and the annual report."""
