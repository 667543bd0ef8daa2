"""The case list: every visible case can be reached, a page at a time, filters kept."""

from __future__ import annotations

import re

from django.urls import reverse

from varna.web.incidents.views import cases as case_views


def diary_numbers(page: str) -> list[str]:
    return re.findall(r'<a href="/incidenter/\d+/">([^<]+)</a>', page)


def test_every_visible_case_is_on_exactly_one_page(client, make_report, owner, monkeypatch):
    monkeypatch.setattr(case_views, "CASES_PER_PAGE", 2)
    made = [make_report(title=f"Händelse {n}").cases.get() for n in range(5)]
    client.force_login(owner)

    seen: list[str] = []
    for number in (1, 2, 3):
        page = client.get(reverse("incidents:list"), {"sida": number}).content.decode()
        seen += diary_numbers(page)
        assert f"Sida {number} av 3" in page

    assert sorted(seen) == sorted(case.diarienummer for case in made)
    assert len(set(seen)) == 5


def test_the_page_links_keep_the_filters(client, make_report, owner, monkeypatch):
    monkeypatch.setattr(case_views, "CASES_PER_PAGE", 1)
    for n in range(2):
        make_report(title=f"Händelse {n}")
    client.force_login(owner)

    page = client.get(reverse("incidents:list"), {"status": "all"}).content.decode()

    assert "Visar 1–1 av 2 ärenden." in page
    assert 'href="?status=all&amp;sida=2" rel="next"' in page


def test_a_page_number_out_of_range_shows_the_last_page(client, make_report, owner):
    case = make_report().cases.get()
    client.force_login(owner)

    page = client.get(reverse("incidents:list"), {"sida": "99"}).content.decode()

    assert diary_numbers(page) == [case.diarienummer]
