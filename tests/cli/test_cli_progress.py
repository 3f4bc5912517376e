"""Progress on the terminal: ``kam demo`` names its steps in the chosen language, and the
percentage never goes back while nested steps run; nothing is printed when stderr is no tty."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from kam_desktop.cli import main
from kam_desktop.cli.progress import TerminalProgress
from kam_desktop.services.progress import step_names


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _demo_progress(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, language: str
) -> list[tuple[int, str]]:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    code = main(["demo", "--out", str(tmp_path / f"demo-{language}.kambook"),
                 "--today", "2026-03-15", "--lang", language])  # fmt: skip
    assert code == 0
    lines = [part for part in terminal.getvalue().split("\r") if part.strip()]
    shown = [re.fullmatch(r"\s*(\d+)% (.*?)\x1b\[K\n?", line) for line in lines]
    assert all(shown), lines
    return [(int(m.group(1)), m.group(2)) for m in shown if m]


def test_demo_progress_is_translated_and_only_moves_forward(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    progress = _demo_progress(monkeypatch, tmp_path, "zh_CN")
    percents = [percent for percent, _ in progress]
    assert percents == sorted(percents)
    assert percents[0] == 0
    assert percents[-1] == 100
    notes = [note for _, note in progress]
    assert notes[0] == "正在读取示例数据"
    # The nested refreshes of the last step (scoring) are named too, in Chinese.
    for name in ("正在计算客户价值得分", "正在汇总销售额", "正在查找覆盖缺口", "正在查找待回访"):
        assert name in notes
    assert not any(re.search(r"[A-Za-z]", note) for note in notes if "SPIN" not in note)


def test_english_names_and_no_output_without_a_terminal() -> None:
    (name,) = step_names("Creating visits")
    terminal = _Terminal()
    progress = TerminalProgress(terminal)
    progress.update(2, 6, name)
    progress.update(6, 6)
    progress.finish()
    assert terminal.getvalue() == "\r 33% Creating visits\x1b[K\r100% \x1b[K\n"
    piped = io.StringIO()
    TerminalProgress(piped).update(2, 6, name)
    assert piped.getvalue() == ""
