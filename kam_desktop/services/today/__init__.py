"""The Today page's read model (今日): the rep's day at a glance.

Modules:

- ``overview``: ``today_overview``, every section in one call.
- ``model``: the frozen dataclasses it returns (``TodayOverview``, ``Section``, one item class
  per section, ``TodayCounts`` for the navigation).
- ``work_items``: planned visits of today and overdue, next steps due, open complaints.
- ``slipping``: tier dropped, lifecycle in decline, map gaps at platinum and gold accounts.
- ``greetings``: this week's holidays and contacts' birthdays.

The due accounts come from ``revisits.due_ranking`` (the due cache, ranked by tier × days
overdue) and the tier drops from ``value.tier_drops``.
"""
