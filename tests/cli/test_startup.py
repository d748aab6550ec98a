"""The terminal answers at once: the root lists commands without importing them.

Speed itself is measured by ``bench/bench_cli.py``; these tests hold what makes it fast
(what a command imports) and that the lazy table says the truth about the commands.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import typer.main

from reconnect import cli

HEAVY = ("sqlalchemy", "onnxruntime", "fpdf", "scipy", "alembic", "numpy", "uvicorn", "argon2")


def imported_by(*argv: str) -> set[str]:
    """Top-level packages a fresh process has imported after running ``reconnect argv``."""
    script = (
        "import json, sys\n"
        f"sys.argv = ['reconnect', *{list(argv)!r}]\n"
        "from reconnect.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("argv", [("--help",), ()])
def test_the_root_help_imports_nothing_heavy(argv: tuple[str, ...]) -> None:
    assert imported_by(*argv).isdisjoint(HEAVY)


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
