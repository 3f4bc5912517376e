"""Contact use cases: an account's contacts and reporting lines, influence links, relationship
history, contact-map coverage gaps (one account and the list's cache) with their stored
thresholds, and vCard import/export (``vcard``; the file format is ``formats.vcard_file``).

Modules: ``contacts``, ``contact_links``, ``relationship_history``, ``coverage``,
``coverage_settings``, ``vcard``.
"""
