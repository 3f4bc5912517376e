"""The visit plan (拜访计划, DOMAIN §8): what goes on paper for a week of visits, and what to add.

- ``model``: the frozen dataclasses the plan is made of (``VisitPlan``, ``PlannedVisit`` and its
  parts, ``Proposal``); no ORM object leaves the package.
- ``gather``: ``plan_week(book, start, end, owner)``, the planned visits of a date range with
  everything a rep needs in the customer's lobby.
- ``account_history``: an account's last done visits, open next steps and open complaints.
- ``proposals``: ``propose_visits`` (due revisits ranked by tier × days overdue, accounts in the
  plan's cities not visited for a while), ``accept_proposal`` (plans the visit through
  ``services.visits``) and ``order_by_route`` (city, district, then time).

The PDF is drawn by ``reports.visit_plan`` from a ``VisitPlan``.
"""
