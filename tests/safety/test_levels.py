"""The stored safety levels are named once, in the safety service, and read through it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reconnect.safety import service
from reconnect.web.templating import templates

SOURCE = Path(service.__file__).resolve().parent.parent
# The screen defines the levels; everything else reads them through the safety service.
DEFINES_LEVELS = {"safety/screen.py", "safety/rules.py", "safety/service.py"}
LITERAL_COMPARISON = re.compile(r"""(==|!=|\bin\b|\.count\()\s*\(?["'](crisis|concern)["']""")


@pytest.mark.parametrize(
    ("level", "crisis", "concern"),
    [
        ("crisis", True, False),
        ("concern", False, True),
        ("none", False, False),
        (None, False, False),
    ],
)
def test_levels_are_told_apart_by_the_safety_service(
    level: str | None, crisis: bool, concern: bool
) -> None:
    assert service.is_crisis(level) is crisis
    assert service.is_concern(level) is concern


def test_the_screen_and_the_names_agree() -> None:
    assert service.screen("I am going to kill myself tonight.").level == service.CRISIS
    assert service.is_crisis(service.screen("I am going to kill myself tonight.").level)
    assert not service.is_crisis(service.screen("A quiet walk by the river today.").level)


def test_templates_can_ask_for_a_level_by_name() -> None:
    page = templates.env.from_string(
        "{% if level is crisis %}help now{% elif level is concern %}gently{% else %}-{% endif %}"
    )
    assert page.render(level="crisis") == "help now"
    assert page.render(level="concern") == "gently"
    assert page.render(level=None) == "-"


def test_no_module_outside_the_safety_service_compares_a_level_literal() -> None:
    offenders = []
    for path in sorted(SOURCE.rglob("*")):
        if path.suffix not in {".py", ".html"}:
            continue
        name = path.relative_to(SOURCE).as_posix()
        if name in DEFINES_LEVELS:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if LITERAL_COMPARISON.search(line):
                offenders.append(f"{name}:{number}: {line.strip()}")
    assert offenders == []
