"""The ``kam`` command line: a thin front end over the same services as the GUI.

``kam init``, ``demo``, ``info``, ``accounts list``, ``contacts list | export-vcf | import-vcf``
and ``map``. The parser and error handling are in ``app``; each command group has its module.
"""

from __future__ import annotations

from kam_desktop.services.book_info import book_info  # the seam ``info``/``demo`` call through

from kam_desktop.cli.app import build_parser, install_language, language_from_env, main  # isort: skip
from kam_desktop.cli.commands_book import app_data_dir, default_demo_path  # isort: skip
from kam_desktop.cli.output import display_width, render_table  # isort: skip

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
