"""Account use cases: find (search, filter, sort, page), read, create, update, soft delete and
restore. Module: ``accounts``.
"""
