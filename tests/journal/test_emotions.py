from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect import analysis
from reconnect.accounts.models import User
from reconnect.analysis import markers
from reconnect.journal import emotions as emotion_service
from reconnect.journal import service
from tests.factories import api_headers, post_form, sign_in


def test_saved_texts_are_analysed_on_the_device(db: Session, alice: User) -> None:
    entry = service.create_entry(db=db, user=alice, body="Thank you for the lovely surprise party!")
    assert entry.analysis_version == analysis.model_version()
    assert entry.emotion_scores and len(entry.emotion_scores) == 28
    assert entry.detected_emotions == analysis.classify([entry.body])[0].labels
    checkin = service.create_checkin(db=db, user=alice, pleasantness=0, energy=0)
    assert checkin.detected_emotions == [] and checkin.emotion_scores == {}


def test_editing_the_text_analyses_it_again_and_keeps_the_feelings_the_person_named(
    db: Session, alice: User
) -> None:
    entry = service.create_entry(db=db, user=alice, body="so angry at the delay")
    emotion_service.correct_emotions(db=db, item=entry, emotions=["annoyance"])
    service.update_entry(db=db, user=alice, entry_id=entry.id, body="grateful for my friends")
    assert entry.corrected_emotions == ["annoyance"]
    assert entry.detected_emotions == analysis.classify([entry.body])[0].labels
    assert emotion_service.shown_emotions(entry) == ["annoyance"]


def test_the_edit_form_says_the_named_feelings_stay_and_they_do(
    client: TestClient, db: Session, alice: User
) -> None:
    entry = service.create_entry(db=db, user=alice, body="so angry at the delay")
    emotion_service.correct_emotions(db=db, item=entry, emotions=["annoyance", "sadness"])
    db.commit()
    sign_in(client, "alice")
    form = client.get(f"/journal/{entry.id}/edit").text
    assert 'aria-describedby="named-feelings"' in form and "(annoyance, sadness) stay" in form
    refused = post_form(client, f"/journal/{entry.id}/edit", {"body": " "})
    assert refused.status_code == 422 and "(annoyance, sadness) stay" in refused.text
    edited = post_form(client, f"/journal/{entry.id}/edit", {"body": "a calmer evening"})
    assert edited.status_code == 303
    page = client.get(edited.headers["location"]).text
    assert "Feelings you named for this text: annoyance, sadness" in page


def test_corrections_from_the_page_are_stored_and_shown(
    client: TestClient, db: Session, alice: User
) -> None:
    entry = service.create_entry(db=db, user=alice, body="A strange, quiet day")
    db.commit()
    sign_in(client, "alice")
    page = client.get(f"/journal/{entry.id}").text
    assert 'name="emotions" value="grief"' in page
    response = post_form(
        client, f"/journal/{entry.id}/emotions", {"emotions": ["sadness", "confusion"]}
    )
    assert response.status_code == 303
    shown = client.get(response.headers["location"]).text
    assert "Feelings you named for this text: sadness, confusion" in shown
    db.refresh(entry)
    assert entry.corrected_emotions == ["sadness", "confusion"]


def test_unknown_emotions_in_a_correction_are_refused(
    client: TestClient, db: Session, alice: User
) -> None:
    entry = service.create_entry(db=db, user=alice, body="fine")
    db.commit()
    sign_in(client, "alice")
    response = post_form(client, f"/journal/{entry.id}/emotions", {"emotions": ["sadness", "meh"]})
    assert response.status_code == 422 and "meh" in response.text
    headers = api_headers(db, alice)
    api = client.put(
        f"/api/v1/entries/{entry.id}/emotions", json={"emotions": ["meh"]}, headers=headers
    )
    assert api.status_code == 422
    ok = client.put(
        f"/api/v1/entries/{entry.id}/emotions", json={"emotions": ["relief"]}, headers=headers
    )
    assert ok.json()["corrected_emotions"] == ["relief"]


def test_check_in_notes_can_be_corrected_too(client: TestClient, db: Session, alice: User) -> None:
    checkin = service.create_checkin(db=db, user=alice, pleasantness=1, energy=1, note="nice walk")
    db.commit()
    sign_in(client, "alice")
    assert (
        post_form(client, f"/checkin/{checkin.id}/emotions", {"emotions": ["joy"]}).status_code
        == 303
    )
    db.refresh(checkin)
    assert checkin.corrected_emotions == ["joy"]


