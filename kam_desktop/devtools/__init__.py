"""Developer tools (not used by the running app)."""
