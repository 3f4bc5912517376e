"""``process_running`` tells a live process from a finished one without touching either."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kam_desktop.processes import process_running


@pytest.mark.skipif(sys.platform == "win32", reason="Windows cannot be asked safely")
def test_a_live_process_runs_and_a_reaped_one_does_not() -> None:
    assert process_running(os.getpid()) is True
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert process_running(child.pid) is False
