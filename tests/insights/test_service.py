from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.analysis import markers
from reconnect.core.errors import ValidationFailed
from reconnect.insights import sections, service
from reconnect.insights.periods import between, period_for
from reconnect.journal import service as journal_service
from tests.insights.data import TODAY, add_checkin, add_entry


def _days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def test_each_range_ends_today_and_reaches_back_its_length() -> None:
    assert period_for("month", today=TODAY).start == _days_ago(29)
    assert period_for("quarter", today=TODAY).start == _days_ago(90)
    assert period_for("year", today=TODAY).start == _days_ago(364)
    assert period_for("all", today=TODAY, first_day=dt.date(2020, 1, 5)).start == dt.date(
        2020, 1, 5
    )


def test_ranges_group_by_day_week_or_month() -> None:
    assert period_for("month", today=TODAY).bucket == "day"
    assert period_for("quarter", today=TODAY).bucket == "week"
    assert period_for("year", today=TODAY).bucket == "week"
    assert period_for("all", today=TODAY, first_day=dt.date(2016, 1, 1)).bucket == "month"


def test_an_unknown_range_or_a_backwards_one_is_refused() -> None:
    with pytest.raises(ValidationFailed):
        period_for("decade", today=TODAY)
    with pytest.raises(ValidationFailed):
        between(TODAY, _days_ago(1))


def test_mood_is_averaged_per_day_in_sql(db: Session, alice: User) -> None:
    add_checkin(db, alice, _days_ago(1), 2, -1)
    add_checkin(db, alice, _days_ago(1), -1, 3)
    add_checkin(db, alice, _days_ago(3), 4, 4)
    add_checkin(db, alice, _days_ago(40), -4, -4)  # outside the month
    points = journal_service.mood_by_bucket(
        db=db, user=alice, start=_days_ago(29), end=TODAY, bucket="day"
    )
    assert [(p.day, p.pleasantness, p.energy, p.checkins) for p in points] == [
        (_days_ago(3), 4.0, 4.0, 1),
        (_days_ago(1), 0.5, 1.0, 2),
    ]


def test_mood_groups_weeks_from_monday_and_months_from_the_first(db: Session, alice: User) -> None:
    monday = dt.date(2026, 11, 16)
    add_checkin(db, alice, monday, 1, 1)
    add_checkin(db, alice, monday + dt.timedelta(days=6), 3, 3)  # the Sunday after
    add_checkin(db, alice, monday - dt.timedelta(days=1), -3, -3)  # the Sunday before
    weeks = journal_service.mood_by_bucket(
        db=db,
        user=alice,
        start=dt.date(2026, 11, 1),
        end=TODAY + dt.timedelta(days=5),
        bucket="week",
    )
    assert [(p.day, p.pleasantness) for p in weeks] == [
        (dt.date(2026, 11, 9), -3.0),
        (monday, 2.0),
    ]
    months = journal_service.mood_by_bucket(
        db=db,
        user=alice,
        start=dt.date(2026, 1, 1),
        end=TODAY + dt.timedelta(days=5),
        bucket="month",
    )
    assert [(p.day, p.checkins) for p in months] == [(dt.date(2026, 11, 1), 3)]


def test_words_chosen_are_counted_across_check_ins(db: Session, alice: User) -> None:
    add_checkin(db, alice, _days_ago(1), words=["numb", "tired"])
    add_checkin(db, alice, _days_ago(2), words=["numb"])
    add_checkin(db, alice, _days_ago(3))
    counts = journal_service.chosen_word_counts(db=db, user=alice, start=_days_ago(29), end=TODAY)
    assert counts == [("numb", 2), ("tired", 1)]


