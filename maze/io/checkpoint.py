"""Resume checkpoints: the workshop folded up to a team's end, so --resume folds only the journal after it.

The journal stays the single source of truth. A checkpoint (`resume.checkpoint`, beside the journal) holds
the folded workshop, the export rows, and the length and SHA-256 of the journal bytes it folded; it is used
only when all of these hold, and otherwise the whole journal is folded, silently:
- it was written by this very code (a stamp of the rules' and readers' source), for this journal version;
- it carries an HMAC made with a key kept in the user's own data folder: the state is a pickle (Python
  objects, cheap to load), and a pickle must never be loaded from a file someone else could have made
  (a workshop folder copied from another laptop, for `report`);
- the journal still begins with exactly the bytes it folded.
Checkpoints are written atomically, at a team's end, only for long journals (CHECKPOINT_FROM_EVENTS).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import pickle
import re
import secrets
import sys
from functools import cache
from pathlib import Path
from typing import BinaryIO

import maze
from maze.core.bulk import no_cycle_collection
from maze.core.events import JOURNAL_VERSION, Event
from maze.core.records import record
from maze.core.workshop import Workshop
from maze.io.atomic import AtomicWriteError, write_file_atomic
from maze.io.journal_tail import JournalBase
from maze.io.text_file import FileFault, open_regular
from maze.io.user_dirs import data_dir

CHECKPOINT_NAME = "resume.checkpoint"
CHECKPOINT_FORMAT = 1
CHECKPOINT_FROM_EVENTS = 20_000  # a shorter journal folds whole in a fraction of a second: no checkpoint
KEY_NAME = "checkpoint.key"
_MAGIC = b"electric-maze resume checkpoint\n"
_MAX_BYTES = 256 * 1024 * 1024  # the state of 500 teams is ~5 MB


@record(frozen=True)
class Checkpoint:
    """The fold of a journal's first `offset` bytes (`digest` their SHA-256), as load_workshop keeps it."""

    offset: int
    digest: str
    lines: int
    events: int
    last_seq: int
    skipped: int
    heartbeat: float | None
    workshop: Workshop
    beep_rows: list[dict[str, object]]
    round_rows: list[dict[str, object]]
    last: Event | None
    retrace: str

    @property
    def base(self) -> JournalBase:
        return JournalBase(self.offset, self.lines, self.events, self.last_seq, self.skipped, self.heartbeat)


@cache
def code_stamp() -> str:
    """Changes whenever the code that makes or reads the pickled state changes: the source of maze.core and
    maze.io (in the single-file app, which has no sources, the app file itself)."""
    root = Path(maze.__file__).parent
    hasher = hashlib.sha256(maze.__version__.encode())
    files = sorted([*root.glob("core/*.py"), *root.glob("io/*.py")])
    try:
        for path in files:
            hasher.update(path.name.encode() + b"\0" + path.read_bytes())
    except OSError:
        files = []
    if not files:
        try:
            info = os.stat(sys.executable)
            hasher.update(f"{sys.executable}\0{info.st_size}\0{info.st_mtime_ns}".encode())
        except OSError:
            return ""
    return hasher.hexdigest()


def _key_path() -> Path:
    return data_dir() / KEY_NAME


def checkpoint_key(create: bool) -> bytes | None:
    """The user's own key (32 random bytes, readable only by the user), made on first need; None when it
    cannot be read or made (then there are no checkpoints)."""
    path = _key_path()
    try:
        with open(path, "rb") as handle:
            key = handle.read(64)
        if len(key) == 32:
            return key
    except OSError:
        pass
    if not create:
        return None
    key = secrets.token_bytes(32)
    tmp = path.with_name(f".{KEY_NAME}.{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return None
    return key


class _Signing:
    """A file that signs what is written to it (the pickle is streamed a frame at a time, never held whole)."""

    def __init__(self, handle: BinaryIO, key: bytes) -> None:
        self.handle = handle
        self.mac = hmac.new(key, digestmod=hashlib.sha256)

    def write(self, data: bytes) -> int:
        self.mac.update(data)
        return self.handle.write(data)


_TRAILER = re.compile(rb"\n([0-9a-f]{64})\n")  # the signature of everything between the magic line and it


def checkpoint_path(journal: Path) -> Path:
    return Path(journal).parent / CHECKPOINT_NAME


def _signed_to_the_end(tail: bytes) -> bool:
    """Does the file end with its signature (write_file_atomic shows the last 64 bytes)?"""
    return re.fullmatch(rb"[0-9a-f]{63}\n", tail[-64:]) is not None


def write_checkpoint(journal: Path, checkpoint: Checkpoint) -> bool:
    """Written atomically beside the journal; False when it could not be (no key, a full disk): the journal
    has everything, and the next resume folds it whole. The file: a magic line, a JSON header line, the
    pickle, then the HMAC of the header and the pickle."""
    key = checkpoint_key(create=True)
    stamp = code_stamp()
    if key is None or not stamp:
        return False
    header = json.dumps({"format": CHECKPOINT_FORMAT, "code": stamp, "journal": JOURNAL_VERSION}).encode() + b"\n"

    def write(tmp: str) -> None:
        with open(tmp, "wb") as handle:
            handle.write(_MAGIC)
            signing = _Signing(handle, key)
            signing.write(header)
            with no_cycle_collection():
                pickle.dump(checkpoint, signing, protocol=pickle.HIGHEST_PROTOCOL)
            handle.write(b"\n" + signing.mac.hexdigest().encode() + b"\n")

    try:
        write_file_atomic(checkpoint_path(journal), write, _signed_to_the_end)
    except AtomicWriteError:
        return False
    return True


def read_checkpoint(journal: Path) -> Checkpoint | None:
    """The checkpoint beside `journal` when this code wrote it with this user's key; None otherwise. Whether
    the journal still begins with the bytes it folded is checked as the journal is read (TailReader)."""
    try:
        handle = open_regular(checkpoint_path(journal), _MAX_BYTES, "checkpoint")
    except FileFault:
        return None
    try:
        with handle:
            data = handle.read()
    except OSError:
        return None
    trailer = _TRAILER.fullmatch(data[-66:])
    end = data.find(b"\n", len(_MAGIC))
    if not data.startswith(_MAGIC) or trailer is None or end < 0 or end + 1 > len(data) - 66:
        return None
    key = checkpoint_key(create=False)
    signed = memoryview(data)[len(_MAGIC) : len(data) - 66]
    if key is None or not hmac.compare_digest(hmac.new(key, signed, hashlib.sha256).hexdigest().encode(), trailer[1]):
        return None
    try:
        header = json.loads(data[len(_MAGIC) : end])
    except (ValueError, RecursionError):
        return None
    if not isinstance(header, dict) or header.get("code") != code_stamp():
        return None
    if (header.get("format"), header.get("journal")) != (CHECKPOINT_FORMAT, JOURNAL_VERSION):
        return None
    payload = memoryview(data)[end + 1 : len(data) - 66]
    try:
        with no_cycle_collection():
            checkpoint = pickle.loads(payload)
    except Exception:  # noqa: BLE001 - whatever an unreadable checkpoint raises, the journal is folded instead
        return None
    return checkpoint if isinstance(checkpoint, Checkpoint) else None
