"""One window test at a time across pytest-xdist's workers: each polls its window for a beep's flash that lasts
under a second, and two games, two X servers and their pollers at once on two shared cores can miss it."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def one_window_test_at_a_time(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    lock = tmp_path_factory.getbasetemp().parent / "electric-maze-window-tests.lock"  # shared by this run's workers
    with open(lock, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
