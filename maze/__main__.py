"""`python -m maze` does what the `electric-maze` command does."""

from maze.entry import main

raise SystemExit(main())
