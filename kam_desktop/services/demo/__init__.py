"""The demo account book, built from ``resources/demo/``: a Chinese KAM's realistic portfolio.

Deterministic: the same ``today`` gives byte-identical table contents. Every choice comes from a
seeded ``random.Random`` (one per phase, so the portfolio's shape does not depend on the date),
ids are ``uuid5`` on a fixed namespace, and every timestamp, including the book's device id
and creation time, is derived from ``today``. The book is built in a temporary file beside the
target and renamed at the end, so an interrupted or cancelled build leaves nothing behind.

``build`` runs the phases; ``portfolio`` holds the rows being made; ``accounts``, ``contacts``,
``visits``, ``history``, ``spin`` and ``orders`` each generate one part of the book. Once it is
written and scored, the rep works the book's own due list (``catch_up``: most overdue accounts
visited, a few left behind), plans the weeks ahead (``week_ahead``) and closes the next steps that
were done (``next_steps``). Times are business hours on this computer's clock (``common.at``), so
the same day built in another zone stores other UTC times but shows the same local ones.
"""

from kam_desktop.services.demo.build import DemoBookExists, build_demo_book

__all__ = ["DemoBookExists", "build_demo_book"]
