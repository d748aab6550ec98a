"""Accounts: people, their sign-in sessions and personal access tokens."""
