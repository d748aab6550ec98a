"""Export, import and deletion with ten years of daily data.

Run from the repository root:
    .venv/bin/python bench/bench_data.py
Uses a fresh SQLite database in a temporary folder. Ten years of one entry and one
check-in a day are written directly (carrying the current model's analysis, as saved
entries do), then exported, imported into a fresh account, imported again (everything a
duplicate), and deleted. A one-year Daylio CSV shows the cost of analysing imported text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import insert

from reconnect import analysis
from reconnect.accounts import service as accounts_service
from reconnect.bootstrap import start, upgrade_database
from reconnect.config import Settings
from reconnect.data import service
from reconnect.journal.models import CheckIn, JournalEntry

DAYS = 3650
TEXTS = [
    "Felt far away from everyone at dinner tonight, as if I was watching through glass.",
    "We walked by the river and for a moment I felt close to her again.",
    "A quiet day. Cooked, read, slept early. Nothing much to report.",
]


def _fill(db, user_id: int) -> None:  # type: ignore[no-untyped-def]
    version, first = analysis.model_version(), dt.date(2016, 1, 1)
    common = {"detected_emotions": [], "emotion_scores": {}, "analysis_version": version}
    entries, checkins = [], []
    for i in range(DAYS):
        day = first + dt.timedelta(days=i)
        at = dt.datetime.combine(day, dt.time(21, 0), tzinfo=dt.UTC)
        body = f"{TEXTS[i % 3]} (day {i})"
        entries.append(
            {
                "user_id": user_id,
                "entry_date": day,
                "body": body,
                "word_count": len(body.split()),
                "created_at": at,
                "updated_at": at,
                "safety_level": "none",
                **common,
            }
        )
        checkins.append(
            {
                "user_id": user_id,
                "pleasantness": i % 9 - 4,
                "energy": i % 5 - 2,
                "words": ["calm"],
                "note": None,
                "created_at": at,
                "safety_level": "none",
                **common,
            }
        )
    db.execute(insert(JournalEntry), entries)
    db.execute(insert(CheckIn), checkins)


@contextlib.contextmanager
def _timed(label: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    print(f"{label}: {time.perf_counter() - start:.2f} s")


def _daylio(days: int) -> bytes:
    lines = ["full_date,date,weekday,time,mood,activities,note_title,note"]
    for i in range(days):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=i)
        lines.append(
            f'{day},x,x,21:00,{["good", "meh", "bad"][i % 3]},"walk | friends",,"{TEXTS[i % 3]} {i}"'
        )
    return ("\n".join(lines) + "\n").encode()


def main() -> None:
    with TemporaryDirectory() as folder:
        settings = Settings(data_dir=Path(folder), DATABASE_URL=f"sqlite:///{folder}/bench.db")
        runtime = start(settings)
        upgrade_database(runtime.engine)
        analysis.classify(["warm-up"])
        with runtime.sessions() as db:
            owner, fresh, late = (
                accounts_service.create_user(db=db, username=name, password="x" * 12)
                for name in ("owner", "fresh", "late")
            )
            _fill(db, owner.id)
            db.commit()
            print(f"{DAYS} days: {DAYS} entries and {DAYS} check-ins, SQLite")
            with _timed("export JSON"):
                data = service.export_file(db=db, user=owner, kind="json")[0]
            print(f"  {len(data) / 1e6:.1f} MB")
            with _timed("export CSV zip"):
                service.export_file(db=db, user=owner, kind="csv")
            with _timed("export Markdown"):
                service.export_file(db=db, user=owner, kind="markdown")
            with _timed("import into a fresh account"):
                service.import_file(db=db, user=fresh, data=data)
                db.commit()
            with _timed("import again (all duplicates)"):
                assert service.import_file(db=db, user=fresh, data=data).total_added == 0
                db.commit()
            with _timed("delete the account"):
                service.delete_account(db=db, user=fresh)
                db.commit()
            with _timed("import a year of Daylio (365 entries and 365 check-ins analysed)"):
                summary = service.import_file(db=db, user=late, data=_daylio(365))
                db.commit()
            assert summary.added["journal entries"] == 365


if __name__ == "__main__":
    main()
