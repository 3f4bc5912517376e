"""The application shell: start-up and options (``app``), which book to open and switching books
(``session``, with the first-run ``welcome_dialog``), the main window's navigation, menus, undo
stack and status bar (``main_window``), Settings (``settings_dialog``, stored by
``app_settings``) and the log file (``log_setup``). The screens it hosts live in the sibling
packages (``accounts``, ``visits``, ...).
"""
