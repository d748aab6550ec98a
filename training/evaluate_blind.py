"""A blind set's first run: how the shipped screen answers texts nobody here has seen.

Two kinds of set (tab-separated, with a header):
- ``label, about, text``: label crisis / concern / none, about self / other. Prints crisis
  found (level crisis), concern flagged (concern or crisis), false alarms (none texts at
  concern or crisis), and for crisis texts about someone else whether that was noticed.
- ``label, text`` with label unsafe / none: the "not safe at home" rules
  (``safety.service.unsafe_at_home``), found and false alarms.

It prints every miss and every false alarm, so the first run is on record; a set once run
is spent (rename it ``spent_*`` under ``training/safety_data/``) and may then only be
trained on. Run: ``.venv/bin/python training/evaluate_blind.py FILE [FILE ...]``.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from reconnect.safety import service


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _share(hits: int, total: int) -> str:
    return f"{hits} of {total} ({hits / total:.0%})" if total else "none in the set"


def screen_set(rows: list[dict[str, str]]) -> None:
    """The screen's levels against the writer's labels."""
    results = service.screen_many([row["text"] for row in rows])
    by_label: dict[str, list[tuple[dict[str, str], service.ScreenResult]]] = {}
    for row, result in zip(rows, results, strict=True):
        by_label.setdefault(row["label"], []).append((row, result))
    crisis, concern, none = (by_label.get(k, []) for k in ("crisis", "concern", "none"))
    found = [r for r in crisis if r[1].level == "crisis"]
    flagged = [r for r in concern if r[1].level in ("concern", "crisis")]
    alarms = [r for r in none if r[1].level != "none"]
    others = [r for r in crisis if r[0].get("about") == "other"]
    print(f"crisis found: {_share(len(found), len(crisis))}")
    print(f"concern flagged: {_share(len(flagged), len(concern))}")
    print(f"false alarms: {_share(len(alarms), len(none))}")
    print(
        f"crisis about someone else found: {_share(sum(r[1].level == 'crisis' for r in others), len(others))}"
    )
    for title, items in (
        ("missed crisis", [r for r in crisis if r[1].level != "crisis"]),
        ("missed concern", [r for r in concern if r[1].level == "none"]),
        ("false alarm", alarms),
    ):
        for row, result in items:
            print(f"  {title} ({result.level}): {row['text']}")


def unsafe_set(rows: list[dict[str, str]]) -> None:
    """The "not safe at home" screen against the writer's labels: the rules, the learned
    model, and both together (what the app uses)."""
    from reconnect.safety import rules, unsafe_model

    texts = [row["text"] for row in rows]
    unsafe = [row["label"] == "unsafe" for row in rows]
    ruled = [rules.unsafe_at_home(text) for text in texts]
    learned = unsafe_model.load().flags(texts)
    for name, said in (
        ("rules", ruled),
        ("model", learned),
        ("both", [a or b for a, b in zip(ruled, learned, strict=True)]),
    ):
        found = sum(s for s, u in zip(said, unsafe, strict=True) if u)
        alarms = sum(s for s, u in zip(said, unsafe, strict=True) if not u)
        print(
            f"{name}: unsafe found {_share(found, sum(unsafe))}, "
            f"false alarms {_share(alarms, len(unsafe) - sum(unsafe))}"
        )
    both = [a or b for a, b in zip(ruled, learned, strict=True)]
    for text, hit, is_unsafe in zip(texts, both, unsafe, strict=True):
        if is_unsafe and not hit:
            print(f"  missed: {text}")
        if hit and not is_unsafe:
            print(f"  false alarm: {text}")


def main(paths: list[str]) -> None:
    service.load_screener()
    for name in paths:
        rows = _rows(Path(name))
        print(f"== {name}: {len(rows)} texts")
        (unsafe_set if rows and "about" not in rows[0] else screen_set)(rows)


if __name__ == "__main__":
    main(sys.argv[1:])
