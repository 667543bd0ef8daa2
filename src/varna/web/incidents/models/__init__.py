from varna.web.incidents.models.audit import AuditEntry
from varna.web.incidents.models.case import (
    AUTHORITY_DEADLINE,
    ActionItem,
    AuthorityNotification,
    Case,
    ReminderSent,
    StatusChange,
)
from varna.web.incidents.models.event import Attachment, Event
from varna.web.incidents.models.organisation import (
    Board,
    BoardAssignment,
    DiaryCounter,
    Organisation,
    OrganisationAccess,
    Supplier,
)

__all__ = [
    "AUTHORITY_DEADLINE",
    "ActionItem",
    "Attachment",
    "AuditEntry",
    "AuthorityNotification",
    "Board",
    "BoardAssignment",
    "Case",
    "DiaryCounter",
    "Event",
    "Organisation",
    "OrganisationAccess",
    "ReminderSent",
    "StatusChange",
    "Supplier",
]
