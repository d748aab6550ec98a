"""REST API for Together (``/api/v1/together``)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from reconnect.accounts.models import User
from reconnect.core import dates
from reconnect.together import service
from reconnect.together.models import SharedActivity
from reconnect.together.schemas import (
    AcceptIn,
    ActivityIn,
    ActivityOut,
    ActivityUpdate,
    AnswerIn,
    AnswerOut,
    IdeaOut,
    InviteOut,
    LadderIn,
    LadderOut,
    MyAnswerOut,
    ReplyIn,
    ReplyOut,
    RoundOut,
    RoundSummaryOut,
    ScheduleIO,
    SharedEntryOut,
    ShareIn,
    StatusOut,
)
from reconnect.web.deps import ApiUser, DbSession

router = APIRouter(prefix="/api/v1/together", tags=["together"])


def _schedule(schedule: service.Schedule | None) -> ScheduleIO | None:
    if schedule is None:
        return None
    return ScheduleIO(
        weekday=schedule.weekday, time_of_day=schedule.time_of_day, every_weeks=schedule.every_weeks
    )


@router.get("", response_model=StatusOut)
def status(db: DbSession, user: ApiUser) -> StatusOut:
    """Who the caller is linked with, the schedule, the streak and the open check-in."""
    partner = service.partner_of(db=db, user=user)
    schedule = service.schedule_for(db=db, user=user)
    current = service.current_view(db=db, user=user) if partner else None
    return StatusOut(
        linked=partner is not None,
        partner_username=partner.username if partner else None,
        partner_name=(partner.display_name or partner.username) if partner else None,
        schedule=_schedule(schedule),
        next_checkin=schedule.next_on_or_after(dates.today(user.time_zone)) if schedule else None,
        streak=service.checkin_streak(db=db, user=user, today=dates.today(user.time_zone)),
        open_checkin_id=current.round.id if current else None,
        ladder_step=service.ladder_step(db=db, user=user).number,
    )


@router.post("/invites", response_model=InviteOut, status_code=201)
def create_invite(db: DbSession, user: ApiUser) -> InviteOut:
    """Make a single-use invite code (shown once) for the caller's partner."""
    invite, code = service.create_invite(db=db, user=user)
    message = service.invite_message(code=code, expires_at=invite.expires_at, zone=user.time_zone)
    return InviteOut(code=code, expires_at=invite.expires_at, message=message)


@router.post("/accept", response_model=StatusOut)
def accept_invite(db: DbSession, user: ApiUser, body: AcceptIn) -> StatusOut:
    """Link with the partner who made the code."""
    service.accept_invite(db=db, user=user, code=body.code)
    return status(db, user)


@router.post("/unlink", status_code=204)
def unlink(db: DbSession, user: ApiUser) -> Response:
    """Unlink; from now on nothing is shared."""
    service.unlink(db=db, user=user)
    return Response(status_code=204)


@router.put("/schedule", response_model=ScheduleIO)
def set_schedule(db: DbSession, user: ApiUser, body: ScheduleIO) -> ScheduleIO:
    """Pick the couple's check-in day, time and rhythm (either partner may)."""
    schedule = service.set_schedule(
        db=db, user=user, **body.model_dump(), today=dates.today(user.time_zone)
    )
    result = _schedule(schedule)
    assert result is not None
    return result


def _round_out(view: service.RoundView, user: User) -> RoundOut:
    return RoundOut(
        id=view.round.id,
        opened_on=view.round.opened_on,
        revealed=view.revealed,
        partner_answered=view.partner_answered,
        mine=MyAnswerOut.model_validate(view.mine) if view.mine else None,
        partner=AnswerOut.model_validate(view.theirs) if view.theirs else None,
        replies=[
            ReplyOut(id=r.id, mine=r.user_id == user.id, body=r.body, created_at=r.created_at)
            for r in view.replies
        ],
        listening_prompts=[view.reflect, view.curious] if view.revealed else [],
        help_url="/help" if view.needs_help or view.partner_at_risk else None,
        partner_at_risk=view.partner_at_risk,
    )


@router.get("/checkins", response_model=list[RoundSummaryOut])
def list_checkins(db: DbSession, user: ApiUser) -> list[RoundSummaryOut]:
    """The couple's check-ins, newest first."""
    return [
        RoundSummaryOut(
            id=r.round_id,
            opened_on=r.opened_on,
            revealed=r.revealed,
            i_answered=r.i_answered,
            partner_answered=r.partner_answered,
        )
        for r in service.list_rounds(db=db, user=user)
    ]


@router.post("/checkins", response_model=RoundOut, status_code=201)
def submit_answer(db: DbSession, user: ApiUser, body: AnswerIn) -> RoundOut:
    """Answer the open check-in (starting one if none is open); replaces an earlier answer
    until the partner has answered."""
    answer = service.submit_answer(
        db=db,
        user=user,
        fields=service.AnswerFields(**body.model_dump()),
        today=dates.today(user.time_zone),
    )
    return _round_out(service.view_round(db=db, user=user, round_id=answer.round_id), user)


