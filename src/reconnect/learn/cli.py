"""``reconnect learn``: the library in the terminal."""

from __future__ import annotations

import typer
from rich.markdown import Markdown
from rich.table import Table

from reconnect.cli_json import JsonOption, write_json, write_json_lines
from reconnect.cli_support import console
from reconnect.learn import service
from reconnect.messages import Learn as LM


def learn(
    topic: str = typer.Argument(None, help=LM.Cli.TOPIC_ARG),
    search: str = typer.Option("", "--search", "-s", help=LM.Cli.SEARCH_OPT),
    as_json: bool = JsonOption,
) -> None:
    if as_json:
        _print_json(topic, search)
        return
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


def _print_json(topic: str | None, search: str) -> None:
    """One topic as an object (with its Markdown body), or the list or the matches as lines."""
    if topic:
        found = service.get_topic(topic)
        write_json(
            {
                "slug": found.slug,
                "title": found.title,
                "summary": found.summary,
                "related": list(found.related),
                "body": found.body,
            }
        )
    elif search.strip():
        write_json_lines(
            {"slug": m.topic.slug, "title": m.topic.title, "snippet": m.snippet}
            for m in service.search(search)
        )
    else:
        write_json_lines(
            {"slug": t.slug, "title": t.title, "summary": t.summary} for t in service.list_topics()
        )


def register(app: typer.Typer) -> None:
    """Add ``reconnect learn`` to the root CLI."""
    app.command("learn", help=LM.Cli.LEARN_HELP)(learn)
