"""SPIN discovery (DOMAIN §6.2) in the domain: note and question drafts, how far discovery has
got, and the seed question bank. Modules: ``spin_fields``, ``spin_questions``.
"""
