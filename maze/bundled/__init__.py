"""The program's own files, shipped inside the package.

`maze.bundled.levels` and `maze.bundled.assets` are the repository's top-level `levels/` and `assets/` folders,
mapped into the package by `[tool.setuptools.package-dir]` in pyproject.toml (no second copy to keep in step).
Read them only through `maze.resources`, which uses importlib.resources, so editable installs, wheels and the
single-file app all find them the same way.
"""
