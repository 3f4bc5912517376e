"""``kam-desktop --screenshot --view today`` renders the Today page at the size asked for."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize(("lang", "size"), [("zh_CN", (1366, 768)), ("en", (1920, 1080))])
def test_the_today_view_renders(
    demo_path: Path, tmp_path: Path, lang: str, size: tuple[int, int]
) -> None:
    shot = tmp_path / "today.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [
        sys.executable, "-m", "kam_desktop.gui", "--book", str(demo_path), "--screenshot",
        str(shot), "--view", "today", "--lang", lang, "--size", f"{size[0]}x{size[1]}",
    ]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert _png_size(shot) == size
