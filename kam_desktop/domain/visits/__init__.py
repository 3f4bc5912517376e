"""Visits in the domain (DOMAIN §4): the visit draft with its next steps and complaints, and
its validation. Module: ``visit_fields`` (``VisitDraft``, ``VisitField``, ``as_utc``,
``local_date``).
"""
