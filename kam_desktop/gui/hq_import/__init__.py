"""File → Import…: the wizard that reads an HQ list, shows what would change, and imports it.

Modules:

- ``wizard``: ``ImportWizard`` (the pages and what they share) and ``open_import_wizard``.
- ``file_page``, ``format_page``, ``mapping_page``, ``preview_page``, ``summary_page``: one
  page each.
- ``preview_model``: the table models of the preview (changes, rejected rows).
- ``field_names``: what fields, list kinds, outcomes and values look like to the rep.
- ``rejected_report``: "Save rejected rows…" (CSV or XLSX).
"""
