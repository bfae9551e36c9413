"""Font, sounds and icons; shipped inside the package as `maze.bundled.assets` (see pyproject.toml)."""
