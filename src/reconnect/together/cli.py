"""``reconnect together``: link with a partner and check in together from the terminal."""

from __future__ import annotations

import sys

import typer
from rich.markup import escape
from rich.prompt import Prompt
from rich.table import Table
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.cli_json import JsonOption, write_json
from reconnect.cli_support import CliError, UserOption, acting_user, console, unit_of_work
from reconnect.core import dates
from reconnect.messages import Cli as CM
from reconnect.messages import Together as M
from reconnect.safety import service as safety_service
from reconnect.together import service
from reconnect.together.models import CheckinAnswer

together_app = typer.Typer(no_args_is_help=True)
QUESTIONS = (
    ("appreciation", M.APPRECIATED),
    ("need", M.NEED),
    ("vulnerable_share", M.VULNERABLE),
    ("together_wish", M.TOGETHER_WISH),
)


def can_ask() -> bool:
    """Whether a person is at the terminal to answer prompts."""
    return sys.stdin.isatty()


def _name(person: User | None) -> str:
    return "" if person is None else (person.display_name or person.username)


@together_app.command("invite", help=M.CLI_INVITE_HELP)
def invite(user: str = UserOption) -> None:
    with unit_of_work() as db:
        person = acting_user(db, user)
        made, code = service.create_invite(db=db, user=person)
        when = dates.human_datetime(made.expires_at, person.time_zone)
        console.print(M.CLI_INVITE_CODE.format(code=code, when=when))
        console.print(M.INVITE_HOW)
        console.print(f"\n{M.INVITE_MESSAGE_LABEL}:\n")
        console.print(
            service.invite_message(code=code, expires_at=made.expires_at, zone=person.time_zone),
            markup=False,
        )
        console.print(f"\n{M.INVITE_MESSAGE_HINT}")


@together_app.command("accept", help=M.CLI_ACCEPT_HELP)
def accept(
    code: str = typer.Argument(..., help="The code, e.g. ABCDE-23456."), user: str = UserOption
) -> None:
    with unit_of_work() as db:
        person = acting_user(db, user)
        service.accept_invite(db=db, user=person, code=code)
        console.print(
            M.LINKED_WITH.format(name=escape(_name(service.partner_of(db=db, user=person))))
        )
        _print_sharing()


def _print_sharing() -> None:
    console.print(f"[bold]{M.SHARED_TITLE}[/bold]")
    for item in M.SHARED_ITEMS:
        console.print(f"  - {item}")
    console.print(f"[bold]{M.NEVER_TITLE}[/bold]")
    for item in M.NEVER_SHARED:
        console.print(f"  - {item}")


@together_app.command("unlink", help=M.CLI_UNLINK_HELP)
def unlink(user: str = UserOption) -> None:
    with unit_of_work() as db:
        service.unlink(db=db, user=acting_user(db, user))
        console.print(M.UNLINKED)


@together_app.command("status", help=M.CLI_STATUS_HELP)
def status(as_json: bool = JsonOption, user: str = UserOption) -> None:
    with unit_of_work() as db:
        person = acting_user(db, user)
        partner = service.partner_of(db=db, user=person)
        if as_json:
            write_json(_status_json(db, person, partner))
            return
        if partner is None:
            console.print(M.CLI_NOT_LINKED)
            return
        console.print(M.LINKED_WITH.format(name=escape(_name(partner))))
        schedule = service.schedule_for(db=db, user=person)
        if schedule is None:
            console.print(M.SCHEDULE_NONE)
        else:
            console.print(
                M.SCHEDULE_SUMMARY.format(
                    every=M.EVERY_SUMMARY[schedule.every_weeks],
                    weekday=M.WEEKDAYS[schedule.weekday],
                    time=schedule.time_of_day,
                )
            )
        streak = service.checkin_streak(db=db, user=person, today=dates.today(person.time_zone))
        console.print(M.STREAK.format(count=streak))
        current = service.current_view(db=db, user=person)
        if current is None:
            console.print(M.CLI_NO_ROUND)
        else:
            console.print(M.CLI_OPEN_ROUND.format(state=_state(current)))


def _state(view: service.RoundView) -> str:
    return STATE_TEXT[_state_key(view)]


