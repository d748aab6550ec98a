"""Pages for today, check-ins and the journal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, Response

from reconnect import agenda, analysis
from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.assess import service as assess_service
from reconnect.core import dates
from reconnect.core.errors import ReconnectError, ValidationFailed
from reconnect.journal import emotions as emotion_service
from reconnect.journal import prompts, service, vocabulary
from reconnect.journal.models import CheckIn, JournalEntry
from reconnect.messages import Checkins as CM
from reconnect.messages import Journal as JM
from reconnect.messages import Today
from reconnect.patterns import factors as pattern_factors
from reconnect.patterns import service as patterns_service
from reconnect.patterns.forms import FactorForm, FactorInput, form_context
from reconnect.safety import service as safety_service
from reconnect.together import service as together_service
from reconnect.web.deps import CurrentUser, DbSession, OptionalUser
from reconnect.web.forms import redirect, register_notices
from reconnect.web.templating import is_htmx, render

router = APIRouter()
register_notices(
    {
        "checkin_saved": CM.SAVED,
        "checkin_deleted": CM.DELETED,
        "checkin_updated": CM.UPDATED,
        "entry_saved": JM.SAVED,
        "entry_updated": JM.UPDATED,
        "entry_deleted": JM.DELETED,
        "emotions_corrected": JM.CORRECTED,
    }
)
FormText = Annotated[str, Form()]
PageNumber = Annotated[int, Query(ge=1, le=100_000)]


@router.get("/", response_class=HTMLResponse)
def home(request: Request, db: DbSession, user: OptionalUser) -> Response:
    if user is None:
        if accounts_service.count_users(db=db) == 0:
            return redirect("/setup")
        return render(request, "journal/welcome.html")
    context = {
        "prompt": prompts.prompt_for_day(day=dates.today(user.time_zone), user_id=user.id),
        "checkins": service.list_checkins(db=db, user=user, size=3).items,
        "entries": service.list_entries(db=db, user=user, size=3).items,
        "agenda": agenda.today_items(db=db, user=user, today=dates.today(user.time_zone)),
        "for_you": for_you(user, taken=assess_service.taken_slugs(db=db, user=user)),
    }
    return render(request, "journal/today.html", context)


def for_you(user: User, *, taken: set[str]) -> list[tuple[str, str]]:
    """Today's first suggestions, from where the person said they start (a reflection
    already taken is offered as its history, to look back or take again)."""
    feels_far, someone_far = accounts_service.starts_with(user)
    chosen = [
        *(Today.FOR_SELF if feels_far else ()),
        *(Today.FOR_SUPPORTING if someone_far else ()),
    ]
    return [_taken_link(href, label, taken) for href, label in chosen]


def _taken_link(href: str, label: str, taken: set[str]) -> tuple[str, str]:
    slug = href.removeprefix("/assess/")
    if href.startswith("/assess/") and slug in taken:
        return f"{href}/history", Today.TAKEN.format(label=label)
    return href, label


def _checkin_page(
    request: Request,
    db: DbSession,
    user: User,
    *,
    error: str | None = None,
    values: dict[str, object] | None = None,
    factor_values: FactorForm | None = None,
    editing: CheckIn | None = None,
) -> HTMLResponse:
    """The check-in form: the grid first; the words (and the rest) once a spot is chosen,
    which ``values`` says by holding the grid values as numbers.

    A refused form keeps what was typed, and a typed note that reads as a crisis brings
    the person's crisis lines at once, though nothing was saved.
    """
    values = values or {"pleasantness": 0, "energy": 0, "words": [], "note": ""}
    context: dict[str, object] = {
        "error": error,
        "values": values,
        "choice": _word_choice(db, user, values),
    }
    status = 422 if error else 200
    if is_htmx(request):  # each move of the spot: the words alone, nothing else to load
        return render(request, _WORDS_FRAGMENT, context, status_code=status)
    history = service.list_checkins(db=db, user=user, size=10).items
    picked = patterns_service.factors_for_checkins(
        db=db, user=user, checkin_ids=[c.id for c in history]
    )
    context |= {
        "editing": editing,
        **_help_for_refused(user, error, str(values.get("note") or "")),
        "history": history,
        "by_word": vocabulary.BY_WORD,
        "factor_phrases": {i: pattern_factors.summary(f) for i, f in picked.items()},
        **form_context(db, user, factor_values),
    }
    return render(request, "journal/checkin.html", context, status_code=status)


_WORDS_FRAGMENT = "journal/_checkin_words.html"
_FAVOURITES_DAYS = 90


def _word_choice(
    db: DbSession, user: User, values: dict[str, object]
) -> vocabulary.WordChoice | None:
    """The words for the chosen spot, the person's own most used first; None before a
    spot is chosen (the first step) or when the spot is not a valid one."""
    spot = values.get("spot")
    if not isinstance(spot, tuple):
        return None
    today = dates.today(user.time_zone)
    favourites = service.chosen_word_counts(
        db=db,
        user=user,
        start=today - dt.timedelta(days=_FAVOURITES_DAYS),
        end=today,
        limit=len(vocabulary.VOCABULARY),
    )
    chosen = values.get("words")
    return vocabulary.choose_words(
        *spot,
        favourites=[word for word, _ in favourites],
        chosen=chosen if isinstance(chosen, list) else [],
    )


@dataclass(frozen=True)
class CheckInFields:
    """The check-in form as typed (kept so that a refused form can be shown again)."""

    pleasantness: str = ""
    energy: str = ""
    words: list[str] = field(default_factory=list)
    note: str = ""

    def values(self) -> dict[str, object]:
        """The fields for the template, with ``spot`` when both grid values are valid."""
        values: dict[str, object] = {
            "pleasantness": self.pleasantness,
            "energy": self.energy,
            "words": self.words,
            "note": self.note,
        }
        try:
            spot = self.grid()
            service.validate_grid(*spot)
        except ValidationFailed:
            return values
        return {**values, "spot": spot}

    def grid(self) -> tuple[int, int]:
        """(pleasantness, energy) as whole numbers; raises with a clear message."""
        try:
            return int(self.pleasantness.strip()), int(self.energy.strip())
        except ValueError as exc:
            raise ValidationFailed(CM.GRID_INVALID, field="pleasantness") from exc


def _checkin_fields(
    pleasantness: FormText = "",
    energy: FormText = "",
    words: Annotated[list[str] | None, Form()] = None,
    note: FormText = "",
) -> CheckInFields:
    return CheckInFields(pleasantness, energy, words or [], note)


CheckInInput = Annotated[CheckInFields, Depends(_checkin_fields)]


@router.get("/checkin", response_class=HTMLResponse)
def checkin_page(request: Request, db: DbSession, user: CurrentUser) -> Response:
    return _checkin_page(request, db, user)


@router.post("/checkin/words", response_class=HTMLResponse)
def checkin_words(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    fields: CheckInInput,
    checkin_id: Annotated[int | None, Form()] = None,
) -> Response:
    """The second step: the words for the chosen spot (a fragment for HTMX, which asks
    each time the spot moves; a whole page without JavaScript). Nothing is saved."""
    values = fields.values()
    editing = None
    if checkin_id is not None:
        editing = service.get_checkin_for_user(db=db, user=user, checkin_id=checkin_id)
    error = None if "spot" in values else CM.GRID_INVALID
    return _checkin_page(
        request,
        db,
        user,
        error=error,
        values=values,
        factor_values=FactorForm(),
        editing=editing,
    )


@router.post("/checkin")
def create_checkin(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    factor_input: FactorInput,
    fields: CheckInInput,
) -> Response:
    return _save_checkin(request, db, user, factor_input, fields, editing=None)


def _save_checkin(
    request: Request,
    db: DbSession,
    user: User,
    factor_input: FactorForm,
    fields: CheckInFields,
    *,
    editing: CheckIn | None,
) -> Response:
    """Save a new check-in or a change to ``editing``; a refused form is shown again as
    typed; a note that reads as a crisis goes to help first."""
    try:
        chosen = factor_input.parse()
        pleasantness, energy = fields.grid()
        words, note = fields.words, fields.note
        if editing is None:
            checkin = service.create_checkin(
                db=db, user=user, pleasantness=pleasantness, energy=energy, words=words, note=note
            )
        else:
            checkin = service.update_checkin(
                db=db,
                user=user,
                checkin_id=editing.id,
                pleasantness=pleasantness,
                energy=energy,
                words=words,
                note=note,
            )
        patterns_service.save_for_checkin(db=db, user=user, checkin_id=checkin.id, chosen=chosen)
    except ReconnectError as exc:
        return _checkin_page(
            request,
            db,
            user,
            error=exc.message,
            values=fields.values(),
            factor_values=factor_input,
            editing=editing,
        )
    if safety_service.is_crisis(checkin.safety_level):
        return redirect(
            safety_service.help_url(
                source="checkin", reason=checkin.safety_reason, text=checkin.note or ""
            )
        )
    return redirect("/checkin", notice="checkin_updated" if editing else "checkin_saved")


@router.get("/checkin/{checkin_id}/edit", response_class=HTMLResponse)
def edit_checkin_page(
    request: Request, db: DbSession, user: CurrentUser, checkin_id: int
) -> Response:
    checkin = service.get_checkin_for_user(db=db, user=user, checkin_id=checkin_id)
    stored = patterns_service.factors_for_checkins(db=db, user=user, checkin_ids=[checkin.id])
    values: dict[str, object] = {
        "pleasantness": checkin.pleasantness,
        "energy": checkin.energy,
        "spot": (checkin.pleasantness, checkin.energy),
        "words": list(checkin.words),
        "note": checkin.note or "",
    }
    factor_values = FactorForm.of(stored.get(checkin.id, pattern_factors.Factors()))
    return _checkin_page(
        request, db, user, values=values, factor_values=factor_values, editing=checkin
    )


@router.post("/checkin/{checkin_id}/edit")
def update_checkin(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    factor_input: FactorInput,
    fields: CheckInInput,
    checkin_id: int,
) -> Response:
    checkin = service.get_checkin_for_user(db=db, user=user, checkin_id=checkin_id)
    return _save_checkin(request, db, user, factor_input, fields, editing=checkin)


@router.post("/checkin/{checkin_id}/delete")
def delete_checkin(db: DbSession, user: CurrentUser, checkin_id: int) -> Response:
    service.delete_checkin(db=db, user=user, checkin_id=checkin_id)
    return redirect("/checkin", notice="checkin_deleted")


@router.get("/journal", response_class=HTMLResponse)
def journal_list(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    q: str = "",
    tag: str = "",
    page: PageNumber = 1,
) -> Response:
    if q.strip():
        results = service.search_entries(db=db, user=user, query=q, page=page)
    else:
        results = service.list_entries(db=db, user=user, page=page, tag=tag or None)
    context = {
        "results": results,
        "q": q,
        "tag": tag,
        "tags": service.list_tags(db=db, user=user),
        "shared": together_service.shared_entry_ids(db=db, user=user),
    }
    return render(request, "journal/list.html", context, fragment="journal/_entries.html")


def _help_for_refused(user: User, error: str | None, text: str) -> dict[str, object]:
    """For a refused form (nothing saved): whether what was typed reads as a crisis, and
    then the person's own lines, so that help comes at once even though the save did not."""
    crisis = bool(error and text.strip()) and safety_service.is_crisis(
        safety_service.screen(text).level
    )
    return {
        "draft_crisis": crisis,
        "home": safety_service.helplines_for(user.country) if crisis else None,
    }


