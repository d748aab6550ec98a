"""Safety: crisis resources, screening of free text, and the personal safety plan."""
