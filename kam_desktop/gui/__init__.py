"""The desktop front end (PySide6): views and Qt item models over the services, no rules, no SQL.

The subpackages are the screens, by concern (``accounts``, ``contacts``, ``contact_map``,
``visits``, ``spin``), and the ``shell`` that hosts them. The modules here are the building
blocks every screen uses:

- ``account_tab.AccountTab``: the base of an account's tabs (book, account, read when visible,
  undo, one dialog at a time, ``account_changed``); a new tab writes only ``_read``/``_show``;
- ``lazy_view.LazyView``: read now if visible, else when shown;
- ``retranslate.translate_ui``: the one registration that relabels a widget on a language change;
- ``dialog_save``: the one save cycle of a form dialog (``SaveDialog``, ``try_save``), with
  ``inline_problems`` showing refused fields beside the field;
- ``tasks.BackgroundOp``: the one way to run work off the GUI thread (one failure handler,
  translated progress, a new op of the same kind cancels the old), on ``worker.Task``, with
  ``task_progress`` for the status bar and the delayed progress dialog;
- ``error_dialogs``, ``empty_state``, ``row_table``, ``table_keys``, ``ui_loader`` (Designer
  forms from ``ui/``), ``i18n`` (the language switcher).
"""
