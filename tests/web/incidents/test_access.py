"""Who sees what: every view answers an outsider with 404, as if the case did not exist."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from varna.web.incidents import services
from varna.web.incidents.access import get_case_for
from varna.web.incidents.models import Board, Case, Organisation, OrganisationAccess

pytestmark = pytest.mark.django_db

CASE_PAGES = ["case", "facts", "assessment", "dpo", "decision", "actions", "status", "history"]
CASE_POSTS = ["upload", "add_action", "add_board", "status", "facts", "decision", "dpo"]


def url(name, case, *extra):
    return reverse(f"incidents:{name}", args=[case.pk, *extra])


@pytest.mark.parametrize("page", CASE_PAGES)
def test_an_outsider_gets_404_on_every_page_of_another_boards_case(client, case, outsider, page):
    client.force_login(outsider)
    assert client.get(url(page, case)).status_code == 404


@pytest.mark.parametrize("action", CASE_POSTS)
def test_an_outsider_gets_404_when_posting_to_another_boards_case(client, case, outsider, action):
    client.force_login(outsider)
    assert client.post(url(action, case), {"target": "closed"}).status_code == 404
    case.refresh_from_db()
    assert case.status == "reported"


@pytest.mark.parametrize("page", CASE_PAGES)
def test_the_boards_coordinator_opens_every_page(client, case, owner, page):
    client.force_login(owner)
    assert client.get(url(page, case)).status_code == 200


def test_an_anonymous_visitor_is_sent_to_login(client, case):
    response = client.get(url("case", case))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_reporter_sees_the_report_but_not_the_case(client, case, reporter):
    client.force_login(reporter)
    assert client.get(url("case", case)).status_code == 404
    assert client.get(reverse("incidents:list")).status_code == 404
    own = client.get(reverse("incidents:my_report", args=[case.event.pk]))
    assert own.status_code == 200
    assert case.diarienummer in own.content.decode()


def test_an_employee_cannot_read_someone_elses_report(client, case, make_report, outsider):
    from tests.web.incidents.conftest import person
    from varna.web.accounts.models import Role

    colleague = person("kim", Role.EMPLOYEE, "Kim")
    client.force_login(colleague)
    assert client.get(reverse("incidents:my_report", args=[case.event.pk])).status_code == 404
    assert case.event.title not in client.get(reverse("incidents:my_reports")).content.decode()


def test_a_board_member_reads_and_decides_but_does_not_investigate(client, case, member):
    client.force_login(member)
    assert client.get(url("case", case)).status_code == 200
    assert client.get(url("decision", case)).status_code == 200
    assert client.get(url("facts", case)).status_code == 403
    assert client.get(url("status", case)).status_code == 403


def test_the_dpo_reads_every_case_and_records_advice_but_does_not_investigate(client, case, dpo):
    client.force_login(dpo)
    assert client.get(url("case", case)).status_code == 200
    assert client.get(url("dpo", case)).status_code == 200
    assert client.get(url("facts", case)).status_code == 403
    assert client.get(url("decision", case)).status_code == 403


def test_an_administrator_reads_every_case(client, case, administrator):
    client.force_login(administrator)
    assert client.get(url("case", case)).status_code == 200
    assert client.get(url("facts", case)).status_code == 403


@pytest.fixture
def neighbours_case(make_report):
    """A case of another municipality on the same instance."""
    other = Organisation.objects.create(name="Grannkommunen")
    board = Board.objects.create(organisation=other, name="Utbildningsnämnden", code="UN")
    return make_report(boards=[board], title="Grannens händelse").cases.get()


@pytest.mark.parametrize("page", CASE_PAGES)
def test_a_dpo_limited_to_their_municipality_gets_404_on_a_neighbours_case(
    client, case, neighbours_case, dpo, organisation, page
):
    OrganisationAccess.objects.create(user=dpo, organisation=organisation)
    client.force_login(dpo)
    assert client.get(url("case", case)).status_code == 200
    assert client.get(url(page, neighbours_case)).status_code == 404
    listing = client.get(reverse("incidents:list")).content.decode()
    assert case.diarienummer in listing
    assert neighbours_case.diarienummer not in listing


def test_a_dpo_without_limits_reads_every_municipality(client, case, neighbours_case, dpo):
    client.force_login(dpo)
    assert client.get(url("case", neighbours_case)).status_code == 200


def test_the_case_list_shows_only_the_users_boards(client, make_report, bun, ks, owner, outsider):
    bun_case = make_report(boards=[bun], title="BUN-händelsen").cases.get()
    ks_case = make_report(boards=[ks], title="KS-händelsen").cases.get()
    client.force_login(outsider)
    page = client.get(reverse("incidents:list")).content.decode()
    assert ks_case.diarienummer in page
    assert bun_case.diarienummer not in page
    assert "BUN-händelsen" not in page


def test_an_outsider_cannot_download_an_attachment_of_another_boards_case(
    client, case, owner, outsider
):
    upload = SimpleUploadedFile("skärmbild.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    attachment = services.add_attachment(event=case.event, case=case, upload=upload, actor=owner)
    client.force_login(outsider)
    assert client.get(url("attachment", case, attachment.pk)).status_code == 404
    client.force_login(owner)
    response = client.get(url("attachment", case, attachment.pk))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def test_an_attachment_is_reachable_only_through_its_own_case(client, make_report, bun, owner):
    first = make_report().cases.get()
    second = make_report(title="En annan").cases.get()
    upload = SimpleUploadedFile("a.pdf", b"%PDF-1.7\n" + b"x" * 40)
    attachment = services.add_attachment(event=first.event, case=first, upload=upload, actor=owner)
    client.force_login(owner)
    assert client.get(url("attachment", second, attachment.pk)).status_code == 404


def test_get_case_for_answers_404_for_nonsense_and_missing_cases(owner, case):
    from django.http import Http404

    assert get_case_for(owner, case.pk) == case
    for pk in ("abc", None, 999999):
        with pytest.raises(Http404):
            get_case_for(owner, pk)


def test_a_deactivated_assignment_takes_access_away(client, case, owner):
    owner.board_assignments.all().delete()
    client.force_login(owner)
    assert client.get(url("case", case)).status_code == 404
    assert Case.objects.count() == 1


def test_only_administrators_manage_supplier_links(client, owner, administrator):
    client.force_login(owner)
    assert client.get(reverse("incidents:suppliers")).status_code == 404
    client.force_login(administrator)
    assert client.get(reverse("incidents:suppliers")).status_code == 200
