"""The account book's schema and how a book is opened (SQLAlchemy + Alembic).

Modules: ``base`` (the declarative ``Base`` and its naming convention, ``SyncedRow``,
``new_id``), ``types`` (``UTCDateTime``, ``LabeledType``, ``utc_now``), ``models`` (a package:
every table, one module per concern, and ``SYNCED_MODELS``), ``migrate`` (Alembic in-process),
``book`` (``open_book`` and the ``Book`` it returns: create, check, upgrade, back up),
``book_file`` (header, revision, quick check and schema, read-only), ``backups`` (verified
backups, listed only when complete), ``upgrade`` (one-transaction upgrades, half-upgrades undone)
and ``sqlite_errors`` (SQLite failures as typed errors, without SQL parameters).
"""