def test_detected_emotions_prefer_the_persons_correction_and_skip_neutral(
    db: Session, alice: User
) -> None:
    add_entry(db, alice, _days_ago(1), detected=["sadness", "neutral"])
    add_entry(db, alice, _days_ago(2), detected=["anger"], corrected=["sadness", "grief"])
    corrected_then_cleared = add_entry(db, alice, _days_ago(3), detected=["joy"])
    corrected_then_cleared.corrected_emotions = None  # stored as JSON null after an edit
    add_checkin(db, alice, _days_ago(1), note="ok", detected=["joy"])
    add_entry(db, alice, _days_ago(60), detected=["fear"])
    db.flush()
    counts = journal_service.detected_emotion_counts(
        db=db, user=alice, start=_days_ago(29), end=TODAY
    )
    assert dict(counts) == {"sadness": 2, "grief": 1, "joy": 2}


def test_activity_and_the_check_in_streak(db: Session, alice: User) -> None:
    for n in (0, 1, 2, 4):
        add_checkin(db, alice, _days_ago(n))
    add_checkin(db, alice, _days_ago(0))
    add_entry(db, alice, _days_ago(1), "one two three")
    activity = journal_service.activity(db=db, user=alice, start=_days_ago(29), end=TODAY)
    assert (activity.checkins, activity.checkin_days, activity.entries) == (5, 4, 1)
    assert activity.words_written == 3
    assert journal_service.checkin_streak(db=db, user=alice, today=TODAY) == 3
    assert journal_service.checkin_streak(db=db, user=alice, today=TODAY + dt.timedelta(1)) == 3
    assert journal_service.checkin_streak(db=db, user=alice, today=TODAY + dt.timedelta(2)) == 0


def test_the_dashboard_shows_only_the_persons_own_data(
    db: Session, alice: User, charlie: User
) -> None:
    add_checkin(db, alice, _days_ago(1), 3, 2, ["hopeful"])
    add_entry(db, alice, _days_ago(1), "We walked together.", detected=["love"])
    period = service.period_named(db=db, user=charlie, name="month", today=TODAY)
    board = service.build_dashboard(db=db, user=charlie, period=period, today=TODAY)
    assert board.is_empty
    assert board.mood_points == [] and board.chosen_words == [] and board.marker_charts == []
    assert board.charts["mood"].empty


def test_the_dashboard_fills_its_journal_sections(db: Session, alice: User) -> None:
    add_checkin(db, alice, _days_ago(2), 3, 2, ["hopeful"], note="We always try.")
    add_entry(db, alice, _days_ago(1), "I felt nothing at all.", detected=["neutral"])
    period = service.period_named(db=db, user=alice, name="month", today=TODAY)
    board = service.build_dashboard(db=db, user=alice, period=period, today=TODAY)
    assert not board.is_empty
    assert board.chosen_words == [("hopeful", 1)]
    assert [row[0] for row in board.charts["mood"].table.rows] == ["18 Nov 2026"]
    assert len(board.marker_charts) == 2
    assert board.scores == [] and board.practices == [] and board.milestones == []
    assert board.charts["practices"].empty


def test_all_starts_at_the_first_record(db: Session, alice: User) -> None:
    add_entry(db, alice, dt.date(2024, 3, 2))
    period = service.period_named(db=db, user=alice, name="all", today=TODAY)
    assert period.start == dt.date(2024, 3, 2) and period.bucket == "month"


TEXTS = [
    "We walked by the river and talked about nothing much.",
    "I felt far away from everyone at dinner, as if behind glass.",
    "Work was relentless and I never had a moment to breathe.",
    "Our evening was quiet; we cooked, read and always laughed.",
    "Numb. Just numb, all day, every day.",
]
EMOTIONS = [["joy"], ["neutral"], ["sadness", "fear"], [], ["love", "joy", "neutral"]]


