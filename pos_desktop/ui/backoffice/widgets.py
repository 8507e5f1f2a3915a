"""Widget helpers every back-office area builds its pages from (no rules here): titles,
buttons, read-only row tables that carry a row id, and a refusal as text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final, Literal, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, SignalInstance
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pos_desktop.core.errors import DomainError

MIN_HEIGHT: Final = 48
ROW_ID: Final = Qt.ItemDataRole.UserRole
READ: Final = "read"

W = TypeVar("W", bound=QWidget)
# What a refill does to the selection: re-select the row of the id that was selected
# ("keep"), forget it ("clear"), or leave Qt's selection of row positions as it is ("leave").
Selection = Literal["keep", "clear", "leave"]


def named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


def page_title(text: str) -> QLabel:
    title = named(QLabel(text), "pageTitle")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    title.setFont(font)
    return title


def status_label(name: str) -> QLabel:
    label = named(QLabel(), name)
    label.setWordWrap(True)
    return label


def button(
    text: str, name: str, slot: Callable[[], object], *, auto_default: bool | None = None
) -> QPushButton:
    """A touch-sized button. ``auto_default=False``: Enter in a search box or a table cell (a
    scanner ends every code with Enter) never presses it; None leaves Qt's choice."""
    b = named(QPushButton(text), name)
    b.setMinimumHeight(MIN_HEIGHT)
    if auto_default is not None:
        b.setAutoDefault(auto_default)
    b.clicked.connect(lambda _checked=False: slot())
    return b


def make_table(
    name: str, headers: Sequence[str], stretch: int | None = None, *, multi: bool = False
) -> QTableWidget:
    """A read-only row table; column ``stretch`` takes the spare width (None: the last
    column does). ``multi``: several rows can be selected at once."""
    table = named(QTableWidget(0, len(headers)), name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if not multi:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setAlternatingRowColors(True)
    return table


def cell(text: str, *, right: bool = False, row_id: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if row_id is not None:
        item.setData(ROW_ID, row_id)
    return item


def append_row(
    table: QTableWidget, row_id: str, values: Sequence[str], right: Sequence[int] = ()
) -> int:
    row = table.rowCount()
    table.insertRow(row)
    for col, text in enumerate(values):
        table.setItem(row, col, cell(text, right=col in right, row_id=row_id if col == 0 else None))
    return row


def fill_table(
    table: QTableWidget,
    rows: Sequence[tuple[str, Sequence[str]]],
    *,
    right: Sequence[int] = (),
    colours: Sequence[QColor | None] = (),
    append: bool = False,
    selection: Selection = "leave",
) -> None:
    """Rows of (id, cells), the id on every cell; ``right`` columns right-aligned, row ``r``
    on ``colours[r]`` (black text) where given; ``append`` adds after the rows there."""
    keep = selected_id(table) if selection == "keep" else None
    if selection == "clear":
        table.setRowCount(0)
    start = table.rowCount() if append else 0
    table.setRowCount(start + len(rows))
    for r, (row_id, values) in enumerate(rows):
        colour = colours[r] if r < len(colours) else None
        for c, text in enumerate(values):
            item = cell(text, right=c in right, row_id=row_id)
            if colour is not None:
                item.setBackground(colour)
                item.setForeground(QColor("#000000"))
            table.setItem(start + r, c, item)
        if keep is not None and row_id == keep:
            table.selectRow(start + r)


def selected_id(table: QTableWidget) -> str | None:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    value = item.data(ROW_ID) if item is not None else None
    return value if isinstance(value, str) else None


def selected_ids(table: QTableWidget) -> list[str]:
    ids: list[str] = []
    for index in table.selectionModel().selectedRows():
        item = table.item(index.row(), 0)
        value = item.data(ROW_ID) if item is not None else None
        if isinstance(value, str) and value not in ids:
            ids.append(value)
    return ids


def select_id(table: QTableWidget, row_id: str) -> bool:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(ROW_ID) == row_id:
            table.selectRow(row)
            return True
    return False


def error_text(error: BaseException) -> str:
    """A service's refusal as the cashier reads it; anything else as an unexpected error."""
    if isinstance(error, DomainError):
        return error.message
    return QCoreApplication.translate("BackOffice", "Unexpected error: {}").format(error)


def form_rows(rows: Sequence[tuple[str, QWidget]]) -> QFormLayout:
    """A form of (label, field) rows, every field touch-sized."""
    form = QFormLayout()
    for text, widget in rows:
        widget.setMinimumHeight(MIN_HEIGHT)
        form.addRow(text, widget)
    return form


def debounced(
    owner: QObject, signal: SignalInstance, slot: Callable[[], object], ms: int = 200
) -> QTimer:
    """A single-shot timer that ``signal`` (re)starts and that runs ``slot`` once typing
    pauses for ``ms``: a search runs once per pause, not once per key."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    signal.connect(lambda *_args: timer.start())
    return timer
