"""A first visit costs what later ones do: start-up warms SciPy and the templates behind it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reconnect.web import templating

SCRIPT = """
import sys
from pathlib import Path
from reconnect.app import create_app, start_warming
from reconnect.config import Settings
from reconnect.web.templating import templates
folder = Path(sys.argv[1])
create_app(Settings(data_dir=folder, DATABASE_URL=f"sqlite:///{folder}/warm.db"))
start_warming().join()
print("scipy.stats" in sys.modules, len(templates.env.cache or {}))
"""


def test_start_up_warms_scipy_and_every_template_in_the_background(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    scipy_loaded, cached = done.stdout.split()
    assert scipy_loaded == "True"
    assert int(cached) >= templating.compile_all() > 50
