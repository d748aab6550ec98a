"""Together service: the one module other domains and the interfaces use.

Linking, check-ins and sharing live in their own modules; this one gathers them and adds
what other domains ask for: the partner, the check-in streak, and items for the Today page
and the calendar feed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core import dates
from reconnect.core.agenda import CalendarItem, TodayItem
from reconnect.messages import Together as M
from reconnect.together.checkins import TEXT_FIELDS as TEXT_FIELDS
from reconnect.together.checkins import AnswerFields as AnswerFields
from reconnect.together.checkins import RoundSummary as RoundSummary
from reconnect.together.checkins import RoundView as RoundView
from reconnect.together.checkins import add_reply as add_reply
from reconnect.together.checkins import answer_of, open_round, opened_on
from reconnect.together.checkins import checkin_streak as checkin_streak
from reconnect.together.checkins import current_view as current_view
from reconnect.together.checkins import get_round_for_user as get_round_for_user
from reconnect.together.checkins import ladder_step as ladder_step
from reconnect.together.checkins import list_rounds as list_rounds
from reconnect.together.checkins import set_ladder_step as set_ladder_step
from reconnect.together.checkins import share_prompt as share_prompt
from reconnect.together.checkins import submit_answer as submit_answer
from reconnect.together.checkins import view_round as view_round
from reconnect.together.content import Idea as Idea
from reconnect.together.content import Step as Step
from reconnect.together.content import ideas as ideas
from reconnect.together.content import ladder as ladder
from reconnect.together.linking import NotLinked as NotLinked
from reconnect.together.linking import Schedule as Schedule
from reconnect.together.linking import accept_invite as accept_invite
from reconnect.together.linking import active_link as active_link
from reconnect.together.linking import create_invite as create_invite
from reconnect.together.linking import other_id
from reconnect.together.linking import partner_of as partner_of
from reconnect.together.linking import require_link as require_link
from reconnect.together.linking import schedule_of as schedule_of
from reconnect.together.linking import set_schedule as set_schedule
from reconnect.together.linking import unlink as unlink
from reconnect.together.models import PartnerLink
from reconnect.together.sharing import SharedItem as SharedItem
from reconnect.together.sharing import activities_on
from reconnect.together.sharing import activity_title as activity_title
from reconnect.together.sharing import add_activity as add_activity
from reconnect.together.sharing import delete_activity as delete_activity
from reconnect.together.sharing import get_activity_for_user as get_activity_for_user
from reconnect.together.sharing import get_share_for_user as get_share_for_user
from reconnect.together.sharing import list_activities as list_activities
from reconnect.together.sharing import list_shared as list_shared
from reconnect.together.sharing import mark_done as mark_done
from reconnect.together.sharing import plan_activity as plan_activity
from reconnect.together.sharing import read_shared as read_shared
from reconnect.together.sharing import share_entry as share_entry
from reconnect.together.sharing import share_of_entry as share_of_entry
from reconnect.together.sharing import shared_entry_ids as shared_entry_ids
from reconnect.together.sharing import unshare as unshare

CHECKIN_LENGTH = dt.timedelta(minutes=30)


def schedule_for(*, db: Session, user: User) -> Schedule | None:
    """The couple's schedule, if linked and one was picked."""
    link = active_link(db=db, user=user)
    return None if link is None else schedule_of(link)


def _checkin_detail(db: Session, user: User, link: PartnerLink, today: dt.date) -> str | None:
    current = open_round(db=db, link=link)
    if current is not None:
        if answer_of(db, current.id, user.id) is not None:
            return None  # answered; waiting for the partner
        partner_done = answer_of(db, current.id, other_id(link, user)) is not None
        return M.TODAY_PARTNER_WAITING if partner_done else M.TODAY_OPEN
    schedule = schedule_of(link)
    if schedule is None or not schedule.is_due(today) or opened_on(db=db, link=link, day=today):
        return None
    return M.TODAY_DUE


def today_items(*, db: Session, user: User, today: dt.date) -> list[TodayItem]:
    """An open or due check-in waiting for this partner, and activities planned today."""
    link = active_link(db=db, user=user)
    if link is None:
        return []
    items = []
    detail = _checkin_detail(db, user, link, today)
    if detail is not None:
        items.append(
            TodayItem("together:checkin", M.TODAY_CHECKIN, detail, "/together/checkin", "together")
        )
    for activity in activities_on(db=db, user=user, day=today):
        items.append(
            TodayItem(
                f"together:activity:{activity.id}",
                activity_title(activity),
                M.TODAY_ACTIVITY,
                "/together/activities",
                "together",
            )
        )
    return items


def calendar_items(*, db: Session, user: User) -> list[CalendarItem]:
    """The couple's repeating check-in, for each partner's calendar feed."""
    link = active_link(db=db, user=user)
    schedule = None if link is None else schedule_of(link)
    if link is None or schedule is None:
        return []
    return [
        CalendarItem(
            uid=f"together-checkin-{link.id}@reconnect",
            title=M.CALENDAR_TITLE,
            description=M.CALENDAR_DESCRIPTION,
            starts=schedule.first_start(_schedule_zone(db, user, schedule)),
            duration=CHECKIN_LENGTH,
            rrule=schedule.rrule(),
            href="/together/checkin",
        )
    ]


def _schedule_zone(db: Session, user: User, schedule: Schedule) -> str:
    """Whose zone the couple's time is read in: the partner's who picked it (both
    calendars then show the same moment), else the person's own."""
    chooser = db.get(User, schedule.changed_by) if schedule.changed_by else None
    return (chooser or user).time_zone


def invite_message(*, code: str, expires_at: dt.datetime, zone: str | None = None) -> str:
    """The gentle message offered with a new invite code (the person edits and sends it);
    its expiry is told in the writer's time zone."""
    when = dates.human_datetime(expires_at, zone)
    return M.INVITE_MESSAGE.format(code=code, when=when)
