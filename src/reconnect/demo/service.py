"""The demo: two marked accounts with three months of sample data, written through the
domain services (so encryption, the safety screen, the search index and the monthly totals
apply exactly as they do for anyone).

Only accounts marked ``is_demo`` are ever replaced or removed; a real person who picked a
demo name is refused, never touched.
"""

from __future__ import annotations

import datetime as dt
import functools
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.assess import service as assess_service
from reconnect.core.errors import Conflict
from reconnect.data import service as data_service
from reconnect.demo import story as story_module
from reconnect.demo import texts
from reconnect.demo import together as demo_together
from reconnect.demo.story import Story
from reconnect.journal import service as journal_service
from reconnect.messages import Demo as M
from reconnect.patterns import service as patterns_service
from reconnect.plan import service as plan_service

DEMO_USERNAME: Final = "demo"
PARTNER_USERNAME: Final = "demo-partner"
NAMES: Final = (DEMO_USERNAME, PARTNER_USERNAME)
# The questionnaires taken, on which days of the story, and how strongly a heavy day shows
# in the answers (chosen so the scores start where many people start and improve).
ASSESSMENTS: Final = {
    "signs": ((3, 45, 87), 1.0),
    "phq9": ((2, 16, 30, 44, 58, 72, 86), 0.85),
    "gad7": ((2, 30, 58, 86), 0.75),
    "who5": ((2, 16, 30, 44, 58, 72, 86), 1.4),
}
PRACTICES: Final = (
    "breathing",
    "movement",
    "journaling-prompt",
    "bids-for-connection",
    "honest-sharing",
)
EVENING: Final = dt.time(21, 0)

OnProgress = Callable[[str, int, int], None]
"""Told after each item: the step (a key of ``messages.Demo.STEPS``), items done, all items."""


@dataclass(frozen=True)
class SignIn:
    """How to sign in to one demo account (the passphrase is shown once, never stored)."""

    username: str
    display_name: str
    passphrase: str


@dataclass(frozen=True)
class Made:
    """The demo just made: its sign-ins and how many of each thing it wrote."""

    sign_ins: tuple[SignIn, ...]
    counts: dict[str, int]


def demo_accounts(*, db: Session) -> list[User]:
    """The demo accounts that exist; Conflict when a demo name belongs to a real account."""
    taken = db.scalars(select(User).where(User.username.in_(NAMES)).order_by(User.id))
    for user in taken:
        if not user.is_demo:
            raise Conflict(M.NAME_TAKEN.format(username=user.username), field="username")
    return list(db.scalars(select(User).where(User.is_demo.is_(True)).order_by(User.id)))


def remove_demo(*, db: Session, data_dir: Path | None = None) -> int:
    """Delete every demo account and all that belongs to it; returns how many went."""
    accounts = demo_accounts(db=db)
    for user in accounts:
        data_service.delete_account(db=db, user=user, data_dir=data_dir)
    return len(accounts)


def new_passphrases(*, db: Session) -> tuple[SignIn, ...]:
    """Give each existing demo account a fresh passphrase (its old sign-ins end)."""
    sign_ins = []
    for user in demo_accounts(db=db):
        passphrase = _passphrase()
        accounts_service.set_password(db=db, user=user, password=passphrase)
        sign_ins.append(SignIn(user.username, user.display_name, passphrase))
    return tuple(sign_ins)


def _passphrase() -> str:
    return secrets.token_urlsafe(12)


def _account(db: Session, username: str, display_name: str) -> tuple[User, SignIn]:
    passphrase = _passphrase()
    user = accounts_service.create_user(
        db=db, username=username, password=passphrase, display_name=display_name
    )
    user.is_demo = True
    db.flush()
    return user, SignIn(username, display_name, passphrase)


Job = tuple[str, Callable[[], object]]


