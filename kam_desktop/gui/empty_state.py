"""A list, board or map that gives way to a sentence when there is nothing to show.

The sentence says why the view is empty and what to do ("Choose an account...", "No contacts
yet. Add..."); the caller sets it and switches with ``show_content``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget


class EmptyStateStack(QStackedWidget):
    """``content`` or, in its place, ``label`` (object name ``name``, for tests and styles)."""

    def __init__(self, content: QWidget, parent: QWidget, name: str = "emptyState") -> None:
        super().__init__(parent)
        self.content = content
        self.label = QLabel(self)
        self.label.setObjectName(name)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #555; font-size: 12pt; padding: 40px;")
        self.addWidget(content)
        self.addWidget(self.label)

    def show_content(self, shown: bool) -> None:
        """The content when ``shown``, else the empty-state sentence."""
        self.setCurrentWidget(self.content if shown else self.label)
