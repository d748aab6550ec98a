"""The wheel carries every file the app loads, runs on its own, and is never built half empty."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "reconnect"
VENDOR = PACKAGE / "web" / "static" / "vendor"


def _uv() -> str:
    found = ROOT / ".tools" / "bin" / "uv"
    if found.exists():
        return str(found)
    on_path = shutil.which("uv")
    if on_path is None:
        pytest.skip("uv is not installed (`make setup` puts it in .tools/bin)")
    return on_path


def _build(project: Path, out: Path) -> subprocess.CompletedProcess[str]:
    # Like `make dist`: the sdist first, then the wheel built from that sdist.
    return subprocess.run(
        [_uv(), "build", "--out-dir", str(out), str(project)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def _package_files() -> set[str]:
    return {
        path.relative_to(PACKAGE.parent).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (VENDOR / "htmx.min.js").exists():
        pytest.fail("run `make assets` first: the wheel must carry the front-end files")
    out = tmp_path_factory.mktemp("dist")
    built = _build(ROOT, out)
    assert built.returncode == 0, built.stderr
    (found,) = out.glob("reconnect-*.whl")
    return found


def test_the_wheel_holds_every_file_under_the_package(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert _package_files() - names == set()


def test_the_wheel_holds_templates_assets_model_content_migrations_and_fonts(
    wheel: Path,
) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    model = "reconnect/analysis/model/"
    sums = (PACKAGE / "analysis" / "model" / "SHA256SUMS").read_text().split()[1::2]
    expected = {
        "reconnect/web/templates/base.html",
        "reconnect/journal/templates/journal/form.html",
        "reconnect/web/static/vendor/htmx.min.js",
        "reconnect/web/static/css/app.css",
        model + "SHA256SUMS",
        *(model + name.lstrip("*") for name in sums),
        "reconnect/content/learn/what-is-detachment.md",
        "reconnect/content/assess/phq9.toml",
        "reconnect/content/plan/self-care.yaml",
        "reconnect/content/together/ladder.toml",
        "reconnect/migrations/env.py",
        "reconnect/migrations/script.py.mako",
        "reconnect/migrations/versions/2026_11_24_0001_initial_schema.py",
        "reconnect/insights/fonts/DejaVuSans.ttf",
        "reconnect/insights/fonts/DejaVuSans-Bold.ttf",
        "reconnect/insights/fonts/LICENSE.txt",
    }
    assert expected - names == set()
    assert not any(name.startswith(("tests/", "training/", "bench/")) for name in names)


SMOKE = """
import sys
from pathlib import Path

import reconnect
from fastapi.testclient import TestClient
from reconnect.analysis.emotions import verify_checksums
from reconnect.app import create_app
from reconnect.insights.report import FONT_DIR

unpacked = Path(sys.argv[1]).resolve()
assert Path(reconnect.__file__).resolve().is_relative_to(unpacked), reconnect.__file__
verify_checksums()
assert (FONT_DIR / "DejaVuSans.ttf").is_file()
with TestClient(create_app()) as client:
    for path in ("/static/vendor/htmx.min.js", "/help", "/learn/what-is-detachment", "/signup"):
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
print("wheel runs")
"""


def test_the_unpacked_wheel_migrates_and_serves_pages(wheel: Path, tmp_path: Path) -> None:
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("RECONNECT_", "DATABASE_"))},
        "PYTHONPATH": str(unpacked),  # ahead of the editable install of the source tree
        "RECONNECT_DATA_DIR": str(tmp_path / "data"),
    }
    for argv in (
        ["-m", "reconnect", "db", "upgrade"],
        ["-c", SMOKE, str(unpacked)],
    ):
        ran = subprocess.run(
            [sys.executable, *argv],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        assert ran.returncode == 0, ran.stdout + ran.stderr


def test_building_without_the_front_end_files_stops_with_a_message(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    for name in ("pyproject.toml", "hatch_build.py", "README.md", ".gitignore"):
        shutil.copy2(ROOT / name, project / name)
    shutil.copytree(
        PACKAGE,
        project / "src" / "reconnect",
        ignore=shutil.ignore_patterns("vendor", "__pycache__", "model"),
    )
    built = _build(project, tmp_path / "dist")
    assert built.returncode != 0
    assert "make assets" in built.stderr
    assert not list((tmp_path / "dist").glob("*.whl"))
