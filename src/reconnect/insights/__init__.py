"""Insights: the dashboard of a person's own trends, and the report for a professional."""
