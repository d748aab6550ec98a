"""Check-ins with factors where the pattern is known: better days after 7+ hours of sleep."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal import service as journal_service
from reconnect.patterns import service as patterns_service


def seed_sleep_pattern(db: Session, user: User, days: int = 40) -> None:
    """One check-in a day at 7 pm; every other day 8 hours of sleep and a pleasant check-in."""
    # a fixed hour, so the time-of-day groups do not depend on when the tests run
    start = (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).replace(
        hour=19, minute=0, second=0, microsecond=0
    )
    for day in range(days):
        rested = day % 2 == 0
        checkin = journal_service.create_checkin(
            db=db,
            user=user,
            pleasantness=2 + day % 3 if rested else -2 + day % 3,
            energy=day % 3 - 1,
            at=start + dt.timedelta(days=day),
        )
        chosen = patterns_service.clean_factors(
            sleep_hours=8 if rested else 5, people=["partner"] if day % 4 == 0 else ["alone"]
        )
        patterns_service.save_for_checkin(db=db, user=user, checkin_id=checkin.id, chosen=chosen)
    db.commit()