def _known_history(db: Session, user: User, *, counted: bool) -> list[markers.Sample]:
    """Fourteen months of entries and check-ins (notes or none, corrections, chosen
    words), written to the database and returned as the samples the markers read."""
    samples = []
    for n in range(0, 420, 3):
        day, i = _days_ago(n), n % 5
        corrected = ["calm"] if n % 7 == 0 else None
        title = "Sunday" if n % 4 == 0 else None
        add_entry(
            db,
            user,
            day,
            TEXTS[i],
            title=title,
            detected=EMOTIONS[i],
            corrected=corrected,
            counted=counted or n % 2 == 0,
        )
        text = f"{title}. {TEXTS[i]}" if title else TEXTS[i]
        samples.append(markers.Sample(day, text, tuple(corrected or EMOTIONS[i])))
        note = TEXTS[(i + 2) % 5] if n % 2 else None
        words = ["hopeful", "tired"][: (n // 3) % 3]
        detected = EMOTIONS[(i + 1) % 5] if note else []
        add_checkin(db, user, day, 1, -1, words, note=note, detected=detected, counted=counted)
        samples.append(markers.Sample(day, note or "", (*detected, *words)))
    return samples


@pytest.mark.parametrize("counted", [True, False], ids=["stored counts", "counts missing"])
@pytest.mark.parametrize("name", ["month", "year", "all"])
def test_markers_summed_in_sql_equal_markers_computed_from_the_text(
    db: Session, alice: User, name: str, counted: bool
) -> None:
    samples = _known_history(db, alice, counted=counted)
    period = service.period_named(db=db, user=alice, name=name, today=TODAY)
    board = service.build_dashboard(
        db=db, user=alice, period=period, today=TODAY, parts=frozenset({"markers"})
    )
    in_range = [s for s in samples if period.contains(s.day)]
    expected = sections.marker_rows(sections.sample_tallies(in_range, period))
    assert [day for day, _ in board.markers] == [day for day, _ in expected]
    for (day, found), (_, wanted) in zip(board.markers, expected, strict=True):
        assert found.samples == wanted.samples and found.emotion_variety == wanted.emotion_variety
        for field in (
            "emodiversity",
            "no_emotion_share",
            "absolutist_per_100_words",
            "we_share",
            "we_per_100_words",
            "i_per_100_words",
        ):
            assert getattr(found, field) == pytest.approx(getattr(wanted, field)), (day, field)
    assert len(board.markers) <= {"month": 31, "year": 53, "all": 62}[name]  # days, weeks, weeks


def test_only_rows_without_counts_are_opened(
    db: Session, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_entry(db, alice, _days_ago(1), "We always talk.", counted=False)
    add_entry(db, alice, _days_ago(1), "I never rest.")
    read: list[str] = []
    original = markers.counts

    def counting(text: str) -> markers.Counts:
        read.append(text)
        return original(text)

    monkeypatch.setattr(markers, "counts", counting)
    period = service.period_named(db=db, user=alice, name="month", today=TODAY)
    board = service.build_dashboard(
        db=db, user=alice, period=period, today=TODAY, parts=frozenset({"markers"})
    )
    assert read == ["We always talk."]
    [(_, row)] = board.markers
    assert row.absolutist_per_100_words == pytest.approx(100 * 2 / 6)


def test_feelings_counted_once_for_mood_and_markers_match_the_mood_section_alone(
    db: Session, alice: User
) -> None:
    _known_history(db, alice, counted=True)
    period = service.period_named(db=db, user=alice, name="year", today=TODAY)
    both = service.build_dashboard(
        db=db, user=alice, period=period, today=TODAY, parts=frozenset({"mood", "markers"})
    )
    alone = service.build_dashboard(
        db=db, user=alice, period=period, today=TODAY, parts=frozenset({"mood"})
    )

    def ranked(counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
        return sorted(counts, key=lambda pair: (-pair[1], pair[0]))

    assert both.detected_emotions and both.chosen_words
    assert ranked(both.detected_emotions) == ranked(alone.detected_emotions)
    assert ranked(both.chosen_words) == ranked(alone.chosen_words)
    assert "neutral" not in dict(both.detected_emotions)
