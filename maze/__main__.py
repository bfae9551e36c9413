"""`python -m maze` does what the `electric-maze` command does."""

from maze.cli import main

raise SystemExit(main())
