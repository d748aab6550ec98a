"""The mood charts from plain data: exact values, a tooltip on every mark, axis titles, and
labels large enough in both renderings."""

from __future__ import annotations

import datetime as dt

from defusedxml import ElementTree as ET

from reconnect.insights import charts, grids, moods, sections
from reconnect.insights.periods import Period
from reconnect.insights.svg import Chart
from reconnect.journal.service import GridCount, MoodPoint

SVG = "{http://www.w3.org/2000/svg}"
END = dt.date(2026, 11, 20)  # a Friday
MONTH = Period("month", dt.date(2026, 10, 22), END)
YEAR = Period("year", dt.date(2025, 11, 21), END)
COUNTS = [
    GridCount(2, -1, 3, dt.date(2026, 11, 3)),
    GridCount(-3, 3, 1, dt.date(2026, 11, 10)),
    GridCount(0, 0, 2, dt.date(2026, 11, 12)),
    GridCount(4, 2, 1, dt.date(2026, 11, 18)),
]


def _titled(svg: str, tag: str) -> list[str]:
    """The tooltips of the chart's marks of one kind, in drawing order."""
    root = ET.fromstring(svg)
    return [
        title.text or ""
        for element in root.iter(f"{SVG}{tag}")
        if (title := element.find(f"{SVG}title")) is not None
    ]


def _texts(svg: str) -> list[str]:
    return [t.text or "" for t in ET.fromstring(svg).iter(f"{SVG}text")]


def _smallest_font(svg: str) -> float:
    return min(float(t.get("font-size") or 0) for t in ET.fromstring(svg).iter(f"{SVG}text"))


def test_the_calendar_covers_53_weeks_from_a_monday() -> None:
    start, end = moods.calendar_span(END)
    assert start == dt.date(2025, 11, 17) and start.weekday() == 0 and end == END
    assert (end - start).days == 52 * 7 + 4


def test_the_calendar_colours_each_day_with_check_ins_and_leaves_the_rest_blank() -> None:
    days = [
        MoodPoint(dt.date(2025, 11, 1), 4.0, 0.0, 1),  # before the calendar: left out
        MoodPoint(dt.date(2026, 11, 3), 1.5, 0.0, 2),
        MoodPoint(dt.date(2026, 11, 19), -3.6, 1.0, 1),
    ]
    chart = moods.calendar_chart(days, END)
    assert chart.table.headers == ("Day", "Pleasantness", "Check-ins")
    assert chart.table.rows == (("3 Nov 2026", "+1.5", "2"), ("19 Nov 2026", "-3.6", "1"))
    for svg in (chart.svg, chart.narrow):
        tips = _titled(svg, "rect")
        assert "Tue 3 Nov 2026: pleasantness +1.5 (2 check-ins)" in tips
        assert "Thu 19 Nov 2026: pleasantness -3.6 (1 check-in)" in tips
        root = ET.fromstring(svg)
        cells = [r for r in root.iter(f"{SVG}rect") if r.get("width") in {"9", "10"}]
        assert len(cells) == (END - moods.calendar_span(END)[0]).days + 1  # every day drawn
        assert all(r.find(f"{SVG}title") is not None for r in cells)  # blank days too
        assert "Wed 4 Nov 2026: no check-in" in tips
        filled = {r.get("fill") for r in cells if r.get("stroke") == grids.OUTLINE}
        assert filled == {grids.DIVERGING[0], grids.DIVERGING[6]}
        assert {"Unpleasant", "Pleasant", "No check-in", "Nov", "Mon"} <= set(_texts(svg))


def test_the_calendar_is_empty_without_check_ins() -> None:
    assert moods.calendar_chart([], END).empty


def test_mood_colours_round_half_away_from_zero() -> None:
    colour = grids.mood_colour
    assert colour(0.49) == grids.DIVERGING[4] and colour(0.5) == grids.DIVERGING[5]
    assert colour(-0.5) == grids.DIVERGING[3] and colour(-4.0) == grids.DIVERGING[0]
    assert colour(9) == grids.DIVERGING[8]


def test_the_grid_sizes_each_place_by_its_check_ins_and_names_the_quadrants() -> None:
    chart = moods.grid_chart(COUNTS)
    assert chart.table.headers == ("Pleasantness", "Energy", "Check-ins", "Latest")
    assert chart.table.rows == (
        ("+2", "-1", "3", "3 Nov 2026"),
        ("0", "0", "2", "12 Nov 2026"),
        ("-3", "+3", "1", "10 Nov 2026"),
        ("+4", "+2", "1", "18 Nov 2026"),
    )
    for svg in (chart.svg, chart.narrow):
        circles = [c for c in ET.fromstring(svg).iter(f"{SVG}circle")]
        radii = [float(c.get("r") or 0) for c in circles]
        assert radii[0] > radii[1] > radii[2] == radii[3]
        assert _titled(svg, "circle")[0] == (
            "Pleasantness +2, energy -1: 3 check-ins, the latest on Tue 3 Nov 2026"
        )
        texts = _texts(svg)
        assert "Pleasantness (-4 to +4)" in texts and "Energy (-4 to +4)" in texts
        assert texts.count("High energy,") == 2 and texts.count("unpleasant") == 2


