"""The terminal answers at once: the root lists commands without importing them.

Speed itself is measured by ``bench/bench_cli.py``; these tests hold what makes it fast
(what a command imports) and that the lazy table says the truth about the commands.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import typer.main

from reconnect import __version__, cli

HEAVY = ("sqlalchemy", "onnxruntime", "fpdf", "scipy", "alembic", "numpy", "uvicorn", "argon2")


def run_reconnect(*argv: str, env: dict[str, str] | None = None) -> tuple[str, set[str]]:
    """What a fresh process running ``reconnect argv`` printed, and every module it had
    imported by the end."""
    script = (
        "import atexit, json, sys\n"
        f"sys.argv = ['reconnect', *{list(argv)!r}]\n"
        "atexit.register(lambda: sys.stderr.write('\\nIMPORTED ' + json.dumps("
        "sorted(sys.modules))))\n"
        "from reconnect.cli import main\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )
    imported = done.stderr.rsplit("IMPORTED ", 1)[1]
    return done.stdout, set(json.loads(imported))


def imported_by(*argv: str, env: dict[str, str] | None = None) -> set[str]:
    """Top-level packages a fresh process has imported after running ``reconnect argv``."""
    return {name.split(".")[0] for name in run_reconnect(*argv, env=env)[1]}


@pytest.mark.parametrize("argv", [("--help",), (), ("--version",), ("-V",)])
def test_the_root_help_imports_nothing_heavy(argv: tuple[str, ...]) -> None:
    assert imported_by(*argv).isdisjoint(HEAVY)


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_the_version_is_the_packages_own(flag: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "reconnect", flag], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"reconnect {__version__}\n"


def complete(line: str) -> tuple[list[str], set[str]]:
    """What bash completion offers for ``line`` (the word being typed last), as the script
    of ``reconnect --show-completion bash`` asks for it, and the modules answering imported
    (top-level packages and Reconnect's own modules)."""
    words = line.split(" ")
    env = {
        "_RECONNECT_COMPLETE": "complete_bash",
        "COMP_WORDS": line,
        "COMP_CWORD": str(len(words) - 1),
    }
    printed, imported = run_reconnect(env=env)
    packages = {name.split(".")[0] for name in imported}
    return printed.split(), packages | {name for name in imported if name.startswith("reconnect")}


def test_completion_offers_command_names_without_importing_them() -> None:
    offered, imported = complete("reconnect che")
    assert "checkin" in offered
    assert offered == [name for name in cli.COMMANDS if name.startswith("che")]
    assert imported.isdisjoint(HEAVY)
    assert "reconnect.journal.cli" not in imported


def test_completion_of_every_name_imports_no_command() -> None:
    offered, imported = complete("reconnect ")
    assert offered == list(cli.COMMANDS)
    assert imported.isdisjoint(HEAVY)


def test_completion_of_a_commands_options_loads_that_command() -> None:
    offered, imported = complete("reconnect learn --s")
    assert offered == ["--search"]
    assert "reconnect.learn.cli" in imported and "reconnect.journal.cli" not in imported
    offered, _ = complete("reconnect plan s")
    assert offered == ["suggest"]


def test_the_completion_script_is_printed_for_bash() -> None:
    printed, imported = run_reconnect(
        "--show-completion", "bash", env={"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    )
    assert "complete -o default -F _reconnect_completion reconnect" in printed
    assert "_RECONNECT_COMPLETE=complete_bash" in printed
    assert {name.split(".")[0] for name in imported}.isdisjoint(HEAVY)


def test_a_subcommands_help_imports_only_its_own_domain() -> None:
    loaded = imported_by("learn", "--help")
    assert loaded.isdisjoint({"onnxruntime", "fpdf", "scipy", "alembic", "uvicorn"})


def test_importing_the_account_service_hashes_no_password() -> None:
    script = (
        "import argon2, time\n"
        "calls = []\n"
        "real = argon2.PasswordHasher.hash\n"
        "argon2.PasswordHasher.hash = lambda self, p: calls.append(p) or real(self, p)\n"
        "import reconnect.accounts.service\n"
        "print(len(calls))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.strip() == "0", done.stderr


def _registered_names() -> dict[str, set[str]]:
    """Every root command each module's ``register`` adds."""
    names: dict[str, set[str]] = {}
    for module in {module for spec in cli.COMMANDS.values() for module in spec.modules}:
        group = typer.main.get_group(cli.registered(module))
        names[module] = set(group.commands)
    return names


def test_the_table_names_every_command_the_modules_register() -> None:
    registered = _registered_names()
    every = set().union(*registered.values())
    assert every == set(cli.COMMANDS)
    for name, spec in cli.COMMANDS.items():
        assert name in registered[spec.modules[0]], f"{name} is not registered by its module"


@pytest.mark.parametrize("name", list(cli.COMMANDS))
def test_the_listed_help_is_the_commands_own(name: str) -> None:
    assert cli.load(name).help == cli.COMMANDS[name].help


def test_a_typo_still_suggests_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "reconnect", "jurnal"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    assert "Did you mean 'journal'" in done.stderr


def test_every_command_that_opens_the_database_keeps_the_totals_exact() -> None:
    """The session events that keep monthly totals exact load with the runtime, so a
    command such as ``reconnect analyze`` (which imports neither) keeps them too."""
    script = (
        "import sys\nimport reconnect.bootstrap\n"
        "print('reconnect.journal.rollups' in sys.modules, "
        "'reconnect.patterns.history' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.split() == ["True", "True"], done.stderr
