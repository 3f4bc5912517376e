"""Visit use cases: plan, edit, log, follow up, cancel, delete and restore visits (``visits``, the
one write path, with ``visit_checks`` and ``visit_records``), read the agenda and timelines
(``visit_queries``), and export planned visits to a calendar file (``calendar_ics``, which reads
them for ``formats.ics``).
"""
