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
from kam_desktop.services.book.cache_state import REFRESHED_ON
from kam_desktop.services.contacts.coverage import refresh_map_gaps
from kam_desktop.services.progress import Progress, Steps, step_names
from kam_desktop.services.revisits.due_cache import refresh_due_cache, refresh_due_for_accounts
from kam_desktop.services.spin.spin import refresh_spin_stage
from kam_desktop.services.value.derived import refresh_contact_caches, refresh_derived
from kam_desktop.services.value.quadrant_splits import store_splits
from kam_desktop.services.value.rescore import rescore
from kam_desktop.services.value.snapshots import keep_missing_cutoffs, write_snapshot

log = logging.getLogger(__name__)

_STEPS = step_names(
    QT_TRANSLATE_NOOP("progress", "Saving contacts"),
    QT_TRANSLATE_NOOP("progress", "Finding coverage gaps"),
    QT_TRANSLATE_NOOP("progress", "Scoring accounts"),
    QT_TRANSLATE_NOOP("progress", "Reading SPIN progress"),
    QT_TRANSLATE_NOOP("progress", "Finding visits due"),
    QT_TRANSLATE_NOOP("progress", "Saving value snapshots"),
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
    # Contacts' last contact days, then the gaps they show, then the scores that weigh gaps.
    steps.start(0)
    refresh_contact_caches(book)
    refresh_map_gaps(book, today, progress=steps.within(1))
    refresh_derived(book, today, steps.within(2), contacts=False)
    steps.start(3)
    refresh_spin_stage(book)
    steps.start(4)
    refresh_due_cache(book, today)
    # The month's snapshot from the indicators just cached: tier history stays current.
    write_snapshot(book, None, today, steps.within(5))
    keep_missing_cutoffs(book)
    store_splits(book, today)
    set_meta(book, REFRESHED_ON, today.isoformat())
    steps.finish()
    log.info("refreshed all account caches for %s", today)


def rescore_all(
    book: Book,
    today: date | None = None,
    progress: Progress | None = None,
    *,
    stages_changed: bool = False,
) -> None:
    """Bring the value caches in line with new weights, tier rule or lifetime assumptions.

    When the indicator cache was computed today, re-weighing it and writing the current
    month's snapshot is all that changes (a second on 100,000 accounts, not a full refresh);
    new lifecycle thresholds (``stages_changed``) or an older cache refresh everything.
    """
    today = today or date.today()
    if not stages_changed and rescore(book, today):
        write_snapshot(book, None, today, progress)
        store_splits(book, today)  # the lifetime assumptions may be what changed
        set_meta(book, REFRESHED_ON, today.isoformat())
        return
    refresh_all(book, today, progress)


def refresh_account(book: Book, account_id: str, today: date | None = None) -> None:
    """Recompute the caches one edit can change (map gaps, due revisits) for one account."""
    refresh_map_gaps(book, today or date.today(), account_ids=[account_id])
    refresh_due_for_accounts(book, [account_id], today)
