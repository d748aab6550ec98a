"""API shapes for export, import and account deletion."""

from __future__ import annotations

from pydantic import BaseModel, Field


class ImportResult(BaseModel):
    """What an import added, skipped and noticed."""

    added: dict[str, int]
    total_added: int
    duplicates: int
    warnings: list[str]
    crisis: int = Field(description="Imported texts the safety screen read as a crisis.")
    concern: int = Field(description="Imported texts the safety screen read as a concern.")


class AccountDeletion(BaseModel):
    """Re-typed username and password, so an account is never deleted by accident."""

    confirm: str = Field(max_length=80, description="The account's username, typed again.")
    password: str = Field(max_length=256)
