"""Account use cases.

Modules:

- ``find_accounts``: the account list: find (search, filter, sort) and count accounts, read a
  page of rows, the values present for the filter menus (``AccountQuery``, ``AccountRow``,
  ``FilterOptions``, ``SORT_KEYS``, ``find_account_ids``, ``count_accounts``, ``account_rows``,
  ``list_accounts``, ``filter_options``).
- ``accounts``: one account: read it by id or HQ code, create, update, soft delete and restore
  (``AccountDetail``, ``get_account``, ``get_account_by_code``, ``account_id_for_code``,
  ``create_account``, ``update_account``, ``delete_account``, ``restore_account``).
- ``hq_history``: what HQ imports changed on one account, and its former names (``HqChange``,
  ``hq_history``, ``former_names``, ``former_names_in``).
"""
