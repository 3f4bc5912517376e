"""The coverage gaps under the map: each as its reason and the suggested action; choosing one
tells the map which contacts it concerns."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.contacts.coverage import Gap
from kam_desktop.gui.retranslate import translate_ui

CONTACTS_ROLE = Qt.ItemDataRole.UserRole + 1
REASON_ROLE = Qt.ItemDataRole.UserRole + 2
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 3


class GapDelegate(QStyledItemDelegate):
    """A gap as its reason in bold and the suggested action under it, wrapped to the width."""

    PAD = 6

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        if option.state & QStyle.StateFlag.State_Selected:
            ink = muted = option.palette.highlightedText().color().name()
        else:
            ink, muted = option.palette.text().color().name(), "#57606a"
        doc.setHtml(
            f"<div style='color:{ink}'><b>\u26a0 {escape(index.data(REASON_ROLE))}</b><br>"
            f"<span style='color:{muted}'>{escape(index.data(SUGGESTION_ROLE))}</span></div>"
        )
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        doc.setTextWidth(max(width - 2 * self.PAD, 80))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        option.text = ""  # the style draws the background and selection, the document the text
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + self.PAD, option.rect.top() + self.PAD / 2)
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + self.PAD)


class GapPanel(QWidget):
    """``gap_chosen(contact_ids)`` when the rep clicks a gap (or moves to it with the keys)."""

    gap_chosen = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count: int | None = None  # None: no map shown
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold; padding: 4px 2px 2px 2px;")
        self.list = QListWidget(self)
        self.list.setObjectName("coverageGaps")
        self.list.setItemDelegate(GapDelegate(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap on resize
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.list.itemClicked.connect(self._on_item_chosen)
        self.list.currentItemChanged.connect(self._on_item_chosen)
        translate_ui(self)

    def show_gaps(self, gaps: Sequence[Gap], has_map: bool) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for gap in gaps:
            reason, suggestion = gap.reason(), gap.suggestion()
            item = QListWidgetItem(f"{reason}\n{suggestion}")
            item.setData(CONTACTS_ROLE, gap.contact_ids)
            item.setData(REASON_ROLE, reason)
            item.setData(SUGGESTION_ROLE, suggestion)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setVisible(bool(gaps))
        self._count = len(gaps) if has_map else None
        self.retranslate()

    def texts(self) -> list[str]:
        """The gaps as listed: reason, a line break, suggestion."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _on_item_chosen(self, item: QListWidgetItem | None, *_previous: object) -> None:
        if item is not None:
            self.gap_chosen.emit(tuple(item.data(CONTACTS_ROLE) or ()))

    def retranslate(self) -> None:
        if self._count is None:
            self.title.setText(self.tr("Coverage gaps"))
        elif self._count:
            text = self.tr("%n coverage gap(s): click one to see who", "", self._count)
            self.title.setText(text)
        else:
            self.title.setText(self.tr("No coverage gaps: every rule is met."))
