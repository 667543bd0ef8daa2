import json

from tests.policy.conftest import verdict_of
from tests.testdata import personnummer
from varna.policy.report import Palette, render

PNR = personnummer(25)


def test_the_json_has_exactly_the_contract_keys(policy):
    verdict = verdict_of(policy, f"Pnr {PNR}", to=["karin@so1by.se"])
    data = json.loads(verdict.to_json(file="brev.eml"))
    assert list(data) == ["file", "verdict", "findings", "advice"]
    assert data["file"] == "brev.eml"
    assert data["verdict"] == "block"
    for finding in data["findings"]:
        assert list(finding) == ["kind", "where", "count", "masked", "message"]
        assert isinstance(finding["count"], int)
        assert all(isinstance(m, str) for m in finding["masked"])
    assert {f["kind"] for f in data["findings"]} == {"personnummer", "lookalike_domain"}
    assert all(isinstance(a, str) and a for a in data["advice"])


def test_reveal_adds_the_normalised_values(policy):
    verdict = verdict_of(policy, f"Pnr {PNR[2:8]}-{PNR[8:]}")
    data = json.loads(verdict.to_json(file="brev.eml", reveal=True))
    assert data["findings"][0]["values"] == [PNR]
    assert list(data["findings"][0])[-1] == "values"


def test_an_allowed_message_has_no_findings_and_no_advice(policy):
    data = json.loads(verdict_of(policy, "Vi ses i morgon.").to_json(file="a.eml"))
    assert data == {"file": "a.eml", "verdict": "allow", "findings": [], "advice": []}


def test_the_human_report_is_swedish_and_coloured_only_when_asked(policy):
    verdict = verdict_of(policy, f"Pnr {PNR}")
    plain = render("brev.eml", verdict, Palette(False))
    coloured = render("brev.eml", verdict, Palette(True))
    assert plain.startswith("brev.eml: STOPPA")
    assert "Gör så här:" in plain
    assert "\033[" not in plain
    assert "\033[1;31mSTOPPA" in coloured
    assert PNR not in plain


def test_colour_follows_the_terminal_and_no_color(monkeypatch):
    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert Palette.for_stream(Terminal()).enabled  # type: ignore[arg-type]
    monkeypatch.setenv("NO_COLOR", "1")
    assert not Palette.for_stream(Terminal()).enabled  # type: ignore[arg-type]
