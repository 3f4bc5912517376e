"""The account book as a whole: make a new one (``new_book``), facts about it (``book_info``), the
facts the rep may change (``book_meta``), and keeping the list's cached columns fresh after an
edit and once a day (``account_caches``), the backups beside a book (``backups``) and database
failures as the front ends show them (``db_errors``).
"""
