"""A small keyboard-first table of rows of real widgets (next steps, complaints, materials).

Each row is a line of editors, so Tab walks through every cell and on out of the table (a
``QTableView`` would keep Tab to itself). Enter in a row adds a row below it, Ctrl+Del removes
the row, and a problem is shown on a line under the row it is about.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PROBLEM_STYLE = "color: #b3261e;"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class EditorRow(QWidget):
    """One row: its editors in a grid, and a message line under them."""

    def __init__(self, parent: QWidget, columns: int) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        self.columns = columns
        self.fields: list[QWidget] = []  # in Tab order
        self.parts: dict[str, QWidget] = {}
        self.entry: QWidget | None = None  # where typing starts; the first field by default
        self.extra: dict[str, Any] = {}  # what the row carries but does not show (ids, flags)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(PROBLEM_STYLE)
        self.error.setVisible(False)

    def place(self, part: str, widget: QWidget, row: int, col: int, span: int = 1) -> QWidget:
        self.grid.addWidget(widget, row, col, 1, span)
        self.fields.append(widget)
        self.parts[part] = widget
        return widget

    def finish(self) -> None:
        self.grid.addWidget(self.error, self.grid.rowCount(), 0, 1, self.columns)
        self.entry = self.entry or self.fields[0]


class RowEditor(QWidget):
    """Rows of editors with an add button. Subclasses build a row and say when it is blank;
    ``set_values`` fills the rows (and the blank row to type into)."""

    rows_changed = Signal()
    COLUMNS = 1
    STRETCH: tuple[int, ...] = (1,)  # per column; 0 = fixed width (the editors set it)
    KEEP_BLANK_ROW = True  # always offer an empty row to type into

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EditorRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.header = self._make_header()
        if self.header is not None:
            layout.addWidget(self.header)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(4)
        layout.addLayout(self._rows_layout)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.add_row())
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    # --- for subclasses --------------------------------------------------------------------------

    def _make_header(self) -> QWidget | None:
        return None

    def _build(self, row: EditorRow, value: Any) -> None:
        raise NotImplementedError

    def _is_blank(self, row: EditorRow) -> bool:
        raise NotImplementedError

    def _retranslate_row(self, row: EditorRow) -> None:
        """Placeholders and accessible names of one row."""

    def _configure(self, grid: QGridLayout) -> None:
        for col, stretch in enumerate(self.STRETCH):
            grid.setColumnStretch(col, stretch)

    # --- rows --------------------------------------------------------------------------------

    def rows(self) -> list[EditorRow]:
        return list(self._rows)

    def filled_rows(self) -> list[EditorRow]:
        """The rows that say something; blank ones are not saved."""
        return [row for row in self._rows if not self._is_blank(row)]

    def add_row(
        self, value: Any = None, *, after: EditorRow | None = None, focus: bool = True
    ) -> EditorRow:
        row = EditorRow(self, self.COLUMNS)
        self._configure(row.grid)
        self._build(row, value)
        row.finish()
        for widget in row.fields:
            widget.installEventFilter(self)
        self._retranslate_row(row)
        index = self._rows.index(after) + 1 if after in self._rows else len(self._rows)
        self._rows.insert(index, row)
        self._rows_layout.insertWidget(index, row)
        row.show()  # now, not when the layout gets round to it: keys may already be on the way
        self.rows_changed.emit()
        if focus and row.entry is not None:
            row.entry.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def remove_row(self, row: EditorRow) -> None:
        index = self._rows.index(row)
        self._rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        if self.KEEP_BLANK_ROW and not self._rows:
            self.add_row(focus=False)
        self.rows_changed.emit()
        target = self._rows[min(index, len(self._rows) - 1)] if self._rows else None
        (target.entry if target is not None and target.entry else self.add_button).setFocus()

    def set_values(self, values: list[Any]) -> None:
        for row in list(self._rows):
            self._rows.remove(row)
            self._rows_layout.removeWidget(row)
            row.deleteLater()
        for value in values:
            self.add_row(value, focus=False)
        if self.KEEP_BLANK_ROW:
            self.add_row(focus=False)  # room for one more without reaching for the mouse
        self.rows_changed.emit()

    def row_of(self, widget: QWidget) -> EditorRow | None:
        for row in self._rows:
            if row is widget or row.isAncestorOf(widget):
                return row
        return None

    def focus_chain(self) -> list[QWidget]:
        """Every editor in Tab order, then the add button."""
        return [w for row in self._rows for w in row.fields] + [self.add_button]

    # --- problems ------------------------------------------------------------------------------

    def show_problem(self, row: EditorRow, part: str, message: str) -> QWidget:
        """Show ``message`` under ``row``; the editor of ``part``, to put the focus on."""
        shown = row.error.text()
        row.error.setText(f"{shown}\n{message}" if shown else message)
        row.error.setVisible(True)
        return row.parts.get(part) or row.fields[0]

    def clear_problems(self) -> None:
        for row in self._rows:
            row.error.clear()
            row.error.setVisible(False)

    def problem_texts(self) -> list[str]:
        return [row.error.text() for row in self._rows if not row.error.isHidden()]

    # --- keys --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        row = self.row_of(watched)
        if row is None:
            return False
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_Delete and modifiers == Qt.KeyboardModifier.ControlModifier:
            self.remove_row(row)
            return True
        if key in _ENTER and modifiers in _PLAIN:
            self._enter(row)
            return True
        return False

    def _enter(self, row: EditorRow) -> None:
        if self._is_blank(row):
            return  # nothing typed yet: a second empty row would only be in the way
        index = self._rows.index(row)
        below = self._rows[index + 1] if index + 1 < len(self._rows) else None
        if below is not None and self._is_blank(below) and below.entry is not None:
            below.entry.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.add_row(after=row)

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for row in self._rows:
            self._retranslate_row(row)
