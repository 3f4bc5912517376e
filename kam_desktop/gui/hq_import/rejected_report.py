""" "Save rejected rows…": the plan's rejected cells as a CSV or XLSX the rep sends back to HQ."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kam_desktop.gui.tasks import BackgroundOp
from kam_desktop.services.hq_import.model import ImportPlan
from kam_desktop.services.hq_import.report import write_rejected_report

SAVE_REPORT = "hq_import.save_report"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RejectedReport", text)


def ask_report_path(parent: QWidget, suggested: Path) -> Path | None:
    """Where to save the report (.csv or .xlsx), or None. A module function so tests can answer."""
    csv_filter = _tr("CSV file (*.csv)")
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        _tr("Save rejected rows"),
        str(suggested),
        ";;".join((csv_filter, _tr("Excel workbook (*.xlsx)"))),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() in (".csv", ".xlsx"):
        return path
    return path.with_name(path.name + (".csv" if chosen_filter == csv_filter else ".xlsx"))


def save_rejected_rows(
    parent: QWidget, plan: ImportPlan, on_saved: Callable[[Path], object]
) -> BackgroundOp[Path] | None:
    """Ask where, then write the report off the GUI thread; None when the rep chose no file."""
    source = Path(plan.overview.path)
    suggested = source.with_name(_tr("%1 - rejected rows.csv").replace("%1", source.stem))
    target = ask_report_path(parent, suggested)
    if target is None:
        return None

    def write(_progress: object) -> Path:
        write_rejected_report(plan, target)
        return target

    return (
        BackgroundOp(parent, kind=SAVE_REPORT, on_success=on_saved)
        .with_dialog(_tr("Save rejected rows"), _tr("Writing the report…"))
        .run(write)
    )
