"""Formula-injection neutralising for every spreadsheet and CSV we write (OWASP "CSV injection").

A text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab, CR or LF may be run as a formula
by Excel, WPS or LibreOffice when the file is opened (``=HYPERLINK(…)``, ``+1+cmd|' /C calc'!A0``,
``@SUM(1)``). Such text gets a single quote in front, as OWASP recommends. The quote is part of
the text we write (not an Excel "quote prefix" style): it survives every reader, round-trips as
the same prefixed text, and a person sees at once that the cell was defused. Only text is
touched: numbers are written as numbers by the caller and never pass through here, so a negative
amount stays a number. A phone such as ``+86 138…`` held as text is prefixed too: that is the
price of never letting a ``+`` start a formula.
"""

from __future__ import annotations

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
"""First characters that make a spreadsheet treat a cell as a formula."""

QUOTE = "'"


def is_dangerous(text: str) -> bool:
    """Whether ``text`` would be taken for a formula when a spreadsheet opens it."""
    return text.startswith(TRIGGERS)


def neutralise(text: str) -> str:
    """``text`` made inert: quote-prefixed when it begins with a formula trigger, else as is."""
    return QUOTE + text if is_dangerous(text) else text


__all__ = ["QUOTE", "TRIGGERS", "is_dangerous", "neutralise"]
