"""Progress on the terminal: one line on stderr, rewritten in place, step names translated.

Shown only when someone watches stderr (a terminal), so redirected output and scripts see
nothing of it. Later long commands (imports, sync) use it too.
"""

from __future__ import annotations

import sys
from typing import TextIO

from kam_desktop.domain.errors import Text
from kam_desktop.domain.i18n import translate


class TerminalProgress:
    """A ``Progress`` sink for the CLI: ``NN% step name`` on one line."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self._shown = self._stream.isatty()

    def update(self, done: int, total: int, note: Text | None = None) -> None:
        if self._shown and total:
            text = translate(note.context, note.source) if note else ""
            print(f"\r{done * 100 // total:3d}% {text}\033[K", end="", file=self._stream)

    def cancelled(self) -> bool:
        return False

    def finish(self) -> None:
        if self._shown:
            print(file=self._stream)
