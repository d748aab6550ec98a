"""``reconnect plan`` and ``reconnect practice``: the plan from the terminal."""

from __future__ import annotations

import datetime as dt

import typer
from rich.table import Table
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.cli_json import JsonOption, write_json, write_json_lines
from reconnect.cli_support import (
    CliError,
    UserOption,
    acting_user,
    console,
    runtime,
    unit_of_work,
)
from reconnect.core import dates
from reconnect.messages import Cli as CM
from reconnect.messages import Plan as PM
from reconnect.messages import SafetyReasons
from reconnect.plan import catalogue, feed, service
from reconnect.plan.models import PlanPractice
from reconnect.safety import service as safety_service

C = PM.Cli
plan_app = typer.Typer(no_args_is_help=False, invoke_without_command=True, help=C.PLAN_HELP)
practice_app = typer.Typer(no_args_is_help=True, help=C.PRACTICE_HELP)


@plan_app.callback(invoke_without_command=True)
def show_plan(ctx: typer.Context, as_json: bool = JsonOption, user: str = UserOption) -> None:
    if ctx.invoked_subcommand is not None:
        return
    with unit_of_work() as db:
        person = acting_user(db, user)
        today = dates.today(person.time_zone)
        rows = service.list_practices(db=db, user=person)
        if as_json:
            write_json(_plan_json(db, person, rows, today))
            return
        if not rows:
            console.print(C.EMPTY)
            return
        goals = {g.practice.slug: g for g in service.weekly_goals(db=db, user=person, today=today)}
        table = Table(*C.COLUMNS, title=PM.TITLE)
        for row in rows:
            practice, goal = catalogue.BY_SLUG[row.practice], goals.get(row.practice)
            progress = _progress(goal.done, goal.target) if goal else ""
            when = f"{','.join(row.days)} {row.at_time}"
            table.add_row(practice.slug, practice.title, when, progress)
        console.print(table)
        streak = service.current_streak(db=db, user=person, today=today)
        console.print(C.STREAK.format(days=streak.days, best=streak.best))


def _plan_json(
    db: Session, person: User, rows: list[PlanPractice], today: dt.date
) -> dict[str, object]:
    """The plan's practices with this week's progress, and the streak, as one object."""
    goals = {g.practice.slug: g for g in service.weekly_goals(db=db, user=person, today=today)}
    streak = service.current_streak(db=db, user=person, today=today)
    practices = []
    for row in rows:
        goal = goals.get(row.practice)
        practices.append(
            {
                "name": row.practice,
                "title": catalogue.BY_SLUG[row.practice].title,
                "days": list(row.days),
                "at": row.at_time,
                "done_this_week": goal.done if goal else None,
                "target_this_week": goal.target if goal else None,
            }
        )
    return {"practices": practices, "streak": {"days": streak.days, "best": streak.best}}


def _progress(done: int, target: int) -> str:
    if target == 1:
        return PM.GOAL_PROGRESS_ONE.format(done=done)
    return PM.GOAL_PROGRESS.format(done=done, target=target)


@plan_app.command("suggest", help=C.PLAN_SUGGEST_HELP)
def suggest(user: str = UserOption) -> None:
    with unit_of_work() as db:
        added = service.generate_plan(db=db, user=acting_user(db, user))
        if not added:
            console.print(C.SUGGESTED_NONE)
        for row in added:
            console.print(_added_line(row.practice, row.days, row.at_time))
            console.print(f"  {PM.REASONS.get(row.reason or '', PM.ADDED_BY_YOU)}", style="dim")


def _added_line(slug: str, days: list[str], at_time: str) -> str:
    title = catalogue.BY_SLUG[slug].title
    return C.ADDED.format(title=title, days=",".join(days), time=at_time)


@plan_app.command("add", help=C.PLAN_ADD_HELP)
def add(
    name: str = typer.Argument(..., help="The practice's slug (see: reconnect practice list)."),
    days: str = typer.Option("", help="Weekdays, e.g. MO,WE,FR (default: the practice's own)."),
    at: str = typer.Option("", "--at", help="Reminder time, HH:MM."),
    user: str = UserOption,
) -> None:
    with unit_of_work() as db:
        row = service.add_practice(
            db=db,
            user=acting_user(db, user),
            slug=name,
            days=days.split(",") if days.strip() else None,
            at_time=at or None,
        )
        console.print(_added_line(row.practice, row.days, row.at_time))


