"""The personal plan: practices from the five strategies, logs, goals, streaks, reminders."""
