from __future__ import annotations

from reconnect.assess.instruments import catalogue

# The CLI fixtures (a fresh data directory per test, a CliRunner, an account).
from tests.cli.conftest import cli_env, run, run_main, with_user  # noqa: F401


def answers_for(slug: str, values: list[int]) -> dict[str, int]:
    """An answer set giving the items of an instrument these values, in order."""
    items = catalogue()[slug].items
    assert len(values) == len(items)
    return {item.id: value for item, value in zip(items, values, strict=True)}


PHQ9_MODERATE = [2, 2, 2, 2, 1, 1, 0, 0, 0]  # 10: at the referral score, item 9 at 0
PHQ9_ITEM_9 = [0, 0, 0, 0, 0, 0, 0, 0, 1]
