"""Save as PDF…: where to (a file dialog), then ``write_visit_plan`` in the background; its
errors (an unwritable folder, a file open elsewhere) are shown by ``BackgroundOp``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from kam_desktop.domain.i18n import current_language
from kam_desktop.gui.tasks import BackgroundOp
from kam_desktop.reports.visit_plan.document import write_visit_plan
from kam_desktop.services.visit_plan.model import VisitPlan

SAVE = "plan.save"
_CONTEXT = "PlanPage"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def ask_save_path(parent: QWidget, title: str, suggested: Path, filter_text: str) -> Path | None:
    """Where to save the PDF (".pdf" added when missing), or None. A module function so tests
    can answer without a modal loop."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filter_text)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def _said_saved(parent: QWidget) -> Callable[[Path], None]:
    def show(path: Path) -> None:  # in the window's status bar, if it has one
        bar = getattr(parent.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(_tr("Saved %1").replace("%1", str(path)), 8000)

    return show


def save_plan(parent: QWidget, plan: VisitPlan) -> BackgroundOp[Path] | None:
    """Ask where, then write the plan's PDF there in the background; None if the rep backs out.
    Done, the window's status bar says where."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = _tr("Visit plan %1 to %2.pdf")
    name = name.replace("%1", plan.start.isoformat()).replace("%2", plan.end.isoformat())
    path = ask_save_path(parent, _tr("Save as PDF"), Path(folder or Path.home()) / name,
                         _tr("PDF files (*.pdf)"))  # fmt: skip
    if path is None:
        return None
    language = current_language()  # read here: the worker must not ask the GUI
    return (
        BackgroundOp(parent, kind=(SAVE, parent), on_success=_said_saved(parent))
        .with_status(_tr("Saving the visit plan…"))
        .run(lambda _progress: write_visit_plan(plan, path, language))
    )
