"""Edit the contact-map rules, then recompute every account's stored gaps in the background.

Shared by the map tab's Rules… and the File menu. The recompute takes a while on a big book
(~1.5 s for 100k accounts), so it runs off the GUI thread; saving again before it is done
supersedes it, so the gaps always follow the newest rules.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from kam_desktop.gui.contact_map.map_rules_dialog import MapRulesDialog
from kam_desktop.gui.tasks import BackgroundOp
from kam_desktop.services.book.handle import Book
from kam_desktop.services.contacts.coverage import refresh_map_gaps

RECOMPUTE_GAPS = "contact_map.recompute_gaps"  # one at a time in the whole app


def edit_map_rules(parent: QWidget, book: Book, on_recomputed: Callable[[], object]) -> bool:
    """Open the rules dialog; after a save, recompute the gaps and call ``on_recomputed``.
    True when the rep saved new rules."""
    if MapRulesDialog(book, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    BackgroundOp(parent, kind=RECOMPUTE_GAPS, on_success=lambda _: on_recomputed()).with_status(
        QCoreApplication.translate("edit_map_rules", "Updating coverage gaps with the new rules…")
    ).run(lambda progress: refresh_map_gaps(book, progress=progress))
    return True
