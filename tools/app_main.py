"""The single-file app's entry point (see tools/electric-maze.spec): the same as `electric-maze-gui`."""

from maze.entry import gui_main

raise SystemExit(gui_main())
