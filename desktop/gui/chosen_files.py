"""A file an officer chose or dropped, read and checked off the database's worker."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.errors import DomainError
from desktop.scanning.files import FileRefused, Inspected, read_file
from desktop.services import attachments


def read_checked(path: Path) -> tuple[str, Inspected]:
    """On a reader worker, never the database's: a file read within the limits (an ordinary
    file only: a FIFO would hold the thread for ever) and checked as the store keeps it (a
    hostile PDF neutralised or refused)."""
    try:
        data = read_file(path)
    except FileRefused as e:  # vanished, not an ordinary file, too large
        raise DomainError(e.code, **e.params) from None
    return path.name, attachments.checked(path.name, data)
