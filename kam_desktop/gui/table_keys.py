"""Keyboard actions on a list: Enter opens the current row, Delete removes it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView


def bind_table_keys(
    table: QAbstractItemView,
    *,
    on_open: Callable[[], object] | None = None,
    on_delete: Callable[[], object] | None = None,
) -> None:
    """Shortcuts that act only while the table has focus (both Return and keypad Enter)."""
    bindings: list[tuple[QKeySequence, Callable[[], object]]] = []
    if on_open is not None:
        bindings += [(QKeySequence(Qt.Key.Key_Return), on_open),
                     (QKeySequence(Qt.Key.Key_Enter), on_open)]  # fmt: skip
    if on_delete is not None:
        bindings.append((QKeySequence(QKeySequence.StandardKey.Delete), on_delete))
    for keys, slot in bindings:
        QShortcut(keys, table, slot).setContext(Qt.ShortcutContext.WidgetShortcut)
