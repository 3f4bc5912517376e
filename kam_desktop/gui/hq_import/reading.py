"""Reading a list's overview off the GUI thread, for the pages that (re-)read it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kam_desktop.gui.error_dialogs import show_error
from kam_desktop.gui.hq_import.import_state import ImportState
from kam_desktop.gui.tasks import BackgroundOp
from kam_desktop.services.hq_import.model import ListOverview
from kam_desktop.services.hq_import.overview import inspect_list

READ_LIST = "hq_import.read"  # with the state: a newer reading of the same wizard wins


def read_overview(
    parent: QWidget,
    state: ImportState,
    on_read: Callable[[], object],
    on_failed: Callable[[], object],
    status: str,
) -> BackgroundOp[ListOverview]:
    """Read ``state``'s file as the rep asked; ``on_read`` once ``state.overview`` is set,
    ``on_failed`` after the error was shown."""
    book, path, options = state.book, state.path, state.read_options()
    assert path is not None

    def read(overview: ListOverview) -> None:
        state.set_overview(overview)
        on_read()

    def failed(exc: BaseException) -> None:
        show_error(parent, exc)
        on_failed()

    return (
        BackgroundOp(parent, kind=(READ_LIST, state), on_success=read, on_failure=failed)
        .with_status(status)
        .run(lambda _progress: inspect_list(book, path, options))
    )
