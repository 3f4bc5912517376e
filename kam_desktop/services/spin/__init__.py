"""SPIN use cases: an account's notes and progress and the list's cache of it (``spin``), and the
question bank (``spin_bank``).
"""
