"""Saving a journal entry: median request time, and what the analysis and the screen cost.

Run from the repository root:
    .venv/bin/python bench/bench_journal_save.py
    # against an earlier version in the same run (a checkout of it, same environment):
    git worktree add /tmp/reconnect-before <commit> && \\
    .venv/bin/python bench/bench_journal_save.py --baseline /tmp/reconnect-before

Uses a fresh SQLite database in a temporary folder and the in-process test client. The
analysis + screen figure is ``journal.emotions.annotate`` on the bench's usual texts (10 to
20 words) and on a 250-word entry; with ``--baseline`` the same function of the earlier
checkout is timed in a subprocess right after, in the same run, and each figure is also
printed as a ratio to it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TEXTS = [
    "Felt far away from everyone at dinner tonight, as if I was watching through glass.",
    "We walked by the river and for a moment I felt close to her again.",
    "Work was relentless. I snapped at my partner and then felt guilty about it all evening.",
    "A quiet day. Cooked, read, slept early. Nothing much to report.",
    "I noticed I was holding my breath in the meeting. Named it: anxious. It eased a little.",
]
LONG = (
    "Up at six with the alarm, which I hate, and the rain was already going. I made coffee, "
    "fed the cat and stood at the window for a while watching the bins get emptied. The "
    "train was late again, so I read two chapters of the novel on the platform. Work was the "
    "usual: a planning meeting that ran over, a spreadsheet that would not balance, lunch at "
    "my desk. Sam messaged about the weekend and I said yes to the walk on Saturday even "
    "though I am not sure I will have the energy. In the afternoon I had a long call with the "
    "supplier and managed to stay patient, which felt like a small win. I noticed I was "
    "holding my breath again and tried the breathing exercise from the plan. It helped a "
    "little. On the way home I bought bread, onions and a bunch of tulips because they were "
    "cheap and yellow. Dinner was soup. We watched half a film and I fell asleep on the sofa. "
    "Before bed I wrote this. I felt flat most of the day, not sad exactly, more far away, "
    "like everything was happening behind glass. Tomorrow I want to call my sister, tidy the "
    "desk and get outside at lunch, even for ten minutes. Maybe I will ask Sam how his week "
    "has really been, and listen properly this time, without planning what I will say next."
)
N = 200


def time_annotate(rounds: int) -> dict[str, float]:
    """Median ms of annotate() on the usual texts and on the 250-word entry (in this process)."""
    from reconnect.journal.emotions import annotate
    from reconnect.journal.models import JournalEntry

    annotate(JournalEntry(), "warm-up text for the models")
    usual, long = [], []
    for i in range(rounds):
        start = time.perf_counter()
        annotate(JournalEntry(), TEXTS[i % len(TEXTS)])
        usual.append((time.perf_counter() - start) * 1000)
        if i % 4 == 0:
            start = time.perf_counter()
            annotate(JournalEntry(), LONG)
            long.append((time.perf_counter() - start) * 1000)
    return {"usual": statistics.median(usual), "long": statistics.median(long)}


def request_times() -> list[float]:
    """Request ms for N entries saved through the API."""
    from fastapi.testclient import TestClient

    from reconnect.accounts import service as accounts_service
    from reconnect.app import create_app
    from reconnect.bootstrap import upgrade_database
    from reconnect.config import Settings
    from reconnect.db import session_scope

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(data_dir=Path(folder), DATABASE_URL=f"sqlite:///{folder}/bench.db")
        app = create_app(settings)
        upgrade_database(app.state.runtime.engine)
        for db in session_scope(app.state.runtime.sessions):
            user = accounts_service.create_user(
                db=db, username="bench", password="bench password 1"
            )
            _, secret = accounts_service.create_api_token(db=db, user=user, name="bench")
        client = TestClient(app)
        headers = {"Authorization": f"Bearer {secret}"}
        times = []
        for i in range(N):
            start = time.perf_counter()
            response = client.post(
                "/api/v1/entries", json={"body": TEXTS[i % len(TEXTS)]}, headers=headers
            )
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 201, response.text
    return times


def baseline(tree: Path) -> dict[str, float]:
    """The same annotate timing, in a subprocess running the earlier checkout's code."""
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    code = f"import json, sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import bench_journal_save as b; print(json.dumps(b.time_annotate({N})))"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--baseline", type=Path, help="a checkout of an earlier version to compare with"
    )
    args = parser.parse_args()
    times = request_times()
    ours = time_annotate(N)
    threads = os.environ.get("RECONNECT_ANALYSIS_THREADS", "1")
    print(f"{N} entries, SQLite, analysis threads {threads}")
    print(
        f"request median {statistics.median(times):.2f} ms, p95 {sorted(times)[int(0.95 * N)]:.2f} ms"
    )
    before = baseline(args.baseline) if args.baseline else None
    for key, name in (("usual", "usual entry (10-20 words)"), ("long", "250-word entry")):
        line = f"analysis + screen, {name}: median {ours[key]:.2f} ms"
        if before:
            line += f" (before: {before[key]:.2f} ms, ratio {ours[key] / before[key]:.2f}x)"
        print(line)


if __name__ == "__main__":
    main()