STATE_TEXT = {
    "revealed": M.STATE_REVEALED,
    "waiting_for_partner": M.STATE_WAITING_PARTNER,
    "waiting_for_you": M.STATE_WAITING_YOU,
    "open": M.STATE_OPEN,
}


def _state_key(view: service.RoundView) -> str:
    if view.revealed:
        return "revealed"
    if view.mine is not None:
        return "waiting_for_partner"
    return "waiting_for_you" if view.partner_answered else "open"


def _status_json(db: Session, person: User, partner: User | None) -> dict[str, object]:
    """What ``together status`` says, as one object (nulls when not linked)."""
    if partner is None:
        return {"linked": False, "partner": None, "schedule": None, "streak": None, "open": None}
    schedule = service.schedule_for(db=db, user=person)
    current = service.current_view(db=db, user=person)
    return {
        "linked": True,
        "partner": _name(partner),
        "schedule": None
        if schedule is None
        else {
            "every_weeks": schedule.every_weeks,
            "weekday": schedule.weekday,
            "time": schedule.time_of_day,
        },
        "streak": service.checkin_streak(db=db, user=person, today=dates.today(person.time_zone)),
        "open": None if current is None else {"id": current.round.id, "state": _state_key(current)},
    }


def _ask(fields: dict[str, str], words: list[str], prompt: str) -> tuple[dict[str, str], list[str]]:
    console.print(M.CHECKIN_INTRO)
    console.print(f"[dim]{M.CLI_SKIP_HINT}[/dim]")
    if not words:
        words = (
            Prompt.ask(M.CLI_WORDS_PROMPT, default="", show_default=False).replace(",", " ").split()
        )
    if not fields["feeling_note"]:
        fields["feeling_note"] = Prompt.ask(M.FELT_NOTE, default="", show_default=False)
    for name, question in QUESTIONS:
        if not fields[name]:
            if name == "vulnerable_share":
                console.print(f"[dim]{escape(M.VULNERABLE_HINT.format(prompt=prompt))}[/dim]")
            fields[name] = Prompt.ask(question, default="", show_default=False)
    return fields, words


@together_app.command("checkin", help=M.CLI_CHECKIN_HELP)
def checkin(
    word: list[str] = typer.Option([], "--word", "-w", help="An emotion word (repeat for more)."),
    felt: str = typer.Option("", "--felt", help="A line about how you felt this week."),
    appreciated: str = typer.Option("", "--appreciated", help="Something you appreciated."),
    need: str = typer.Option("", "--need", help="Something you need."),
    share: str = typer.Option("", "--share", help="One small vulnerable share."),
    together: str = typer.Option("", "--together", help="Something to do together."),
    show: bool = typer.Option(False, "--show", help="Show the open (or latest) check-in instead."),
    as_json: bool = JsonOption,
    user: str = UserOption,
) -> None:
    if as_json and not show:
        raise CliError(CM.JSON_NEEDS_SHOW)
    fields = {
        "feeling_note": felt,
        "appreciation": appreciated,
        "need": need,
        "vulnerable_share": share,
        "together_wish": together,
    }
    with unit_of_work() as db:
        person = acting_user(db, user)
        service.require_link(db=db, user=person)
        if show:
            _show_latest(db, person, as_json)
            return
        if not word and not felt:
            if not can_ask():
                raise CliError(M.CLI_NEEDS_ANSWERS)
            step = service.ladder_step(db=db, user=person)
            fields, word = _ask(
                fields, word, service.share_prompt(step, dates.today(person.time_zone))
            )
        answer = service.submit_answer(
            db=db,
            user=person,
            fields=service.AnswerFields(words=word, **fields),
            today=dates.today(person.time_zone),
        )
        view = service.view_round(db=db, user=person, round_id=answer.round_id)
        console.print(M.ANSWER_REVEALED if view.revealed else M.ANSWER_SAVED)
        _print_round(view, _name(service.partner_of(db=db, user=person)), person)


def _show_latest(db: Session, person: User, as_json: bool) -> None:
    rounds = service.list_rounds(db=db, user=person, limit=1)
    if not rounds:
        if as_json:
            write_json({"round": None})
            return
        console.print(M.CLI_NO_ROUND)
        return
    view = service.view_round(db=db, user=person, round_id=rounds[0].round_id)
    if as_json:
        write_json({"round": _round_json(view, person)})
        return
    _print_round(view, _name(service.partner_of(db=db, user=person)), person)


