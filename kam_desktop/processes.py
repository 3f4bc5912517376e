"""Whether a process still runs, asked without harming it.

Used to tell the files a killed build or backup left behind (named with their writer's pid) from
those another running process is still writing. Sits outside the layers: every layer may ask.
"""

from __future__ import annotations

import os
import sys


def process_running(pid: int) -> bool | None:
    """True or False where the system can tell; None where it cannot ask safely (on Windows,
    ``os.kill(pid, 0)`` would end the process instead of asking about it)."""
    if sys.platform == "win32":
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it runs, as another user
        return True
    return True