def _typed_text(values: dict[str, str] | None) -> str:
    """An entry's text as the screen reads it (title, then body)."""
    title, body = (values or {}).get("title", ""), (values or {}).get("body", "")
    return f"{title}. {body}" if title.strip() else body


def _entry_form(
    request: Request,
    db: DbSession,
    user: User,
    *,
    entry_id: int | None = None,
    error: str | None = None,
    values: dict[str, str] | None = None,
    offset: int = 0,
    factor_values: FactorForm | None = None,
    named_feelings: list[str] | None = None,
) -> HTMLResponse:
    used = prompts.BY_KEY.get((values or {}).get("prompt_key", ""))  # kept when a save is refused
    context = {
        "entry_id": entry_id,
        "named_feelings": named_feelings,
        "error": error,
        "values": values or {"entry_date": dates.today(user.time_zone).isoformat()},
        "prompt": used
        or prompts.prompt_for_day(day=dates.today(user.time_zone), user_id=user.id, offset=offset),
        "prompt_used": used is not None,
        "offset": offset,
        **_help_for_refused(user, error, _typed_text(values)),
        **form_context(db, user, factor_values),
    }
    return render(request, "journal/form.html", context, status_code=422 if error else 200)


@router.get("/journal/markers", response_class=HTMLResponse)
def markers_page(request: Request, db: DbSession, user: CurrentUser) -> Response:
    weeks = emotion_service.weekly_markers(db=db, user=user)
    return render(request, "journal/markers.html", {"weeks": list(reversed(weeks))[:26]})


