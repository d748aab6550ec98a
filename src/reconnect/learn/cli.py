"""``reconnect learn``: the library in the terminal."""

from __future__ import annotations

import typer
from rich.markdown import Markdown
from rich.table import Table

from reconnect.cli_support import console
from reconnect.learn import service
from reconnect.messages import Learn as LM


def learn(
    topic: str = typer.Argument(None, help=LM.Cli.TOPIC_ARG),
    search: str = typer.Option("", "--search", "-s", help=LM.Cli.SEARCH_OPT),
) -> None:
    if topic:
        found = service.get_topic(topic)
        console.print(Markdown(f"# {found.title}\n\n*{found.summary}*\n\n{found.body}"))
        return
    if search.strip():
        matches = service.search(search)
        if not matches:
            console.print(LM.Cli.NO_RESULTS)
            return
        rows = [(m.topic.slug, m.topic.title, m.snippet) for m in matches]
    else:
        rows = [(t.slug, t.title, t.summary) for t in service.list_topics()]
    table = Table(*LM.Cli.COLUMNS)
    for row in rows:
        table.add_row(*row)
    console.print(table)
    console.print(LM.Cli.READ_HINT)


def register(app: typer.Typer) -> None:
    """Add ``reconnect learn`` to the root CLI."""
    app.command("learn", help=LM.Cli.LEARN_HELP)(learn)
