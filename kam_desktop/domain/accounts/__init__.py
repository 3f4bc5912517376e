"""Accounts in the domain: the account fields (labels, HQ- or field-owned, validation of an
``AccountDraft``) and the unified social credit code check (GB 32100-2015).

Modules: ``account_fields`` (``AccountField``, ``AccountDraft``, ``HQ_OWNED``, ``validated``),
``credit_code`` (``check_character``, ``is_valid``), ``hq_columns`` (HQ list header synonyms,
DOMAIN §10: ``ListKind``, ``match_header``, ``HeaderMatch``, ``REQUIRED``, ``fields``,
``normalise_header``, ``is_summary_label``); for HQ list imports (issue 10): ``hq_cells`` (one
cell cleaned: text, codes, Excel and Chinese dates, amounts in 万元, or the ``KamError`` why
not), ``hq_values`` (per field: ``clean_cell``; a whole row: ``account_row`` → ``AccountRow``
with an ``AccountDraft`` and its ``FieldProblem``s), ``company_key`` (``company_key``,
``near_duplicates`` with rapidfuzz, ``NEAR_DUPLICATE_THRESHOLD``).
"""