def test_reanalysis_updates_stale_rows_and_keeps_corrections(db: Session, alice: User) -> None:
    entry = service.create_entry(db=db, user=alice, body="I am so proud of you")
    emotion_service.correct_emotions(db=db, item=entry, emotions=["pride"])
    entry.analysis_version, entry.detected_emotions = "emotions-old", ["neutral"]
    db.flush()
    assert emotion_service.count_stale(db=db) == 1
    assert emotion_service.reanalyse_stale(db=db) == 1
    assert entry.analysis_version == analysis.model_version()
    assert entry.detected_emotions == analysis.classify([entry.body])[0].labels
    assert entry.corrected_emotions == ["pride"]
    assert emotion_service.reanalyse_stale(db=db) == 0


def test_the_markers_page_shows_weekly_rows(client: TestClient, db: Session, alice: User) -> None:
    sign_in(client, "alice")
    assert "weekly view will appear" in client.get("/journal/markers").text
    service.create_entry(db=db, user=alice, body="We always cook together and I love it")
    db.commit()
    page = client.get("/journal/markers").text
    assert "Week of" in page and "<td>1</td>" in page


def _stored_counts(item: object) -> markers.Counts:
    return markers.Counts(
        item.marker_words,  # type: ignore[attr-defined]
        item.marker_absolutist,  # type: ignore[attr-defined]
        item.marker_singular,  # type: ignore[attr-defined]
        item.marker_plural,  # type: ignore[attr-defined]
    )


def test_saving_an_entry_stores_its_marker_counts_and_editing_recounts(
    db: Session, alice: User
) -> None:
    entry = service.create_entry(
        db=db, user=alice, title="Always us", body="We talked and I never felt alone."
    )
    assert _stored_counts(entry) == markers.counts("Always us. We talked and I never felt alone.")
    assert _stored_counts(entry) == markers.Counts(words=9, absolutist=2, singular=1, plural=2)
    service.update_entry(db=db, user=alice, entry_id=entry.id, body="I did it all myself")
    assert _stored_counts(entry) == markers.Counts(words=5, absolutist=1, singular=2, plural=0)


def test_saving_a_check_in_stores_its_note_counts_or_zero_without_a_note(
    db: Session, alice: User
) -> None:
    checkin = service.create_checkin(
        db=db, user=alice, pleasantness=1, energy=1, note="We always laugh, me too."
    )
    assert _stored_counts(checkin) == markers.Counts(words=5, absolutist=1, singular=1, plural=1)
    bare = service.create_checkin(db=db, user=alice, pleasantness=1, energy=1)
    assert _stored_counts(bare) == markers.Counts()


def test_reanalysis_counts_rows_without_counts_without_a_model_pass(
    db: Session, alice: User
) -> None:
    entry = service.create_entry(db=db, user=alice, body="We never give up")
    checkin = service.create_checkin(db=db, user=alice, pleasantness=0, energy=0, note="I did")
    for item in (entry, checkin):  # as migration 0006 leaves rows it could not decrypt
        item.marker_words = item.marker_absolutist = None
        item.marker_singular = item.marker_plural = None
    db.flush()
    assert emotion_service.count_stale(db=db) == 2
    assert emotion_service.reanalyse_stale(db=db) == 2
    assert _stored_counts(entry) == markers.Counts(words=4, absolutist=1, singular=0, plural=1)
    assert _stored_counts(checkin) == markers.Counts(words=2, absolutist=0, singular=1, plural=0)
    assert emotion_service.count_stale(db=db) == 0
    assert emotion_service.reanalyse_stale(db=db) == 0


def test_weekly_markers_are_summed_from_stored_counts(db: Session, alice: User) -> None:
    service.create_entry(db=db, user=alice, body="We always cook together and I love it")
    service.create_checkin(db=db, user=alice, pleasantness=0, energy=0, note="I am fine.")
    [(_, week)] = emotion_service.weekly_markers(db=db, user=alice)
    assert week.samples == 2
    assert week.absolutist_per_100_words == pytest.approx(100 / 11)
    assert week.we_share == pytest.approx(1 / 3)
