"""``reconnect journal``, ``checkin`` and ``entries``: the journal from the terminal."""

from __future__ import annotations

import sys

import click
import typer
from rich.table import Table

from reconnect.cli_json import write_json_lines
from reconnect.cli_support import (
    CliError,
    UserOption,
    acting_user,
    console,
    err_console,
    unit_of_work,
)
from reconnect.core import dates
from reconnect.journal import emotions as emotion_service
from reconnect.journal import service, vocabulary
from reconnect.journal.models import CheckIn, JournalEntry
from reconnect.messages import Cli as M
from reconnect.messages import Help, SafetyReasons
from reconnect.patterns import service as patterns_service
from reconnect.patterns.cli import (
    AtOption,
    DoingOption,
    MovementOption,
    SleepOption,
    SleepQualityOption,
    WithOption,
    print_noted,
)
from reconnect.patterns.factors import Factors
from reconnect.safety import service as safety_service


def journal(
    text: str = typer.Argument(
        None, help="The entry text; '-' reads standard input; omit to open $EDITOR."
    ),
    title: str = typer.Option("", help="An optional title."),
    tag: list[str] = typer.Option([], "--tag", "-t", help="A tag (repeat for more)."),
    date: str = typer.Option("", help="The entry's date, YYYY-MM-DD (default today)."),
    sleep: float = SleepOption,
    sleep_quality: str = SleepQualityOption,
    movement: str = MovementOption,
    with_: list[str] = WithOption,
    at: list[str] = AtOption,
    doing: list[str] = DoingOption,
    user: str = UserOption,
) -> None:
    chosen = patterns_service.clean_factors(
        sleep_hours=sleep,
        sleep_quality=sleep_quality,
        movement=movement,
        people=with_,
        places=at,
        activities=doing,
    )
    body = _entry_text(text)
    day = dates.parse_date(date) if date else None
    if date and day is None:
        raise CliError(M.BAD_DATE.format(value=date))
    with unit_of_work() as db:
        person = acting_user(db, user)
        entry = service.create_entry(
            db=db, user=person, body=body, title=title, tags=tag, entry_date=day
        )
        patterns_service.save_for_entry(db=db, user=person, entry_id=entry.id, chosen=chosen)
        console.print(M.ENTRY_SAVED.format(id=entry.id, words=entry.word_count))
        print_noted(chosen)
        _show_signals(entry, person.country)


def _entry_text(text: str | None) -> str:
    if text == "-":
        return sys.stdin.read()
    if text:
        return text
    if not sys.stdin.isatty():
        return sys.stdin.read()
    edited = click.edit(M.EDITOR_TEMPLATE)
    body = "\n".join(line for line in (edited or "").splitlines() if not line.startswith("#"))
    if not body.strip():
        raise CliError(M.NOTHING_SAVED)
    return body


def _show_signals(item: CheckIn | JournalEntry, country: str) -> None:
    """What the analysis noticed, and help at once when the screen asks for it."""
    if item.detected_emotions:
        console.print(M.EMOTIONS_NOTICED.format(emotions=", ".join(item.detected_emotions)))
    if safety_service.is_crisis(item.safety_level):
        from reconnect.safety.cli import print_abuse_lines, print_helplines, print_someone_else

        print_helplines(country)
        if safety_service.about_someone_else(item.safety_reason):
            print_someone_else(country)
        if safety_service.unsafe_at_home(emotion_service.text_of(item)):
            print_abuse_lines(country)
    elif item.safety_reason == SafetyReasons.UNSAFE_AT_HOME:
        from reconnect.safety.cli import print_abuse_lines

        print_abuse_lines(country)
    elif safety_service.is_concern(item.safety_level):
        console.print(M.CONCERN_NOTE)
    elif item.safety_reason == SafetyReasons.NOT_ENGLISH:
        console.print(f"{Help.NOT_ENGLISH_TITLE}. {Help.NOT_ENGLISH_TEXT} reconnect help")


def checkin(
    pleasantness: int = typer.Option(
        None, "--pleasantness", "-p", min=-4, max=4, help="-4 very unpleasant to 4 very pleasant."
    ),
    energy: int = typer.Option(
        None, "--energy", "-e", min=-4, max=4, help="-4 very low to 4 very high energy."
    ),
    word: list[str] = typer.Option(
        [], "--word", "-w", help="An emotion word (repeat for more); see --list-words."
    ),
    note: str = typer.Option(None, help="An optional private note."),
    sleep: float = SleepOption,
    sleep_quality: str = SleepQualityOption,
    movement: str = MovementOption,
    with_: list[str] = WithOption,
    at: list[str] = AtOption,
    doing: list[str] = DoingOption,
    tag: list[str] = typer.Option([], "--tag", "-t", help="Your own tag (repeat for more)."),
    edit: int = typer.Option(None, "--edit", metavar="ID", min=1, help=M.CHECKIN_EDIT_OPTION),
    list_words: bool = typer.Option(
        False, "--list-words", help="Show the emotion vocabulary and exit."
    ),
    user: str = UserOption,
) -> None:
    if list_words:
        _print_vocabulary()
        return
    chosen = patterns_service.clean_factors(
        sleep_hours=sleep,
        sleep_quality=sleep_quality,
        movement=movement,
        people=with_,
        places=at,
        activities=doing,
        tags=tag,
    )
    if edit is not None:
        _edit_checkin(edit, pleasantness, energy, word, note, chosen, user)
        return
    if pleasantness is None or energy is None:
        if not sys.stdin.isatty():
            raise CliError(M.CHECKIN_NEEDS_VALUES)
        pleasantness = (
            typer.prompt(M.PLEASANTNESS_PROMPT, type=int) if pleasantness is None else pleasantness
        )
        energy = typer.prompt(M.ENERGY_PROMPT, type=int) if energy is None else energy
        if not word:
            word = typer.prompt(M.WORDS_PROMPT, default="").replace(",", " ").split()
    with unit_of_work() as db:
        person = acting_user(db, user)
        saved = service.create_checkin(
            db=db, user=person, pleasantness=pleasantness, energy=energy, words=word, note=note
        )
        patterns_service.save_for_checkin(db=db, user=person, checkin_id=saved.id, chosen=chosen)
        _print_saved(M.CHECKIN_SAVED, saved, chosen, person.country)