@router.get("/journal/new", response_class=HTMLResponse)
def new_entry_page(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    offset: Annotated[int, Query(ge=0, le=1000)] = 0,
) -> Response:
    return _entry_form(request, db, user, offset=offset)


@router.get("/journal/prompt", response_class=HTMLResponse)
def prompt_fragment(
    request: Request, user: CurrentUser, offset: Annotated[int, Query(ge=0, le=1000)] = 0
) -> Response:
    prompt = prompts.prompt_for_day(day=dates.today(user.time_zone), user_id=user.id, offset=offset)
    return render(request, "journal/_prompt.html", {"prompt": prompt, "offset": offset})


def _parse_entry_date(raw: str) -> dt.date | None:
    if not raw.strip():
        return None
    day = dates.parse_date(raw)
    if day is None:
        raise ValidationFailed(JM.DATE_INVALID.format(value=raw), field="entry_date")
    return day


@router.post("/journal")
def create_entry(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    factor_input: FactorInput,
    body: FormText = "",
    title: FormText = "",
    tags: FormText = "",
    entry_date: FormText = "",
    prompt_key: FormText = "",
) -> Response:
    values = {"body": body, "title": title, "tags": tags, "entry_date": entry_date}
    values["prompt_key"] = prompt_key
    try:
        chosen = factor_input.parse()
        entry = service.create_entry(
            db=db,
            user=user,
            body=body,
            title=title,
            tags=tags,
            entry_date=_parse_entry_date(entry_date),
            prompt_key=prompt_key if prompt_key in prompts.BY_KEY else None,
        )
        patterns_service.save_for_entry(db=db, user=user, entry_id=entry.id, chosen=chosen)
    except ReconnectError as exc:
        return _entry_form(
            request, db, user, error=exc.message, values=values, factor_values=factor_input
        )
    if safety_service.is_crisis(entry.safety_level):
        return redirect(_help_after(entry))
    return redirect(f"/journal/{entry.id}", notice="entry_saved")


