"""Value use cases: the derived caches on every account — sales, last order/visit/contact,
value score and tier, lifecycle stage.

Modules:

- ``derived``: the refresh: score, stage and write what changed (``refresh_derived``,
  ``DerivedConfig``); the same scoring for any day, writing nothing (``score_accounts``).
- ``derived_facts``: what the refresh reads from the book, in a few GROUP BY queries
  (``cached_accounts``, ``value_weights``, ``sales_from_records``, ``sales_from_orders``,
  ``last_visit_per_account``, ``last_visit_per_contact``, ``key_contact_levels``, with
  ``Windows``, ``Sales`` and ``ACCOUNT_CACHE``).
- ``snapshots``: the monthly value snapshots (``write_snapshot``, ``backfill_snapshots``,
  ``missing_months``).
- ``snapshot_history``: reading them: ``tier_history``, ``tier_movers``, ``falling_accounts``.
"""
