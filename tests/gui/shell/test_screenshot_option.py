"""``kam-desktop --screenshot`` renders at the size asked for, and refuses a size it cannot use."""

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


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "kam_desktop.gui", *map(str, args)]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_a_screenshot_has_the_size_asked_for(
    demo_path: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    shot = tmp_path / "accounts.png"
    result = _run("--book", demo_path, "--screenshot", shot, "--size", f"{size[0]}x{size[1]}")
    assert result.returncode == 0, result.stderr
    assert _png_size(shot) == size


def test_a_size_that_is_not_a_size_is_refused_before_anything_opens(tmp_path: Path) -> None:
    shot = tmp_path / "accounts.png"
    result = _run("--book", tmp_path / "none.kambook", "--screenshot", shot, "--size", "big")
    assert result.returncode == 2
    assert "WIDTHxHEIGHT" in result.stderr
    assert not shot.exists()
    assert not (tmp_path / "none.kambook").exists()