def _help_after(entry: JournalEntry) -> str:
    """The help page to open right after saving an entry the screen read as a crisis."""
    return safety_service.help_url(
        source="entry",
        reason=entry.safety_reason,
        entry_id=entry.id,
        text=emotion_service.text_of(entry),
    )


@router.get("/journal/{entry_id}", response_class=HTMLResponse)
def entry_page(request: Request, db: DbSession, user: CurrentUser, entry_id: int) -> Response:
    entry = service.get_entry_for_user(db=db, user=user, entry_id=entry_id)
    partner = together_service.partner_of(db=db, user=user)
    context = {
        "entry": entry,
        "partner_name": (partner.display_name or partner.username) if partner else None,
        "share": (
            together_service.share_of_entry(db=db, user=user, entry_id=entry.id)
            if partner
            else None
        ),
        "prompt": prompts.BY_KEY.get(entry.prompt_key or ""),
        "labels": analysis.LABELS,
        "shown": emotion_service.shown_emotions(entry),
        "phrases": pattern_factors.summary(
            patterns_service.factors_for_entry(db=db, user=user, entry_id=entry.id)
        ),
    }
    return render(request, "journal/entry.html", context)


@router.post("/journal/{entry_id}/emotions")
def correct_entry_emotions(
    db: DbSession,
    user: CurrentUser,
    entry_id: int,
    emotions: Annotated[list[str] | None, Form()] = None,
) -> Response:
    entry = service.get_entry_for_user(db=db, user=user, entry_id=entry_id)
    emotion_service.correct_emotions(db=db, item=entry, emotions=emotions or [])
    return redirect(f"/journal/{entry.id}", notice="emotions_corrected")


