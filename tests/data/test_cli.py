"""``reconnect export|import|backup|restore`` and ``reconnect user delete``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import RunCli

FIXTURES = Path(__file__).parent / "fixtures"


def test_export_writes_a_private_file_that_imports_into_another_account(
    run: RunCli, with_user: str, tmp_path: Path
) -> None:
    run("journal", "Walked home the long way", "--tag", "walk")
    target = tmp_path / "alice.json"
    result = run("export", "-o", str(target))
    assert result.exit_code == 0 and "Keep it private" in result.output
    assert target.stat().st_mode & 0o077 == 0
    run("user", "create", "dana", "--password-stdin", input="a long enough passphrase\n")
    imported = run("import", str(target), "--user", "dana")
    assert imported.exit_code == 0, imported.output
    assert "journal entries: 1" in imported.output
    again = run("import", str(target), "--user", "dana")
    assert "Nothing new" in again.output


def test_export_to_stdout_and_as_markdown(run: RunCli, with_user: str) -> None:
    run("journal", "A bright morning", "--title", "Sun")
    doc = json.loads(run("export").stdout)
    assert doc["format"] == "reconnect-export"
    assert "## " in run("export", "--format", "markdown").stdout


def test_csv_export_needs_a_file(run_main, with_user: str) -> None:  # type: ignore[no-untyped-def]
    code, output = run_main("export", "--format", "csv")
    assert code == 2 and "-o FILE" in output


def test_import_reads_daylio_and_jrnl(run: RunCli, with_user: str) -> None:
    daylio = run("import", str(FIXTURES / "daylio_export.csv"), "--from", "daylio")
    assert daylio.exit_code == 0 and "checkins: 5" in daylio.output
    jrnl = run("import", str(FIXTURES / "jrnl_export.json"))
    assert jrnl.exit_code == 0 and "journal entries: 3" in jrnl.output


def test_a_bad_file_exits_2_with_the_place(run_main, with_user: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "reconnect-export", "version": 1, "tables": {"checkins": [{"id": 1}]}}'
    )
    code, output = run_main("import", str(bad))
    assert code == 2 and 'checkins, row 1, field "pleasantness"' in " ".join(output.split())
    assert "Traceback" not in output


def test_user_delete_removes_the_account(run: RunCli, with_user: str) -> None:
    run("journal", "Something private")
    result = run("user", "delete", "alice", input="alice\n")
    assert result.exit_code == 0 and "Deleted alice" in result.output
    with pytest.raises(Exception, match="no accounts yet"):
        run("entries")


def test_user_delete_stops_when_the_name_is_not_typed_again(
    run_main, with_user: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("alicia\n"))
    code, output = run_main("user", "delete", "alice")
    assert code == 2 and "does not match" in output


def test_user_delete_refuses_a_mistyped_name(run_main, with_user: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, output = run_main("user", "delete", "nobody", "--yes")
    assert code == 2 and "no account named" in output


def _journal_count(database: Path) -> int:
    with sqlite3.connect(database) as connection:
        return int(connection.execute("SELECT count(*) FROM journal_entries").fetchone()[0])


def test_backup_and_restore_round_trip(
    run: RunCli, with_user: str, tmp_path: Path, cli_env: dict[str, str], backend: str
) -> None:
    if backend != "sqlite":
        pytest.skip("SQLite backups; PostgreSQL is covered by the advice test")
    run("journal", "Before the backup")
    copy = tmp_path / "copy.db"
    made = run("backup", str(copy))
    assert made.exit_code == 0 and "keep a copy of that key" in made.output
    assert copy.stat().st_mode & 0o077 == 0
    run("journal", "After the backup")
    live = Path(cli_env["RECONNECT_DATA_DIR"]) / "reconnect.db"
    assert _journal_count(live) == 2
    refused = run("restore", str(copy), input="n\n")
    assert refused.exit_code == 1 and _journal_count(live) == 2
    restored = run("restore", str(copy), input="y\n")
    assert restored.exit_code == 0, restored.output
    assert _journal_count(live) == 1
    safety = list((Path(cli_env["RECONNECT_DATA_DIR"]) / "backups").glob("before-restore-*.db"))
    assert len(safety) == 1 and _journal_count(safety[0]) == 2
    assert "Before the backup" in run("entries").output


def test_restore_refuses_a_file_that_is_not_a_backup(
    run_main, with_user: str, tmp_path: Path, backend: str
) -> None:  # type: ignore[no-untyped-def]
    if backend != "sqlite":
        pytest.skip("SQLite only")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all")
    code, output = run_main("restore", str(junk), "--yes")
    assert code == 2 and "not a Reconnect SQLite backup" in " ".join(output.split())


def test_postgresql_installs_get_pg_dump_advice(run_main, with_user: str, backend: str) -> None:  # type: ignore[no-untyped-def]
    if backend != "postgresql":
        pytest.skip("PostgreSQL only")
    code, output = run_main("backup")
    output = " ".join(output.split())
    assert code == 2 and "pg_dump --format=custom" in output and "pg_restore" in output
    code, output = run_main("restore", "somewhere.dump", "--yes")
    assert code == 2 and "pg_restore" in output


def test_backup_without_a_database_says_so(run_main, cli_env: dict[str, str], backend: str) -> None:  # type: ignore[no-untyped-def]
    if backend != "sqlite":
        pytest.skip("SQLite only")
    code, output = run_main("backup")
    assert code == 2 and "There is no file at" in " ".join(output.split())
    assert not (Path(cli_env["RECONNECT_DATA_DIR"]) / "reconnect.db").exists()
