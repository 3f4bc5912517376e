"""The view of a contact map: Ctrl+wheel zooms, dragging the background pans, + − 0 keys.

A map opens fitted to the window (never enlarged past 100 %, so a small map is not blown up)
when that leaves names readable; a wide one opens at the zoom where names are READABLE_PX
tall, centred on the decision level, and Fit shows it whole. Once fitted, the map keeps itself
fitted as the window resizes until the rep zooms by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

MIN_ZOOM = 0.02  # low enough to fit a 300-contact chart in a window
MAX_ZOOM = 4.0
STEP = 1.25
READABLE_PX = 11.0  # smallest on-screen height of a card's name the map opens at


class MapView(QGraphicsView):
    """``zoom_changed(factor)`` after every change of scale."""

    zoom_changed = Signal(float)

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("contactMapView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)  # cards still take their drags
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.auto_fit = True

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = min(max(factor, MIN_ZOOM), MAX_ZOOM)
        self.setTransform(QTransform.fromScale(factor, factor))
        self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        self.auto_fit = False
        self._zoom_centred(self.zoom() * STEP)

    def zoom_out(self) -> None:
        self.auto_fit = False
        self._zoom_centred(self.zoom() / STEP)

    def _zoom_centred(self, factor: float) -> None:
        # Buttons and keys zoom about the middle of the window, the wheel about the pointer.
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.set_zoom(factor)
        self.setTransformationAnchor(anchor)

    def fit(self) -> None:
        """Show the whole map (at most at 100 %) and keep it fitted as the window resizes."""
        self.auto_fit = True
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        viewport = self.viewport().rect()
        factor = min(viewport.width() / rect.width(), viewport.height() / rect.height(), 1.0)
        self.set_zoom(factor)
        self.centerOn(rect.center())

    def open_readable(self, name_px: float, focus: QRectF | None = None) -> None:
        """Fit if names stay READABLE_PX tall (``name_px`` at 100 %); else zoom to that and
        centre on ``focus`` (the deciders' cards), or the top of the map."""
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        viewport = self.viewport().rect()
        fitted = min(viewport.width() / rect.width(), viewport.height() / rect.height(), 1.0)
        readable = READABLE_PX / name_px
        if fitted >= readable:
            self.fit()
            return
        self.auto_fit = False
        self.set_zoom(readable)
        if focus is None or focus.isEmpty():
            focus = QRectF(rect.left(), rect.top(), rect.width(), 1)
        # The deciders near the top of the window, those below them in the rest of it.
        half_height = viewport.height() / readable / 2
        self.centerOn(focus.center().x(), focus.top() - 20 + half_height)

    def show_area(self, area: QRectF) -> None:
        """Bring ``area`` into view, zooming out only if it does not fit."""
        if area.isEmpty():
            return
        viewport = self.viewport().rect()
        needed = min(viewport.width() / area.width(), viewport.height() / area.height()) * 0.95
        if needed < self.zoom():
            self.auto_fit = False
            self.set_zoom(needed)
        self.centerOn(area.center())

    # --- events ------------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.auto_fit = False
                self.set_zoom(self.zoom() * STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()
