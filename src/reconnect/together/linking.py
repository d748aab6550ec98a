"""Partner links: single-use invite codes, accepting them, unlinking, and the schedule."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core import dates
from reconnect.core.errors import Conflict, NotFound, ValidationFailed
from reconnect.core.tokens import hash_token
from reconnect.db import utcnow
from reconnect.messages import Together as M
from reconnect.together.models import PartnerInvite, PartnerLink

# No 0/O, 1/I/L or U: easy to read aloud and type. 30**10 codes, valid for two days.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
CODE_LENGTH = 10
INVITE_LIFETIME = dt.timedelta(hours=48)
TIME_PATTERN = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class NotLinked(NotFound):
    """The person has no partner, so there is nothing shared to show."""


def normalise_code(code: str) -> str:
    """The code as stored (hashed): upper case, without spaces or dashes."""
    return re.sub(r"[\s-]", "", code).upper()


def _new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


def active_link(*, db: Session, user: User) -> PartnerLink | None:
    """The person's current link, if they are linked."""
    query = (
        select(PartnerLink)
        .where(
            or_(PartnerLink.first_id == user.id, PartnerLink.second_id == user.id),
            PartnerLink.unlinked_at.is_(None),
        )
        .order_by(PartnerLink.id.desc())
        .limit(1)
    )
    return db.scalar(query)


def require_link(*, db: Session, user: User) -> PartnerLink:
    """The person's current link; 'not found' when they have none."""
    link = active_link(db=db, user=user)
    if link is None:
        raise NotLinked(M.NOT_LINKED)
    return link


def other_id(link: PartnerLink, user: User) -> int:
    """The id of the other person in a link."""
    return link.second_id if link.first_id == user.id else link.first_id


def partner_of(*, db: Session, user: User) -> User | None:
    """The person's partner while they are linked, else None."""
    link = active_link(db=db, user=user)
    return None if link is None else db.get(User, other_id(link, user))


def create_invite(
    *, db: Session, user: User, now: dt.datetime | None = None
) -> tuple[PartnerInvite, str]:
    """A new single-use code (returned once; only its hash is kept); older ones stop working."""
    if active_link(db=db, user=user) is not None:
        raise Conflict(M.ALREADY_LINKED)
    now = now or utcnow()
    _withdraw_invites(db, user, now)
    code = _new_code()
    invite = PartnerInvite(
        inviter_id=user.id,
        code_hash=hash_token(normalise_code(code)),
        expires_at=now + INVITE_LIFETIME,
        created_at=now,
    )
    db.add(invite)
    db.flush()
    return invite, code


def _withdraw_invites(db: Session, user: User, now: dt.datetime) -> None:
    db.execute(
        update(PartnerInvite)
        .where(PartnerInvite.inviter_id == user.id, PartnerInvite.used_at.is_(None))
        .values(expires_at=now)
    )


def accept_invite(
    *, db: Session, user: User, code: str, now: dt.datetime | None = None
) -> PartnerLink:
    """Link the person with whoever made the code; refused while either is linked."""
    if not normalise_code(code):
        raise ValidationFailed(M.CODE_EMPTY, field="code")
    if active_link(db=db, user=user) is not None:
        raise Conflict(M.ALREADY_LINKED)
    now = now or utcnow()
    # The invite's row, then both people's rows (in id order, so two acceptances never
    # wait on each other crosswise), stay locked until this link is stored: two people
    # accepting one code at the same moment, or someone accepting while the inviter
    # accepts another code, are decided one after the other (SQLite's write lock does the
    # same there).
    invite = db.scalar(
        select(PartnerInvite)
        .where(PartnerInvite.code_hash == hash_token(normalise_code(code)))
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if invite is None or invite.used_at is not None or invite.expires_at <= now:
        raise ValidationFailed(M.CODE_INVALID, field="code")
    if invite.inviter_id == user.id:
        raise ValidationFailed(M.OWN_CODE, field="code")
    pair = sorted({invite.inviter_id, user.id})
    db.execute(select(User.id).where(User.id.in_(pair)).order_by(User.id).with_for_update())
    if active_link(db=db, user=user) is not None:
        raise Conflict(M.ALREADY_LINKED)
    inviter = db.get(User, invite.inviter_id)
    if inviter is None or active_link(db=db, user=inviter) is not None:
        raise Conflict(M.INVITER_LINKED)
    invite.used_at = now
    link = PartnerLink(first_id=inviter.id, second_id=user.id, created_at=now)
    db.add(link)
    _withdraw_invites(db, user, now)
    db.flush()
    return link


def unlink(*, db: Session, user: User) -> None:
    """End the person's link; from now on neither side sees what was shared through it."""
    link = require_link(db=db, user=user)
    link.unlinked_at = utcnow()
    db.flush()


@dataclass(frozen=True, slots=True)
class Schedule:
    """When a couple checks in: a weekday, a time, every one or two weeks."""

    weekday: int
    time_of_day: str
    every_weeks: int
    starts: dt.date
    changed_by: int | None

    def next_on_or_after(self, day: dt.date) -> dt.date:
        """The first check-in day on or after ``day``."""
        day = max(day, self.starts)
        period = 7 * self.every_weeks
        return day + dt.timedelta(days=(-(day - self.starts).days) % period)

    def is_due(self, day: dt.date) -> bool:
        """Whether ``day`` is a check-in day."""
        return self.next_on_or_after(day) == day

    def rrule(self) -> str:
        """The RFC 5545 rule for the calendar feed."""
        return f"FREQ=WEEKLY;INTERVAL={self.every_weeks};BYDAY={BYDAY[self.weekday]}"

    def first_start(self, zone: str) -> dt.datetime:
        """The first check-in as an aware date and time in a time zone (the partner's who
        picked it)."""
        hours, minutes = (int(part) for part in self.time_of_day.split(":"))
        return dt.datetime.combine(self.starts, dt.time(hours, minutes), tzinfo=dates.zone(zone))


def schedule_of(link: PartnerLink) -> Schedule | None:
    """The link's schedule, if the couple picked one."""
    if link.weekday is None or link.time_of_day is None or link.schedule_from is None:
        return None
    return Schedule(
        link.weekday,
        link.time_of_day,
        link.every_weeks or 1,
        link.schedule_from,
        link.schedule_changed_by,
    )


def set_schedule(
    *,
    db: Session,
    user: User,
    weekday: int,
    time_of_day: str,
    every_weeks: int,
    today: dt.date | None = None,
) -> Schedule:
    """Pick the couple's check-in day and time; either partner may change it."""
    link = require_link(db=db, user=user)
    if isinstance(weekday, bool) or weekday not in range(7):
        raise ValidationFailed(M.WEEKDAY_INVALID, field="weekday")
    time_of_day = time_of_day.strip()
    if not TIME_PATTERN.match(time_of_day):
        raise ValidationFailed(M.TIME_INVALID, field="time_of_day")
    if every_weeks not in (1, 2):
        raise ValidationFailed(M.EVERY_INVALID, field="every_weeks")
    today = today or dates.today(user.time_zone)
    link.weekday, link.time_of_day, link.every_weeks = weekday, time_of_day, every_weeks
    link.schedule_from = today + dt.timedelta(days=(weekday - today.weekday()) % 7)
    link.schedule_changed_by = user.id
    db.flush()
    schedule = schedule_of(link)
    assert schedule is not None
    return schedule
