"""The visit plan PDF (DOMAIN §8), drawn with reportlab platypus from a
``services.visit_plan.model.VisitPlan``.

``document`` builds it (``visit_plan_pdf`` → bytes, ``write_visit_plan`` → an atomic file) and
defines its errors; ``route_page`` draws the week's route; ``visit_section`` and
``visit_header`` one section per visit; ``value_chart`` places the account's value chart from
``reports.charts``; ``mini_map`` draws the contact-map excerpt; ``decorations`` the header,
footer and "page x of y"; ``styles`` the words, fonts, paragraph styles and drawn marks.
"""
