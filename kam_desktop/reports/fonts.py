"""The bundled CJK font for matplotlib and reportlab, so Chinese never prints as boxes.

Neither library falls back to system fonts for missing glyphs, and reportlab's built-in CID
fonts are not embedded, so both get WenQuanYi Micro Hei from ``resources/fonts``.
"""

from __future__ import annotations

from matplotlib import font_manager, rcParams
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kam_desktop import resources

REPORTLAB_FONT = "WenQuanYiMicroHei"


def register_matplotlib_font() -> str:
    """Make the CJK font matplotlib's first sans-serif choice; returns its family name.

    Idempotent: the font file is added to the font manager once.
    """
    path = str(resources.cjk_font_path())
    manager = font_manager.fontManager
    if not any(f.fname == path for f in manager.ttflist):
        manager.addfont(path)  # adds every face of the .ttc (Micro Hei and Micro Hei Mono)
    family = resources.CJK_FONT_FAMILY
    if not any(f.fname == path and f.name == family for f in manager.ttflist):
        raise RuntimeError(f"{path} does not contain the font family {family!r}")
    sans = [name for name in rcParams["font.sans-serif"] if name != family]
    rcParams["font.sans-serif"] = [family, *sans]
    rcParams["font.family"] = ["sans-serif"]
    # ASCII '-' for negatives: every font has it, many CJK fonts lack U+2212.
    rcParams["axes.unicode_minus"] = False
    return family


def register_reportlab_font(name: str = REPORTLAB_FONT) -> str:
    """Register the CJK font with reportlab under ``name`` (embedded, subset); idempotent."""
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(resources.cjk_font_path()), subfontIndex=0))
    return name
