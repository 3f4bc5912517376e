"""The Plan page (拜访计划, DOMAIN §8): a week's planned visits, proposals, and the PDF.

- ``plan_page``: the page; reads the plan and the proposals, and makes the PDF, in the
  background; every change goes through the visits service.
- ``plan_controls``: the date range, the account manager, "not visited for N days".
- ``plan_lists``: the planned visits (``plan_tree``, reordered by drag within a day) above the
  proposals (``proposal_table``), with their buttons.
- ``plan_edits``: new times and orders through the visits service, the first free hour (no Qt).
- ``when_dialog``: asks a day and a time (accepting a proposal, "Set time…").
- ``pdf_preview``: the PDF in a ``QPdfView``; ``print_plan`` prints it (A4), ``save_plan``
  saves it (Save as PDF…).
"""
