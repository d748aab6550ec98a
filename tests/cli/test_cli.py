from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

import pytest

from reconnect.bootstrap import MIGRATIONS_DIR
from tests.cli.conftest import RunCli
from tests.factories import PASSWORD


def test_help_lists_the_commands(run: RunCli) -> None:
    result = run("--help")
    for command in ("serve", "journal", "checkin", "entries", "db", "user", "keys", "help"):
        assert command in result.output


def test_reconnect_help_prints_lines_without_any_account(run: RunCli) -> None:
    result = run("help", "--country", "GB")
    assert result.exit_code == 0
    assert (
        "Samaritans" in result.output
        and "116 123" in result.output
        and "findahelpline" in result.output
    )


def test_db_upgrade_creates_a_private_key_file(run: RunCli, cli_env: dict[str, str]) -> None:
    assert run("db", "upgrade").exit_code == 0
    key = Path(cli_env["RECONNECT_DATA_DIR"]) / "keyring.json"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_db_upgrade_says_whether_it_created_upgraded_or_found_the_database_current(
    run: RunCli, cli_env: dict[str, str]
) -> None:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_revision("head")
    assert head is not None and isinstance(head.down_revision, str)
    created = run("db", "upgrade", head.down_revision)
    assert created.exit_code == 0 and "A new database was created" in created.output
    assert "up to date" not in created.output
    assert "was upgraded" in run("db", "upgrade").output
    assert "The database is up to date" in run("db", "upgrade").output


