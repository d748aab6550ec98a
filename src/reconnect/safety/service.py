"""Safety service: helplines, the screen, and the person's safety plan."""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core.errors import ValidationFailed as ValidationFailed
from reconnect.messages import Help as HM
from reconnect.messages import SafetyReasons as HM_REASONS
from reconnect.safety.models import PLAN_SECTIONS, SafetyPlan
from reconnect.safety.resources import BY_CODE, COUNTRIES, WORLDWIDE, Country, Line
from reconnect.safety.results import NONE
from reconnect.safety.results import ScreenResult as ScreenResult

if TYPE_CHECKING:  # the screen (patterns, numpy, the model) loads when text is first screened
    from reconnect.safety.screen import Screener

CRISIS: Final = "crisis"
CONCERN: Final = "concern"


_lock = threading.Lock()
_screeners: list[Screener] = []


def load_screener() -> Screener:
    """The process's one screener, built (and its model files checked) on first call.

    The web app calls this at start-up, so a missing or altered model stops it from starting;
    a CLI command calls it through ``screen`` when it first needs it. Raises
    ``reconnect.analysis.ModelIntegrityError`` with a message naming the file at fault.
    """
    with _lock:
        if not _screeners:
            from reconnect.analysis.risk import RiskModel
            from reconnect.safety import language, unsafe_model
            from reconnect.safety.screen import Screener

            _screeners.append(Screener(RiskModel(), unsafe=unsafe_model.load()))
            language.load()  # its file is checked here too, so a damaged one stops start-up
        return _screeners[0]


def screen(text: str) -> ScreenResult:
    """Screen one free text through the process's screener."""
    return screen_many([text])[0]


def screen_many(texts: Sequence[str]) -> list[ScreenResult]:
    """Screen several free texts in one batched model call (blank texts need no model)."""
    if not any(text.strip() for text in texts):
        return [NONE for _ in texts]
    return load_screener().screen_many(texts)


def screen_answer(*, instrument: str, item: int, value: int) -> ScreenResult:
    """Screen one questionnaire answer: a risky item answered above 0 is a crisis."""
    from reconnect.safety import screen as answers

    return answers.screen_answer(instrument=instrument, item=item, value=value)


def about_someone_else(reason: str | None) -> bool:
    """Whether a stored screen result was about someone other than the writer."""
    return reason == HM_REASONS.OTHER_AT_RISK


def unsafe_at_home(text: str) -> bool:
    """Whether a text says someone close hurts, threatens, controls or frightens the writer
    (the rules, or the learned model: ``safety.unsafe_model``)."""
    if not text.strip():
        return False
    from reconnect.safety import unsafe_model
    from reconnect.safety.rules import unsafe_at_home as found

    return found(text) or unsafe_model.load().flags([text])[0]


def help_url(
    *, source: str, reason: str | None = None, entry_id: int | None = None, text: str = ""
) -> str:
    """Where to send a person right after a crisis screen of what they wrote. The page
    always opens with the writer's own crisis panel; ``about=other`` adds what to do for
    someone else at risk, ``unsafe=1`` puts the lines for domestic abuse first."""
    url = f"/help?from={source}"
    if entry_id is not None:
        url += f"&entry={entry_id}"
    if about_someone_else(reason):
        url += "&about=other"
    if reason == HM_REASONS.UNSAFE_AT_HOME or unsafe_at_home(text):
        url += "&unsafe=1"
    return url


def is_crisis(level: str | None) -> bool:
    """Whether a stored safety level means crisis resources should be shown at once."""
    return level == CRISIS


def is_concern(level: str | None) -> bool:
    """Whether a stored safety level means professional help should be suggested gently."""
    return level == CONCERN


def is_known_country(code: str) -> bool:
    """Whether we hold helplines for this country code."""
    return code.upper() in BY_CODE


def country_choices() -> list[tuple[str, str]]:
    """(code, name) pairs for a country picker."""
    return [(country.code, country.name) for country in COUNTRIES]


def helplines_for(code: str) -> Country:
    """The person's own country first; EU-wide 112 if we do not know it."""
    return BY_CODE.get(code.upper(), BY_CODE["EU"])


def other_countries(code: str) -> list[Country]:
    """Every country except the person's own, for people travelling or abroad."""
    return [country for country in COUNTRIES if country.code != code.upper()]


def worldwide_directory() -> Line:
    """The directory of helplines in countries we do not list."""
    return WORLDWIDE


MAX_SECTION = 4_000


def get_plan_for_user(*, db: Session, user: User) -> SafetyPlan:
    """The person's own safety plan (an empty, unsaved one if they have not written it yet)."""
    plan = db.scalar(select(SafetyPlan).where(SafetyPlan.user_id == user.id))
    if plan is None:
        plan = SafetyPlan(user_id=user.id, **dict.fromkeys(PLAN_SECTIONS, ""))
    return plan


def save_plan(*, db: Session, user: User, sections: Mapping[str, str]) -> SafetyPlan:
    """Write the person's safety plan; unknown or over-long sections are refused."""
    unknown = set(sections) - set(PLAN_SECTIONS)
    if unknown:
        raise ValidationFailed(HM.PLAN_UNKNOWN_SECTION.format(names=", ".join(sorted(unknown))))
    for name, value in sections.items():
        if len(value) > MAX_SECTION:
            raise ValidationFailed(HM.PLAN_TOO_LONG.format(limit=MAX_SECTION), field=name)
    plan = get_plan_for_user(db=db, user=user)
    for name, value in sections.items():
        setattr(plan, name, value.strip())
    db.add(plan)
    db.flush()
    return plan


def plan_is_empty(plan: SafetyPlan) -> bool:
    """Whether nothing has been written in any section."""
    return not any(getattr(plan, name) for name in PLAN_SECTIONS)
