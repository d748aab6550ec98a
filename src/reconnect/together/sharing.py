"""What a couple shares on purpose: activities they plan together, and single journal entries.

Journal entries are read only through the journal service, as their writer: a share is the
writer's explicit permission for their partner to read that one entry, while linked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core import dates
from reconnect.core.errors import NotFound, ValidationFailed
from reconnect.journal import service as journal_service
from reconnect.journal.models import JournalEntry
from reconnect.messages import Together as M
from reconnect.together import content
from reconnect.together.checkins import screen_level
from reconnect.together.linking import active_link, require_link
from reconnect.together.models import SharedActivity, SharedEntry

MAX_ACTIVITY_TITLE = 120


# Activities ------------------------------------------------------------------------------


def activity_title(activity: SharedActivity) -> str:
    """The name to show: the idea's title, or the couple's own words."""
    idea = content.idea_by_key().get(activity.idea_key or "")
    return idea.title if idea else (activity.title or "")


def list_activities(*, db: Session, user: User) -> list[SharedActivity]:
    """The couple's list: still to do (planned first, by date), then done (newest first)."""
    link = require_link(db=db, user=user)
    rows = list(db.scalars(select(SharedActivity).where(SharedActivity.link_id == link.id)))
    todo = sorted(
        (a for a in rows if a.done_on is None),
        key=lambda a: (a.planned_on is None, a.planned_on or dt.date.max, a.id),
    )
    done = sorted((a for a in rows if a.done_on is not None), key=lambda a: (a.done_on, a.id))
    return todo + done[::-1]


def add_activity(
    *, db: Session, user: User, idea_key: str | None = None, title: str | None = None
) -> SharedActivity:
    """Add an idea from the list, or the couple's own, to their shared list."""
    link = require_link(db=db, user=user)
    activity = SharedActivity(link_id=link.id, added_by=user.id)
    if idea_key:
        if idea_key not in content.idea_by_key():
            raise ValidationFailed(M.IDEA_UNKNOWN, field="idea_key")
        activity.idea_key = idea_key
    else:
        title = (title or "").strip()
        if not 1 <= len(title) <= MAX_ACTIVITY_TITLE:
            raise ValidationFailed(
                M.ACTIVITY_TITLE_INVALID.format(limit=MAX_ACTIVITY_TITLE), field="title"
            )
        activity.title = title
        activity.safety_level = screen_level([title]).level
    db.add(activity)
    db.flush()
    return activity


def get_activity_for_user(*, db: Session, user: User, activity_id: int) -> SharedActivity:
    """An activity of the person's current link; anyone else's is 'not found'."""
    link = active_link(db=db, user=user)
    activity = db.get(SharedActivity, activity_id)
    if activity is None or link is None or activity.link_id != link.id:
        raise NotFound(M.NO_ACTIVITIES)
    return activity


def plan_activity(
    *, db: Session, user: User, activity_id: int, planned_on: dt.date | None
) -> SharedActivity:
    """Set (or clear) the day the couple plans to do it."""
    activity = get_activity_for_user(db=db, user=user, activity_id=activity_id)
    activity.planned_on = planned_on
    db.flush()
    return activity


def mark_done(
    *, db: Session, user: User, activity_id: int, done: bool, today: dt.date | None = None
) -> SharedActivity:
    """Mark it done (today) or not done after all."""
    activity = get_activity_for_user(db=db, user=user, activity_id=activity_id)
    activity.done_on = (today or dates.today(user.time_zone)) if done else None
    db.flush()
    return activity


def delete_activity(*, db: Session, user: User, activity_id: int) -> None:
    """Take it off the couple's list."""
    db.delete(get_activity_for_user(db=db, user=user, activity_id=activity_id))
    db.flush()


def activities_on(*, db: Session, user: User, day: dt.date) -> list[SharedActivity]:
    """Activities the couple planned for a day and has not done yet."""
    link = active_link(db=db, user=user)
    if link is None:
        return []
    query = select(SharedActivity).where(
        SharedActivity.link_id == link.id,
        SharedActivity.planned_on == day,
        SharedActivity.done_on.is_(None),
    )
    return list(db.scalars(query))


# Shared journal entries ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SharedItem:
    """A shared entry and who wrote it."""

    share_id: int
    entry: JournalEntry
    mine: bool


def share_entry(*, db: Session, user: User, entry_id: int) -> SharedEntry:
    """Show one of the person's own journal entries to their partner."""
    link = require_link(db=db, user=user)
    entry = journal_service.get_entry_for_user(db=db, user=user, entry_id=entry_id)
    existing = db.scalar(
        select(SharedEntry).where(SharedEntry.link_id == link.id, SharedEntry.entry_id == entry.id)
    )
    if existing is not None:
        return existing
    share = SharedEntry(link_id=link.id, owner_id=user.id, entry_id=entry.id)
    db.add(share)
    db.flush()
    return share


def share_of_entry(*, db: Session, user: User, entry_id: int) -> SharedEntry | None:
    """The person's share of one of their own entries through the current link, if any."""
    link = active_link(db=db, user=user)
    if link is None:
        return None
    return db.scalar(
        select(SharedEntry).where(
            SharedEntry.link_id == link.id,
            SharedEntry.entry_id == entry_id,
            SharedEntry.owner_id == user.id,
        )
    )


def shared_entry_ids(*, db: Session, user: User) -> set[int]:
    """Ids of the person's own entries their current partner can read."""
    link = active_link(db=db, user=user)
    if link is None:
        return set()
    query = select(SharedEntry.entry_id).where(
        SharedEntry.link_id == link.id, SharedEntry.owner_id == user.id
    )
    return set(db.scalars(query))


def get_share_for_user(*, db: Session, user: User, share_id: int) -> SharedEntry:
    """A share of the person's current link (theirs or their partner's); else 'not found'."""
    link = active_link(db=db, user=user)
    share = db.get(SharedEntry, share_id)
    if share is None or link is None or share.link_id != link.id:
        raise NotFound(M.NOTHING_SHARED)
    return share


def _entry_of(db: Session, share: SharedEntry) -> JournalEntry:
    owner = db.get(User, share.owner_id)
    assert owner is not None
    return journal_service.get_entry_for_user(db=db, user=owner, entry_id=share.entry_id)


def read_shared(*, db: Session, user: User, share_id: int) -> SharedItem:
    """One shared entry, for its writer or their partner to read."""
    share = get_share_for_user(db=db, user=user, share_id=share_id)
    return SharedItem(share.id, _entry_of(db, share), share.owner_id == user.id)


def unshare(*, db: Session, user: User, share_id: int) -> None:
    """Stop showing an entry; only its writer can do this."""
    share = get_share_for_user(db=db, user=user, share_id=share_id)
    if share.owner_id != user.id:
        raise NotFound(M.NOTHING_SHARED)
    db.delete(share)
    db.flush()


def list_shared(*, db: Session, user: User) -> list[SharedItem]:
    """Every entry shared through the current link, newest share first."""
    link = require_link(db=db, user=user)
    shares = db.scalars(
        select(SharedEntry)
        .where(SharedEntry.link_id == link.id)
        .order_by(SharedEntry.created_at.desc(), SharedEntry.id.desc())
    )
    return [SharedItem(s.id, _entry_of(db, s), s.owner_id == user.id) for s in shares]