@router.get("/checkins/{round_id}", response_model=RoundOut)
def get_checkin(db: DbSession, user: ApiUser, round_id: int) -> RoundOut:
    """A check-in; the partner's answer is null until the caller has answered too."""
    return _round_out(service.view_round(db=db, user=user, round_id=round_id), user)


@router.post("/checkins/{round_id}/replies", response_model=RoundOut, status_code=201)
def add_reply(db: DbSession, user: ApiUser, round_id: int, body: ReplyIn) -> RoundOut:
    """Reply under a revealed check-in."""
    service.add_reply(db=db, user=user, round_id=round_id, body=body.body)
    return _round_out(service.view_round(db=db, user=user, round_id=round_id), user)


def _ladder_out(step: service.Step, user: User) -> LadderOut:
    return LadderOut(
        step=step.number,
        title=step.title,
        about=step.about,
        prompt=service.share_prompt(step, dates.today(user.time_zone)),
        steps=len(service.ladder()),
    )


@router.get("/ladder", response_model=LadderOut)
def get_ladder(db: DbSession, user: ApiUser) -> LadderOut:
    """The caller's own step on the vulnerability ladder (never shown to the partner)."""
    return _ladder_out(service.ladder_step(db=db, user=user), user)


@router.put("/ladder", response_model=LadderOut)
def set_ladder(db: DbSession, user: ApiUser, body: LadderIn) -> LadderOut:
    """Move to the step the caller chooses."""
    return _ladder_out(service.set_ladder_step(db=db, user=user, number=body.step), user)


def _activity_out(activity: SharedActivity) -> ActivityOut:
    return ActivityOut(
        id=activity.id,
        idea_key=activity.idea_key,
        title=service.activity_title(activity),
        planned_on=activity.planned_on,
        done_on=activity.done_on,
    )


@router.get("/ideas", response_model=list[IdeaOut])
def list_ideas() -> list[IdeaOut]:
    """Shared activity ideas."""
    return [IdeaOut(key=i.key, title=i.title, kind=i.kind, about=i.about) for i in service.ideas()]


@router.get("/activities", response_model=list[ActivityOut])
def list_activities(db: DbSession, user: ApiUser) -> list[ActivityOut]:
    """The couple's shared list."""
    return [_activity_out(a) for a in service.list_activities(db=db, user=user)]


@router.post("/activities", response_model=ActivityOut, status_code=201)
def add_activity(db: DbSession, user: ApiUser, body: ActivityIn) -> ActivityOut:
    """Add an idea or the couple's own activity."""
    return _activity_out(
        service.add_activity(db=db, user=user, idea_key=body.idea_key, title=body.title)
    )


@router.put("/activities/{activity_id}", response_model=ActivityOut)
def update_activity(
    db: DbSession, user: ApiUser, activity_id: int, body: ActivityUpdate
) -> ActivityOut:
    """Plan a date and/or mark done; only the fields sent change."""
    activity = service.get_activity_for_user(db=db, user=user, activity_id=activity_id)
    if "planned_on" in body.model_fields_set:
        service.plan_activity(db=db, user=user, activity_id=activity.id, planned_on=body.planned_on)
    if body.done is not None:
        service.mark_done(
            db=db,
            user=user,
            activity_id=activity.id,
            done=body.done,
            today=dates.today(user.time_zone),
        )
    return _activity_out(activity)


@router.delete("/activities/{activity_id}", status_code=204)
def delete_activity(db: DbSession, user: ApiUser, activity_id: int) -> Response:
    """Take an activity off the couple's list."""
    service.delete_activity(db=db, user=user, activity_id=activity_id)
    return Response(status_code=204)


def _shared_out(item: service.SharedItem) -> SharedEntryOut:
    entry = item.entry
    return SharedEntryOut(
        id=item.share_id,
        mine=item.mine,
        entry_date=entry.entry_date,
        title=entry.title,
        body=entry.body,
    )


@router.get("/shares", response_model=list[SharedEntryOut])
def list_shares(db: DbSession, user: ApiUser) -> list[SharedEntryOut]:
    """Journal entries shared through the link: the caller's and their partner's."""
    return [_shared_out(item) for item in service.list_shared(db=db, user=user)]


@router.post("/shares", response_model=SharedEntryOut, status_code=201)
def share_entry(db: DbSession, user: ApiUser, body: ShareIn) -> SharedEntryOut:
    """Show one of the caller's journal entries to their partner."""
    share = service.share_entry(db=db, user=user, entry_id=body.entry_id)
    return _shared_out(service.read_shared(db=db, user=user, share_id=share.id))


@router.get("/shares/{share_id}", response_model=SharedEntryOut)
def get_share(db: DbSession, user: ApiUser, share_id: int) -> SharedEntryOut:
    """One shared entry (read-only for the partner)."""
    return _shared_out(service.read_shared(db=db, user=user, share_id=share_id))


@router.delete("/shares/{share_id}", status_code=204)
def unshare(db: DbSession, user: ApiUser, share_id: int) -> Response:
    """Stop sharing an entry (only its writer can)."""
    service.unshare(db=db, user=user, share_id=share_id)
    return Response(status_code=204)