def test_the_spread_counts_every_pleasantness_and_quadrant() -> None:
    assert moods.pleasantness_spread(COUNTS) == [
        (-4, 0), (-3, 1), (-2, 0), (-1, 0), (0, 2), (1, 0), (2, 3), (3, 0), (4, 1),
    ]  # fmt: skip
    # (0, 0) lies on both centre lines: low energy and unpleasant, as on the check-in page.
    assert moods.quadrant_spread(COUNTS) == [
        ("high_unpleasant", 1),
        ("high_pleasant", 1),
        ("low_unpleasant", 2),
        ("low_pleasant", 3),
    ]
    histogram, quadrants = moods.spread_charts(COUNTS)
    assert histogram.table.rows[1] == ("-3", "1") and len(histogram.table.rows) == 9
    assert _titled(histogram.svg, "rect")[6] == "Pleasantness +2: 3 check-ins"
    assert {"Pleasantness", "Check-ins"} <= set(_texts(histogram.narrow))
    assert quadrants.table.rows[3] == ("Low energy, pleasant", "3")
    assert _titled(quadrants.narrow, "rect")[0] == "High energy, unpleasant: 1"


def test_the_spread_is_empty_without_check_ins() -> None:
    histogram, quadrants = moods.spread_charts([])
    assert histogram.empty and quadrants.empty


def test_sleep_is_averaged_per_bucket_within_the_period() -> None:
    sleep = [
        (dt.date(2026, 10, 1), 9.0),  # in the year, not in the month
        (dt.date(2026, 11, 16), 6.0),
        (dt.date(2026, 11, 18), 8.0),
        (dt.date(2026, 11, 21), 5.0),  # after the end
    ]
    assert moods.sleep_by_bucket(sleep, YEAR) == [
        (dt.date(2026, 9, 28), 9.0),
        (dt.date(2026, 11, 16), 7.0),
    ]
    assert moods.sleep_by_bucket(sleep, MONTH) == [
        (dt.date(2026, 11, 16), 6.0),
        (dt.date(2026, 11, 18), 8.0),
    ]


def test_sleep_sits_beside_mood_on_the_same_days() -> None:
    sleep = [(dt.date(2026, 11, 16), 6.5), (dt.date(2026, 11, 18), 7.25)]
    mood = [MoodPoint(dt.date(2026, 11, 16), -1.0, 0.0, 1), MoodPoint(END, 2.0, 1.0, 1)]
    chart = moods.sleep_chart(sleep, mood, MONTH)
    assert chart.table.headers == ("Day", "Sleep (hours)", "Pleasantness")
    assert chart.table.rows == (
        ("16 Nov 2026", "6.5", "-1"),
        ("18 Nov 2026", "7.2", "–"),
        ("20 Nov 2026", "–", "+2"),
    )
    for svg in (chart.svg, chart.narrow):
        assert _titled(svg, "rect") == [
            "Mon 16 Nov 2026: 6.5 hours of sleep",
            "Wed 18 Nov 2026: 7.2 hours of sleep",
        ]
        assert _titled(svg, "circle") == [
            "Mon 16 Nov 2026: pleasantness -1",
            "Fri 20 Nov 2026: pleasantness +2",
        ]
        assert {"Sleep (hours)", "Pleasantness", "Day"} <= set(_texts(svg))


def test_sleep_beside_mood_is_empty_when_no_sleep_was_noted() -> None:
    chart = moods.sleep_chart([], [MoodPoint(END, 2.0, 1.0, 1)], MONTH)
    assert chart.empty


def _every_chart() -> list[Chart]:
    mood = [MoodPoint(dt.date(2026, 11, 3), 1.5, -1.0, 2), MoodPoint(END, -2.0, 0.5, 1)]
    return [
        sections.mood_chart(mood, MONTH),
        sections.word_chart(key="w", title="Words", description="d", counts=[("calm", 2)]),
        sections.practice_chart([(dt.date(2026, 11, 9), 2)], YEAR),
        moods.calendar_chart(mood, END),
        moods.grid_chart(COUNTS),
        *moods.spread_charts(COUNTS),
        moods.sleep_chart([(END, 7.0)], mood, MONTH),
    ]


def test_labels_are_at_least_12_units_wide_and_13_narrow() -> None:
    # The wide drawing is shown at its own width (640 px) or more; the narrow one at about
    # 316 px of its 320 units on a 390 px phone: 13 units are 12.8 px there.
    for chart in _every_chart():
        assert _smallest_font(chart.svg) >= 12, chart.key
        assert _smallest_font(chart.narrow) >= 13, chart.key


def test_both_renderings_have_their_own_ids() -> None:
    for chart in _every_chart():
        wide, narrow = ET.fromstring(chart.svg), ET.fromstring(chart.narrow)
        assert wide.get("aria-labelledby") == f"{chart.key}-title {chart.key}-desc"
        assert narrow.get("aria-labelledby") == f"{chart.key}-narrow-title {chart.key}-narrow-desc"
        assert wide.get("viewBox") == f"0 0 640 {wide.get('height')}"
        assert narrow.get("viewBox") == f"0 0 320 {narrow.get('height')}"


def test_the_line_charts_carry_axis_titles_and_a_tooltip_per_point() -> None:
    chart = sections.mood_chart([MoodPoint(dt.date(2026, 11, 3), 1.5, -1.0, 2)], MONTH)
    assert {"Average (-4 to +4)", "Day"} <= set(_texts(chart.svg))
    assert "Tue 3 Nov 2026: pleasantness +1.5" in _titled(chart.svg, "circle")
    assert "Tue 3 Nov 2026: energy -1.0" in _titled(chart.narrow, "rect")
    weekly = sections.practice_chart([(dt.date(2026, 11, 9), 2)], YEAR)
    assert _titled(weekly.svg, "rect") == ["Week of 9 Nov 2026: practices 2"]
    assert {"Week (from Monday)", "Practices"} <= set(_texts(weekly.svg))


def test_the_calendar_outline_stands_out_on_white() -> None:
    def luminance(colour: str) -> float:
        def channel(c: int) -> float:
            v = c / 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

    assert 1.05 / (luminance(grids.OUTLINE) + 0.05) >= 3
    assert 1.05 / (luminance(charts.STYLES[3][0]) + 0.05) >= 3  # the sleep columns
