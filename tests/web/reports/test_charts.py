"""Charts drawn on the server: well-formed, accessible SVG and the same scene in the PDF."""

from xml.etree import ElementTree

from varna.web.reports.charts import Chart, Marker, Rect, Series, layout, to_drawing, to_svg

SVG = "{http://www.w3.org/2000/svg}"


def chart(kind="bars", labels=("E-post <till> fel", "Papper & utskrifter"), values=(3, 1)):
    return Chart(
        kind, "Hur det gick till", labels, (Series("Incidenter", values),), "3 av 4 e-post."
    )


def test_the_svg_is_an_image_with_a_title_and_a_text_alternative():
    root = ElementTree.fromstring(to_svg(chart(), "d1"))  # noqa: S314 - our own output
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "d1-t d1-d"
    assert root.findtext(f"{SVG}title") == "Hur det gick till"
    assert root.findtext(f"{SVG}desc") == "3 av 4 e-post."


def test_labels_are_escaped_not_markup():
    svg = to_svg(chart(), "d2")
    texts = [t.text for t in ElementTree.fromstring(svg).iter(f"{SVG}text")]  # noqa: S314
    assert "E-post <till> fel" in texts
    assert "Papper & utskrifter" in texts
    assert "<till>" not in svg


def test_bars_are_as_long_as_their_values():
    scene = layout(chart(values=(4, 2)))
    widths = sorted(shape.w for shape in scene.shapes if isinstance(shape, Rect))
    assert widths[1] == 2 * widths[0]


def test_the_72_hour_line_and_late_columns_are_marked():
    late = Chart(
        "columns",
        "Tid till beslut",
        ("under 24 h", "24–72 h", "över 72 h"),
        (Series("Beslut", (2, 1, 1)),),
        "3 av 4 i tid.",
        marker=Marker(2, "72 timmar"),
        highlight_from=2,
    )
    scene = layout(late)
    tones = [s.tone for s in scene.shapes if isinstance(s, Rect) and s.h > 8]
    assert tones == ["brand", "brand", "danger"]
    assert any(getattr(s, "text", "") == "72 timmar" for s in scene.shapes)
    assert any(getattr(s, "dashed", False) for s in scene.shapes)


def test_an_empty_chart_says_so():
    svg = to_svg(chart(values=(0, 0)), "d3")
    assert "Inga incidenter under perioden." in svg


def test_the_pdf_drawing_has_the_same_shapes():
    scene = layout(chart())
    drawing = to_drawing(chart())
    assert len(drawing.contents) == len(scene.shapes)
    assert drawing.width == scene.width
