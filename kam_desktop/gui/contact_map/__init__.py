"""The contact map of an account: ``map_tab.ContactMapTab`` (the account tab) and
``export.render_map_file`` (PNG/SVG without a window, for the CLI)."""
