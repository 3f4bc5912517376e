"""Revisits (回访, DOMAIN §5.2) in the domain: which revisits an account is due, when and why.

Modules: ``account_facts`` (the plain facts the rules read), ``due_revisit`` (``DueRevisit``, one
due revisit with its bilingual reason), ``revisit_rules`` (``DueRules``, ``due_revisits``),
``revisit_settings`` (``RevisitSettings`` and their JSON form), ``holidays`` (Chinese holidays).
"""
