"""Page 5: what the import wrote, and the rejected rows to send back to headquarters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, QWizardPage

from kam_desktop.gui.hq_import.field_names import outcome_label
from kam_desktop.gui.hq_import.import_state import ImportState
from kam_desktop.gui.hq_import.rejected_report import save_rejected_rows
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.services.hq_import.model import Outcome


class SummaryPage(QWizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPage")
        self.setFinalPage(True)
        self._state = state
        self.summary = QLabel(self)
        self.summary.setObjectName("summaryLabel")
        self.summary.setWordWrap(True)
        self.counts = QLabel(self)
        self.counts.setObjectName("summaryCounts")
        self.rejected = QLabel(self)
        self.rejected.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveReportButton")
        self.saved_note = QLabel(self)
        self.saved_note.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts)
        layout.addWidget(self.rejected)
        layout.addLayout(row)
        layout.addStretch(1)
        self.save_button.clicked.connect(self._on_save_clicked)
        translate_ui(self)

    def initializePage(self) -> None:
        self._show()

    def _show(self) -> None:
        result = self._state.result
        if result is None:
            return
        plan = result.plan
        if result.written:
            self.summary.setText(
                self.tr("The list %1 was imported into the account book.").replace(
                    "%1", plan.source.name
                )
            )
        else:
            self.summary.setText(
                self.tr("Nothing was written: the account book already held this list.")
            )
        lines = [
            f"{outcome_label(outcome)}: {plan.counts.get(outcome, 0)}"
            for outcome in Outcome
            if outcome is not Outcome.REJECTED
        ]
        if result.touched_accounts:
            lines.append(
                self.tr("Value, lifecycle and due visits brought up to date for %n account(s).",
                        "", result.touched_accounts)
            )  # fmt: skip
        self.counts.setText("\n".join(lines))
        rejected = len(plan.rejected)
        self.rejected.setText(
            self.tr(
                "%n row(s) were rejected and not imported. Save them as a report to correct "
                "the list or send it back to headquarters.",
                "",
                plan.counts.get(Outcome.REJECTED, rejected),
            )
            if rejected
            else self.tr("No row was rejected.")
        )
        self.save_button.setVisible(bool(rejected))

    def _on_save_clicked(self) -> None:
        result = self._state.result
        if result is not None:
            save_rejected_rows(self, result.plan, self._on_report_saved)

    def _on_report_saved(self, path: Path) -> None:
        self.saved_note.setText(self.tr("Saved to %1").replace("%1", str(path)))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(self.tr("The account lists are up to date."))
        self.save_button.setText(self.tr("Save rejected rows…"))
        self._show()
