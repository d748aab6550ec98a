"""The demo couple: linked early in the story, weekly check-ins (most answered by both and
revealed, the newest waiting for the demo person), replies, shared entries and activities,
and a few check-ins and entries of the partner's own."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Final

from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.demo import texts
from reconnect.demo.story import DAYS, LINKED_ON, WORDS, Story
from reconnect.journal import service as journal_service
from reconnect.journal.vocabulary import BY_WORD
from reconnect.together import service as together_service

Job = tuple[str, Callable[[], object]]
SUNDAY: Final = 6
CHECKIN_TIME: Final = "19:30"
# The entries each partner shows the other (by title).
DEMO_SHARES: Final = ("A good talk", "Check-in with us")
PARTNER_SHARES: Final = ("Glad we talked", "My own evening")


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone()


def _words(story: Story, quadrant: str) -> list[str]:
    chosen = [w for w in WORDS[quadrant] if w in BY_WORD]
    return story.rng.sample(chosen, k=min(2, len(chosen)))


def _fields(story: Story, index: int) -> together_service.AnswerFields:
    """One partner's answer to a weekly check-in, in the week's mood."""
    rng = story.rng
    quadrant = "low_unpleasant" if index < 46 and rng.random() < 0.5 else "low_pleasant"
    return together_service.AnswerFields(
        words=_words(story, quadrant),
        feeling_note=story.pick(texts.FEELING_NOTES),
        appreciation=story.pick(texts.APPRECIATIONS),
        need=story.pick(texts.NEEDS) if rng.random() < 0.6 else "",
        vulnerable_share=story.pick(texts.SHARES) if rng.random() < 0.4 else "",
        together_wish=story.pick(texts.TOGETHER_WISHES) if rng.random() < 0.5 else "",
    )


def jobs(
    db: Session,
    demo: User,
    partner: User,
    story: Story,
    entry_ids: dict[str, int],
    now: dt.datetime,
) -> list[Job]:
    """Everything the couple does, in the order it happened (entries come first, so the
    shares find them: ``entry_ids`` is filled by the journal's jobs before these run)."""
    linked = story.day(LINKED_ON)

    def link() -> None:
        _, code = together_service.create_invite(db=db, user=demo, now=_at(linked, 9))
        together_service.accept_invite(db=db, user=partner, code=code, now=_at(linked, 10))
        together_service.set_schedule(
            db=db,
            user=demo,
            weekday=SUNDAY,
            time_of_day=CHECKIN_TIME,
            every_weeks=1,
            today=linked,
        )
        together_service.set_ladder_step(db=db, user=demo, number=2)
        together_service.set_ladder_step(db=db, user=partner, number=3)

    planned: list[Job] = [("together", link)]
    sundays = [i for i in range(LINKED_ON + 1, DAYS) if story.day(i).weekday() == SUNDAY]
    for number, index in enumerate(sundays):
        newest = number == len(sundays) - 1
        if number < len(sundays) - 4 and story.rng.random() < 0.25:
            continue  # a busy week: no check-in (the last few weeks kept a streak going)
        reply = texts.REPLIES[number % len(texts.REPLIES)] if number % 3 == 1 else None
        round_job = functools.partial(
            _round, db, demo, partner, story, index, both=not newest, reply=reply
        )
        planned.append(("together", round_job))
    planned += [
        ("together", functools.partial(_activities, db, demo, story)),
        *_partner_own(db, partner, story, now),
        ("together", functools.partial(_share, db, demo, partner, entry_ids)),
    ]
    return planned


def _round(
    db: Session,
    demo: User,
    partner: User,
    story: Story,
    index: int,
    *,
    both: bool,
    reply: str | None,
) -> None:
    """One weekly check-in: the partner answers; the demo person too unless it is the newest
    (left open, so the demo shows a check-in waiting)."""
    day = story.day(index)
    answer = together_service.submit_answer(
        db=db, user=partner, fields=_fields(story, index), today=day
    )
    if not both:
        return
    together_service.submit_answer(db=db, user=demo, fields=_fields(story, index), today=day)
    found = together_service.get_round_for_user(db=db, user=demo, round_id=answer.round_id)
    found.revealed_at = _at(day, 20)  # when they answered, not when the demo was made
    db.flush()
    if reply is not None:
        together_service.add_reply(db=db, user=partner, round_id=found.id, body=reply)


def _activities(db: Session, demo: User, story: Story) -> None:
    """Two ideas done together, and one of their own planned for the coming weekend."""
    for idea, index in (("evening-walk", 40), ("cook-new-dish", 68)):
        made = together_service.add_activity(db=db, user=demo, idea_key=idea)
        together_service.mark_done(
            db=db, user=demo, activity_id=made.id, done=True, today=story.day(index)
        )
    own = together_service.add_activity(db=db, user=demo, title=texts.ACTIVITY_TITLE)
    saturday = story.today + dt.timedelta(days=(5 - story.today.weekday()) % 7 or 7)
    together_service.plan_activity(db=db, user=demo, activity_id=own.id, planned_on=saturday)


def _partner_own(db: Session, partner: User, story: Story, now: dt.datetime) -> list[Job]:
    """A check-in every few days and three entries of the partner's own."""
    planned: list[Job] = []
    for index in range(LINKED_ON, DAYS, 4):
        at = _at(story.day(index), 21, story.rng.randrange(30))
        if at >= now:
            continue
        pleasantness, energy = story.rng.randint(0, 3), story.rng.randint(-1, 2)
        quadrant = "low_pleasant" if energy <= 0 else "high_pleasant"
        write = functools.partial(
            journal_service.create_checkin,
            db=db,
            user=partner,
            pleasantness=pleasantness or 1,
            energy=energy,
            words=_words(story, quadrant),
            at=at,
        )
        planned.append(("together", write))
    for entry, index in zip(texts.PARTNER_ENTRIES, (24, 52, 75), strict=True):
        write_entry = functools.partial(
            journal_service.create_entry,
            db=db,
            user=partner,
            body=entry.body,
            title=entry.title,
            tags=entry.tags,
            entry_date=story.day(index),
        )
        planned.append(("together", write_entry))
    return planned


def _share(db: Session, demo: User, partner: User, entry_ids: dict[str, int]) -> None:
    """Each shows the other two of their entries."""
    for title in DEMO_SHARES:
        together_service.share_entry(db=db, user=demo, entry_id=entry_ids[title])
    for entry in journal_service.list_entries(db=db, user=partner).items:
        if entry.title in PARTNER_SHARES:
            together_service.share_entry(db=db, user=partner, entry_id=entry.id)
