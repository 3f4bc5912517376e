"""The Today page (今日), the start screen.

Modules: ``today_page`` (``TodayPage``: the sections, reading in the background, opening
accounts and the visit form), ``section_card`` (``SectionCard``: one section's title, lines,
link and empty-state sentence; ``CardRow``), ``today_sections`` (each section's title, count,
lines and empty-state sentence, worded), ``today_rows`` (the lines worded per section).
"""
