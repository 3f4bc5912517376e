"""The account book's schema and how a book is opened (SQLAlchemy + Alembic).

Modules: ``base`` (the declarative ``Base`` and its naming convention, ``SyncedRow``,
``new_id``), ``types`` (``UTCDateTime``, ``LabeledType``, ``utc_now``), ``models`` (a package:
every table, one module per concern, and ``SYNCED_MODELS``), ``migrate`` (Alembic in-process)
and ``book`` (``open_book`` and the ``Book`` it returns: create, check, upgrade, back up).
"""
