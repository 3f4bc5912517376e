"""The bundled CJK font in matplotlib and reportlab, under a fontconfig without Chinese fonts."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from matplotlib import font_manager, rcParams
from matplotlib.figure import Figure
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kam_desktop import resources
from kam_desktop.reports.fonts import register_matplotlib_font, register_reportlab_font

CHINESE = "客户价值金字塔 铂金 黄金 钢铁 铅"


def _render_chinese_png() -> tuple[bytes, list[str]]:
    fig = Figure(figsize=(4, 3))
    ax = fig.add_subplot()
    ax.bar(["铂金", "黄金", "钢铁", "铅"], [5, 15, 30, -50])
    ax.set_title(CHINESE)
    buffer = io.BytesIO()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.savefig(buffer, format="png")
    return buffer.getvalue(), [str(w.message) for w in caught]


def test_matplotlib_renders_chinese_without_missing_glyphs() -> None:
    assert os.environ["FONTCONFIG_FILE"].endswith("fonts-no-cjk.conf")
    family = register_matplotlib_font()
    assert family == "WenQuanYi Micro Hei"
    found = font_manager.findfont(font_manager.FontProperties(family=["sans-serif"]))
    assert Path(found) == resources.cjk_font_path()
    png, messages = _render_chinese_png()
    assert png.startswith(b"\x89PNG")
    assert not [m for m in messages if "missing" in m.lower()], messages


def test_matplotlib_registration_is_idempotent() -> None:
    register_matplotlib_font()
    faces = len(font_manager.fontManager.ttflist)
    assert register_matplotlib_font() == "WenQuanYi Micro Hei"
    assert len(font_manager.fontManager.ttflist) == faces
    assert rcParams["font.sans-serif"].count("WenQuanYi Micro Hei") == 1
    assert rcParams["font.sans-serif"][0] == "WenQuanYi Micro Hei"
    assert rcParams["axes.unicode_minus"] is False


def test_without_registration_chinese_is_missing(tmp_path: Path) -> None:
    """The control: the same figure in a fresh process without the font shows missing glyphs."""
    script = (
        "import warnings, io\n"
        "from matplotlib.figure import Figure\n"
        "fig = Figure(); fig.add_subplot().set_title('客户价值')\n"
        "with warnings.catch_warnings(record=True) as w:\n"
        "    warnings.simplefilter('always'); fig.savefig(io.BytesIO(), format='png')\n"
        "print(sum('missing' in str(x.message).lower() for x in w))\n"
    )
    env = {**os.environ, "MPLCONFIGDIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert int(out.stdout.strip()) > 0


def _pdf(tmp_path: Path) -> Path:
    name = register_reportlab_font()
    target = tmp_path / "plan.pdf"
    canvas = Canvas(str(target), pagesize=A4)
    canvas.setFont(name, 14)
    canvas.drawString(72, 760, CHINESE)
    canvas.drawString(72, 740, "拜访计划 Visit plan 2025-06-15")
    canvas.save()
    return target


def test_reportlab_embeds_the_font_and_text_comes_back(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path)
    data = pdf.read_bytes()
    assert b"WenQuanYiMicroHei" in data
    assert b"/FontFile2" in data  # the TrueType program itself is in the file
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
        line = next(x for x in fonts.stdout.splitlines() if "WenQuanYiMicroHei" in x)
        assert " yes yes " in line  # embedded, subset
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert CHINESE in text
    assert "拜访计划 Visit plan" in text


def test_reportlab_registration_is_idempotent() -> None:
    assert register_reportlab_font() == register_reportlab_font() == "WenQuanYiMicroHei"
    assert register_reportlab_font("KamCJK") == "KamCJK"
