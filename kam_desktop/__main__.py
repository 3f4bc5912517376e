"""``python -m kam_desktop``: the ``kam`` command line."""

from kam_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
