"""``reconnect serve --workers 2`` starts on a machine whose cores are all busy.

Each worker imports the app and loads the safety model before it can answer the
supervisor's health check. With every core loaded that takes far longer than uvicorn's
default five seconds, and the supervisor used to kill and restart workers in a loop. The
server must come up, answer, and keep both of its first workers.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from reconnect.bootstrap import upgrade_database
from reconnect.db import make_engine
from tests.security.live_server import ServeProcess

pytestmark = pytest.mark.slow

BURN = "while True: pass"


def test_two_workers_start_and_stay_up_with_every_core_busy(
    served_database: str, served_env: dict[str, str], tmp_path: Path
) -> None:
    engine = make_engine(served_database)
    upgrade_database(engine)
    engine.dispose()
    burners = [
        subprocess.Popen([sys.executable, "-c", BURN]) for _ in range(4 * (os.cpu_count() or 1))
    ]
    log = tmp_path / "serve.log"
    server = ServeProcess(served_env, log, workers=2)
    try:
        server.start(timeout_s=600)
        for _ in range(20):  # both workers answer, again and again
            assert httpx.get(server.url + "/help", timeout=120).status_code == 200
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()
        server.stop()
    text = log.read_text()
    assert "died" not in text, text[-3000:]
    assert len(set(re.findall(r"Started server process \[(\d+)\]", text))) == 2, text[-3000:]
