"""Pure helpers shared by the domains: no database, no web."""
