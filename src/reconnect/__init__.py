"""Reconnect: a local-first companion for working through emotional detachment."""

__version__ = "0.1.0"
