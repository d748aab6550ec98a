"""app.css takes every colour from its tokens, keeps the names other stylesheets use, and states
the dark palette the same way for the device setting and for the person's own choice."""

from __future__ import annotations

import re
from pathlib import Path

CSS = (Path(__file__).resolve().parents[2] / "src/reconnect/web/static/css/app.css").read_text()
SHARED_NAMES = [
    "--bg",
    "--fg",
    "--muted",
    "--accent",
    "--accent-fg",
    "--line",
    "--card",
    "--error-bg",
    "--error-fg",
    "--notice-bg",
    "--help-bg",
    "--focus",
]
HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b")


def _block(opening: str) -> str:
    start = CSS.index(opening) + len(opening)
    return CSS[start : CSS.index("}", start)]


def _tokens(block: str) -> dict[str, str]:
    return dict(re.findall(r"(--[a-z0-9-]+):\s*([^;]+);", block))


TOKEN_BLOCKS = (
    ":root {",
    ':root:not([data-theme="light"]) {',
    ':root[data-theme="dark"] {',
    ':root, :root[data-theme="dark"], :root:not([data-theme="light"]) {',  # print: black on white
)
LIGHT = _tokens(_block(":root {"))
DARK_BY_DEVICE = _tokens(_block(':root:not([data-theme="light"]) {'))
DARK_BY_CHOICE = _tokens(_block(':root[data-theme="dark"] {'))


def test_the_shared_colour_names_are_defined_in_both_themes() -> None:
    for name in SHARED_NAMES:
        assert name in LIGHT and name in DARK_BY_CHOICE, name


def test_the_dark_palette_reads_the_same_for_the_device_and_for_the_choice() -> None:
    assert DARK_BY_DEVICE == DARK_BY_CHOICE
    colours = {name for name, value in LIGHT.items() if HEX.search(value)}
    assert colours <= set(DARK_BY_CHOICE)  # every light colour has a dark one


def test_spacing_and_type_come_in_scales() -> None:
    assert {f"--space-{n}" for n in range(1, 8)} <= set(LIGHT)
    assert {"--text-sm", "--text-base", "--text-lg", "--text-2xl", "--font-sans"} <= set(LIGHT)


def test_no_rule_outside_the_token_blocks_hard_codes_a_colour() -> None:
    rules = CSS
    for opening in TOKEN_BLOCKS:
        rules = rules.replace(_block(opening), "")
    assert HEX.findall(rules) == []
    rules = re.sub(r"/\*.*?\*/", "", rules, flags=re.S)
    assert not re.search(r"(?<![-\w])(?:white|black)(?![-\w])", rules)


def test_the_controls_take_the_accent_colour() -> None:
    assert "accent-color: var(--accent)" in CSS
    for selector in (
        "input[type=range]::-webkit-slider-thumb",
        "input[type=range]::-moz-range-thumb",
    ):
        assert selector in CSS
