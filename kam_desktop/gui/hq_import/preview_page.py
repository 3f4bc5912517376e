"""Page 4: what the import would do, before anything is written: the counts, each change
(filterable by outcome), the rejected cells, possible duplicates; Import runs it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kam_desktop.gui.error_dialogs import show_error
from kam_desktop.gui.hq_import.counts_bar import CountsBar
from kam_desktop.gui.hq_import.field_names import outcome_label
from kam_desktop.gui.hq_import.import_state import ImportState
from kam_desktop.gui.hq_import.preview_model import ChangesModel, OutcomeFilter, RejectedModel
from kam_desktop.gui.hq_import.rejected_report import save_rejected_rows
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.row_table import RowTable
from kam_desktop.gui.tasks import BackgroundOp
from kam_desktop.services.hq_import.model import ImportPlan, ImportResult, Outcome
from kam_desktop.services.hq_import.plan import plan_import
from kam_desktop.services.hq_import.run import run_import
from kam_desktop.services.progress import Cancelled

PLAN = "hq_import.plan"
IMPORT = "hq_import.run"
# Unchanged rows are only counted and rejected ones have their own tab.
FILTERS: tuple[Outcome | None, ...] = (
    None,
    Outcome.NEW,
    Outcome.UPDATED,
    Outcome.DUPLICATE,
    Outcome.CONFLICT,
)


class PreviewPage(QWizardPage):
    def __init__(
        self,
        state: ImportState,
        on_imported: Callable[[ImportResult], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewPage")
        self.setCommitPage(True)  # after Import there is no way back to the preview
        self._state = state
        self._on_imported = on_imported
        self._planning = False
        self._importing = False

        self.previous = QLabel(self)
        self.previous.setObjectName("previousImportLabel")
        self.previous.setWordWrap(True)
        self.previous.setStyleSheet(
            "background: #fff4d6; border: 1px solid #e0c068; border-radius: 4px; padding: 6px;"
        )
        self.counts = CountsBar(self)
        self.skipped = QLabel(self)
        self.skipped.setObjectName("skippedLabel")
        self.skipped.setWordWrap(True)

        self.changes_model = ChangesModel(self)
        self.changes_filter = OutcomeFilter(self)
        self.changes_filter.setSourceModel(self.changes_model)
        self.changes = RowTable(self.changes_filter, 0, "changesTable", self)
        self.changes.setModel(self.changes_filter)
        self.changes.setSortingEnabled(False)  # file order
        self.changes.horizontalHeader().setStretchLastSection(True)
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setObjectName("outcomeFilter")
        for _outcome in FILTERS:
            self.outcome_combo.addItem("")
        self._show_label = QLabel(self)

        self.rejected_model = RejectedModel(self)
        self.rejected = RowTable(self.rejected_model, 0, "rejectedTable", self)
        self.rejected.horizontalHeader().setStretchLastSection(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveRejectedButton")
        self.saved_note = QLabel(self)

        self.warnings = QTableWidget(0, 4, self)
        self.warnings.setObjectName("warningsTable")
        self.warnings.verticalHeader().setVisible(False)
        self.warnings.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.warnings.horizontalHeader().setStretchLastSection(True)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("previewTabs")
        self.tabs.addTab(self._changes_tab(), "")
        self.tabs.addTab(self._rejected_tab(), "")
        self.tabs.addTab(self.warnings, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.previous)
        layout.addWidget(self.counts)
        layout.addWidget(self.skipped)
        layout.addWidget(self.tabs, 1)

        self.outcome_combo.currentIndexChanged.connect(self._on_filter_chosen)
        self.save_button.clicked.connect(self._on_save_clicked)
        translate_ui(self)

    def _changes_tab(self) -> QWidget:
        tab = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(self._show_label)
        row.addWidget(self.outcome_combo)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.changes, 1)
        return tab

    def _rejected_tab(self) -> QWidget:
        tab = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_note, 1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.rejected, 1)
        layout.addLayout(row)
        return tab

    # --- planning ------------------------------------------------------------------------------

    def initializePage(self) -> None:
        state = self._state
        state.plan = None
        self._planning = True
        self._show()
        book, path, options = state.book, state.path, state.options()
        assert path is not None
        BackgroundOp(
            self, kind=(PLAN, state), on_success=self._on_planned, on_failure=self._on_plan_failed
        ).with_dialog(
            self.tr("Import a list"), self.tr("Comparing the list with the account book…")
        ).run(lambda progress: plan_import(book, path, options, progress))

    def _on_planned(self, plan: ImportPlan) -> None:
        self._state.plan = plan
        self._planning = False
        self._show()

    def _on_plan_failed(self, exc: BaseException) -> None:
        self._planning = False
        if not isinstance(exc, Cancelled):  # the rep cancelled: back to the mapping, quietly
            show_error(self, exc)
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.back()

    def isComplete(self) -> bool:
        plan = self._state.plan
        return not (self._planning or self._importing) and plan is not None and plan.writes_anything

    # --- importing -----------------------------------------------------------------------------

    def validatePage(self) -> bool:
        """Import runs in the background; the wizard moves on once it has succeeded."""
        state = self._state
        if state.result is not None:
            return True
        if self._importing or state.plan is None:
            return False
        self._importing = True
        self.completeChanged.emit()
        book, path, options = state.book, state.path, state.options()
        assert path is not None
        BackgroundOp(
            self, kind=(IMPORT, state), on_success=self._on_imported_run,
            on_failure=self._on_import_failed,
        ).with_dialog(
            self.tr("Import a list"), self.tr("Importing into the account book…")
        ).run(lambda progress: run_import(book, path, options, progress))  # fmt: skip
        return False

    def _on_imported_run(self, result: ImportResult) -> None:
        self._importing = False
        self._state.result = result
        self._on_imported(result)
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _on_import_failed(self, exc: BaseException) -> None:
        self._importing = False
        show_error(self, exc)  # Cancel: "Cancelled. Nothing was changed."
        self.completeChanged.emit()

    def is_importing(self) -> bool:
        return self._importing

    # --- showing -------------------------------------------------------------------------------

    def _show(self) -> None:
        self.completeChanged.emit()
        plan = self._state.plan
        self.changes_model.set_rows(plan.changes if plan is not None else ())
        self.rejected_model.set_rows(plan.rejected if plan is not None else ())
        self.counts.show_counts(plan)
        self._fill_warnings(plan)
        self.save_button.setEnabled(plan is not None and bool(plan.rejected))
        self.saved_note.clear()
        self._relabel()
        if plan is not None:
            self.changes.resizeColumnsToContents()
            for column, widest in ((ChangesModel.NAME, 320), (ChangesModel.NOTE, 260)):
                self.changes.setColumnWidth(column, min(self.changes.columnWidth(column), widest))
            self.rejected.resizeColumnsToContents()
            self.rejected.setColumnWidth(3, min(self.rejected.columnWidth(3), 240))

    def _fill_warnings(self, plan: ImportPlan | None) -> None:
        warnings = plan.warnings if plan is not None else ()
        self.warnings.setRowCount(len(warnings))
        for row, warning in enumerate(warnings):
            other = (
                self.tr("row %1").replace("%1", str(warning.other_row))
                if warning.other_row is not None
                else self.tr("in the account book")
            )
            cells = (
                f"{warning.row}",
                warning.name,
                f"{warning.other_name} ({other})",
                f"{warning.score:.0f} %",
            )
            for column, text in enumerate(cells):
                self.warnings.setItem(row, column, QTableWidgetItem(text))
        self.warnings.resizeColumnsToContents()

    def _relabel(self) -> None:
        """Texts that hold numbers from the plan."""
        plan = self._state.plan
        self.tabs.setTabText(
            0, self.tr("Changes (%1)").replace("%1", str(len(plan.changes) if plan else 0))
        )
        self.tabs.setTabText(
            1, self.tr("Rejected rows (%1)").replace("%1", str(len(plan.rejected) if plan else 0))
        )
        self.tabs.setTabText(
            2,
            self.tr("Possible duplicates (%1)").replace(
                "%1", str(len(plan.warnings) if plan else 0)
            )
            if plan is None or plan.near_duplicates_checked
            else self.tr("Possible duplicates (same name only: too many names to compare)"),
        )
        self.previous.setVisible(plan is not None and plan.previous is not None)
        if plan is not None and plan.previous is not None:
            when = plan.previous.finished_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.previous.setText(
                self.tr(
                    "This file was already imported on %1 with the same mapping; importing it "
                    "again changes nothing."
                ).replace("%1", when)
            )
        if self._planning:
            self.skipped.setText(self.tr("Comparing the list with the account book…"))
        elif plan is None:
            self.skipped.setText("")
        else:
            skipped = self.tr("Skipped: %n summary row(s)", "", plan.summary_rows)
            blank = self.tr("%n blank row(s)", "", plan.blank_rows)
            nothing = (
                self.tr("Nothing in the account book would change.")
                if not plan.writes_anything
                else ""
            )
            self.skipped.setText(" ".join(t for t in (f"{skipped}, {blank}.", nothing) if t))

    def _on_filter_chosen(self, index: int) -> None:
        self.changes_filter.set_outcome(FILTERS[index])

    def _on_save_clicked(self) -> None:
        plan = self._state.plan
        if plan is not None:
            save_rejected_rows(self, plan, self._on_report_saved)

    def _on_report_saved(self, path: Path) -> None:
        self.saved_note.setText(self.tr("Saved to %1").replace("%1", str(path)))

    def retranslate(self) -> None:
        self.setTitle(self.tr("What would change"))
        self.setSubTitle(
            self.tr(
                "Nothing has been written yet. Only the fields headquarters owns change; your "
                "contacts, visits and notes are never touched."
            )
        )
        self._show_label.setText(self.tr("Show:"))
        for index, outcome in enumerate(FILTERS):
            text = outcome_label(outcome) if outcome is not None else self.tr("All changes")
            self.outcome_combo.setItemText(index, text)
        self.save_button.setText(self.tr("Save rejected rows…"))
        self.warnings.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Name"), self.tr("Looks like"), self.tr("Similarity")]
        )
        self.changes_model.retranslate()
        self.rejected_model.retranslate()
        self.counts.retranslate()
        self._relabel()
