from __future__ import annotations

import datetime as dt

from defusedxml import ElementTree as ET

from reconnect.insights import charts
from reconnect.insights.charts import Band, Series

SVG = "{http://www.w3.org/2000/svg}"
START = dt.date(2026, 11, 1)


def _line(**changes: object) -> charts.Chart:
    options: dict[str, object] = {
        "key": "mood",
        "title": "Mood over time",
        "description": "Average per day.",
        "series": [
            Series("Pleasantness", ((START, 1.0), (START + dt.timedelta(days=2), -2.5))),
            Series("Energy", ((START, 3.0),)),
        ],
        "x_range": (START, START + dt.timedelta(days=29)),
        "y_range": (-4, 4),
        "y_ticks": [(-4, "-4"), (0, "0"), (4, "+4")],
        "x_header": "Day",
    }
    options.update(changes)
    return charts.line_chart(**options)  # type: ignore[arg-type]


def _contrast(hex_colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    return 1.05 / (luminance + 0.05)


def test_a_line_chart_is_valid_svg_with_a_title_and_description() -> None:
    chart = _line()
    root = ET.fromstring(chart.svg)
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "mood-title mood-desc"
    assert root.find(f"{SVG}title").text == "Mood over time"  # type: ignore[union-attr]
    assert root.find(f"{SVG}desc").text == "Average per day."  # type: ignore[union-attr]
    assert len(root.findall(f"{SVG}polyline")) >= 1


def test_the_table_alternative_holds_every_point() -> None:
    table = _line().table
    assert table.headers == ("Day", "Pleasantness", "Energy")
    assert table.rows == (("1 Nov 2026", "1", "3"), ("3 Nov 2026", "-2.5", "–"))


def test_text_in_a_chart_is_escaped() -> None:
    chart = charts.bar_chart(
        key="words",
        title="<b>Feelings</b>",
        description="a & b",
        bars=[("<script>alert(1)</script>", 3)],
        label_header="Feeling",
        value_header="Times",
    )
    assert "<script>" not in chart.svg and "&lt;script&gt;" in chart.svg
    ET.fromstring(chart.svg)


def test_a_chart_without_data_is_empty() -> None:
    assert _line(series=[Series("Pleasantness", ())]).empty
    assert not _line().empty


def test_bands_are_drawn_with_their_labels() -> None:
    chart = _line(bands=[Band("Mild", 5, 9), Band("Moderate", 10, 14)], y_range=(0, 27))
    assert "Mild" in chart.svg and "Moderate" in chart.svg


def test_every_series_colour_has_three_to_one_contrast_on_white() -> None:
    for colour, _, _ in charts.STYLES:
        assert _contrast(colour) >= 3.0, colour
    assert _contrast(charts.MUTED) >= 4.5 and _contrast(charts.TEXT) >= 4.5


def test_series_differ_by_more_than_colour() -> None:
    dashes = {dash for _, dash, _ in charts.STYLES[:3]}
    shapes = {shape for _, _, shape in charts.STYLES[:3]}
    assert len(dashes) == 3 and len(shapes) == 3


def test_date_ticks_suit_the_span() -> None:
    month = charts._date_ticks(START, START + dt.timedelta(days=29))
    assert month[0][1] == "1 Nov" and len(month) >= 4
    decade = charts._date_ticks(dt.date(2016, 1, 1), dt.date(2026, 11, 1))
    assert [label for _, label in decade][:2] == ["2016", "2017"]


def test_a_column_chart_has_one_bar_per_bucket() -> None:
    chart = charts.column_chart(
        key="practices",
        title="Practices",
        description="Per week.",
        columns=[(START, 2), (START + dt.timedelta(days=7), 5)],
        x_range=(START, START + dt.timedelta(days=90)),
        bucket_days=7,
        x_header="Week of",
        value_header="Practices",
    )
    root = ET.fromstring(chart.svg)
    bars = [r for r in root.findall(f"{SVG}rect") if r.get("fill") == charts.STYLES[2][0]]
    assert len(bars) == 2
    assert chart.table.rows == (("1 Nov 2026", "2"), ("8 Nov 2026", "5"))


def test_a_long_band_label_is_wrapped_on_a_phone_and_kept_whole_on_wider_screens() -> None:
    label = "low well-being, likely to reflect low mood"
    chart = _line(bands=[Band(label, 0, 28)], y_range=(0, 100))
    wide = [t.text for t in ET.fromstring(chart.svg).iter(f"{SVG}text")]
    narrow = [t.text for t in ET.fromstring(chart.narrow).iter(f"{SVG}text")]
    assert label in wide
    assert label not in narrow and "low well-being, likely to" in narrow
    assert "reflect low mood" in narrow


def test_the_last_date_label_stays_inside_the_picture() -> None:
    for svg, width in ((_line().svg, 640), (_line().narrow, 320)):
        texts = ET.fromstring(svg).iter(f"{SVG}text")
        last = next(t for t in texts if t.text == "29 Nov")
        assert float(last.get("x") or 0) + 3.9 * len("29 Nov") <= width
