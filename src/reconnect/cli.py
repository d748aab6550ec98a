"""The ``reconnect`` command: the root, plus each domain's commands."""

from __future__ import annotations

import sys

import typer
from pydantic import ValidationError
from sqlalchemy.exc import OperationalError

from reconnect.accounts.cli import user_app
from reconnect.analysis.emotions import ModelIntegrityError
from reconnect.assess.cli import register as register_assess
from reconnect.cli_support import CliError, err_console
from reconnect.config import SettingsError
from reconnect.core.crypto import KeyringError
from reconnect.core.errors import ReconnectError
from reconnect.data.cli import register as register_data
from reconnect.insights.cli import register as register_insights
from reconnect.journal.cli import register as register_journal
from reconnect.journal.emotions_cli import register as register_analysis
from reconnect.learn.cli import register as register_learn
from reconnect.maintenance import db_app, keys_app, serve
from reconnect.messages import Cli as M
from reconnect.patterns.cli import register as register_patterns
from reconnect.plan.cli import register as register_plan
from reconnect.safety.cli import register as register_safety
from reconnect.together.cli import register as register_together

app = typer.Typer(
    name="reconnect",
    help=M.ROOT_HELP,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
app.command("serve", help=M.SERVE_HELP)(serve)
app.add_typer(db_app, name="db", help=M.DB_HELP)
app.add_typer(keys_app, name="keys", help=M.KEYS_HELP)
app.add_typer(user_app, name="user", help=M.USER_HELP)
register_journal(app)
register_safety(app)
register_analysis(app)
register_assess(app)
register_insights(app)
register_learn(app)
register_plan(app)
register_together(app)
register_patterns(app)
register_data(app)


def main() -> None:
    """Entry point: run the command, turning expected failures into a clear message."""
    try:
        app()
    except (ReconnectError, CliError) as exc:
        err_console.print(f"[red]{exc.message}[/red]")
        sys.exit(2)
    except KeyringError as exc:
        err_console.print(f"[red]{M.KEYRING_PROBLEM.format(problem=exc)}[/red]")
        sys.exit(2)
    except ModelIntegrityError as exc:
        err_console.print(f"[red]{M.MODEL_PROBLEM.format(problem=exc)}[/red]")
        sys.exit(2)
    except OperationalError as exc:
        err_console.print(f"[red]{M.DATABASE_PROBLEM.format(problem=exc.orig)}[/red]")
        sys.exit(2)
    except ValidationError as exc:
        err_console.print(f"[red]{M.SETTINGS_PROBLEM.format(problem=settings_problems(exc))}[/red]")
        sys.exit(2)
    except SettingsError as exc:
        err_console.print(f"[red]{M.SETTINGS_PROBLEM.format(problem=exc)}[/red]")
        sys.exit(2)


def settings_problems(exc: ValidationError) -> str:
    """The settings' validation errors as one line each, without pydantic's decoration."""
    lines = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        name = where.upper() if where.isupper() else f"RECONNECT_{where.upper()}"
        lines.append(f"{name}: {message}" if where else message)
    return "; ".join(lines)


if __name__ == "__main__":
    main()
