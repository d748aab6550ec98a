"""Data ownership: export, import, backup, restore and account deletion."""
