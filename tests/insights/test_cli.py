from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from tests.cli.conftest import RunCli, cli_env, run, run_main, with_user  # noqa: F401

PRIVATE = "the ferry was late and I did not mind"


def _pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_insights_prints_a_summary(run: RunCli, with_user: str) -> None:  # noqa: F811
    assert "Nothing recorded" in run("insights").output
    run("checkin", "-p", "2", "-e", "-1", "-w", "calm", "-w", "tired")
    result = run("insights", "--range", "quarter")
    assert result.exit_code == 0
    assert "Last 3 months" in result.output and "1 check-ins on 1 days" in result.output
    assert "calm (1)" in result.output and "pleasantness +2.0" in result.output


def test_insights_refuses_an_unknown_range(run_main, with_user: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, output = run_main("insights", "--range", "forever")
    assert code == 2 and "month, quarter, year, all" in output


def test_report_writes_a_pdf_without_journal_text_by_default(
    run: RunCli,  # noqa: F811
    with_user: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    run("journal", PRIVATE, "--title", "Crossing")
    run("checkin", "-p", "1", "-e", "1", "-w", "calm")
    target = tmp_path / "report.pdf"
    result = run("report", "-o", str(target))
    assert result.exit_code == 0 and "Wrote the report" in result.output
    text = _pdf_text(target)
    assert "not a diagnosis" in text and "Mood over time" in text
    assert PRIVATE not in text
    assert run("report", "-o", str(target), "--excerpts", "1", "-i", "mood").exit_code == 0
    assert PRIVATE in _pdf_text(target)


def test_report_options_are_checked(run_main, with_user: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    target = str(tmp_path / "r.pdf")
    code, output = run_main("report", "-o", target, "--include", "horoscope")
    assert code == 2 and "not parts of the report" in output
    code, output = run_main("report", "-o", target, "--from", "yesterday")
    assert code == 2 and "not a valid date" in output
    code, output = run_main("report", "-o", target, "--excerpts", "2", "--entry", "1")
    assert code == 2 and "not both" in output
    code, output = run_main("report", "-o", target, "--entry", "999")
    assert code == 2
    assert not Path(target).exists()
