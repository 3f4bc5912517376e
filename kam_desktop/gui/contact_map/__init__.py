"""The contact map of an account as an account tab: ``map_tab.ContactMapTab`` with its view,
gap panel, rules dialog and undoable re-parenting. The scene itself is drawn by
``kam_desktop.reports.contact_map``, which also writes it to files."""
