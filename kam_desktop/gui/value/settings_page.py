"""One page of the Value settings dialog (价值设置): weights, tiers, lifecycle, lifetime value,
playbooks. Each page edits one group of book settings through its service and says whether the
account caches must be rescored after it saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kam_desktop.services.book.handle import Book


class ValueSettingsPage(QWidget):
    """A page reads its settings from ``book`` when built and writes them on ``save``.

    ``save`` raises a ``KamError`` (``InvalidInput`` with ``FieldProblem``s naming the field)
    and writes nothing when an entry is unusable; the dialog shows the problem and stays open.
    """

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book

    def page_title(self) -> str:
        """The page's tab title, translated."""
        raise NotImplementedError

    def is_modified(self) -> bool:
        """Whether the page shows anything other than what the book holds."""
        raise NotImplementedError

    def save(self) -> bool:
        """Write the page's settings (only when modified); True when the scores, tiers or
        lifecycle stages of the accounts must be recomputed because of what was written."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Re-set every visible text after a language change."""
        raise NotImplementedError
