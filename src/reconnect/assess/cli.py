"""``reconnect assess``: questionnaires in the terminal, one question at a time."""

from __future__ import annotations

import typer
from rich.prompt import Prompt
from rich.table import Table

from reconnect.assess import scoring, service
from reconnect.assess.instruments import Instrument, Item
from reconnect.cli_json import JsonOption, write_json_lines
from reconnect.cli_support import CliError, UserOption, acting_user, console, unit_of_work
from reconnect.core import dates
from reconnect.messages import Assess as M
from reconnect.safety.cli import print_helplines


def _number(total: float) -> str:
    return f"{total:g}"


def _band_sentence(instrument: Instrument, band: str) -> str:
    template = M.BAND_REFLECTION if instrument.reflective else M.BAND_VALIDATED
    return template.format(band=band)


def _result_json(result: service.ResultSummary, zone: str) -> dict[str, object]:
    return {
        "id": result.result_id,
        "date": dates.local_date(result.taken_at, zone).isoformat(),
        "total": result.total,
        "max_total": result.max_total,
        "band": result.band,
        "at_referral": result.at_referral,
    }


def _print_list(user: str | None, as_json: bool) -> None:
    with unit_of_work() as db:
        person = acting_user(db, user)
        zone = person.time_zone
        latest = {s.instrument: s for s in service.latest_results(db=db, user=person)}
    if as_json:
        write_json_lines(
            {
                "name": instrument.slug,
                "title": instrument.title,
                "kind": "reflection" if instrument.reflective else "validated",
                "questions": len(instrument.items),
                "last": _result_json(latest[instrument.slug], zone)
                if instrument.slug in latest
                else None,
            }
            for instrument in service.instruments()
        )
        return
    table = Table("name", "title", "kind", "questions", "last result")
    for instrument in service.instruments():
        last = latest.get(instrument.slug)
        table.add_row(
            instrument.slug,
            instrument.title,
            M.REFLECTION_BADGE if instrument.reflective else M.VALIDATED_BADGE,
            str(len(instrument.items)),
            f"{dates.local_date(last.taken_at, zone)}: {_number(last.total)} ({last.band})"
            if last
            else "",
        )
    console.print(table)


def _print_history(slug: str, user: str | None, as_json: bool) -> None:
    instrument = service.get_instrument(slug=slug)
    with unit_of_work() as db:
        person = acting_user(db, user)
        zone = person.time_zone
        results = service.history(db=db, user=person, instrument=instrument.slug)
    if as_json:
        write_json_lines(_result_json(r, zone) for r in results)
        return
    if not results:
        console.print(M.CLI_HISTORY_EMPTY.format(title=instrument.title))
        return
    table = Table(M.COL_DATE, M.COL_SCORE, M.COL_RANGE, M.COL_REFERRAL)
    for r in results:
        table.add_row(
            dates.local_date(r.taken_at, zone).isoformat(),
            f"{_number(r.total)} / {_number(r.max_total)}",
            r.band,
            M.YES if r.at_referral else M.NO,
        )
    console.print(table)


def _ask(instrument: Instrument, item: Item) -> int:
    number = instrument.items.index(item) + 1
    console.print(
        f"\n[bold]{M.QUESTION_OF.format(number=number, count=len(instrument.items))}[/bold]"
    )
    console.print(item.text)
    if item.low and item.high:
        console.print(f"  0: {item.low}\n  4: {item.high}")
    options = instrument.options_for(item)
    for option in options:
        console.print(f"  {option.value}) {option.label}")
    choices = [str(option.value) for option in options]
    return int(Prompt.ask(M.CLI_CHOOSE, choices=choices, console=console))


def _run(slug: str, user: str | None) -> None:
    instrument = service.get_instrument(slug=slug)
    with unit_of_work() as db:
        person = acting_user(db, user)
        country = person.country
        draft = service.get_draft(db=db, user=person, instrument=instrument.slug)
    console.print(f"[bold]{instrument.name}[/bold]\n{instrument.about}")
    console.print(f"[dim]{instrument.citation}\n{instrument.licence}[/dim]")
    if draft:
        console.print(M.CLI_RESUMING.format(done=len(draft)))
    console.print(f"\n[bold]{instrument.time_frame}[/bold]")
    while missing := scoring.missing_items(instrument, draft):
        try:
            value = _ask(instrument, missing[0])
        except (EOFError, KeyboardInterrupt):
            console.print(f"\n{M.CLI_SAVED_DRAFT}")
            return
        with unit_of_work() as db:
            draft = service.save_draft(
                db=db,
                user=acting_user(db, user),
                instrument=instrument.slug,
                answers={missing[0].id: value},
            )
        if service.has_risk_answer(instrument=instrument, answers={missing[0].id: value}):
            console.print(f"\n[bold red]{M.CRISIS_TITLE}[/bold red]\n{M.CRISIS_BODY}")
            print_helplines(country)
    with unit_of_work() as db:
        result = service.submit(
            db=db, user=acting_user(db, user), instrument=instrument.slug, answers=draft
        )
        _print_result(instrument, result.id, result.total, result.band, result.at_referral)


def _print_result(
    instrument: Instrument, result_id: int, total: float, band: str, at_referral: bool
) -> None:
    console.print(
        "\n"
        + M.CLI_RESULT.format(
            title=instrument.title,
            total=_number(total),
            max_total=_number(instrument.max_total),
            band_sentence=_band_sentence(instrument, band),
        )
    )
    if at_referral:
        console.print(f"[bold]{M.AT_REFERRAL}[/bold] {M.AT_REFERRAL_DETAIL}")
    console.print(instrument.detachment)
    console.print(
        M.CLI_LEARN.format(links=", ".join(f"/learn/{slug}" for slug in instrument.learn))
    )
    console.print(M.CLI_RESULT_ID.format(id=result_id))


def assess(
    name: str = typer.Argument(None, help="Which questionnaire, e.g. phq9; or 'history'."),
    instrument: str = typer.Argument(None, help="With 'history': which questionnaire."),
    list_all: bool = typer.Option(False, "--list", help="List the questionnaires and exit."),
    as_json: bool = JsonOption,
    user: str = UserOption,
) -> None:
    if list_all:
        _print_list(user, as_json)
        return
    if not name:
        raise CliError(M.CLI_NEEDS_NAME)
    if name == "history":
        if not instrument:
            raise CliError(M.CLI_NEEDS_NAME)
        _print_history(instrument, user, as_json)
        return
    if as_json:
        raise CliError(M.CLI_JSON_NEEDS_LIST)
    _run(name, user)


def register(app: typer.Typer) -> None:
    """Add ``reconnect assess`` to the root CLI."""
    app.command("assess", help=M.CLI_HELP)(assess)
