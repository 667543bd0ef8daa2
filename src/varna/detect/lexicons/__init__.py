"""Data files for the detector: one lexicon per sensitive category, the generated
health term lists, and the name gazetteers under ``names/``. See SOURCES.md."""
