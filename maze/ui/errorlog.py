"""Details of anything unexpected go to a log file, never to the room's screen or the terminal.

The log is set up the first time something is written to it, so a normal start pays nothing for it.
"""

from __future__ import annotations

from pathlib import Path

from maze.io.user_dirs import log_file


def log_path() -> Path:
    return log_file()


def log_exception(message: str, *args: object) -> None:
    """Write the exception being handled, with `message`, to the log file (best effort)."""
    import logging

    logger = logging.getLogger("maze")
    if not logger.handlers:
        logger.propagate = False
        try:
            path = log_path()
            path.parent.mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
        except OSError:
            handler = logging.NullHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.exception(message, *args)
