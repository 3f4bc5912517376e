"""Chart words in a known "translation", so tests see the translator used without the catalogue."""

from __future__ import annotations

import pytest

from kam_desktop.reports.charts.style import ChartLanguage


@pytest.fixture
def marked() -> ChartLanguage:
    """Every chart word prefixed with « so a test can tell translated text from source text."""
    return ChartLanguage("zh_CN", lambda _context, text: f"«{text}")
