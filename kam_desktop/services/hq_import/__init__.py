"""HQ imports (issue 10): customer lists, monthly value figures and order lists into the book.

Modules:

- ``model``: the plain data an import shows (``ImportOptions``, ``ListOverview``,
  ``ColumnMapping``, ``ImportPlan``, ``RowChange``, ``FieldChange``, ``Rejection``, ``Outcome``,
  ``ImportResult``).
- ``overview``: open a list and say how it was read and which column feeds which field
  (``inspect_list``), a saved mapping profile applied when one fits.
- ``profiles``: named column mappings kept in the book (``save_profile``, ``profile_names``,
  ``delete_profile``).
- ``plan``: everything an import would do, without writing (``plan_import``).
- ``run``: the import itself, in one transaction, logged, caches refreshed (``run_import``).
- ``report``: the rejected-rows report as CSV or XLSX (``write_rejected_report``).
"""
