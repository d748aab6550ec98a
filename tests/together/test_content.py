from __future__ import annotations

import pytest

from reconnect.together import content


def test_the_ladder_climbs_from_light_to_deep_with_prompts_on_every_step() -> None:
    steps = content.ladder()
    assert [s.number for s in steps] == list(range(1, len(steps) + 1)) and len(steps) >= 5
    assert all(len(s.prompts) >= 2 and s.title and s.about for s in steps)


def test_ideas_and_listening_prompts_are_loaded() -> None:
    keys = [idea.key for idea in content.ideas()]
    assert len(keys) == len(set(keys)) >= 10 and "evening-walk" in keys
    prompts = content.listening()
    assert prompts.reflect and prompts.curious


def test_a_broken_content_file_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content, "_read", lambda name: {"step": [{"number": 2, "title": "x"}]})
    content.ladder.cache_clear()
    try:
        with pytest.raises(content.ContentError):
            content.ladder()
    finally:
        monkeypatch.undo()
        content.ladder.cache_clear()
