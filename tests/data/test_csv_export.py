"""The spreadsheet export works when a plan has a calendar feed, and leaves the feed out."""

from __future__ import annotations

import csv
import io
import zipfile

from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.data import service
from reconnect.journal import service as journal_service
from reconnect.plan import feed
from reconnect.plan import service as plan_service


def test_csv_export_leaves_out_the_feed_address_of_a_plan(db: Session, alice: User) -> None:
    plan_service.add_practice(db=db, user=alice, slug="breathing")
    feed.create_token(db=db, user=alice)
    data, _, _ = service.export_file(db=db, user=alice, kind="csv")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        plans = [archive.read(n).decode() for n in names if n.startswith("plan")]
    assert plans and all("feed_token_hash" not in text for text in plans)


def test_text_a_spreadsheet_would_run_as_a_formula_stays_text(db: Session, alice: User) -> None:
    for note in ('=HYPERLINK("http://example.invalid")', "+1 for the walk", "@home", "-ok"):
        journal_service.create_checkin(db=db, user=alice, pleasantness=-2, energy=1, note=note)
    data, _, _ = service.export_file(db=db, user=alice, kind="csv")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("checkins.csv").decode())))
    notes = sorted(row["note"] for row in rows)
    assert notes == ["'+1 for the walk", "'-ok", '\'=HYPERLINK("http://example.invalid")', "'@home"]
    assert {row["pleasantness"] for row in rows} == {"-2"}  # numbers are left alone
