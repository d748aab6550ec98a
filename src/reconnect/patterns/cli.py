"""``reconnect patterns``, and the factor options that ``checkin`` and ``journal`` share."""

from __future__ import annotations

import sys

import typer

from reconnect.cli_support import CliError, UserOption, acting_user, console, unit_of_work
from reconnect.core import dates
from reconnect.messages import Patterns as PM
from reconnect.patterns import factors, service, stats, wording
from reconnect.patterns.factors import Factors

SleepOption = typer.Option(
    None, "--sleep", min=factors.SLEEP_MIN, max=factors.SLEEP_MAX, help=PM.CLI_SLEEP_HELP
)
SleepQualityOption = typer.Option(None, "--sleep-quality", help=PM.CLI_QUALITY_HELP)
MovementOption = typer.Option(None, "--movement", help=PM.CLI_MOVEMENT_HELP)
WithOption = typer.Option([], "--with", help=PM.CLI_WITH_HELP)
AtOption = typer.Option([], "--at", help=PM.CLI_AT_HELP)
DoingOption = typer.Option([], "--doing", help=PM.CLI_DOING_HELP)


def print_noted(chosen: Factors) -> None:
    """Confirm the factors that were stored, if any."""
    if not chosen.is_empty:
        console.print(PM.CLI_NOTED.format(factors=" · ".join(factors.summary(chosen))))


def patterns(
    period: str = typer.Option(service.DEFAULT_PERIOD, "--period", help=PM.CLI_PERIOD_HELP),
    as_json: bool = typer.Option(False, "--json", help=PM.CLI_JSON_HELP),
    user: str = UserOption,
) -> None:
    if period not in service.PERIODS:
        raise CliError(PM.PERIOD_INVALID.format(value=period))
    with unit_of_work() as db:
        person = acting_user(db, user)
        report = service.report(
            db=db, user=person, period=period, today=dates.today(person.time_zone)
        )
    if as_json:
        from reconnect.patterns.schemas import report_out

        sys.stdout.write(report_out(report).model_dump_json(indent=2) + "\n")
        return
    _print_report(report)


def _print_report(report: service.Report) -> None:
    console.print(f"[bold]{PM.TITLE}[/bold]  {PM.INTRO}\n", highlight=False)
    console.print(PM.CLI_FOUND.format(checkins=report.checkins, entries=report.entries))
    if not report.patterns:
        text = PM.NONE_FOUND if report.tests else PM.STARTING.format(min=stats.MIN_GROUP)
        console.print(text, highlight=False)
    for finding in report.patterns:
        described = wording.describe(finding, report.tests)
        console.print(f"\n• [bold]{described.sentence}[/bold]", highlight=False)
        console.print(f"  {described.detail}", highlight=False)
        console.print(f"  [dim]{described.evidence} {PM.GOES_WITH}[/dim]", highlight=False)
        links = ", ".join(f"{link.label} ({link.href})" for link in described.links)
        console.print(f"  {PM.CLI_LINK.format(links=links)}", highlight=False)
    if report.unclear:
        console.print("\n" + PM.CLI_UNCLEAR.format(count=len(report.unclear)))
    if report.not_enough:
        items = "; ".join(
            PM.NOT_ENOUGH_ITEM.format(
                context=wording.context(f.feature), n=f.n_with, others=f.n_without
            ).rstrip(".")
            for f in report.not_enough[:8]
        )
        console.print("\n" + PM.CLI_NOT_ENOUGH.format(items=items), highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``reconnect patterns`` to the root CLI."""
    app.command("patterns", help=PM.CLI_HELP)(patterns)
