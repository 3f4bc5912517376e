"""Revisit use cases.

Modules:

- ``revisits``: the due list (待回访) and the rep's decisions on it (``due_list``,
  ``due_for_account``, ``snooze``, ``dismiss``, ``reopen``, ``mark_covered``, ``plan_from_due``,
  ``load_settings``, ``save_settings``).
- ``due_items``: the list computed afresh (``DueItem``, ``computed_due``, ``stored_settings``).
- ``revisit_facts``: the facts the rules need, gathered in bulk (``gather_facts``,
  ``AccountHeader``).
- ``value_facts``: the recent value snapshots of the accounts whose value is falling, for the
  falling-value alert (``falling_histories``).
- ``due_cache``: the list's per-day cache and the accounts' due columns (``refresh_due_cache``,
  ``refresh_due_for_accounts``, ``cached_items``).
- ``sqlite_queries``: the bulk queries of ``revisit_facts`` and ``due_cache`` as SQL on the raw
  DB-API connection: the one SQLite-only module of the services (``Scope`` and one
  function per query).
"""
