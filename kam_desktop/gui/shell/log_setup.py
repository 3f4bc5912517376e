"""Logging for the desktop app: a rotating file in the app-data folder, Qt warnings included."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QStandardPaths, QtMsgType, qInstallMessageHandler

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_log = logging.getLogger("qt")


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    _qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def configure_logging() -> Path | None:
    """Log to ``<app data>/logs/kam-desktop.log``; returns the file (None if not writable)."""
    root = logging.getLogger()
    if any(getattr(h, "_kam", False) for h in root.handlers):
        return None
    folder = (
        Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        / "logs"
    )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "kam-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        target: Path | None = folder / "kam-desktop.log"
    except OSError:
        handler = logging.StreamHandler()
        target = None
    handler._kam = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    qInstallMessageHandler(_qt_message)
    return target
