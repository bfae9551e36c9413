"""Sound: a short loud beep, a success cue and a time-up cue. Silent, and saying so, without a device."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

import pygame

from maze.resources import ASSETS_DIR

SAMPLE_RATE = 44100
BUFFER_SAMPLES = 512  # small, so the beep starts with the step
CUES = ("beep", "success", "time_up")


def pre_init() -> None:
    """Must run before pygame.init(), or the mixer ignores the buffer size asked for."""
    pygame.mixer.pre_init(SAMPLE_RATE, -16, 1, BUFFER_SAMPLES)


class Sounds:
    def __init__(self, muted: bool = False, open_device: bool = True) -> None:
        self.muted = muted
        self.available = False
        self.problem = ""
        self.played: list[str] = []  # every cue asked for, in order (what the screen tests check)
        self._cues: dict[str, pygame.mixer.Sound] = {}
        if open_device:  # headless work (pictures, reports) needs no sound; a window opens it after its first frame
            self.open_device()

    def open_device(self) -> None:
        """Open the mixer (as pre_init asked) and load the cues; without a device, `problem` says so."""
        try:
            if not pygame.mixer.get_init():
                with quiet_stderr():  # ALSA prints pages of C-level noise when there is no card
                    pygame.mixer.init(SAMPLE_RATE, -16, 1, BUFFER_SAMPLES)
            for cue in CUES:
                self._cues[cue] = pygame.mixer.Sound(str(ASSETS_DIR / "sounds" / f"{cue}.wav"))
            self.available = True
        except (pygame.error, FileNotFoundError, OSError):
            self.problem = "Sound off: no audio device. Beeps show as flashes only"

    @property
    def buffer_samples(self) -> int | None:
        """The buffer asked for in pre_init (pygame does not report the one SDL obtained)."""
        return BUFFER_SAMPLES if self.available else None

    def toggle_mute(self) -> bool:
        self.muted = not self.muted
        if self.muted and self.available:
            pygame.mixer.stop()
        return self.muted

    def play(self, cue: str) -> None:
        self.played.append(cue)
        if len(self.played) > 1000:
            del self.played[:500]
        if self.muted or not self.available:
            return
        sound = self._cues.get(cue)
        if sound is not None:
            sound.play()


@contextlib.contextmanager
def quiet_stderr() -> Iterator[None]:
    """Silence C libraries writing to file descriptor 2 (SDL's audio back-ends do, at init)."""
    try:
        fd = sys.stderr.fileno()
        saved = os.dup(fd)
    except (OSError, ValueError, AttributeError):
        yield
        return
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), fd)
            yield
    finally:
        os.dup2(saved, fd)
        os.close(saved)