@plan_app.command("remove", help=C.PLAN_REMOVE_HELP)
def remove(
    name: str = typer.Argument(..., help="The practice's slug."), user: str = UserOption
) -> None:
    with unit_of_work() as db:
        service.remove_practice(db=db, user=acting_user(db, user), slug=name)
        console.print(C.REMOVED.format(title=service.get_practice(name).title))


@plan_app.command("calendar", help=C.PLAN_CALENDAR_HELP)
def calendar(
    off: bool = typer.Option(False, "--off", help="Turn the calendar address off."),
    time_zone: str = typer.Option("", help="Your time zone, e.g. Europe/London."),
    base_url: str = typer.Option("", help="Where Reconnect is reached (default: serve's address)."),
    user: str = UserOption,
) -> None:
    with unit_of_work() as db:
        person = acting_user(db, user)
        if time_zone:
            feed.set_time_zone(db=db, user=person, time_zone=time_zone)
        if off:
            feed.revoke_token(db=db, user=person)
            console.print(PM.CALENDAR_REVOKED)
            return
        token = feed.create_token(db=db, user=person)
    settings = runtime().settings
    root = (base_url or f"http://{settings.host}:{settings.port}").rstrip("/")
    console.print(PM.CALENDAR_SHOWN_ONCE)
    console.print(f"{root}/plan/feed/{token}.ics", soft_wrap=True)


@practice_app.command("list", help=C.PRACTICE_LIST_HELP)
def list_practices(as_json: bool = JsonOption, user: str = UserOption) -> None:
    with unit_of_work() as db:
        in_plan = {r.practice for r in service.list_practices(db=db, user=acting_user(db, user))}
    if as_json:
        write_json_lines(
            {
                "name": p.slug,
                "title": p.title,
                "strategy": strategy.slug,
                "minutes": p.duration_minutes,
                "in_plan": p.slug in in_plan,
            }
            for strategy in catalogue.STRATEGIES
            for p in strategy.practices
        )
        return
    for strategy in catalogue.STRATEGIES:
        table = Table(*C.LIST_COLUMNS, title=strategy.title)
        for p in strategy.practices:
            table.add_row(
                p.slug, p.title, str(p.duration_minutes), "✓" if p.slug in in_plan else ""
            )
        console.print(table)


@practice_app.command("done", help=C.PRACTICE_DONE_HELP)
def done(
    name: str = typer.Argument(..., help="The practice's slug (see: reconnect practice list)."),
    rating: int = typer.Option(None, min=1, max=5, help="How it felt: 1 hard ... 5 really good."),
    note: str = typer.Option("", help="An optional private note."),
    date: str = typer.Option("", help="The day you did it, YYYY-MM-DD (default today)."),
    user: str = UserOption,
) -> None:
    day = dates.parse_date(date) if date else None
    if date and day is None:
        raise CliError(CM.BAD_DATE.format(value=date))
    with unit_of_work() as db:
        person = acting_user(db, user)
        before = {m.title for m in service.milestones(db=db, user=person)}
        log = service.log_practice(
            db=db, user=person, slug=name, rating=rating, note=note, done_on=day
        )
        console.print(C.LOGGED.format(title=service.get_practice(name).title))
        _show_safety(log.safety_level, log.safety_reason, person.country)
        for milestone in service.milestones(db=db, user=person):
            if milestone.title in before:
                continue
            console.print(C.MILESTONE.format(title=milestone.title, message=milestone.message))


def _show_safety(level: str | None, reason: str | None, country: str) -> None:
    if safety_service.is_crisis(level):
        from reconnect.safety.cli import print_helplines

        print_helplines(country)
    elif reason == SafetyReasons.UNSAFE_AT_HOME:
        from reconnect.safety.cli import print_abuse_lines

        print_abuse_lines(country)
    elif safety_service.is_concern(level):
        console.print(CM.CONCERN_NOTE)


def register(app: typer.Typer) -> None:
    """Add ``reconnect plan`` and ``reconnect practice`` to the root CLI."""
    app.add_typer(plan_app, name="plan", help=C.PLAN_HELP)
    app.add_typer(practice_app, name="practice", help=C.PRACTICE_HELP)
