"""The SPIN board's header: S → P → I → N as steps up to the highest confirmed stage, and the
warning when a proposal stage is reached without confirmed Implication and Need-payoff.

In a narrow pane the steps shrink to their letters (the names stay in the tooltips), so the
strip never makes the account pane wider than the board needs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kam_desktop.domain.enums import SpinStage
from kam_desktop.domain.spin.spin_fields import STAGE_ORDER
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.services.spin.spin import SpinProgress, StageProgress

_REACHED = "background: #1b6e3c; color: white; border: 1px solid #1b6e3c;"
_PASSED = "background: #cfe8d8; color: #1b4d2e; border: 1px solid #9cc9ad;"
_NOTED = "background: white; color: #24292f; border: 1px solid #8a94a3;"
_EMPTY = "background: #eef0f3; color: #8a9099; border: 1px dashed #c3c8cf;"
_STEP = "border-radius: 11px; padding: 3px 10px; {}"
_STEP_PADDING = 24  # the style's horizontal padding and borders


class _Step(QLabel):
    """One stage of the strip; clicking it asks to show that stage's column."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class ProgressStrip(QWidget):
    """Shows a ``SpinProgress`` (or nothing, without an account); ``stage_chosen(stage)``
    when the rep clicks a step."""

    stage_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress: SpinProgress | None = None
        self.steps: list[_Step] = []
        self._arrows: list[QLabel] = []
        self._texts: list[tuple[str, str]] = []  # (full, compact) per step
        self._compact = False
        self.steps_row = steps_row = QHBoxLayout()  # callers may add buttons at its end
        steps_row.setSpacing(4)
        for index, stage in enumerate(STAGE_ORDER):
            if index:
                arrow = QLabel("→", self)
                arrow.setStyleSheet("color: #8a9099;")
                self._arrows.append(arrow)
                steps_row.addWidget(arrow)
            step = _Step(self)
            step.setObjectName(f"step_{stage.value}")
            step.setCursor(Qt.CursorShape.PointingHandCursor)
            step.clicked.connect(lambda stage=stage: self._on_step_clicked(stage))
            step.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            step.setMinimumWidth(1)  # may shrink: resizeEvent switches to the letters
            self.steps.append(step)
            steps_row.addWidget(step)
        steps_row.addStretch(1)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("spinSummary")
        self.summary_label.setWordWrap(True)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("spinWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setStyleSheet(
            "background: #fff4d6; color: #5c3d00; border: 1px solid #e3c26a;"
            " border-radius: 4px; padding: 6px 8px;"
        )
        self.warning_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(steps_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.warning_label)
        translate_ui(self)

    def show_progress(self, progress: SpinProgress | None) -> None:
        self._progress = progress
        self.retranslate()

    def _on_step_clicked(self, stage: SpinStage) -> None:
        self.stage_chosen.emit(stage)

    def set_steps_visible(self, visible: bool) -> None:
        """Without an account there is no progress to draw (the row's buttons stay)."""
        for label in (*self.steps, *self._arrows, self.summary_label):
            label.setVisible(visible)

    @property
    def progress(self) -> SpinProgress | None:
        return self._progress

    def warning_text(self) -> str | None:
        """The warning shown, if any."""
        return None if self.warning_label.isHidden() else self.warning_label.text()

    # --- texts ---------------------------------------------------------------------------------

    def _step_style(self, index: int, stage: StageProgress) -> str:
        progress = self._progress
        if progress is not None and progress.highest_confirmed is not None:
            highest = STAGE_ORDER.index(progress.highest_confirmed)
            if stage.confirmed:
                return _REACHED
            if index < highest:
                return _PASSED  # reached past it, though not confirmed at this stage
        return _NOTED if stage.notes else _EMPTY

    def _step_tooltip(self, stage: StageProgress) -> str:
        text = self.tr("%1: %2 note(s), %3 confirmed. Click to show its column.")
        text = text.replace("%1", stage.stage.label()).replace("%2", str(stage.notes))
        text = text.replace("%3", str(stage.confirmed))
        if stage.newest is not None:
            text += "\n" + self.tr("Newest: %1").replace("%1", stage.newest.question)
        return text

    def _full_width(self) -> int:
        """The width the steps row needs with full stage names."""
        row = self.steps_row
        metrics = self.fontMetrics()
        width = sum(metrics.horizontalAdvance(full) + _STEP_PADDING for full, _ in self._texts)
        for i in range(row.count()):
            widget = row.itemAt(i).widget()
            if widget is not None and widget not in self.steps and widget.isVisibleTo(self):
                width += widget.sizeHint().width()
        return width + row.spacing() * row.count()

    def _show_step_texts(self) -> None:
        for label, (full, compact) in zip(self.steps, self._texts, strict=True):
            label.setText(compact if self._compact else full)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = event.size().width() < self._full_width()
        if compact != self._compact:
            self._compact = compact
            self._show_step_texts()

    def is_compact(self) -> bool:
        return self._compact

    def retranslate(self) -> None:
        progress = self._progress
        self._texts = []
        for index, (label, stage) in enumerate(zip(self.steps, STAGE_ORDER, strict=True)):
            shown = progress.stage(stage) if progress else StageProgress(stage, 0, 0, None)
            mark = "✓ " if shown.confirmed else ""
            self._texts.append((f"{mark}{stage.value} {stage.label()}", f"{mark}{stage.value}"))
            label.setStyleSheet(_STEP.format(self._step_style(index, shown)))
            label.setToolTip(self._step_tooltip(shown))
        if self.width() > 0 and self.isVisible():
            self._compact = self.width() < self._full_width()
        self._show_step_texts()
        if progress is None:
            self.summary_label.setText("")
        elif progress.highest_confirmed is None:
            self.summary_label.setText(self.tr("No answer confirmed yet"))
        else:
            self.summary_label.setText(
                self.tr("Highest confirmed: %1").replace("%1", progress.highest_confirmed.label())
            )
        warning = progress.warning if progress else None
        self.warning_label.setVisible(warning is not None)
        self.warning_label.setText("⚠ " + warning.message() if warning else "")
