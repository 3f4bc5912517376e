"""Visits: the account's visit timeline, the visit form and the agenda."""
