"""Imports every domain's tables so that metadata and migrations see them all."""

from reconnect.accounts.models import ApiToken, BrowserSession, User
from reconnect.journal.models import CheckIn, JournalEntry, Tag, entry_tags
from reconnect.patterns.models import FactorSet
from reconnect.safety.models import SafetyPlan

__all__ = [
    "ApiToken",
    "BrowserSession",
    "CheckIn",
    "FactorSet",
    "JournalEntry",
    "SafetyPlan",
    "Tag",
    "User",
    "entry_tags",
]
