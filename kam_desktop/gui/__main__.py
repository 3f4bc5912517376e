from kam_desktop.gui.shell.app import main

raise SystemExit(main())
