"""The bundled levels and their schemas; shipped inside the package as `maze.bundled.levels` (see pyproject.toml)."""
