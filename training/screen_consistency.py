"""Does a text get the same level saved alone as in a large import? And the figures.

Screens every labelled text in the spent blind sets and the shared development set twice:
one text at a time (as a save does) and 200 at a time (as an import or ``reconnect
analyze`` does), then prints how many levels differ and the rates of each way.
Run: ``.venv/bin/python training/screen_consistency.py`` (about a minute here).
"""

from __future__ import annotations

import csv
from pathlib import Path

from reconnect.safety import service

HERE = Path(__file__).parent
SETS = [*sorted((HERE / "safety_data").glob("spent_blind_*.tsv"))]
DEV = HERE.parent.parent / "shared" / "data" / "safety" / "dev.tsv"
IMPORT_SIZE = 200


def _rows() -> list[tuple[str, str]]:
    rows = []
    for path in [*SETS, DEV] if DEV.exists() else SETS:
        with path.open(encoding="utf-8") as handle:
            rows += [(r["label"], r["text"]) for r in csv.DictReader(handle, delimiter="\t")]
    return rows


def _rates(labels: list[str], levels: list[str]) -> str:
    def share(label: str, hit: set[str]) -> str:
        picked = [lv for lb, lv in zip(labels, levels, strict=True) if lb == label]
        return f"{sum(lv in hit for lv in picked) / len(picked):.3f} (n={len(picked)})"

    return (
        f"crisis found {share('crisis', {'crisis'})}, "
        f"concern flagged {share('concern', {'concern', 'crisis'})}, "
        f"false alarms {share('none', {'concern', 'crisis'})}"
    )


def main() -> None:
    rows = _rows()
    labels, texts = [r[0] for r in rows], [r[1] for r in rows]
    screener = service.load_screener()
    alone = [screener.screen_many([text])[0].level for text in texts]
    batched = [
        result.level
        for start in range(0, len(texts), IMPORT_SIZE)
        for result in screener.screen_many(texts[start : start + IMPORT_SIZE])
    ]
    differ = sum(a != b for a, b in zip(alone, batched, strict=True))
    print(f"{differ} of {len(texts)} texts get a different level alone and in an import")
    print("alone:   ", _rates(labels, alone))
    print("imported:", _rates(labels, batched))


if __name__ == "__main__":
    main()
