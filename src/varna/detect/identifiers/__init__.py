"""Validators for the identifiers Värna looks for, one module per identifier.

Each module follows the same shape (after python-stdnum): ``compact()`` strips
what people add when they write a number, ``validate()`` returns the compact
form or raises a :class:`~varna.detect.identifiers.exceptions.ValidationError`,
``is_valid()`` answers yes or no, and ``format()`` writes the number the usual
way. Exception messages never contain the number itself.
"""
