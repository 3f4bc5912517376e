"""Contacts and contact maps in the domain: contact fields and drafts, phone/e-mail formats,
coverage-gap rules (DOMAIN §3.2) and the tidy-tree layout of an org chart.

Modules: ``contact_fields`` (``ContactDraft``, validation, contact errors), ``contact_formats``
(phones, e-mail and web addresses as reps type them in China, shared with account fields),
``coverage`` (``CoverageRules``, ``Gap``, the gap rules), ``org_layout`` (``tidy_layout``).
"""
