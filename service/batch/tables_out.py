"""CSV and XLSX tables, safe against formula injection.

A cell whose text begins with `=`, `+`, `-`, `@`, a tab or a carriage return is
written with a leading single quote, so a spreadsheet shows it as text and never
runs it as a formula (a board folder named `=HYPERLINK(...)` stays a name). Numbers
are written as numbers. In XLSX every text cell is typed as a string as well, and
characters XML cannot hold are dropped.

Every output of a run is written by `write_atomic`: a temporary file in the same
folder moved into place with `os.replace`, given the ordinary permissions of a new
file (0o666 less the umask, as `open` would) rather than mkstemp's 0600, so that
colleagues sharing the folder can open every output alike.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

TRIGGERS: Final = ("=", "+", "-", "@", "\t", "\r")

Table = tuple[Sequence[str], Sequence[Sequence[object]]]


def safe_cell(value: object) -> object:
    """The value as it may be written: text that a spreadsheet would run is quoted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(TRIGGERS) else text


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (a temporary file moved into place), with the
    permissions a plain `open` would give: 0o666 less the process's umask. The data is
    on disk before the move, so a killed run leaves the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


PARTIAL_WRITE = ".*.tmp"
"""The name `write_atomic` gives a file before moving it into place."""


def sweep_partial_writes(folder: Path) -> list[Path]:
    """Remove what a killed run left half-written under `folder` (`write_atomic`'s
    temporary files, never moved into place); returns what was removed."""
    removed = []
    for path in sorted(folder.rglob(PARTIAL_WRITE)):
        if path.is_file():
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    write_atomic(path, buffer.getvalue().encode("utf-8"))


WIDEST = 60
"""No column is set wider than this many characters (long text wraps instead)."""


def write_xlsx(
    path: Path,
    sheets: dict[str, Table],
    links: dict[tuple[str, int, int], str] | None = None,
    percents: set[tuple[str, int]] | None = None,
) -> None:
    """One sheet per table, its header row bold and frozen, each column as wide as its
    text (up to `WIDEST`); `links[(sheet, row, column)]` (0-based data row and column)
    makes that cell a hyperlink to a relative path; `percents` holds the (sheet, column)
    pairs whose shares (0.45) show as percentages (45%)."""
    links = links or {}
    percents = percents or set()
    book = Workbook()
    if book.active is not None:
        book.remove(book.active)
    for name, (header, rows) in sheets.items():
        sheet = book.create_sheet(title=name[:31])
        sheet.append([_xlsx_value(h) for h in header])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for r, row in enumerate(rows):
            sheet.append([_xlsx_value(v) for v in row])
            for c, value in enumerate(row):
                cell = sheet.cell(row=r + 2, column=c + 1)
                if isinstance(cell.value, str):
                    cell.data_type = "s"
                target = links.get((name, r, c))
                if target and value:
                    cell.hyperlink = target
                    cell.style = "Hyperlink"
                if (name, c) in percents and isinstance(cell.value, int | float):
                    cell.number_format = "0%"
        sheet.freeze_panes = "A2"
        _fit_columns(sheet, header, rows)
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomic(path, buffer.getvalue())


def _fit_columns(sheet: Any, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    for c, title in enumerate(header):
        longest = max([len(str(title)), *(len(str(row[c])) for row in rows if c < len(row))])
        letter = get_column_letter(c + 1)
        sheet.column_dimensions[letter].width = min(WIDEST, max(8, longest + 2))
        if longest > WIDEST:
            for cell in sheet[letter][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def _xlsx_value(value: object) -> object:
    safe = safe_cell(value)
    return ILLEGAL_CHARACTERS_RE.sub("", safe) if isinstance(safe, str) else safe
