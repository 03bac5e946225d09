"""Moving a desk into the office database (``loket office import``): the rows of a desk's data
folder into a new, empty office database, in one transaction, once.

The folder is opened as the desk would open it (its key from the keyring, migrated to this
version), the office database likewise (given its schema if it is new); the office database
must hold no cases and no staff yet, so the same folder imported twice is refused. The folder's
scanned files move into the office's file store with the rows, each checked against its address
on the way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import DataUnusable
from desktop.services.context import write
from desktop.store import db as store_db
from desktop.store import files, office_import, postgres


@dataclass(frozen=True)
class Imported:
    rows: dict[str, int]  # how many rows each table gave (and how many files moved: "files")

    @property
    def cases(self) -> int:
        return self.rows.get("case", 0)

    @property
    def staff(self) -> int:
        return self.rows.get("staff", 0)

    @property
    def files(self) -> int:
        return self.rows.get("files", 0)

    @property
    def row_count(self) -> int:
        return sum(n for table, n in self.rows.items() if table != "files")


def import_folder(
    folder: Path,
    url: str,
    desk_dir: Path,
    progress: Callable[[str, int], None] | None = None,
) -> Imported:
    """Every row of the desk's database in ``folder`` into the office database at ``url``
    (``desk_dir`` is the importing desk's own folder); refused in one sentence, nothing
    written, when the folder holds no desk database or the office database is not empty.
    The models are left bound to the office database."""
    if not (folder / store_db.DB_NAME).is_file():
        raise DataUnusable("office.no_folder", path=str(folder))
    desk = store_db.open_database(folder)
    try:
        office = store_db.open_office(desk_dir, url)
        try:
            with write():  # the office's: the emptiness and the rows, together
                if office_import.holds_an_office(office):
                    raise DataUnusable("office.not_empty", url=postgres.without_password(url))
                rows = office_import.copy_rows(desk, office, progress)
                rows["files"] = _move_files(folder)
        except BaseException:
            office.close()
            raise
    finally:
        desk.close()
    return Imported(rows)


def _move_files(folder: Path) -> int:
    """Every file the imported rows point to, from the folder's store into the office's (the
    models are bound to the office database); how many moved. A file the folder lacks stays
    missing, and ``loket check`` names it there as it did on the desk."""
    source, target = files.FileStore(folder / "files"), store_db.file_store()
    moved = 0
    for sha256 in sorted(files.referenced()):
        if source.has(sha256):
            target.copy_from(source, sha256)
            moved += 1
    return moved
