"""Catalog files in and out: the XLSX reader that feeds the products validator the same
``(line, cells)`` records as the CSV reader, and the writers of exports.

Spreadsheet formula injection: a cell whose text starts with ``=``, ``+``, ``-``, ``@`` (or a
tab or carriage return) is run as a formula by Excel or LibreOffice when a CSV is opened, so
a product named ``=HYPERLINK(...)`` could act on the manager's PC. CSV exports write such text
with a leading apostrophe (``guard``), which spreadsheets show as text, and the import strips
it again (``unguard``) so an export imports back unchanged. XLSX exports store every cell as a
text cell (never a formula).
"""

from __future__ import annotations

import csv
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, Literal

FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
XLSX_SUFFIXES: Final = (".xlsx", ".xlsm")
MAX_XLSX_ROWS: Final = 1_000_000
MAX_CELL: Final = 32_767  # Excel's own limit on a cell's text

Format = Literal["csv", "xlsx"]


class FileReadError(Exception):
    """The workbook cannot be read at all; ``line`` 0 means the file as a whole."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def file_format(path: Path) -> Format:
    return "xlsx" if path.suffix.lower() in XLSX_SUFFIXES else "csv"


def guard(text: str) -> str:
    """Text a spreadsheet will not run as a formula."""
    return "'" + text if text.startswith(FORMULA_START) else text


def unguard(text: str) -> str:
    """The text an export guarded (an apostrophe before a formula character), restored."""
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text


def _cell_text(value: Any) -> str:
    """A spreadsheet value as the text the CSV validator expects."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # Excel keeps every number as a double: 4790000000013 arrives as 4.790000000013e12,
        # 1250.5 as 1250.5. Whole numbers print without ".0"; others by their shortest repr.
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def xlsx_records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """``(row number, cell texts)`` of the first worksheet, the header being row 1. Trailing
    empty cells are dropped from each row so a formatted-but-empty column does not count."""
    from openpyxl import load_workbook  # imported here: only an import of a workbook needs it

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise FileReadError(0, "the file is not an Excel workbook (.xlsx); save it as one") from exc
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise FileReadError(0, "the workbook has no worksheet")
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_XLSX_ROWS:
                raise FileReadError(number, f"more than {MAX_XLSX_ROWS} rows")
            cells = [_cell_text(v) for v in row]
            while cells and not cells[-1].strip():
                cells.pop()
            yield number, cells
    finally:
        book.close()


def _atomic(target: Path, suffix: str, write: Callable[[Path], None]) -> None:
    """Write beside ``target`` and rename into place: a crash leaves no half-written file."""
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=suffix, dir=target.parent or ".")
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_csv(target: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """UTF-8 CSV with every cell guarded against formula injection; returns the row count."""
    count = 0

    def write(tmp: Path) -> None:
        nonlocal count
        with tmp.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(header)
            for row in rows:
                writer.writerow([guard(c) for c in row])
                count += 1
            out.flush()
            os.fsync(out.fileno())

    _atomic(target, ".csv", write)
    return count


def write_xlsx(
    target: Path, header: Sequence[str], rows: Iterable[Sequence[str]], *, title: str
) -> int:
    """An XLSX workbook whose every cell is text (a leading ``=`` stays text, never a
    formula); returns the row count. Written row by row (openpyxl's write-only mode)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    count = 0

    def write(tmp: Path) -> None:
        nonlocal count
        book = Workbook(write_only=True)
        sheet = book.create_sheet(title[:31])

        def text_cells(values: Sequence[str]) -> list[WriteOnlyCell]:
            cells = []
            for value in values:
                cell = WriteOnlyCell(sheet, value=value[:MAX_CELL])
                cell.data_type = "s"  # text, even when it starts with "="
                cells.append(cell)
            return cells

        sheet.append(text_cells(header))
        for row in rows:
            sheet.append(text_cells(row))
            count += 1
        book.save(tmp)

    _atomic(target, ".xlsx", write)
    return count
