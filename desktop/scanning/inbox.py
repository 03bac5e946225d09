"""The scan folder: the office copier scans to a folder, the pages appear in the app's inbox.

Polled rather than watched, so it works the same on every system and on network shares; a
file counts once its size has stayed the same between two looks, or it has not been touched
for a few seconds (the copier has finished it).
"""

from __future__ import annotations

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
        ready = []
        current = {}
        for entry in sorted(self.folder.iterdir(), key=lambda p: p.stat().st_mtime):
            if not entry.is_file() or entry.suffix.lower() not in SUFFIXES:
                continue
            if entry.name.startswith(".") or entry.name in self.seen:
                continue
            status = entry.stat()
            current[entry.name] = status.st_size
            settled = time.time() - status.st_mtime > SETTLED_SECONDS
            if status.st_size and (settled or self._sizes.get(entry.name) == status.st_size):
                ready.append(entry)
                self.seen.add(entry.name)
        self._sizes = current
        return ready
