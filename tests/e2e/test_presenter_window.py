"""The presenter view in real X windows: keys into the facilitator's window, the room's window closed mid-discovery."""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import time
from pathlib import Path

import pytest

from maze.core.grid import Pos
from maze.core.workshop import Workshop
from maze.io.journal import read_journal
from tests.e2e.xsession import Program, XDisplay

pytestmark = pytest.mark.window
TINY = str(Path(__file__).parent.parent / "data" / "levels" / "good" / "tiny.yaml")
ROUTE = ("Left", "Up", "e", "Up", "Up")
ROOM, FACILITATOR = "Electric Maze", "Electric Maze - facilitator"


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("xclient", _ClientMessage), ("pad", ctypes.c_long * 24)]


def close_window(display_name: str, window: int) -> None:
    """What a window manager's close button sends: WM_PROTOCOLS / WM_DELETE_WINDOW."""
    name = ctypes.util.find_library("X11")
    if name is None:
        pytest.skip("needs libX11 to ask a window to close")
    x = ctypes.cdll.LoadLibrary(name)
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XInternAtom.restype = ctypes.c_ulong
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(_XEvent)]
    x.XCloseDisplay.argtypes = [ctypes.c_void_p]
    conn = x.XOpenDisplay(display_name.encode())
    event = _XEvent()
    event.xclient.type = 33  # ClientMessage
    event.xclient.window = window
    event.xclient.message_type = x.XInternAtom(conn, b"WM_PROTOCOLS", 0)
    event.xclient.format = 32
    event.xclient.data[0] = x.XInternAtom(conn, b"WM_DELETE_WINDOW", 0)
    x.XSendEvent(conn, window, 0, 0, ctypes.byref(event))
    x.XCloseDisplay(conn)  # flushes


class Presenter(Program):
    """The game with --presenter: two windows, found by their titles."""

    def _find_window(self) -> str:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the game exited early: {self.proc.stderr.read()}")
            names = {self.display.xdotool("getwindowname", w): w for w in self.windows()}
            drawn = [
                self.pixel(2, 2, names[title]) not in (None, (0, 0, 0))
                for title in (ROOM, FACILITATOR)
                if title in names
            ]
            if drawn == [True, True]:  # both windows are there and drawn into (a window not yet drawn is black)
                self.room = names[ROOM]
                self.calm = self.pixel(2, 2, self.room)  # the room's border between beeps
                return names[FACILITATOR]  # keys go to the facilitator's window
            time.sleep(0.05)
        raise RuntimeError("the two windows did not appear")

    def await_room_shown(self, timeout: float = 30) -> None:
        """Poll until the room's window is on screen again and has taken the X focus, as a window does when it is
        mapped; keys sent before that can be lost between the two windows (an X focus race, not the game's)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            visible = self.display.xdotool("search", "--onlyvisible", "--pid", str(self.proc.pid)).split()
            room = [w for w in visible if self.display.xdotool("getwindowname", w) == ROOM]
            if room and self.display.xdotool("getwindowfocus") == room[0]:
                return
            time.sleep(0.05)
        raise AssertionError("the room's window did not come back")

    def await_flash(self, results: Path, beeps: int) -> None:
        """Poll the journal for the beep, then the room's window for its flash and the flash's end (a tiny maze's
        walk back is over before the flash is)."""
        deadline = time.monotonic() + 30
        while (
            not (folders := [p for p in results.glob("*/journal.jsonl")])
            or [e["type"] for e in journal(folders[0].parent)].count("beep") < beeps
        ):
            if time.monotonic() > deadline:
                raise AssertionError("no beep in the journal")
            time.sleep(0.05)
        for leave in (True, False):
            while (self.pixel(2, 2, self.room) == self.calm) is leave:
                if time.monotonic() > deadline:
                    raise AssertionError(f"the room's window never {'flashed' if leave else 'calmed'}")
                time.sleep(0.05)

    def windows(self) -> list[str]:
        return self.display.xdotool("search", "--pid", str(self.proc.pid)).split()


def journal(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "journal.jsonl").read_text().splitlines()]


def await_last_event(results: Path, kind: str, count: int, timeout: float = 30) -> None:
    """Poll the journal until it ends with an event of `kind` and holds `count` of them."""
    deadline = time.monotonic() + timeout
    while True:
        found = list(results.glob("*/journal.jsonl"))
        events = journal(found[0].parent) if found else []
        if events and events[-1]["type"] == kind and [e["type"] for e in events].count(kind) == count:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"the journal never ended with {kind}: {[e['type'] for e in events][-5:]}")
        time.sleep(0.05)


@pytest.fixture
def wide_display():
    xd = XDisplay(size="3840x1080x24")
    yield xd
    xd.close()


def test_a_workshop_from_the_facilitators_window_with_the_room_closed_mid_discovery(wide_display, tmp_path) -> None:
    results = tmp_path / "results"
    game = Presenter(
        wide_display, tmp_path, "--presenter", "--level", TINY, "--team", "Red: Ana, Ben", "--results-dir", str(results)
    )
    assert game.room != game.window
    game.keys("Return", "Return", "Return", "Up")  # start, briefing, strategy; Ana beeps
    game.await_flash(results, beeps=1)  # and walks back
    game.keys("Left", "Up", "e")  # Ben two squares in
    await_last_event(results, "step", count=2)
    close_window(wide_display.name, int(game.room))
    await_last_event(results, "paused", count=1)
    assert game.proc.poll() is None, "closing the room's window does not end the game"
    folder = next(p for p in results.iterdir() if p.is_dir())
    events = journal(folder)
    assert events[-1]["type"] == "paused"
    run = Workshop.replay(read_journal(folder / "journal.jsonl").events).current
    assert run is not None and run.paused and run.path == [Pos(2, 0), Pos(1, 1)] and run.player == 1
    game.keys("F6")  # the room's window back: wait until it is shown (it takes the focus as it opens)
    game.await_room_shown()
    game.keys("space", "Up", "Up")  # Ben goes on and out
    game.keys("Return", "Return", *ROUTE, *ROUTE)  # execution, no prediction
    game.keys("Return", "Return", "Return", "Left", "Return")  # team debrief, workshop debrief, finish? yes
    assert game.wait(30) == 0
    types = [e["type"] for e in journal(folder)]
    assert types[: len(events)] == [e["type"] for e in events], "nothing lost or rewritten"
    assert types[-1] == "workshop_finished" and "route_found" in types
    assert "Traceback" not in game.proc.stderr.read()
