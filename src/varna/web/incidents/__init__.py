"""The incident register: from report to closed case (GDPR art. 33 and 34)."""