def test_user_create_refuses_a_short_password(
    run_main, cli_env: dict[str, str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    code, output = run_main("user", "create", "dana", "--password-stdin")
    assert code == 2 and "at least 10 characters" in output and "Traceback" not in output


def test_journal_checkin_and_entries(run: RunCli, with_user: str) -> None:
    saved = run("journal", "Walked home the long way", "--tag", "walk", "--title", "Evening")
    assert saved.exit_code == 0 and "Saved entry" in saved.output
    piped = run("journal", "-", input="From a pipe\nsecond line\n")
    assert piped.exit_code == 0
    checkin = run("checkin", "-p", "2", "-e", "-1", "-w", "calm", "-w", "tired")
    assert checkin.exit_code == 0 and "low pleasant" in checkin.output
    listed = run("entries", "--json")
    rows = [json.loads(line) for line in listed.output.splitlines() if line.startswith("{")]
    assert {row["title"] for row in rows} == {"Evening", None}
    found = run("entries", "--search", "long way", "--json")
    assert "Walked home" in found.output and "From a pipe" not in found.output
    assert (
        "Walked home" in run("entries", "--tag", "walk").output
        or "Evening" in run("entries", "--tag", "walk").output
    )


def test_checkin_without_values_and_no_terminal_says_what_to_give(run_main, with_user: str) -> None:  # type: ignore[no-untyped-def]
    code, output = run_main("checkin")
    assert code == 2 and "--pleasantness" in output


def test_bad_cli_input_gets_a_clear_message(run_main, with_user: str) -> None:  # type: ignore[no-untyped-def]
    code, output = run_main("checkin", "-p", "1", "-e", "1", "-w", "blorp")
    assert code == 2 and "blorp" in output
    code, output = run_main("journal", "hello", "--date", "31/12/2026")
    assert code == 2 and "YYYY-MM-DD" in output
    code, output = run_main("journal", "hello", "--date", "1899-12-31")
    assert code == 2 and "from 1900-01-01 onwards" in " ".join(output.split())
    code, output = run_main("entries", "--user", "nobody")
    assert code == 2 and "no account named" in output
    code, output = run_main("checkin", "-p", "9", "-e", "1")
    assert code == 2


def test_several_accounts_need_a_user_flag(run: RunCli, run_main, with_user: str) -> None:  # type: ignore[no-untyped-def]
    run("user", "create", "bob", "--password-stdin", input=PASSWORD + "\n")
    code, output = run_main("entries")
    assert code == 2 and "--user" in output
    assert run("journal", "bob's words", "--user", "bob").exit_code == 0
    assert "bob's words" not in run("entries", "--user", "alice", "--json").output


def test_keys_rotate_re_encrypts_and_keeps_everything_readable(
    run: RunCli, with_user: str, cli_env: dict[str, str]
) -> None:
    run("journal", "before rotation")
    key_file = Path(cli_env["RECONNECT_DATA_DIR"]) / "keyring.json"
    old_key = json.loads(key_file.read_text())["active"]
    result = run("keys", "rotate")
    assert result.exit_code == 0, result.output
    ring = json.loads(key_file.read_text())
    assert ring["active"] != old_key and set(ring["keys"]) == {ring["active"], old_key}
    assert "retired" in result.output  # kept for backups and running servers
    assert "before rotation" in run("entries", "--json").output


def test_keys_prune_removes_only_keys_nothing_uses(
    run: RunCli, with_user: str, cli_env: dict[str, str]
) -> None:
    run("journal", "kept safe")
    key_file = Path(cli_env["RECONNECT_DATA_DIR"]) / "keyring.json"
    run("keys", "rotate")
    result = run("keys", "prune")
    assert result.exit_code == 0 and "Removed the retired keys" in result.output
    ring = json.loads(key_file.read_text())
    assert list(ring["keys"]) == [ring["active"]]
    assert "kept safe" in run("entries", "--json").output
    assert "kept safe" in run("entries", "--search", "safe", "--json").output  # re-indexed
    assert "No retired key" in run("keys", "prune").output


def test_restore_refuses_a_backup_this_keyring_cannot_read(  # type: ignore[no-untyped-def]
    run: RunCli, run_main, with_user: str, tmp_path: Path, backend: str
) -> None:
    if backend != "sqlite":
        pytest.skip("backup and restore are SQLite's; PostgreSQL has its own tools")
    run("journal", "written before the rotation")
    old_backup = tmp_path / "old.db"
    assert run("backup", str(old_backup)).exit_code == 0
    run("keys", "rotate")
    run("keys", "prune")  # the key that sealed the backup is gone
    run("journal", "written after")
    code, output = run_main("restore", str(old_backup), "--yes")
    assert code == 2 and "does not have" in output and "Nothing was changed" in output
    entries = run("entries", "--json").output
    assert "written after" in entries and "written before the rotation" in entries


def test_user_set_password(run: RunCli, with_user: str) -> None:
    result = run(
        "user", "set-password", "alice", "--password-stdin", input="a brand new passphrase\n"
    )
    assert result.exit_code == 0 and "changed" in result.output


def test_safety_screen_reads_lines_and_writes_json(run: RunCli) -> None:
    result = run(
        "safety",
        "screen",
        input="I want to die\nThis commute is killing me\nI feel numb all the time\n",
    )
    levels = [json.loads(line)["level"] for line in result.output.splitlines()]
    assert levels == ["crisis", "none", "concern"]


def test_help_can_show_the_safety_plan(run: RunCli, with_user: str) -> None:
    output = run("help", "--plan").output
    assert "My safety plan" in output and "not written a safety plan" in output


def _access_line(path: str) -> logging.LogRecord:
    """An access-log record as uvicorn writes it, for a GET of ``path``."""
    return logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", path, "1.1", 200),
        None,
    )


def test_the_access_log_drops_query_strings() -> None:
    from reconnect.maintenance import DropQueryString, log_config

    record = _access_line("/journal?q=my+secret+words")
    assert DropQueryString().filter(record)
    assert "secret" not in record.getMessage() and "/journal" in record.getMessage()
    feed = _access_line("/plan/feed/s3cr3tt0ken.ics")
    assert DropQueryString().filter(feed)
    assert "s3cr3tt0ken" not in feed.getMessage() and "/plan/feed/" in feed.getMessage()
    assert log_config()["handlers"]["access"]["filters"] == ["no_query"]


def test_an_entry_about_someone_else_in_danger_says_what_to_do(run: RunCli, with_user: str) -> None:
    result = run("journal", "My partner said he wants to kill himself and I don't know what to do.")
    assert result.exit_code == 0
    assert "If someone you wrote about may be in danger" in result.output
    assert "Are you thinking about suicide?" in result.output
    assert "116 123" in result.output  # alice's own country's lines, for her too


def test_reconnect_help_lists_the_abuse_line_too(run: RunCli) -> None:
    result = run("help", "--country", "DE")
    assert "If you are afraid of a partner or someone at home" in result.output
    assert "116 016" in result.output


def test_reconnect_start_records_where_you_start(run: RunCli, with_user: str) -> None:
    result = run("start", "--someone-close")
    assert result.exit_code == 0
    assert "When someone close seems far away: a reflection" in result.output
    assert "/assess/partner" in result.output
    assert "Nothing in particular" in run("start").output


def test_a_journal_entry_about_being_unsafe_at_home_prints_the_abuse_line(
    run: RunCli, with_user: str
) -> None:
    result = run("journal", "I'm scared of him when he drinks.")
    assert "Are you safe with the people at home?" in result.output
    assert "0808 2000 247" in result.output  # alice is in the UK


def test_together_invite_prints_the_gentle_message(run: RunCli, with_user: str) -> None:
    result = run("together", "invite")
    assert result.exit_code == 0
    assert "A message to send with it, if you like" in result.output
    assert "completely fine" in result.output
