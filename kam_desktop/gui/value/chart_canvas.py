"""A matplotlib Figure from ``reports/charts`` shown in a widget, redrawn on request.

The Figure is built by a pure chart function; this widget only hosts it (Qt's Agg canvas), so
the same chart prints in a PDF or saves as PNG unchanged. Right-click copies the chart to the
clipboard or saves it as PNG or SVG.

A chart of the same shape as one drawn before (the Value tab draws the same three charts for
every account) takes that chart's layout instead of measuring its own (``LAYOUTS``): half of a
chart's drawing time, the same pixels.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QVBoxLayout, QWidget

from kam_desktop.domain.errors import KamError
from kam_desktop.gui.error_dialogs import show_error
from kam_desktop.reports.charts.export import save_figure
from kam_desktop.reports.charts.layouts import LayoutCache

LAYOUTS = LayoutCache()  # the app's chart layouts, shared by every canvas


class ChartCanvas(QWidget):
    """Shows the Figure ``make()`` returns; ``redraw()`` builds it again (new data, new
    language)."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "chart") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._make: Callable[[], Figure] | None = None
        self.figure: Figure | None = None
        self._canvas: FigureCanvasQTAgg | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def show_chart(self, make: Callable[[], Figure] | None) -> None:
        self._make = make
        self.redraw()

    def redraw(self) -> None:
        if self._canvas is not None:
            self._layout.removeWidget(self._canvas)
            self._canvas.deleteLater()
            self._canvas = None
        self.figure = self._make() if self._make is not None else None
        if self.figure is not None:
            self._canvas = FigureCanvasQTAgg(self.figure)
            self._keep_layout(self.figure, self._canvas)
            self._canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            width, height = self.figure.get_size_inches() * self.figure.dpi
            self._canvas.setFixedSize(int(width), int(height))  # drawn for this size
            self.setFixedSize(int(width), int(height))
            self._layout.addWidget(self._canvas)

    @staticmethod
    def _keep_layout(figure: Figure, canvas: FigureCanvasQTAgg) -> None:
        """Lay ``figure`` out as a chart of its shape was, or keep its layout once drawn."""
        key = LAYOUTS.prepare(figure)
        if key is None:
            return
        connection: list[int] = []

        def drawn(_event: object) -> None:
            canvas.mpl_disconnect(connection[0])
            LAYOUTS.keep(figure, key)

        connection.append(canvas.mpl_connect("draw_event", drawn))

    def _menu(self, at: QPoint) -> None:
        if self.figure is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Copy chart"), self.copy_to_clipboard)
        menu.addAction(self.tr("Save chart as…"), self.save_as)
        menu.exec(self.mapToGlobal(at))

    def copy_to_clipboard(self) -> None:
        if self._canvas is not None:
            QGuiApplication.clipboard().setPixmap(self._canvas.grab())

    def save_as(self, path: Path | None = None) -> None:
        if self.figure is None:
            return
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save chart as"),
                "",
                self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            save_figure(self.figure, path)
        except KamError as error:
            show_error(self, error)
