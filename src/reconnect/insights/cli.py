"""``reconnect insights`` and ``reconnect report``: insights from the terminal."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from pathlib import Path

import typer

from reconnect.cli_json import JsonOption, write_json
from reconnect.cli_support import CliError, UserOption, acting_user, console, unit_of_work
from reconnect.core import dates
from reconnect.insights import periods, report, service
from reconnect.insights.charts import short_date
from reconnect.messages import Insights as M

DEFAULT_REPORT_DAYS = 90


def insights(
    range_name: str = typer.Option(
        periods.DEFAULT_RANGE, "--range", "-r", help="month, quarter, year or all."
    ),
    as_json: bool = JsonOption,
    user: str = UserOption,
) -> None:
    with unit_of_work() as db:
        person = acting_user(db, user)
        today = dates.today(person.time_zone)
        period = service.period_named(db=db, user=person, name=range_name, today=today)
        board = service.build_dashboard(db=db, user=person, period=period, today=today)
        if as_json:
            write_json(summary_json(board))
            return
        for line in summary_lines(board):
            console.print(line, highlight=False)


def summary_lines(board: service.Dashboard) -> list[str]:
    """The dashboard as a few plain sentences."""
    p, a = board.period, board.activity
    lines = [
        M.CLI_PERIOD.format(
            name=M.RANGES.get(p.name, p.name), start=short_date(p.start), end=short_date(p.end)
        )
    ]
    if board.is_empty:
        return [*lines, M.CLI_NOTHING]
    lines.append(
        M.CLI_COUNTS.format(
            checkins=a.checkins, days=a.checkin_days, entries=a.entries, words=a.words_written
        )
    )
    if mood := _average_mood(board):
        lines.append(M.CLI_MOOD.format(pleasantness=mood[0], energy=mood[1]))
    if board.chosen_words:
        lines.append(M.CLI_TOP_WORDS.format(words=_counts(board.chosen_words)))
    if board.detected_emotions:
        lines.append(M.CLI_TOP_DETECTED.format(words=_counts(board.detected_emotions)))
    lines += report.streak_lines(board)
    lines.append(
        M.CLI_SECTIONS.format(
            scores=len(board.scores),
            practices=len(board.practices),
            milestones=len(board.milestones),
        )
    )
    return lines


def _average_mood(board: service.Dashboard) -> tuple[float, float] | None:
    """The period's average pleasantness and energy, weighted by check-ins."""
    if not board.mood_points:
        return None
    weight = sum(m.checkins for m in board.mood_points)
    return (
        sum(m.pleasantness * m.checkins for m in board.mood_points) / weight,
        sum(m.energy * m.checkins for m in board.mood_points) / weight,
    )


def summary_json(board: service.Dashboard) -> dict[str, object]:
    """The facts of the text summary, as one JSON object."""
    p, mood = board.period, _average_mood(board)
    return {
        "range": p.name,
        "start": p.start.isoformat(),
        "end": p.end.isoformat(),
        **asdict(board.activity),
        "mood": None
        if mood is None
        else {"pleasantness": round(mood[0], 2), "energy": round(mood[1], 2)},
        "chosen_words": [{"word": w, "count": n} for w, n in board.chosen_words],
        "detected_emotions": [{"word": w, "count": n} for w, n in board.detected_emotions],
        "streaks": asdict(board.streaks),
        "questionnaires": len(board.scores),
        "practices": len(board.practices),
        "milestones": len(board.milestones),
    }


def _counts(counts: list[tuple[str, int]]) -> str:
    return ", ".join(f"{word} ({n})" for word, n in counts[:5])


def _day(value: str, default: dt.date) -> dt.date:
    if not value:
        return default
    day = dates.parse_date(value)
    if day is None:
        raise CliError(M.REPORT_DATE_INVALID.format(value=value))
    return day


def make_report(
    output: Path = typer.Option(..., "--output", "-o", help="Where to write the PDF."),
    start: str = typer.Option("", "--from", help="First day, YYYY-MM-DD (default 90 days ago)."),
    end: str = typer.Option("", "--to", help="Last day, YYYY-MM-DD (default today)."),
    include: list[str] = typer.Option(
        [],
        "--include",
        "-i",
        help="A part to include (repeat): mood, markers, questionnaires, practices. "
        "Default: all of them.",
    ),
    excerpts: int = typer.Option(
        0,
        "--excerpts",
        min=0,
        max=report.MAX_EXCERPTS,
        help="Include the newest N journal entries of the range (default none).",
    ),
    entry: list[int] = typer.Option(
        [], "--entry", help="Include this journal entry (repeat for more)."
    ),
    user: str = UserOption,
) -> None:
    if excerpts and entry:
        raise CliError(M.CLI_REPORT_BOTH)
    with unit_of_work() as db:
        person = acting_user(db, user)
        today = dates.today(person.time_zone)
        period = periods.between(
            _day(start, today - dt.timedelta(days=DEFAULT_REPORT_DAYS - 1)), _day(end, today)
        )
        choice = report.make_request(
            period=period,
            parts=include or list(service.PARTS),
            excerpts="chosen" if entry else "newest" if excerpts else "none",
            cap=excerpts or 1,
            entry_ids=entry,
        )
        pdf = report.build_report(db=db, user=person, request=choice, today=today)
    output.write_bytes(pdf)
    console.print(M.CLI_REPORT_WRITTEN.format(path=output, size=max(1, len(pdf) // 1024)))


def register(app: typer.Typer) -> None:
    """Add the insights commands to the root CLI."""
    app.command("insights", help=M.CLI_INSIGHTS_HELP)(insights)
    app.command("report", help=M.CLI_REPORT_HELP)(make_report)
