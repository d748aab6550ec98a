"""The PDF report a person makes for a professional: the dashboard's own charts, on paper.

The charts are the same SVG the page shows, embedded with fpdf2 (pure Python, no network).
Journal text goes in only when the person asks for it, entry by entry or up to a number.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core.errors import ValidationFailed
from reconnect.insights.charts import Chart, short_date
from reconnect.insights.periods import Period
from reconnect.insights.service import PARTS, Dashboard, build_dashboard
from reconnect.journal import service as journal_service
from reconnect.messages import Insights as M

FONT_DIR = Path(__file__).parent / "fonts"
FAMILY = "DejaVu Sans"
EXCERPT_MODES = ("none", "newest", "chosen")
MAX_EXCERPTS = 50
EXCERPT_CHARS = 1_500
CHART_WIDTH_MM = 180
MOOD_CHARTS = (
    ("mood", M.MOOD_EMPTY),
    ("calendar", M.CALENDAR_EMPTY),
    ("grid", M.GRID_EMPTY),
    ("spread", M.SPREAD_EMPTY),
    ("quadrants", M.SPREAD_EMPTY),
    ("chosen", M.CHOSEN_EMPTY),
    ("detected", M.DETECTED_EMPTY),
)


@dataclass(frozen=True)
class Excerpt:
    """A journal entry the person chose to include."""

    day: dt.date
    title: str | None
    body: str


@dataclass(frozen=True)
class ReportRequest:
    """What the person chose to put in the report."""

    period: Period
    parts: frozenset[str]
    excerpts: str = "none"
    cap: int = 5
    entry_ids: tuple[int, ...] = ()


def make_request(
    *,
    period: Period,
    parts: list[str],
    excerpts: str = "none",
    cap: int = 5,
    entry_ids: list[int] | None = None,
) -> ReportRequest:
    """Check the person's choices and return them as a report request."""
    unknown = sorted(set(parts) - set(PARTS))
    if unknown:
        raise ValidationFailed(
            M.REPORT_PART_UNKNOWN.format(names=", ".join(unknown)), field="parts"
        )
    if excerpts not in EXCERPT_MODES:
        raise ValidationFailed(M.REPORT_EXCERPTS_UNKNOWN, field="excerpts")
    if not parts and excerpts == "none":
        raise ValidationFailed(M.REPORT_NOTHING, field="parts")
    if excerpts == "newest" and not 1 <= cap <= MAX_EXCERPTS:
        raise ValidationFailed(M.REPORT_CAP_INVALID.format(limit=MAX_EXCERPTS), field="cap")
    ids = tuple(dict.fromkeys(entry_ids or ()))
    if excerpts == "chosen" and not ids:
        raise ValidationFailed(M.REPORT_NONE_CHOSEN, field="entry_ids")
    if len(ids) > MAX_EXCERPTS:
        raise ValidationFailed(M.REPORT_CAP_INVALID.format(limit=MAX_EXCERPTS), field="entry_ids")
    return ReportRequest(
        period, frozenset(parts), excerpts, cap, ids if excerpts == "chosen" else ()
    )


def excerpt_entries(*, db: Session, user: User, request: ReportRequest) -> list[Excerpt]:
    """The person's own entries the request asks for (anyone else's id is 'not found')."""
    if request.excerpts == "newest":
        period = request.period
        entries = journal_service.entries_between(
            db=db, user=user, start=period.start, end=period.end, limit=request.cap
        )
    elif request.excerpts == "chosen":
        entries = [
            journal_service.get_entry_for_user(db=db, user=user, entry_id=entry_id)
            for entry_id in request.entry_ids
        ]
        entries.sort(key=lambda e: (e.entry_date, e.id))
    else:
        entries = []
    return [Excerpt(e.entry_date, e.title, e.body) for e in entries]


