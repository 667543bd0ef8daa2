"""Risk assessment of personal-data incidents: facts in, recommendation out.

Pure logic (no Django, no I/O): the register stores `Facts`, calls `assess`,
and shows the `Recommendation` — ENISA's severity score, the risk under GDPR
articles 33 and 34 as the EDPB applies them, whether to notify IMY and the
people affected, the 72-hour deadline, and the reasons in plain Swedish.

>>> facts = Facts.from_json({"breach_types": ["confidentiality"], "data": ["health"],
...     "subjects": {"count": 1, "groups": ["patients"]}, "exposure": "unknown_recipients",
...     "malicious": True, "unintelligible": "none", "identifiability": "maximum",
...     "already_public": False, "contained": False, "duration_days": 2,
...     "discovered_at": "2024-11-21T16:38:00+01:00"})
>>> rec = assess(facts)
>>> rec.risk.value, rec.notify_authority, rec.notify_subjects
('high_risk', True, True)
>>> rec.to_json()["authority_deadline"]
'2024-11-24T16:38:00+01:00'
"""

from varna.assess.engine import assess
from varna.assess.facts import Facts, FactsError
from varna.assess.judgement import Risk
from varna.assess.recommendation import Recommendation
from varna.assess.severity import Band, Severity
from varna.assess.wording import Factor

__all__ = [
    "Band",
    "Factor",
    "Facts",
    "FactsError",
    "Recommendation",
    "Risk",
    "Severity",
    "assess",
]
