"""Lists as spreadsheets: XLSX (XlsxWriter) and CSV, written row by row.

A header row that stays in view, column widths, dates and times as Excel dates, Rupiah as
numbers in a Rupiah format. XLSX is written in XlsxWriter's constant-memory mode (each row
goes to disk as it is written), so a million rows take as little memory as ten. The file
appears only when it is complete: rows go to a temporary file beside it, renamed at the end;
a cancel or an error removes the temporary file and leaves whatever was there before.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMATS = ("xlsx", "csv")
PROGRESS_EVERY = 2000  # rows between progress reports (and cancel checks)


class Cancelled(Exception):
    """The officer cancelled the export; nothing was written."""


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"  # text, number, rupiah, date, datetime, percent
    width: float = 16  # characters


@dataclass
class Sheet:
    name: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    total: int | None = None  # rows expected, for the progress bar
    bold_last: bool = False  # a totals row at the end


Progress = Callable[[int, int | None], None]  # rows done, rows expected


def format_of(path: Path) -> str:
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ValueError(f"an export is .xlsx or .csv, not {path.suffix or 'no extension'}")
    return kind


def write(
    path: Path,
    sheets: Sequence[Sheet],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Write ``sheets`` to ``path`` (.xlsx or .csv); returns the rows written."""
    kind = format_of(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes it private; a list is not
        writer = _xlsx if kind == "xlsx" else _csv
        written = writer(Path(temporary), sheets, progress or (lambda _d, _t: None), cancelled)
        with open(temporary, "rb+") as done:
            os.fsync(done.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return written


def _rows(sheet: Sheet, done: int, progress: Progress, cancelled: Callable[[], bool]):
    """The sheet's rows, reporting progress and stopping when the officer cancels."""
    for count, row in enumerate(sheet.rows, 1):
        if count % PROGRESS_EVERY == 0:
            if cancelled():
                raise Cancelled
            progress(done + count, sheet.total)
        yield row


def _csv(path: Path, sheets, progress: Progress, cancelled) -> int:
    """One table per sheet; several (the recap) follow each other, each under its name."""
    written = 0
    # UTF-8 with a byte-order mark: what Excel needs to read names with accents right.
    with open(path, "w", newline="", encoding="utf-8-sig") as out:
        rows = csv.writer(out)
        for number, sheet in enumerate(sheets):
            if len(sheets) > 1:
                rows.writerows([[]] * bool(number) + [[sheet.name]])
            rows.writerow([c.header for c in sheet.columns])
            for row in _rows(sheet, written, progress, cancelled):
                rows.writerow(["" if v is None else _plain(v) for v in row])
                written += 1
            progress(written, sheet.total)
    return written


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return value


def _xlsx(path: Path, sheets, progress: Progress, cancelled) -> int:
    import xlsxwriter

    book = xlsxwriter.Workbook(
        str(path), {"constant_memory": True, "remove_timezone": True, "strings_to_numbers": False}
    )
    formats = {
        "header": book.add_format({"bold": True, "bg_color": "#E4EDF6", "bottom": 1}),
        "date": book.add_format({"num_format": "dd/mm/yyyy"}),
        "datetime": book.add_format({"num_format": "dd/mm/yyyy hh:mm"}),
        "rupiah": book.add_format({"num_format": '"Rp"#,##0'}),
        "number": book.add_format({"num_format": "#,##0"}),
        "percent": book.add_format({"num_format": "0.0%"}),
    }
    bold = {
        k: book.add_format({**({"num_format": f.num_format} if f.num_format else {}), "bold": True})
        for k, f in formats.items()
    }
    bold["text"] = book.add_format({"bold": True})
    written = 0
    try:
        for sheet in sheets:
            page = book.add_worksheet(sheet.name[:31])
            page.freeze_panes(1, 0)
            for c, column in enumerate(sheet.columns):
                page.set_column(c, c, column.width)
                page.write_string(0, c, column.header, formats["header"])
            writers = [_cell_writer(page, col.kind, formats) for col in sheet.columns]
            last = None
            r = 0
            for r, row in enumerate(_rows(sheet, written, progress, cancelled), 1):
                for c, value in enumerate(row):
                    if value is not None and value != "":
                        writers[c](r, c, value)
                last = row
            if sheet.bold_last and last is not None:
                # constant_memory writes a row when the next begins: the last can still change.
                for c, value in enumerate(last):
                    kind = sheet.columns[c].kind
                    if value is None or value == "":
                        continue
                    _cell_writer(page, kind, bold)(r, c, value)
            if r:
                page.autofilter(0, 0, r, len(sheet.columns) - 1)
            written += r
            progress(written, sheet.total)
    finally:
        book.close()
    return written


def _cell_writer(page, kind: str, formats: dict) -> Callable[[int, int, Any], None]:
    if kind in ("date", "datetime"):
        fmt = formats[kind]
        return lambda r, c, v: page.write_datetime(r, c, v, fmt)
    if kind in ("rupiah", "number", "percent"):
        fmt = formats[kind]
        return lambda r, c, v: page.write_number(r, c, v, fmt)
    text = formats.get("text")
    return lambda r, c, v: page.write_string(r, c, str(v), text)