class _SvgNoise(logging.Filter):
    """fpdf2 does not draw an SVG's <title>/<desc> (the PDF prints them as text instead)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not ("<title>" in message or "<desc>" in message)


logging.getLogger("fpdf.svg").addFilter(_SvgNoise())


class _Pdf(FPDF):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FAMILY, size=8)
        self.set_text_color(80, 80, 80)
        self.cell(
            0,
            5,
            M.REPORT_DISCLAIMER_SHORT + "  ·  " + M.REPORT_PAGE.format(page=self.page_no()),
            align="C",
        )


def build_report(*, db: Session, user: User, request: ReportRequest, today: dt.date) -> bytes:
    """The report as PDF bytes, with only the parts the person chose."""
    dashboard = build_dashboard(
        db=db, user=user, period=request.period, today=today, parts=request.parts
    )
    entries = excerpt_entries(db=db, user=user, request=request)
    pdf = _start(user, request.period, today)
    _summary(pdf, dashboard)
    if "mood" in request.parts:
        for key, empty in MOOD_CHARTS:
            _chart(pdf, dashboard.charts[key], empty)
        if not dashboard.charts["sleep"].empty:  # only for people who note their sleep
            _chart(pdf, dashboard.charts["sleep"], M.SLEEP_EMPTY)
    if "markers" in request.parts:
        for chart in dashboard.marker_charts:
            _chart(pdf, chart, M.MARKERS_EMPTY)
        if not dashboard.marker_charts:
            _heading(pdf, M.MARKERS_TITLE)
        _paragraph(pdf, M.MARKERS_EXPLAIN if dashboard.marker_charts else M.MARKERS_EMPTY)
    if "questionnaires" in request.parts:
        _questionnaires(pdf, dashboard)
    if "practices" in request.parts:
        _practices(pdf, dashboard)
    if entries:
        _excerpts(pdf, entries)
    return bytes(pdf.output())


def _start(user: User, period: Period, today: dt.date) -> _Pdf:
    pdf = _Pdf(format="A4", unit="mm")
    pdf.set_title(M.REPORT_HEADING)
    pdf.set_creator("Reconnect")
    pdf.set_lang("en")
    pdf.add_font(FAMILY, "", FONT_DIR / "DejaVuSans.ttf")
    pdf.add_font(FAMILY, "B", FONT_DIR / "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font(FAMILY, "B", 16)
    _line(pdf, 0, 8, M.REPORT_HEADING)
    pdf.set_font(FAMILY, size=10)
    name = user.display_name or user.username
    prepared = M.REPORT_FOR.format(
        name=name, day=short_date(today), start=short_date(period.start), end=short_date(period.end)
    )
    _line(pdf, 0, 6, prepared)
    pdf.ln(2)
    pdf.set_fill_color(243, 241, 236)
    pdf.set_font(FAMILY, "B", 10)
    _line(pdf, 0, 5.5, M.REPORT_DISCLAIMER, border=1, fill=True, padding=2, align="L")
    pdf.ln(3)
    return pdf


def _line(
    pdf: FPDF,
    width: float,
    height: float,
    text: str,
    *,
    border: Literal[0, 1] = 0,
    fill: bool = False,
    padding: int = 0,
    align: str = "L",
) -> None:
    """A wrapped paragraph that leaves the cursor at the left margin of the next line."""
    pdf.multi_cell(
        width,
        height,
        text,
        border=border,
        fill=fill,
        padding=padding,
        align=align,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )


def _heading(pdf: FPDF, text: str, keep_with: float = 30) -> None:
    if pdf.get_y() + keep_with > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font(FAMILY, "B", 13)
    _line(pdf, 0, 7, text)
    pdf.set_font(FAMILY, size=10)


def _paragraph(pdf: FPDF, text: str, size: float = 10) -> None:
    pdf.set_font(FAMILY, size=size)
    _line(pdf, 0, size * 0.5, text, align="L")
    pdf.ln(1)


def _summary(pdf: FPDF, dashboard: Dashboard) -> None:
    _heading(pdf, M.SUMMARY_TITLE)
    a = dashboard.activity
    rows = [
        (M.SUMMARY_CHECKINS, str(a.checkins)),
        (M.SUMMARY_CHECKIN_DAYS, str(a.checkin_days)),
        (M.SUMMARY_ENTRIES, str(a.entries)),
        (M.SUMMARY_WORDS, str(a.words_written)),
    ]
    _table(pdf, ("", ""), rows, header=False)


def _table(
    pdf: FPDF, headers: tuple[str, ...], rows: Sequence[tuple[str, ...]], header: bool = True
) -> None:
    pdf.set_font(FAMILY, size=8.5)
    with pdf.table(
        first_row_as_headings=header, text_align="LEFT", line_height=4.6, width=CHART_WIDTH_MM
    ) as table:
        for row in [*([headers] if header else []), *rows]:
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.ln(2)


def _chart(pdf: FPDF, chart: Chart, empty: str) -> None:
    if chart.empty:
        _heading(pdf, chart.title)
        _paragraph(pdf, empty)
        return
    _heading(pdf, chart.title, keep_with=15 + CHART_WIDTH_MM * _svg_ratio(chart.svg))
    pdf.image(io.BytesIO(chart.svg.encode()), w=CHART_WIDTH_MM)
    _paragraph(pdf, chart.description, size=9)
    _table(pdf, chart.table.headers, list(chart.table.rows))


def _svg_ratio(svg: str) -> float:
    head = svg[: svg.index(">")]
    width = float(head.split('width="')[1].split('"')[0])
    height = float(head.split('height="')[1].split('"')[0])
    return height / width


def _questionnaires(pdf: FPDF, dashboard: Dashboard) -> None:
    _heading(pdf, M.SCORES_TITLE)
    if not dashboard.scores:
        _paragraph(pdf, M.SCORES_EMPTY)
    for section in dashboard.scores:
        _chart(pdf, section.chart, M.SCORES_EMPTY)
        if section.history.reflective:
            _paragraph(pdf, M.REFLECTIVE, size=9)


def _practices(pdf: FPDF, dashboard: Dashboard) -> None:
    _chart(pdf, dashboard.charts["practices"], M.PRACTICES_EMPTY)
    if not dashboard.charts["practices_top"].empty:
        _chart(pdf, dashboard.charts["practices_top"], M.PRACTICES_EMPTY)
    _heading(pdf, M.STREAKS_TITLE)
    _paragraph(pdf, "\n".join(streak_lines(dashboard)))
    _heading(pdf, M.MILESTONES_TITLE)
    if not dashboard.milestones:
        _paragraph(pdf, M.MILESTONES_EMPTY)
    for milestone in dashboard.milestones:
        _paragraph(
            pdf, f"{short_date(milestone.reached_on)}: {milestone.title}. {milestone.message}"
        )


def streak_lines(dashboard: Dashboard) -> list[str]:
    """The streaks as sentences, in a fixed order."""
    s = dashboard.streaks
    lines = [f"{M.SUMMARY_STREAK}: {s.checkin_days}"]
    if s.practice_days is not None:
        lines.append(M.STREAK_PRACTICE.format(days=s.practice_days, best=s.practice_best or 0))
    if s.together_checkins is not None:
        lines.append(M.STREAK_TOGETHER.format(count=s.together_checkins))
    return lines


def _excerpts(pdf: FPDF, entries: list[Excerpt]) -> None:
    _heading(pdf, M.REPORT_EXCERPTS_TITLE)
    for entry in entries:
        pdf.set_font(FAMILY, "B", 10)
        title = f" · {entry.title}" if entry.title else ""
        _line(pdf, 0, 5.5, short_date(entry.day) + title)
        body = entry.body
        if len(body) > EXCERPT_CHARS:
            body = body[:EXCERPT_CHARS].rstrip() + " " + M.REPORT_EXCERPT_CUT
        _paragraph(pdf, body)
        pdf.ln(1)
