"""Keep the account list's cached columns true: after an edit, and once a day for the whole book.

Value, lifecycle, map gaps, SPIN stage and due revisits are caches on ``account`` (not synced).
Some depend on the date ("not met for 90 days", "due today"), so a book opened on a new day
refreshes them all; an edit refreshes the one account it touched.
"""

from __future__ import annotations

import logging
from datetime import date

from kam_desktop.db.book import Book, set_meta
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services.contacts.coverage import refresh_map_gaps
from kam_desktop.services.progress import Progress, Steps, step_names
from kam_desktop.services.revisits.due_cache import refresh_due_cache, refresh_due_for_accounts
from kam_desktop.services.spin.spin import refresh_spin_stage
from kam_desktop.services.value.derived import refresh_derived

log = logging.getLogger(__name__)

REFRESHED_ON = "caches_refreshed_on"  # book_meta key: the local date of the last full refresh
_STEPS = step_names(
    QT_TRANSLATE_NOOP("progress", "Scoring accounts"),
    QT_TRANSLATE_NOOP("progress", "Finding coverage gaps"),
    QT_TRANSLATE_NOOP("progress", "Reading SPIN progress"),
    QT_TRANSLATE_NOOP("progress", "Finding visits due"),
)


def needs_refresh(book: Book, today: date | None = None) -> bool:
    """True when the caches were last refreshed on another day (or never); never for a book
    that cannot be written (read-only file or folder: its caches stay as they were)."""
    if book.read_only:
        return False
    return book.meta.get(REFRESHED_ON) != (today or date.today()).isoformat()


def refresh_all(book: Book, today: date | None = None, progress: Progress | None = None) -> None:
    """Recompute every cache of every live account for ``today``."""
    today = today or date.today()
    steps = Steps(progress, _STEPS)
    refresh_derived(book, today, steps.within(0))  # its own steps run inside this one
    refresh_map_gaps(book, today, progress=steps.within(1))
    steps.start(2)
    refresh_spin_stage(book)
    steps.start(3)
    refresh_due_cache(book, today)
    set_meta(book, REFRESHED_ON, today.isoformat())
    steps.finish()
    log.info("refreshed all account caches for %s", today)


def refresh_account(book: Book, account_id: str, today: date | None = None) -> None:
    """Recompute the caches one edit can change (map gaps, due revisits) for one account."""
    refresh_map_gaps(book, today or date.today(), account_ids=[account_id])
    refresh_due_for_accounts(book, [account_id], today)
