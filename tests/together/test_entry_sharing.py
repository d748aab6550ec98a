"""Sharing one journal entry from its own page: only when the person has a partner."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal import service as journal_service
from reconnect.together import service
from reconnect.together.models import PartnerLink
from tests.factories import post_form


def test_alice_shares_and_stops_sharing_an_entry_from_its_page(
    db: Session,
    alice: User,
    bob: User,
    linked: PartnerLink,
    signed_in: Callable[[str], TestClient],
) -> None:
    entry = journal_service.create_entry(db=db, user=alice, body="about the garden", title="Soil")
    db.commit()
    client = signed_in("alice")
    page = client.get(f"/journal/{entry.id}").text
    assert "Sharing with Bob" in page and "Only you can read this entry" in page
    assert 'action="/together/shared"' in page and "Share with Bob" in page

    shared = post_form(client, "/together/shared", {"entry_id": entry.id, "back": "entry"})
    assert shared.status_code == 303
    assert shared.headers["location"] == f"/journal/{entry.id}?notice=together_shared"
    page = client.get(shared.headers["location"]).text
    assert "The entry is now shared with your partner." in page
    assert "Bob can read this entry." in page and "Stop sharing" in page
    [seen] = service.list_shared(db=db, user=bob)
    assert seen.entry.id == entry.id

    share = service.share_of_entry(db=db, user=alice, entry_id=entry.id)
    assert share is not None
    stopped = post_form(client, f"/together/shared/{share.id}/delete", {"back": "entry"})
    assert stopped.headers["location"] == f"/journal/{entry.id}?notice=together_unshared"
    assert "Only you can read this entry" in client.get(f"/journal/{entry.id}").text
    assert service.list_shared(db=db, user=bob) == []


def test_sharing_from_the_list_still_returns_to_the_list(
    db: Session, alice: User, linked: PartnerLink, signed_in: Callable[[str], TestClient]
) -> None:
    entry = journal_service.create_entry(db=db, user=alice, body="list page")
    db.commit()
    client = signed_in("alice")
    shared = post_form(client, "/together/shared", {"entry_id": entry.id})
    assert shared.headers["location"] == "/together/shared?notice=together_shared"


def test_the_partner_cannot_stop_sharing_from_the_entry_form(
    db: Session,
    alice: User,
    bob: User,
    linked: PartnerLink,
    signed_in: Callable[[str], TestClient],
) -> None:
    entry = journal_service.create_entry(db=db, user=alice, body="mine to share")
    share = service.share_entry(db=db, user=alice, entry_id=entry.id)
    db.commit()
    response = post_form(signed_in("bob"), f"/together/shared/{share.id}/delete", {"back": "entry"})
    assert response.status_code == 404
    assert service.share_of_entry(db=db, user=alice, entry_id=entry.id) is not None


def test_someone_without_a_partner_sees_no_sharing_control(
    db: Session, charlie: User, signed_in: Callable[[str], TestClient]
) -> None:
    entry = journal_service.create_entry(db=db, user=charlie, body="just for me")
    db.commit()
    page = signed_in("charlie").get(f"/journal/{entry.id}").text
    assert "Sharing with" not in page and "/together/shared" not in page
    assert service.share_of_entry(db=db, user=charlie, entry_id=entry.id) is None


def test_sharing_ends_on_the_entry_page_when_the_couple_unlinks(
    db: Session, alice: User, linked: PartnerLink, signed_in: Callable[[str], TestClient]
) -> None:
    entry = journal_service.create_entry(db=db, user=alice, body="before")
    service.share_entry(db=db, user=alice, entry_id=entry.id)
    service.unlink(db=db, user=alice)
    db.commit()
    page = signed_in("alice").get(f"/journal/{entry.id}").text
    assert "Sharing with" not in page


def test_a_shared_entry_links_back_to_the_journal_only_for_its_writer(
    db: Session,
    alice: User,
    bob: User,
    linked: PartnerLink,
    signed_in: Callable[[str], TestClient],
) -> None:
    entry = journal_service.create_entry(db=db, user=alice, body="a letter")
    share = service.share_entry(db=db, user=alice, entry_id=entry.id)
    db.commit()
    assert (
        f'href="/journal/{entry.id}"' in signed_in("alice").get(f"/together/shared/{share.id}").text
    )
    assert (
        f'href="/journal/{entry.id}"'
        not in signed_in("bob").get(f"/together/shared/{share.id}").text
    )


def test_the_journal_list_marks_entries_the_partner_can_read(
    db: Session,
    alice: User,
    bob: User,
    linked: PartnerLink,
    signed_in: Callable[[str], TestClient],
) -> None:
    shown = journal_service.create_entry(db=db, user=alice, body="shown", title="Shown")
    journal_service.create_entry(db=db, user=alice, body="kept", title="Kept")
    service.share_entry(db=db, user=alice, entry_id=shown.id)
    db.commit()
    client = signed_in("alice")
    for page in (
        client.get("/journal").text,
        client.get("/journal", headers={"HX-Request": "true"}).text,
    ):
        [row] = [li for li in page.split("<li id=")[1:] if "Shown" in li]
        [other] = [li for li in page.split("<li id=")[1:] if "Kept" in li]
        assert "shared with your partner" in row and "shared with your partner" not in other
    assert "shared with your partner" not in signed_in("bob").get("/journal").text
