from __future__ import annotations

from tests.cli.conftest import RunCli


def test_learn_lists_topics_without_an_account(run: RunCli) -> None:
    result = run("learn")
    assert result.exit_code == 0
    assert "what-is-detachment" in result.output and "reconnect learn TOPIC" in result.output


def test_learn_prints_a_topic_as_markdown(run: RunCli) -> None:
    result = run("learn", "vs-healthy-boundaries")
    assert result.exit_code == 0
    assert "Detachment or healthy boundaries?" in result.output
    assert "healthy solitude" in result.output and "##" not in result.output


def test_learn_search(run: RunCli) -> None:
    assert "strategy-boundaries" in run("learn", "--search", "boundary statement").output
    assert "No topic mentions" in run("learn", "--search", "xylophone").output


def test_an_unknown_topic_exits_2(run_main) -> None:  # type: ignore[no-untyped-def]
    code, output = run_main("learn", "astrology")
    assert code == 2 and "no page called" in output
