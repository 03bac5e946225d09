"""Work that one desk of an office does at a time (the talk with the central system), whichever
desk that is: the first to ask takes the turn, and keeps it for as long as the work lasts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from desktop.store import dialect

# The advisory lock's key for each kind of turn (any number unique to it).
SYNC = 7_001


@contextmanager
def turn(key: int) -> Iterator[bool]:
    """Whether this desk has the turn ``key`` meanwhile (False: another desk has it now)."""
    engine = dialect.current()
    held = engine.try_lock(key)
    try:
        yield held
    finally:
        if held:
            engine.unlock(key)
