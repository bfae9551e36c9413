"""Input mapping: keyboard, mouse, touch and game pad become Actions; screens only see Actions."""

from __future__ import annotations

from enum import StrEnum

import pygame

from maze.core.records import record


class Act(StrEnum):
    MOVE = "move"  # with a direction (d_row, d_col)
    CONFIRM = "confirm"  # Enter / pad A
    NEXT = "next"  # PageDown / presenter clicker forward
    PREV = "prev"  # PageUp / presenter clicker back
    BACK = "back"  # Escape / pad B
    PAUSE = "pause"
    UNDO = "undo"
    TALK = "talk"
    RULE = "rule"
    SKIP = "skip"
    REVEAL = "reveal"
    MUTE = "mute"
    FULLSCREEN = "fullscreen"
    HELP = "help"
    EXTEND = "extend"
    MEETING = "meeting"  # open or close a meeting (discovery, when the rules give meeting time)
    LENS = "lens"
    CLICK = "click"  # with a pixel position
    TEXT = "text"  # typed characters
    ERASE = "erase"  # Backspace in a text field
    QUIT = "quit"  # the window's close button
    FOLDER = "folder"  # choose another results folder
    OPEN_FOLDER = "open_folder"  # show the results folder in the OS's file manager
    DRAG = "drag"  # the mouse moved with its button down (drawing in the editor)
    RELEASE = "release"  # the mouse button came up
    SAVE = "save"
    REDO = "redo"
    GENERATE = "generate"
    TEST = "test"  # test-walk the maze in the editor
    PANEL = "panel"  # one screen: the facilitator's panel on or off (presenter view)
    ROOM_WINDOW = "room_window"  # presenter view: hide or show the room's window


@record(frozen=True)
class Action:
    act: Act
    direction: tuple[int, int] = (0, 0)
    pos: tuple[int, int] = (0, 0)
    text: str = ""


# Directions as (d_row, d_col): the arrow keys, WASD, and Q E Z C / numpad 7 9 1 3 for diagonals.
MOVE_KEYS = {
    pygame.K_UP: (-1, 0),
    pygame.K_DOWN: (1, 0),
    pygame.K_LEFT: (0, -1),
    pygame.K_RIGHT: (0, 1),
    pygame.K_w: (-1, 0),
    pygame.K_s: (1, 0),
    pygame.K_a: (0, -1),
    pygame.K_d: (0, 1),
    pygame.K_q: (-1, -1),
    pygame.K_e: (-1, 1),
    pygame.K_z: (1, -1),
    pygame.K_c: (1, 1),
    pygame.K_KP8: (-1, 0),
    pygame.K_KP2: (1, 0),
    pygame.K_KP4: (0, -1),
    pygame.K_KP6: (0, 1),
    pygame.K_KP7: (-1, -1),
    pygame.K_KP9: (-1, 1),
    pygame.K_KP1: (1, -1),
    pygame.K_KP3: (1, 1),
}

# The facilitator's keys, as listed in the help overlay and the README.
KEY_TABLE: list[tuple[str, str]] = [
    ("Arrows / WASD", "step (discovery and execution)"),
    ("Q E Z C, numpad 7 9 1 3", "step diagonally (when the level allows)"),
    ("Mouse / touch", "click a highlighted square to step onto it"),
    ("Enter", "continue, choose"),
    ("Space or P", "pause and resume (clocks stop)"),
    ("Backspace or Ctrl+Z", "undo the last step or penalty"),
    ("T", "talking penalty"),
    ("R", "other rule break penalty"),
    ("X", "extend discovery by 5 minutes (when time is up)"),
    ("O", "open or close a meeting (meeting time)"),
    ("N", "skip to the next phase (asks first)"),
    ("Ctrl+Shift+K", "reveal the route (asks first; hidden from players)"),
    ("L or Tab", "debriefs: the next lens, or the next page"),
    ("M", "mute or unmute"),
    ("F2", "save the results in another folder"),
    ("F", "title and debriefs: open the results folder"),
    ("F3", "one screen: the facilitator's panel on or off"),
    ("F6", "presenter view, or hide / show the room's window"),
    ("Editor: click / drag", "make squares safe or beeping"),
    ("Editor: G, F5, Ctrl+S", "generate, test walk, save"),
    ("Editor: Ctrl+Z, Ctrl+Y", "undo, redo"),
    ("F11", "fullscreen on or off"),
    ("PageDown / PageUp", "continue / go back (presenter clickers)"),
    ("F1 or H", "this help"),
    ("Escape", "go back, or ask before quitting"),
]

PAD_CONFIRM, PAD_BACK, PAD_PAUSE = 0, 1, 7
STICK_ON, STICK_OFF = 0.6, 0.3


