"""Administration of boards, assignments and suppliers goes into the same audit trail."""

import pytest
from django.urls import reverse

from varna.web.incidents.models import AuditEntry, BoardAssignment

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(administrator):
    administrator.is_staff = administrator.is_superuser = True
    administrator.save()
    return administrator


def test_assigning_a_coordinator_in_the_admin_is_audited(client, superuser, reporter, bun):
    client.force_login(superuser)
    response = client.post(
        reverse("admin:incidents_boardassignment_add"),
        {"user": reporter.pk, "board": bun.pk, "kind": "coordinator"},
    )
    assert response.status_code == 302
    assignment = BoardAssignment.objects.get(user=reporter)
    entry = AuditEntry.objects.get(action="admin.changed")
    assert (entry.actor, entry.object_id) == (superuser, str(assignment.pk))


def test_boards_cannot_be_deleted_only_deactivated(client, superuser, bun):
    client.force_login(superuser)
    response = client.get(reverse("admin:incidents_board_delete", args=[bun.pk]))
    assert response.status_code == 403


def test_cases_are_not_in_the_admin(client, superuser, case):
    client.force_login(superuser)
    assert client.get("/admin/incidents/case/").status_code == 404