@router.post("/checkin/{checkin_id}/emotions")
def correct_checkin_emotions(
    db: DbSession,
    user: CurrentUser,
    checkin_id: int,
    emotions: Annotated[list[str] | None, Form()] = None,
) -> Response:
    checkin = service.get_checkin_for_user(db=db, user=user, checkin_id=checkin_id)
    emotion_service.correct_emotions(db=db, item=checkin, emotions=emotions or [])
    return redirect("/checkin", notice="emotions_corrected")


@router.get("/journal/{entry_id}/edit", response_class=HTMLResponse)
def edit_entry_page(request: Request, db: DbSession, user: CurrentUser, entry_id: int) -> Response:
    entry = service.get_entry_for_user(db=db, user=user, entry_id=entry_id)
    values = {
        "body": entry.body,
        "title": entry.title or "",
        "entry_date": entry.entry_date.isoformat(),
        "tags": ", ".join(tag.name for tag in entry.tags),
    }
    chosen = patterns_service.factors_for_entry(db=db, user=user, entry_id=entry.id)
    return _entry_form(
        request,
        db,
        user,
        entry_id=entry.id,
        values=values,
        factor_values=FactorForm.of(chosen),
        named_feelings=entry.corrected_emotions,
    )


@router.post("/journal/{entry_id}/edit")
def update_entry(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    entry_id: int,
    factor_input: FactorInput,
    body: FormText = "",
    title: FormText = "",
    tags: FormText = "",
    entry_date: FormText = "",
) -> Response:
    named = service.get_entry_for_user(db=db, user=user, entry_id=entry_id).corrected_emotions
    values = {"body": body, "title": title, "tags": tags, "entry_date": entry_date}
    try:
        chosen = factor_input.parse()
        entry = service.update_entry(
            db=db,
            user=user,
            entry_id=entry_id,
            body=body,
            title=title,
            tags=tags,
            entry_date=_parse_entry_date(entry_date),
        )
        patterns_service.save_for_entry(db=db, user=user, entry_id=entry.id, chosen=chosen)
    except ReconnectError as exc:
        return _entry_form(
            request,
            db,
            user,
            entry_id=entry_id,
            error=exc.message,
            values=values,
            factor_values=factor_input,
            named_feelings=named,
        )
    if safety_service.is_crisis(entry.safety_level):
        return redirect(_help_after(entry))
    return redirect(f"/journal/{entry.id}", notice="entry_updated")


@router.post("/journal/{entry_id}/delete")
def delete_entry(request: Request, db: DbSession, user: CurrentUser, entry_id: int) -> Response:
    service.delete_entry(db=db, user=user, entry_id=entry_id)
    if is_htmx(request):
        return HTMLResponse("")
    return redirect("/journal", notice="entry_deleted")
