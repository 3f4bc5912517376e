"""The desktop front end (PySide6): views and Qt item models over the services, no rules."""
