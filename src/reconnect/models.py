"""Imports every domain's tables so that metadata and migrations see them all.

Also what needs every table at once: which columns are encrypted, and which keys sealed
what is stored in them (for key rotation and for checking a backup before restoring it).
"""

from collections.abc import Iterator

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    LargeBinary,
    Table,
    cast,
    func,
    inspect,
    select,
)
from sqlalchemy.orm import Session

from reconnect.accounts.models import ApiToken, BrowserSession, User
from reconnect.assess.models import AssessmentDraft, AssessmentReminder, AssessmentResult
from reconnect.core.crypto import KEY_ID_BYTES, MAGIC, Keyring, KeyringError
from reconnect.db import Base, EncryptedText

# Their session events and monthly parts keep the stored monthly totals exact and whole.
from reconnect.journal import rollups  # noqa: F401
from reconnect.journal.models import (
    CheckIn,
    JournalEntry,
    MonthlyTotal,
    SearchTerm,
    Tag,
    entry_tags,
)
from reconnect.patterns import history  # noqa: F401
from reconnect.patterns.models import FactorSet
from reconnect.plan.models import Plan, PlanPractice, PracticeLog
from reconnect.safety.models import SafetyPlan
from reconnect.together.models import (
    CheckinAnswer,
    CheckinReply,
    CheckinRound,
    LadderStep,
    PartnerInvite,
    PartnerLink,
    SharedActivity,
    SharedEntry,
)

__all__ = [
    "ApiToken",
    "AssessmentDraft",
    "AssessmentReminder",
    "AssessmentResult",
    "BrowserSession",
    "CheckIn",
    "CheckinAnswer",
    "CheckinReply",
    "CheckinRound",
    "FactorSet",
    "JournalEntry",
    "LadderStep",
    "MonthlyTotal",
    "PartnerInvite",
    "PartnerLink",
    "Plan",
    "PlanPractice",
    "PracticeLog",
    "SafetyPlan",
    "SearchTerm",
    "SharedActivity",
    "SharedEntry",
    "Tag",
    "User",
    "encrypted_columns",
    "entry_tags",
    "key_ids_in_use",
    "unreadable_key_ids",
]


def encrypted_columns() -> Iterator[tuple[Table, list[Column[str]]]]:
    """Every table with encrypted columns, and those columns."""
    for table in Base.metadata.sorted_tables:
        columns = [c for c in table.columns if isinstance(c.type, EncryptedText)]
        if columns:
            yield table, columns


def key_id_of(column: Column[str]) -> ColumnElement[bytes]:
    """The id of the key that sealed a ciphertext column's value, in SQL (no decryption)."""
    return func.substr(column, len(MAGIC) + 1, KEY_ID_BYTES, type_=LargeBinary())


def _key_name(raw: bytes) -> str:
    return bytes(raw).decode("ascii", errors="replace")


def _encrypted() -> Iterator[Column[str]]:
    for _table, columns in encrypted_columns():
        yield from columns


def key_ids_in_use(db: Connection | Session) -> dict[str, int]:
    """How many stored values each key sealed, read from the ciphertexts' headers, and how
    many entries each key's search key indexed (``journal_entries.search_key``)."""
    used: dict[str, int] = {}
    for column in _encrypted():
        key_id = key_id_of(column)
        query = select(key_id, func.count()).where(column.is_not(None)).group_by(key_id)
        for raw, count in db.execute(query):
            name = _key_name(raw)
            used[name] = used.get(name, 0) + count
    indexed = JournalEntry.search_key
    for key_name, count in db.execute(
        select(indexed, func.count()).where(indexed.is_not(None)).group_by(indexed)
    ):
        used[str(key_name)] = used.get(str(key_name), 0) + count
    return used


def unreadable_key_ids(db: Connection | Session, ring: Keyring) -> set[str]:
    """Keys that sealed stored values but that ``ring`` lacks, or cannot open them with.

    One value sealed by each key is opened for real, so a key with the right id but the
    wrong bytes is caught too.
    """
    missing = set()
    present = inspect(db.get_bind() if isinstance(db, Session) else db)
    stored = {t: {c["name"] for c in present.get_columns(t)} for t in present.get_table_names()}
    for column in _encrypted():
        if column.name not in stored.get(column.table.name, set()):
            continue  # an older backup, from before this column: nothing sealed in it
        key_id = key_id_of(column)
        raw_value = cast(column, LargeBinary())
        for (raw,) in db.execute(select(key_id).where(column.is_not(None)).group_by(key_id)):
            blob = db.execute(select(raw_value).where(key_id == raw).limit(1)).scalar_one()
            try:
                ring.decrypt(bytes(blob))
            except KeyringError:
                missing.add(_key_name(raw))
    return missing
