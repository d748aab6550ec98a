"""``reconnect emotions predict`` and ``reconnect analyze --all``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.progress import Progress

from reconnect import analysis
from reconnect.cli_support import CliError, console, err_console, unit_of_work
from reconnect.journal import emotions as emotion_service
from reconnect.messages import Cli as M

emotions_app = typer.Typer(no_args_is_help=True)
PROGRESS_FROM = 300
CHUNK = 256


@emotions_app.command("predict", help=M.PREDICT_HELP)
def predict(
    file: Path = typer.Argument(
        None, help="A text file, one text per line (default: standard input)."
    ),
    ekman: bool = typer.Option(False, "--ekman", help="Write the 7-way Ekman grouping instead."),
    batch_size: int = typer.Option(32, min=1, max=1024, help="Texts per model call."),
) -> None:
    if file is not None and not file.is_file():
        raise CliError(M.NO_SUCH_FILE.format(path=file))
    source = file.read_text(encoding="utf-8", errors="replace") if file else sys.stdin.read()
    lines = source.splitlines()
    with Progress(console=err_console, disable=len(lines) <= PROGRESS_FROM) as progress:
        task = progress.add_task(M.PREDICTING, total=len(lines))
        for start in range(0, len(lines), CHUNK):
            chunk = lines[start : start + CHUNK]
            for result in analysis.classify(chunk, batch_size=batch_size):
                row = (
                    {"labels": result.ekman_labels, "scores": result.ekman}
                    if ekman
                    else {"labels": result.labels, "scores": result.scores}
                )
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            progress.advance(task, len(chunk))


def analyze(
    all_texts: bool = typer.Option(
        False, "--all", help="Re-analyse every stored text from an older model."
    ),
    batch_size: int = typer.Option(64, min=1, max=1024, help="Texts per committed batch."),
) -> None:
    if not all_texts:
        raise CliError(M.ANALYZE_NEEDS_ALL)
    with unit_of_work() as db:
        total = emotion_service.count_stale(db=db)
    with Progress(console=err_console) as progress:
        task = progress.add_task(M.ANALYSING, total=total)
        done = 1
        while done:
            with unit_of_work() as db:  # one commit per batch: an interrupted run resumes
                done = emotion_service.reanalyse_stale(
                    db=db, batch_size=batch_size, on_batch=lambda n: progress.advance(task, n)
                )
    console.print(M.ANALYSED.format(count=total, version=analysis.model_version()))


def register(app: typer.Typer) -> None:
    """Add the analysis commands to the root CLI."""
    app.add_typer(emotions_app, name="emotions", help=M.EMOTIONS_HELP)
    app.command("analyze", help=M.ANALYZE_HELP)(analyze)
