"""Value charts (DOMAIN §7) as pure functions: plain data in, a matplotlib ``Figure`` out.

Each chart module defines the frozen dataclass it draws and one function taking that data and a
``language`` ("zh_CN"/"en", a ``style.ChartLanguage``, or ``None`` for the installed translator):
``account_figures`` (sales bars and margin line by month), ``score_history`` (score over the
tier bands), ``indicator_profile`` (indicators against the tier median), ``value_pyramid``,
``pareto`` (the 80/20 curve), ``quadrant_scatter`` (lifetime × referral value, with the point →
account mapping for clicks) and ``lifecycle_distribution``. ``style`` holds the palette, fonts,
texts and ``new_figure``; ``months`` the monthly axis; ``export.save_figure`` writes PNG or SVG.
Figures are built with ``matplotlib.figure.Figure`` (never pyplot), so no GUI backend is
loaded: the GUI embeds them in its Qt canvas, the PDF visit plans draw them on paper.
"""
