"""``reconnect demo``: a demo account with three months of sample data, and its partner."""

from __future__ import annotations

import typer
from rich.progress import Progress
from sqlalchemy.orm import Session

from reconnect.bootstrap import upgrade_database
from reconnect.cli_support import console, runtime, unit_of_work
from reconnect.core import dates
from reconnect.demo import service
from reconnect.messages import Demo as M


def demo(
    reset: bool = typer.Option(False, "--reset", help=M.RESET_HELP),
    remove: bool = typer.Option(False, "--remove", help=M.REMOVE_HELP),
) -> None:
    settings = runtime().settings
    upgrade_database(runtime().engine)  # a newcomer may run this before anything else
    with unit_of_work() as db:
        existing = service.demo_accounts(db=db)
        if remove:
            count = service.remove_demo(db=db, data_dir=settings.data_dir)
            console.print(M.REMOVED.format(count=count) if count else M.NOTHING_TO_REMOVE)
            return
        if len(existing) == len(service.NAMES) and not reset:
            sign_ins = service.new_passphrases(db=db)
            console.print(M.EXISTS.format(day=dates.human_date(existing[0].created_at.date())))
        else:
            service.remove_demo(db=db, data_dir=settings.data_dir)
            made = _make(db)
            counts = {step: made.counts.get(step, 0) for step in M.STEPS}
            console.print(M.MADE.format(**counts))
            sign_ins = made.sign_ins
    console.print(M.OPEN.format(url=f"http://{settings.host}:{settings.port}/login"))
    for sign_in in sign_ins:
        console.print(
            M.SIGN_IN.format(
                name=sign_in.display_name,
                username=sign_in.username,
                passphrase=sign_in.passphrase,
            ),
            highlight=False,
            markup=False,
        )
    console.print(M.SIGN_IN_NOTE)
    console.print(M.HOW_TO_REMOVE)


def _make(db: Session) -> service.Made:
    """Write the demo with a progress bar (in a terminal) or one line per step (elsewhere)."""
    steps: list[str] = []
    if not console.is_terminal:
        console.print(M.WRITING)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task(M.WRITING, total=None)

        def advance(step: str, done: int, total: int) -> None:
            progress.update(task, description=M.STEPS[step], completed=done, total=total)
            if step not in steps:
                steps.append(step)
                if not console.is_terminal:
                    console.print(M.STEP_STARTED.format(step=M.STEPS[step]))

        return service.create_demo(db=db, today=dates.today(), on_progress=advance)


def register(app: typer.Typer) -> None:
    """Add ``reconnect demo`` to the root CLI."""
    app.command("demo", help=M.HELP)(demo)
