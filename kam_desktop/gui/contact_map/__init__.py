"""The contact map of an account as an account tab: ``map_tab.ContactMapTab`` with its view,
gap panel, rules dialog and undoable re-parenting. ``interactive_scene`` makes the map drawn by
``kam_desktop.reports.contact_map`` take input: select, drag a card onto another, double-click.
"""
