"""Revisit use cases: the due list (待回访) and the rep's decisions on it (``revisits``), the
facts the rules need gathered in bulk (``revisit_facts``), the list computed afresh
(``due_items``) and its per-day cache (``due_cache``).
"""
