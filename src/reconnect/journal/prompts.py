"""Journaling prompts in our own words, drawn from the five strategies."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Prompt:
    """A question to write from, and the strategy it belongs to."""

    key: str
    strategy: str
    text: str


PROMPTS: Final[tuple[Prompt, ...]] = (
    Prompt(
        "body-scan",
        "identify",
        "Where in your body do you notice something right now? Describe it without judging it.",
    ),
    Prompt(
        "name-three",
        "identify",
        "Name three feelings you had today, even faint ones. Which one surprised you?",
    ),
    Prompt(
        "muted",
        "identify",
        "Was there a moment today when you turned a feeling down? What was it, and what made you do that?",
    ),
    Prompt(
        "feeling-visit",
        "identify",
        "If today's strongest feeling could speak, what would it ask for?",
    ),
    Prompt(
        "small-joy",
        "identify",
        "What was one small, ordinary moment today that felt good, even briefly?",
    ),
    Prompt(
        "autopilot",
        "identify",
        "When did you feel most on autopilot today? When did you feel most awake?",
    ),
    Prompt(
        "boundary-yes-no",
        "boundaries",
        "What did you say yes to this week that you wanted to say no to?",
    ),
    Prompt(
        "boundary-need",
        "boundaries",
        "Where do you need a little more space, and where a little more closeness?",
    ),
    Prompt(
        "boundary-words",
        "boundaries",
        "Write one sentence that asks for what you need, kindly and clearly.",
    ),
    Prompt(
        "wall-or-fence",
        "boundaries",
        "Think of a time you pulled away. Was it a wall to keep everyone out, or a fence with a gate?",
    ),
    Prompt(
        "recharge",
        "self_care",
        "What refills you, even a little? When did you last make time for it?",
    ),
    Prompt(
        "body-care",
        "self_care",
        "How have you treated your body this week: sleep, food, movement? What would help tomorrow?",
    ),
    Prompt(
        "old-hobby",
        "self_care",
        "What did you love doing before things went quiet inside? What would a ten-minute version look like?",
    ),
    Prompt(
        "kind-voice", "self_care", "What would you say to a friend who felt the way you feel today?"
    ),
    Prompt(
        "heard",
        "communication",
        "When did you last feel truly heard? What did the other person do?",
    ),
    Prompt(
        "unsaid",
        "communication",
        "Is there something you have wanted to tell someone close to you? What makes it hard?",
    ),
    Prompt(
        "appreciate",
        "communication",
        "Write down one thing you appreciate about someone close to you, and whether you have told them.",
    ),
    Prompt(
        "repair",
        "communication",
        "Think of a recent misunderstanding. What might the other person have been feeling?",
    ),
    Prompt(
        "trust-step",
        "communication",
        "What is one small thing you could share with someone this week, a notch more open than usual?",
    ),
    Prompt(
        "support-map",
        "professional",
        "Who could you talk to if things got harder? Think of a friend, a doctor, a counsellor, a line.",
    ),
    Prompt(
        "help-questions",
        "professional",
        "If you met a counsellor tomorrow, what would you want them to understand first?",
    ),
    Prompt(
        "progress",
        "identify",
        "What has changed, however slightly, since you started paying attention to your feelings?",
    ),
)

BY_KEY: Final[dict[str, Prompt]] = {prompt.key: prompt for prompt in PROMPTS}


def prompt_for_day(*, day: dt.date, user_id: int, offset: int = 0) -> Prompt:
    """A prompt that stays the same all day for a person; ``offset`` moves to another."""
    seed = hashlib.sha256(f"{user_id}:{day.isoformat()}".encode()).digest()
    index = (int.from_bytes(seed[:4], "big") + offset) % len(PROMPTS)
    return PROMPTS[index]
