"""The README's first command opens a real window on X11 (Xvfb), not only offscreen.

On a fresh Debian the xcb platform plugin aborts the app when one of its libraries is missing
(``libxcb-icccm4`` and ``libxcb-keysyms1`` were); offscreen tests never load that plugin, so
this test does. ``.ci/run`` installs Xvfb; without it the test is skipped.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
XVFB_RUN = shutil.which("xvfb-run")

pytestmark = pytest.mark.skipif(XVFB_RUN is None, reason="xvfb-run (Debian: xvfb) is missing")


def _x11_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "DISPLAY"}}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), QT_QPA_PLATFORM="xcb")
    return env


def test_the_desktop_app_draws_a_window_through_the_xcb_plugin(
    demo_path: Path, tmp_path: Path
) -> None:
    shot = tmp_path / "window.png"
    assert XVFB_RUN is not None
    done = subprocess.run(
        [XVFB_RUN, "-a", str(ROOT / ".venv/bin/kam-desktop"), "--book", str(demo_path),
         "--screenshot", str(shot), "--size", "1366x768"],
        env=_x11_env(tmp_path), capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Could not load the Qt platform plugin" not in done.stderr
    assert shot.stat().st_size > 10_000


@pytest.mark.slow
def test_dev_sh_app_opens_and_stays_open(tmp_path: Path) -> None:
    """``./dev.sh app`` builds the demo book and keeps its window open until it is closed."""
    assert XVFB_RUN is not None
    app = subprocess.Popen(
        [XVFB_RUN, "-a", str(ROOT / "dev.sh"), "app"],
        env=_x11_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    demo = tmp_path / "data" / "KAM" / "KAM Desktop" / "demo-account-book.kambook"
    try:
        deadline = time.monotonic() + 240
        while not demo.exists() and app.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(8)  # the window is up well within this on a 2-core machine
        still_running = app.poll() is None
    finally:
        os.killpg(app.pid, signal.SIGTERM)
        _, err = app.communicate(timeout=60)
    assert demo.exists(), err[-2000:]
    assert still_running, err[-2000:]
    assert "Could not load the Qt platform plugin" not in err
    assert "dev.sh: the window needs" not in err  # no false library warning
