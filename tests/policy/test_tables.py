"""A table's column header says what its cells mean: under "Förbund" a union's name
is a person's union membership, under "Diagnos" any word is a diagnosis."""

import pytest
from bench import documents

from tests.policy.conftest import SIGNATURE, message, verdict_of
from varna.policy import judge
from varna.policy.tables import column_findings


def test_a_spreadsheet_pairing_named_staff_with_their_union_blocks(policy):
    sheet = documents.xlsx(
        [
            (
                "Medlemmar",
                [
                    ["Namn", "Enhet", "Förbund"],
                    ["Greta Holmqvist", "Kök", "Vision"],
                    ["Arvid Nordén", "Städ", "Kommunal"],
                ],
            )
        ]
    )
    parsed = message("Bifogar listan till lönekontoret.", attachments=[("avdrag.xlsx", sheet)])
    verdict = judge(parsed, policy)
    assert verdict.verdict == "block"
    assert ("union", "attachment:avdrag.xlsx") in {(f.kind, f.where) for f in verdict.findings}


def test_a_semicolon_separated_file_with_the_services_of_named_people_blocks(policy):
    csv = "Namn;Beviljad insats\nTyra Lindgren;ledsagning 8 tim/mån\nOmar Haddad;\n".encode()
    verdict = judge(message("Underlag till uppföljningen.", attachments=[("lss.csv", csv)]), policy)
    assert verdict.verdict == "block"


def test_the_same_column_without_anyone_in_the_rows_is_only_statistics(policy):
    sheet = documents.xlsx(
        [("Blad1", [["Förbund", "Antal medlemmar"], ["Kommunal", "212"], ["Vision", "87"]])]
    )
    parsed = message("Fördelningen per förbund.", attachments=[("statistik.xlsx", sheet)])
    assert judge(parsed, policy).verdict == "allow"


def test_union_representatives_listed_with_their_title_are_in_their_role(policy):
    body = (
        "Hej!\n\nFackliga kontakter inför förhandlingen:\n\n"
        "Namn\tFörbund\tUppdrag\n"
        "Lovisa Bergkvist\tKommunal\tHuvudskyddsombud\n"
        "Tore Mattsson\tVision\tOrdförande" + SIGNATURE
    )
    assert verdict_of(policy, body).verdict == "allow"


@pytest.mark.parametrize("empty", ["", "-", "Ingen", "saknas"])
def test_a_cell_that_says_none_is_no_data(empty):
    text = f"Namn\tFörbund\nGreta Holmqvist\t{empty}"
    assert column_findings(text) == []


def test_rows_far_below_the_header_are_still_under_it():
    rows = "".join(f"\nPerson {n}\t" for n in range(30))
    text = "Namn\tDiagnos" + rows + "\nGreta Holmqvist\tF90.0"
    assert [text[f.start : f.end] for f in column_findings(text)] == ["F90.0"]


def test_only_the_cells_under_the_header_are_findings():
    text = "Namn\tDiagnos\tTelefon\nGreta Holmqvist\tastma\t\n\nKommentar\tastma ingen"
    assert [(f.kind, text[f.start : f.end]) for f in column_findings(text)] == [("health", "astma")]


def test_a_comma_separated_file_has_its_header_on_the_first_line():
    text = "Namn,Förbund\nGreta Holmqvist,Vision"
    assert [(f.kind, f.value) for f in column_findings(text)] == [("union", "Vision")]


def test_commas_in_prose_make_no_table():
    text = "Hej!\n\nReligion, kultur, samhälle\nVi läser om judendom, islam och kristendom"
    assert column_findings(text) == []


def test_a_header_in_capitals_with_windows_line_ends_is_a_header():
    text = "NAMN\tDIAGNOS \r\nEva Ek\tAstma\r\n"
    assert [(f.kind, f.value) for f in column_findings(text)] == [("health", "Astma")]


def test_empty_and_numeric_cells_before_a_header_cell_do_not_hide_it():
    text = "\t\t12\t  Insats\tNamn\n\t\t13\tHemtjänst\tBo Ali"
    assert [(f.kind, f.value) for f in column_findings(text)] == [("social_welfare", "Hemtjänst")]