def _answer_json(answer: CheckinAnswer | None) -> dict[str, object] | None:
    if answer is None:
        return None
    return {
        "words": list(answer.feeling_words),
        "felt": answer.feeling_note or "",
        **{name: getattr(answer, name) or "" for name, _ in QUESTIONS},
    }


def _round_json(view: service.RoundView, person: User) -> dict[str, object]:
    """A check-in as ``--show`` prints it: the partner's answer, the listening prompts and
    the replies only once both have answered."""
    revealed = view.revealed
    return {
        "id": view.round.id,
        "opened_on": view.round.opened_on.isoformat(),
        "state": _state_key(view),
        "needs_help": view.needs_help,
        "partner_at_risk": view.partner_at_risk,
        "mine": _answer_json(view.mine),
        "theirs": _answer_json(view.theirs) if revealed else None,
        "listen": [view.reflect, view.curious] if revealed else [],
        "replies": [
            {"from": "you" if r.user_id == person.id else "partner", "body": r.body}
            for r in view.replies
        ]
        if revealed
        else [],
    }


def _answer_table(answer: CheckinAnswer) -> list[tuple[str, str]]:
    felt = ", ".join(answer.feeling_words)
    if answer.feeling_note:
        felt = f"{felt}\n{answer.feeling_note}" if felt else answer.feeling_note
    rows = [(M.FELT, felt)]
    rows += [(question, getattr(answer, name) or M.LEFT_BLANK) for name, question in QUESTIONS]
    return rows


def _print_round(view: service.RoundView, partner: str, person: User) -> None:
    title = M.OPENED_ON.format(date=dates.human_date(view.round.opened_on))
    console.print(f"[bold]{title}[/bold] (#{view.round.id})")
    if safety_service.is_crisis(view.needs_help):
        from reconnect.safety.cli import print_helplines

        console.print(M.CRISIS_TEXT)
        print_helplines(person.country)
    elif view.partner_at_risk:
        from reconnect.safety.cli import print_helplines

        console.print(f"[bold]{M.PARTNER_RISK_TITLE.format(name=escape(partner))}[/bold]")
        console.print(M.PARTNER_RISK_INTRO)
        for step in M.PARTNER_RISK_STEPS:
            console.print(f"- {step}")
        print_helplines(person.country)
    if not view.revealed:
        if view.mine is not None:
            table = Table("", M.YOU, show_lines=True)
            for label, mine in _answer_table(view.mine):
                table.add_row(label, escape(mine))
            console.print(table)
            console.print(M.WAITING.format(name=escape(partner)))
        elif view.partner_answered:
            console.print(M.PARTNER_DONE.format(name=escape(partner)))
        return
    assert view.mine is not None and view.theirs is not None
    table = Table("", M.YOU, escape(partner), show_lines=True)
    for (label, mine), (_, theirs) in zip(
        _answer_table(view.mine), _answer_table(view.theirs), strict=True
    ):
        table.add_row(label, escape(mine), escape(theirs))
    console.print(table)
    console.print(f"[bold]{M.LISTEN_TITLE}[/bold]")
    console.print(f"1. {escape(view.reflect)}\n2. {escape(view.curious)}")
    for reply in view.replies:
        who = M.YOU if reply.user_id == person.id else partner
        console.print(f"[bold]{escape(who)}[/bold]: {escape(reply.body)}")


@together_app.command("reply", help=M.CLI_REPLY_HELP)
def reply(
    round_id: int = typer.Argument(..., help="The check-in number (see --show)."),
    text: str = typer.Argument(..., help="Your reply."),
    user: str = UserOption,
) -> None:
    with unit_of_work() as db:
        person = acting_user(db, user)
        service.add_reply(db=db, user=person, round_id=round_id, body=text)
        console.print(M.REPLY_SAVED)
        view = service.view_round(db=db, user=person, round_id=round_id)
        _print_round(view, _name(service.partner_of(db=db, user=person)), person)


def register(app: typer.Typer) -> None:
    """Add ``reconnect together`` to the root CLI."""
    app.add_typer(together_app, name="together", help=M.CLI_HELP)