class InputMapper:
    """Turns pygame events into Actions. Holds only the game pad's stick state."""

    def __init__(self) -> None:
        self._stick = [0.0, 0.0]
        self._stick_armed = True
        self.pads: dict[int, object] = {}

    def map(self, event: pygame.event.Event, typing: bool) -> list[Action]:
        """`typing` is True while a text field has focus: letters then go to the text, not to commands."""
        kind = event.type
        if kind == pygame.QUIT:
            return [Action(Act.QUIT)]
        if kind == pygame.KEYDOWN:
            return self._key(event, typing)
        if kind == pygame.TEXTINPUT and typing:
            return [Action(Act.TEXT, text=event.text)]
        if kind == pygame.MOUSEBUTTONDOWN and event.button == 1:
            return [Action(Act.CLICK, pos=event.pos)]
        if kind == pygame.MOUSEMOTION and event.buttons and event.buttons[0]:
            return [Action(Act.DRAG, pos=event.pos)]
        if kind == pygame.MOUSEBUTTONUP and event.button == 1:
            return [Action(Act.RELEASE, pos=event.pos)]
        if kind == pygame.FINGERDOWN:
            surface = pygame.display.get_surface()
            size = surface.get_size() if surface is not None else (0, 0)
            return [Action(Act.CLICK, pos=(int(event.x * size[0]), int(event.y * size[1])))]
        if kind == pygame.JOYDEVICEADDED:
            try:
                pad = pygame.joystick.Joystick(event.device_index)
                self.pads[pad.get_instance_id()] = pad
            except pygame.error:
                pass
            return []
        if kind == pygame.JOYHATMOTION:
            x, y = event.value
            return [Action(Act.MOVE, direction=(-y, x))] if (x or y) else []
        if kind == pygame.JOYAXISMOTION and event.axis in (0, 1):
            return self._stick_move(event.axis, event.value)
        if kind == pygame.JOYBUTTONDOWN:
            mapping = {PAD_CONFIRM: Act.CONFIRM, PAD_BACK: Act.BACK, PAD_PAUSE: Act.PAUSE}
            return [Action(mapping[event.button])] if event.button in mapping else []
        return []

    def _key(self, event: pygame.event.Event, typing: bool) -> list[Action]:
        key, mods = event.key, event.mod
        ctrl, shift = bool(mods & pygame.KMOD_CTRL), bool(mods & pygame.KMOD_SHIFT)
        if key == pygame.K_F11:
            return [Action(Act.FULLSCREEN)]
        if key == pygame.K_F1:
            return [Action(Act.HELP)]
        if key == pygame.K_F2:
            return [Action(Act.FOLDER)]
        if key == pygame.K_F3:
            return [Action(Act.PANEL)]
        if key == pygame.K_F6:
            return [Action(Act.ROOM_WINDOW)]
        if key == pygame.K_ESCAPE:
            return [Action(Act.BACK)]
        if key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            return [Action(Act.CONFIRM)]
        if key == pygame.K_PAGEDOWN:
            return [Action(Act.NEXT)]
        if key == pygame.K_PAGEUP:
            return [Action(Act.PREV)]
        if ctrl and shift and key == pygame.K_k:
            return [Action(Act.REVEAL)]
        if ctrl and (key == pygame.K_y or (shift and key == pygame.K_z)):
            return [Action(Act.REDO)]
        if ctrl and key == pygame.K_z:
            return [Action(Act.UNDO)]
        if ctrl and key == pygame.K_s:
            return [Action(Act.SAVE)]
        if key == pygame.K_F5:
            return [Action(Act.TEST)]
        if typing:
            if key == pygame.K_BACKSPACE:
                return [Action(Act.ERASE)]
            if key in (pygame.K_UP, pygame.K_DOWN, pygame.K_TAB):
                return [Action(Act.MOVE, direction=(-1 if key == pygame.K_UP or shift else 1, 0))]
            return []  # the characters arrive as TEXTINPUT
        if key == pygame.K_BACKSPACE:
            return [Action(Act.UNDO)]
        if pygame.K_0 <= key <= pygame.K_9 and not ctrl:
            return [Action(Act.TEXT, text=chr(key))]  # digits are bound to nothing else: numbers anywhere
        if key in MOVE_KEYS and not ctrl:
            return [Action(Act.MOVE, direction=MOVE_KEYS[key])]
        letters = {
            pygame.K_SPACE: Act.PAUSE,
            pygame.K_p: Act.PAUSE,
            pygame.K_t: Act.TALK,
            pygame.K_r: Act.RULE,
            pygame.K_n: Act.SKIP,
            pygame.K_m: Act.MUTE,
            pygame.K_h: Act.HELP,
            pygame.K_x: Act.EXTEND,
            pygame.K_o: Act.MEETING,
            pygame.K_l: Act.LENS,
            pygame.K_TAB: Act.LENS,
            pygame.K_g: Act.GENERATE,
            pygame.K_f: Act.OPEN_FOLDER,
        }
        return [Action(letters[key])] if key in letters and not ctrl else []

    def _stick_move(self, axis: int, value: float) -> list[Action]:
        """Only note where the stick is: both axes of one push arrive as separate events."""
        self._stick[axis] = value
        return []

    def end_of_frame(self) -> list[Action]:
        """The stick's step, read once all of the frame's axis events are in (so diagonals stay diagonal)."""
        x, y = self._stick
        strength = max(abs(x), abs(y))
        if strength < STICK_OFF:
            self._stick_armed = True
            return []
        if strength < STICK_ON or not self._stick_armed:
            return []
        self._stick_armed = False  # one step per push of the stick
        col = (x > STICK_OFF) - (x < -STICK_OFF)
        row = (y > STICK_OFF) - (y < -STICK_OFF)
        return [Action(Act.MOVE, direction=(row, col))]
