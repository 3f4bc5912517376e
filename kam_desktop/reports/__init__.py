"""Pictures and documents drawn from the book, for the screen and for files.

Reports draw with matplotlib (charts as Figures), reportlab (PDF documents) and Qt's painting
classes: the contact map is a ``QGraphicsScene`` of painted items, written to PNG or SVG through
``QPainter`` without any window (``contact_map.export``, used by ``kam map`` and the map tab).
Reports never hold widgets or take input; ``gui`` shows and extends the drawings (the map tab's
draggable cards subclass the ones here). ``fonts`` registers the bundled CJK font with matplotlib
and reportlab, ``qt_fonts`` with Qt; they are apart so that drawing a map never loads matplotlib.
Reports stand on ``services`` and are used by ``gui`` and ``cli``.
"""
