"""Imports every domain's tables so that metadata and migrations see them all."""

from reconnect.accounts.models import ApiToken, BrowserSession, User
from reconnect.journal.models import CheckIn, JournalEntry, Tag, entry_tags

__all__ = ["ApiToken", "BrowserSession", "CheckIn", "JournalEntry", "Tag", "User", "entry_tags"]
