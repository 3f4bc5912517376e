"""The ``kam`` command line: a thin front end over the same services as the GUI.

``kam init``, ``demo``, ``info``, ``accounts list``, ``contacts list | export-vcf | import-vcf``,
``map``, and ``visits list | due | ics``. The parser and error handling are in ``app``; each
command group has its module; ``options`` and ``output`` are what they share.
"""

from __future__ import annotations

from kam_desktop.cli.app import build_parser, install_language, language_from_env, main
from kam_desktop.cli.commands_book import app_data_dir, default_demo_path
from kam_desktop.cli.output import display_width, render_table

# ``info`` and ``demo`` call this name on the package when they run, so it is the one place
# to replace it (tests make it fail on purpose).
from kam_desktop.services.book.book_info import book_info

__all__ = [
    "app_data_dir",
    "book_info",
    "build_parser",
    "default_demo_path",
    "display_width",
    "install_language",
    "language_from_env",
    "main",
    "render_table",
]
