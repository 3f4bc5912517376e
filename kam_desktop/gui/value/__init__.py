"""The value of an account, seen: the Value tab (``value_tab``) and its chart canvas
(``chart_canvas``)."""