def create_demo(
    *,
    db: Session,
    today: dt.date,
    now: dt.datetime | None = None,
    on_progress: OnProgress | None = None,
) -> Made:
    """Make both demo accounts and their three months up to ``today`` (Conflict if any
    demo account or name already exists: remove the demo first)."""
    if demo_accounts(db=db) or db.scalar(select(User.id).where(User.username.in_(NAMES))):
        raise Conflict(M.ALREADY_THERE, field="username")
    now = now or dt.datetime.now().astimezone()
    demo, demo_sign_in = _account(db, DEMO_USERNAME, M.DEMO_NAME)
    partner, partner_sign_in = _account(db, PARTNER_USERNAME, M.PARTNER_NAME)
    accounts_service.set_starting_point(db=db, user=demo, feels_far=True, someone_far=False)
    accounts_service.set_starting_point(db=db, user=partner, feels_far=False, someone_far=True)
    story = Story(today)
    entry_ids: dict[str, int] = {}
    jobs: list[Job] = [
        *_assessment_jobs(db, demo, story),
        *_plan_jobs(db, demo, story),
        *_checkin_jobs(db, demo, story, now),
        *_entry_jobs(db, demo, story, entry_ids),
        *demo_together.jobs(db, demo, partner, story, entry_ids, now),
    ]
    counts: dict[str, int] = {}
    for done, (step, job) in enumerate(jobs, start=1):
        job()
        counts[step] = counts.get(step, 0) + 1
        if on_progress is not None:
            on_progress(step, done, len(jobs))
    return Made((demo_sign_in, partner_sign_in), counts)


def _assessment_jobs(db: Session, user: User, story: Story) -> list[Job]:
    jobs: list[Job] = []
    for slug, (days, weight) in ASSESSMENTS.items():
        instrument = assess_service.get_instrument(slug=slug)
        better_high = instrument.referral is not None and instrument.referral.at_most is not None
        items = [
            (item.id, *instrument.value_range(item), item.reverse != better_high)
            for item in instrument.items
            if not item.risk
        ]
        # A question that goes to the safety screen (PHQ-9 item 9) is always answered 0.
        risky = {item.id: instrument.value_range(item)[0] for item in instrument.items if item.risk}
        for index in days:
            answers = {**story.answers(items, index, weight=weight), **risky}
            at = dt.datetime.combine(story.day(index), EVENING).astimezone()
            note = texts.QUESTIONNAIRE_NOTE if index == days[0] else None
            submit = functools.partial(
                assess_service.submit,
                db=db,
                user=user,
                instrument=slug,
                answers=answers,
                at=at,
                note=note,
            )
            jobs.append(("questionnaires", submit))
    return jobs


def _plan_jobs(db: Session, user: User, story: Story) -> list[Job]:
    def make_plan() -> None:
        plan_service.generate_plan(db=db, user=user)
        for slug in PRACTICES:
            plan_service.add_practice(db=db, user=user, slug=slug)

    practices = [(slug, plan_service.get_practice(slug).days_per_week) for slug in PRACTICES]
    jobs: list[Job] = [("plan", make_plan)]
    for log in story.practice_logs(practices):
        write = functools.partial(
            plan_service.log_practice,
            db=db,
            user=user,
            slug=log.practice,
            rating=log.rating,
            note=log.note,
            answers=log.answers,
            done_on=log.day,
        )
        jobs.append(("logs", write))
    return jobs


def _checkin_jobs(db: Session, user: User, story: Story, now: dt.datetime) -> list[Job]:
    def write(plan: story_module.CheckInPlan) -> None:
        checkin = journal_service.create_checkin(
            db=db,
            user=user,
            pleasantness=plan.pleasantness,
            energy=plan.energy,
            words=plan.words,
            note=plan.note,
            at=plan.at,
        )
        chosen = patterns_service.clean_factors(
            sleep_hours=plan.sleep_hours,
            sleep_quality=plan.sleep_quality if plan.sleep_hours is not None else None,
            movement=plan.movement,
            people=plan.people,
            places=plan.places,
            activities=plan.activities,
        )
        patterns_service.save_for_checkin(db=db, user=user, checkin_id=checkin.id, chosen=chosen)

    return [("checkins", functools.partial(write, plan)) for plan in story.checkins(now)]


def _entry_jobs(db: Session, user: User, story: Story, entry_ids: dict[str, int]) -> list[Job]:
    def write(plan: story_module.EntryPlan) -> None:
        entry = journal_service.create_entry(
            db=db,
            user=user,
            body=plan.entry.body,
            title=plan.entry.title,
            tags=plan.entry.tags,
            entry_date=plan.day,
        )
        chosen = patterns_service.clean_factors(movement=plan.movement, people=plan.people)
        patterns_service.save_for_entry(db=db, user=user, entry_id=entry.id, chosen=chosen)
        if plan.entry.title:
            entry_ids[plan.entry.title] = entry.id

    return [("entries", functools.partial(write, plan)) for plan in story.entries()]
