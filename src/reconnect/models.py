"""Imports every domain's tables so that metadata and migrations see them all."""

from reconnect.accounts.models import ApiToken, BrowserSession, User
from reconnect.assess.models import AssessmentDraft, AssessmentReminder, AssessmentResult
from reconnect.journal.models import CheckIn, JournalEntry, Tag, entry_tags
from reconnect.plan.models import Plan, PlanPractice, PracticeLog
from reconnect.safety.models import SafetyPlan

__all__ = [
    "ApiToken",
    "AssessmentDraft",
    "AssessmentReminder",
    "AssessmentResult",
    "BrowserSession",
    "CheckIn",
    "JournalEntry",
    "Plan",
    "PlanPractice",
    "PracticeLog",
    "SafetyPlan",
    "Tag",
    "User",
    "entry_tags",
]
