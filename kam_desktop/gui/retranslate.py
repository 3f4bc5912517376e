"""One registration for relabelling a widget when the interface language changes.

Frescobaldi's ``translateUI`` idea: a widget registers once, in ``__init__``, with
``translate_ui(self)``; its ``retranslate()`` runs at once and again on every
``QEvent.LanguageChange`` Qt sends it (``gui.i18n.LanguageSwitcher`` makes Qt send one to every
widget). No widget writes its own ``changeEvent`` for that.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from inspect import ismethod

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _LanguageWatcher(QObject):
    """Owned by the widget it watches (gone with it); calls ``method`` on each LanguageChange.

    A bound method is held weakly so that the watcher does not keep its own widget alive.
    """

    def __init__(self, widget: QWidget, method: Callable[[], object]) -> None:
        super().__init__(widget)
        self.setObjectName("languageWatcher")
        if ismethod(method):
            self._method: Callable[[], Callable[[], object] | None] = weakref.WeakMethod(method)
        else:
            self._method = lambda: method
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            method = self._method()
            if method is not None:
                method()
        return False  # the widget still gets the event (forms from .ui files relabel on it)


def translate_ui(widget: QWidget, method: Callable[[], object] | None = None) -> None:
    """Call ``method`` (by default ``widget.retranslate``) now and on every language change.

    It runs before the widget's own ``changeEvent`` and before its children are relabelled,
    as a ``changeEvent`` override calling it first would.
    """
    method = method if method is not None else widget.retranslate  # type: ignore[attr-defined]
    _LanguageWatcher(widget, method)
    method()
