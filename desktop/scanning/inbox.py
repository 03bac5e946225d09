"""The scan folder: the office copier scans to a folder, the pages appear in the app's inbox.

Polled rather than watched, so it works the same on every system and on network shares; a
file counts once its size has stayed the same between two looks, or it has not been touched
for a few seconds (the copier has finished it). Only ordinary files count: a symlink (dangling
or not), a folder or a file that vanishes between two looks is passed over, and the rest are
still offered.
"""

from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

SETTLED_SECONDS = 5  # a file untouched this long is complete even at the first look
SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}


@dataclass
class ScanFolder:
    folder: Path
    seen: set[str] = field(default_factory=set)
    _sizes: dict[str, int] = field(default_factory=dict)

    def arrived(self) -> list[Path]:
        """Files that are new and complete since the last look, oldest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for entry in os.scandir(self.folder):
            name = entry.name
            if name.startswith(".") or name in self.seen:
                continue
            if Path(name).suffix.lower() not in SUFFIXES:
                continue
            try:
                status = entry.stat(follow_symlinks=False)
            except FileNotFoundError:  # gone between the listing and the look
                continue
            if stat.S_ISREG(status.st_mode):
                found.append((status.st_mtime, name, status.st_size))
        ready = []
        current = {}
        for mtime, name, size in sorted(found):
            current[name] = size
            settled = time.time() - mtime > SETTLED_SECONDS
            if size and (settled or self._sizes.get(name) == size):
                ready.append(self.folder / name)
                self.seen.add(name)
        self._sizes = current
        return ready
