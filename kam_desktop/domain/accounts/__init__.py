"""Accounts in the domain: the account fields (labels, HQ- or field-owned, validation of an
``AccountDraft``) and the unified social credit code check (GB 32100-2015).

Modules: ``account_fields`` (``AccountField``, ``AccountDraft``, ``HQ_OWNED``, ``validated``),
``credit_code`` (``check_character``, ``is_valid``), ``hq_columns`` (HQ list header synonyms,
DOMAIN §10: ``ListKind``, ``match_header``, ``HeaderMatch``, ``REQUIRED``, ``fields``,
``normalise_header``, ``is_summary_label``).
"""