def _edit_checkin(
    checkin_id: int,
    pleasantness: int | None,
    energy: int | None,
    words: list[str],
    note: str | None,
    chosen: Factors,
    user: str,
) -> None:
    """Change what was given on one check-in; factors given replace its factors."""
    with unit_of_work() as db:
        person = acting_user(db, user)
        saved = service.update_checkin(
            db=db,
            user=person,
            checkin_id=checkin_id,
            pleasantness=pleasantness,
            energy=energy,
            words=words or None,
            note=note,
        )
        if chosen != Factors():
            patterns_service.save_for_checkin(
                db=db, user=person, checkin_id=saved.id, chosen=chosen
            )
        _print_saved(M.CHECKIN_UPDATED, saved, chosen, person.country)


def _print_saved(message: str, saved: CheckIn, chosen: Factors, country: str) -> None:
    quadrant = vocabulary.quadrant_of(saved.pleasantness, saved.energy).replace("_", " ")
    console.print(message.format(id=saved.id, quadrant=quadrant))
    print_noted(chosen)
    _show_signals(saved, country)


def checkins(
    page: int = typer.Option(1, min=1, help="Page number (20 check-ins a page)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON lines instead of a table."),
    user: str = UserOption,
) -> None:
    with unit_of_work() as db:
        person = acting_user(db, user)
        result = service.list_checkins(db=db, user=person, page=page)
        _print_checkins(result.items, as_json, person.time_zone)
        if result.has_next:
            (err_console if as_json else console).print(M.MORE_CHECKINS.format(page=page + 1))


def _print_checkins(items: list[CheckIn], as_json: bool, zone: str) -> None:
    if as_json:
        write_json_lines(
            {
                "id": c.id,
                "created_at": c.created_at.isoformat(),
                "pleasantness": c.pleasantness,
                "energy": c.energy,
                "words": c.words,
                "note": c.note,
            }
            for c in items
        )
        return
    if not items:
        console.print(M.NO_CHECKINS)
        return
    table = Table("id", "when", "pleasantness", "energy", "words")
    for c in items:
        table.add_row(
            str(c.id),
            dates.human_datetime(c.created_at, zone),
            str(c.pleasantness),
            str(c.energy),
            ", ".join(c.words),
        )
    console.print(table)


def _print_vocabulary() -> None:
    table = Table("word", "where it usually sits", "meaning")
    for word in vocabulary.VOCABULARY:
        table.add_row(word.word, word.quadrant.replace("_", " "), word.meaning)
    console.print(table)


def entries(
    search: str = typer.Option(
        "", "--search", "-s", help="Only entries with a word beginning with each of these."
    ),
    tag: str = typer.Option("", help="Only entries with this tag."),
    page: int = typer.Option(1, min=1, help="Page number (20 entries a page)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON lines instead of a table."),
    user: str = UserOption,
) -> None:
    with unit_of_work() as db:
        person = acting_user(db, user)
        if search.strip():
            result = service.search_entries(db=db, user=person, query=search, page=page)
        else:
            result = service.list_entries(db=db, user=person, page=page, tag=tag or None)
        _print_entries(result.items, as_json)
        if result.has_next:  # beside JSON lines the hint goes to standard error
            (err_console if as_json else console).print(M.MORE_PAGES.format(page=page + 1))


def _print_entries(items: list[JournalEntry], as_json: bool) -> None:
    if as_json:
        write_json_lines(
            {
                "id": e.id,
                "date": e.entry_date.isoformat(),
                "title": e.title,
                "body": e.body,
                "tags": [t.name for t in e.tags],
                "emotions": e.corrected_emotions or e.detected_emotions,
            }
            for e in items
        )
        return
    if not items:
        console.print(M.NO_ENTRIES)
        return
    table = Table("id", "date", "title / start", "tags")
    for e in items:
        table.add_row(
            str(e.id),
            e.entry_date.isoformat(),
            e.title or e.body[:60],
            ", ".join(t.name for t in e.tags),
        )
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add the journal commands to the root CLI."""
    app.command("journal", help=M.JOURNAL_HELP)(journal)
    app.command("checkin", help=M.CHECKIN_HELP)(checkin)
    app.command("checkins", help=M.CHECKINS_HELP)(checkins)
    app.command("entries", help=M.ENTRIES_HELP)(entries)
