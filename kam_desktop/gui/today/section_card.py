"""One section of the Today page: a title with its count, one line per item (what, why, when),
a link to the rest, and in place of an empty list a sentence saying what to do next."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.gui.empty_state import EmptyStateStack

URGENT = QColor("#b3261e")
QUIET = QColor("#5f6368")
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class CardRow:
    """One line: ``what`` (usually the account), ``why`` (one-line reason), ``when``; the
    ``payload`` is what activating the line acts on."""

    what: str
    why: str
    when: str
    payload: object
    tooltip: str = ""
    urgent: bool = False


class SectionCard(QFrame):
    """``activated(payload)`` on double-click or Enter; ``menu_requested(payload, global_pos)``
    on right-click; ``link_activated(key)`` when the rep follows the footer's link."""

    activated = Signal(object)
    menu_requested = Signal(object, QPoint)
    link_activated = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#{name} {{ background: white; border: 1px solid #d9dde3; border-radius: 6px; }}"
        )
        self.title = QLabel(self)
        self.title.setObjectName(f"{name}Title")
        self.title.setStyleSheet("font-size: 11.5pt; font-weight: 600; border: none;")
        self.count = QLabel(self)
        self.count.setObjectName(f"{name}Count")
        self.count.setStyleSheet("color: #5f6368; border: none;")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName(f"{name}List")
        self.tree.setColumnCount(3)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 2px 0px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.stack = EmptyStateStack(self.tree, self, f"{name}Empty")
        self.stack.label.setStyleSheet(
            "color: #5f6368; font-size: 10.5pt; padding: 8px; border: none;"
        )
        self.stack.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.footer = QLabel(self)
        self.footer.setObjectName(f"{name}More")
        self.footer.setStyleSheet("border: none;")
        self.footer.setTextFormat(Qt.TextFormat.RichText)
        self.footer.linkActivated.connect(self.link_activated)

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.footer)

        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.customContextMenuRequested.connect(self._on_menu)

    def set_rows(self, rows: list[CardRow], empty_text: str) -> None:
        """Show ``rows``, or ``empty_text`` when there are none."""
        self.tree.clear()
        for row in rows:
            item = QTreeWidgetItem([row.what, row.why, row.when])
            item.setData(0, PAYLOAD_ROLE, row.payload)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tip = row.tooltip or f"{row.what}\n{row.why}"
            for column in range(3):
                item.setToolTip(column, tip)
            item.setForeground(1, QBrush(QUIET))
            item.setForeground(2, QBrush(URGENT if row.urgent else QUIET))
            self.tree.addTopLevelItem(item)
        self.stack.label.setText(empty_text)
        self.stack.show_content(bool(rows))

    def set_footer(self, text: str, link: str | None = None) -> None:
        """A line under the list: plain, or a link whose ``link`` key goes to ``link_activated``."""
        if link is None or not text:
            self.footer.setText(text)
        else:
            self.footer.setText(f'<a href="{link}">{text}</a>')
        self.footer.setVisible(bool(text))

    def payloads(self) -> list[object]:
        """What each shown line acts on, top-down (tests)."""
        return [
            self.tree.topLevelItem(i).data(0, PAYLOAD_ROLE)
            for i in range(self.tree.topLevelItemCount())
        ]

    def activate(self, row: int) -> None:
        """Act on line ``row`` as a double-click would (tests, keyboard)."""
        item = self.tree.topLevelItem(row)
        if item is not None:
            self._on_item_activated(item, 0)

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.activated.emit(item.data(0, PAYLOAD_ROLE))

    def _on_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        if item is not None:
            global_pos = self.tree.viewport().mapToGlobal(pos)
            self.menu_requested.emit(item.data(0, PAYLOAD_ROLE), global_pos)
