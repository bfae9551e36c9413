"""Regenerate assets/sounds/*.wav and assets/icon.png. Run: python tools/make_assets.py"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "assets"
RATE = 44100


def tone(freqs: list[tuple[float, float]], volume: float = 0.6, square: bool = False) -> bytes:
    """Notes as (frequency Hz, seconds), each with a short attack and release so nothing clicks."""
    frames = bytearray()
    for freq, seconds in freqs:
        count = int(RATE * seconds)
        fade = int(RATE * 0.005)
        for i in range(count):
            phase = math.sin(2 * math.pi * freq * i / RATE)
            sample = (1.0 if phase >= 0 else -1.0) * 0.55 if square else phase
            envelope = min(1.0, i / fade, (count - i) / fade)
            frames += struct.pack("<h", int(32767 * volume * envelope * sample))
    return bytes(frames)


def write(name: str, data: bytes) -> None:
    path = ASSETS / "sounds" / f"{name}.wav"
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(data)


def icon() -> None:
    import os

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    pygame.init()
    size, cells = 64, 4
    surf = pygame.Surface((size, size), pygame.SRCALPHA)
    step = size // cells
    route = {(3, 1), (2, 1), (2, 2), (1, 2), (0, 2)}
    for r in range(cells):
        for c in range(cells):
            colour = (0, 114, 178) if (r, c) in route else (58, 64, 84)
            pygame.draw.rect(surf, colour, (c * step + 2, r * step + 2, step - 4, step - 4), border_radius=3)
    pygame.draw.rect(surf, (213, 94, 0), (3 * step + 2, 1 * step + 2, step - 4, step - 4), border_radius=3)
    pygame.image.save(surf, str(ASSETS / "icon.png"))


if __name__ == "__main__":
    write("beep", tone([(880, 0.22)], volume=0.7, square=True))
    write("success", tone([(523.25, 0.12), (659.25, 0.12), (783.99, 0.12), (1046.5, 0.3)], volume=0.5))
    write("time_up", tone([(440, 0.25), (330, 0.25), (220, 0.45)], volume=0.6, square=True))
    icon()
    print("assets written")
