"""Imports every domain's tables so that metadata and migrations see them all."""

from reconnect.accounts.models import ApiToken, BrowserSession, User
from reconnect.assess.models import AssessmentDraft, AssessmentReminder, AssessmentResult
from reconnect.journal.models import CheckIn, JournalEntry, Tag, entry_tags
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
    "PartnerInvite",
    "PartnerLink",
    "Plan",
    "PlanPractice",
    "PracticeLog",
    "SafetyPlan",
    "SharedActivity",
    "SharedEntry",
    "Tag",
    "User",
    "entry_tags",
]
