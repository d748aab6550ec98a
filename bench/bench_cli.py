"""How fast the terminal answers: each command as a ratio to ``python -c "import typer"``.

Run from the repository root:
    .venv/bin/python bench/bench_cli.py            # 7 rounds
    .venv/bin/python bench/bench_cli.py --rounds 15

Each round runs the baseline and every command once, in turn, as fresh processes against
one fresh SQLite install in a temporary folder (one account, a few entries), so a busy
moment on a shared machine falls on all of them alike. It prints each command's median
seconds and its median ratio to the baseline; the issue's targets are 2x for the help
commands, 4x for ``checkin`` and ``entries`` and 6x for ``journal`` (which loads the models).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
RECONNECT = str(BIN / "reconnect")
BASELINE = [sys.executable, "-c", "import typer"]
COMMANDS: dict[str, tuple[list[str], float]] = {
    "reconnect --help": ([RECONNECT, "--help"], 2),
    "reconnect help": ([RECONNECT, "help"], 2),
    "reconnect checkin -p 1 -e -1 -w calm": (
        [RECONNECT, "checkin", "-p", "1", "-e", "-1", "-w", "calm"],
        4,
    ),
    "reconnect entries": ([RECONNECT, "entries"], 4),
    "reconnect entries --search walk": ([RECONNECT, "entries", "--search", "walk"], 4),
    'reconnect journal "..."': (
        [RECONNECT, "journal", "We walked by the river and I felt close to her again."],
        6,
    ),
}


def run(argv: list[str], env: dict[str, str]) -> float:
    """Seconds one command takes, start to exit; a failure stops the bench."""
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv[1:])} failed:\n{done.stdout}{done.stderr}")
    return took


def install(folder: Path) -> dict[str, str]:
    """A fresh install with one account and a few entries; the environment that uses it."""
    env = {**os.environ, "RECONNECT_DATA_DIR": str(folder)}
    env.pop("DATABASE_URL", None)
    subprocess.run([RECONNECT, "db", "upgrade"], env=env, check=True, capture_output=True)
    subprocess.run(
        [RECONNECT, "user", "create", "bench", "--country", "GB", "--password-stdin"],
        env=env,
        input="a long bench passphrase\n",
        text=True,
        check=True,
        capture_output=True,
    )
    for text in ("A walk after work.", "Quiet evening, read a book.", "Long walk by the sea."):
        run([RECONNECT, "journal", text], env)
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="rounds of every command")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = install(Path(tmp))
        base: list[float] = []
        took: dict[str, list[float]] = {name: [] for name in COMMANDS}
        ratio: dict[str, list[float]] = {name: [] for name in COMMANDS}
        for _ in range(args.rounds):
            seconds = run(BASELINE, env)
            base.append(seconds)
            for name, (argv, _target) in COMMANDS.items():
                took[name].append(run(argv, env))
                ratio[name].append(took[name][-1] / seconds)
    print(f"baseline python -c 'import typer': {statistics.median(base):.3f} s median")
    print(f"{'command':40} {'median s':>9} {'ratio':>6} {'target':>7}")
    for name, (_argv, target) in COMMANDS.items():
        r = statistics.median(ratio[name])
        mark = "ok" if r <= target else "over"
        print(f"{name:40} {statistics.median(took[name]):9.3f} {r:5.1f}x {target:5.0f}x  {mark}")


if __name__ == "__main__":
    main()
