from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.bootstrap import upgrade_database
from reconnect.db import make_engine, make_sessionmaker
from reconnect.journal import service
from tests.factories import make_user

SECRET_BODY = "I have not told anyone about the panic on the train"
SECRET_NOTE = "numb since the funeral"


def _write_private_things(db: Session, user: User) -> None:
    service.create_entry(db=db, user=user, body=SECRET_BODY, title="Train")
    service.create_checkin(db=db, user=user, pleasantness=-3, energy=-3, note=SECRET_NOTE)


def test_stored_columns_hold_only_ciphertext(db: Session, alice: User) -> None:
    _write_private_things(db, alice)
    db.flush()
    bodies = db.execute(text("SELECT body FROM journal_entries")).scalars().all()
    notes = db.execute(text("SELECT note FROM checkins")).scalars().all()
    assert bodies and notes
    for value in [*bodies, *notes]:
        raw = bytes(value)
        assert raw.startswith(b"rc1")
        assert SECRET_BODY.encode() not in raw and SECRET_NOTE.encode() not in raw


def test_the_raw_sqlite_files_hold_no_journal_text(tmp_path: Path, keyring: object) -> None:
    database = tmp_path / "raw.db"
    engine = make_engine(f"sqlite:///{database}")
    upgrade_database(engine)
    with make_sessionmaker(engine)() as db:
        _write_private_things(db, make_user(db, "dana"))
        db.commit()
    engine.dispose()
    files = [database, *tmp_path.glob("raw.db-*")]
    assert database.stat().st_size > 0
    words = ("panic", "funeral", "anyone")  # ("train" is in the schema: "constraint")
    for path in files:
        data = path.read_bytes().lower()
        assert SECRET_BODY.encode() not in data and SECRET_NOTE.encode() not in data, path
        for word in words:  # the search index holds keyed hashes, never a word
            assert word.encode() not in data, (word, path)
