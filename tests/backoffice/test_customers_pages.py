"""Customers page: search, a customer's file (profile edit, purchases, points ledger, manual
adjustment) and merging duplicates, driven like a manager would."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.core.money import Money
from pos_desktop.services import loyalty
from pos_desktop.services.customers import CustomerInput, create_customer
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.loyalty import LoyaltyTransaction
from pos_desktop.ui.backoffice.customers_page import CustomersPage
from tests.backoffice.support import open_back_office, open_page
from tests.support.terminal import Terminal
from tests.ui.conftest import wait_idle


def make(terminal: Terminal, name: str, phone: str | None = None) -> str:
    return create_customer(
        terminal.ctx, terminal.cashier, CustomerInput(name=name, phone=phone), allow_duplicate=True
    ).customer.id


def cells(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]  # type: ignore[union-attr]


def select_rows(table: QTableWidget, rows: list[int]) -> None:
    table.clearSelection()
    model = table.selectionModel()
    for row in rows:
        model.select(
            table.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_search_open_adjust_and_edit_a_customer(qtbot: QtBot, ui, terminal: Terminal) -> None:  # type: ignore[no-untyped-def]
    nimal = make(terminal, "Nimal Perera", "0771234567")
    make(terminal, "Kamala Silva", "0719876543")
    with terminal.db.uow() as uow:
        loyalty.earn_for_sale(uow.session, terminal.ctx, nimal, "sale-1", Money.of("1500"))
        uow.commit()
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "customers.list")
    assert isinstance(page, CustomersPage)
    assert cells(page.table, 0) == ["Kamala Silva", "Nimal Perera"]
    qtbot.keyClicks(page.search, "077 123")
    qtbot.waitUntil(lambda: cells(page.table, 0) == ["Nimal Perera"], timeout=5_000)
    wait_idle(qtbot, ui)
    assert cells(page.table, 4) == ["15"]

    page.table.selectRow(0)
    dialog = page.open_selected()
    assert dialog is not None
    wait_idle(qtbot, ui)
    assert "Points: 15" in dialog.loyalty_line.text()
    assert cells(dialog.ledger, 1) == ["Earned"] and cells(dialog.ledger, 3) == ["15"]

    dialog.adjust_points.setValue(-20)
    qtbot.keyClicks(dialog.adjust_reason, "points given twice")
    qtbot.mouseClick(dialog.adjust_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    assert "cannot remove 20 points" in dialog.message.text()
    dialog.allow_negative.setChecked(True)
    qtbot.mouseClick(dialog.adjust_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    assert cells(dialog.ledger, 2)[0] == "-20" and cells(dialog.ledger, 3)[0] == "-5"
    assert cells(dialog.ledger, 4)[0] == "points given twice"

    dialog.email.setText("nimal@example.lk")
    dialog.birthday.setText("1985-03-02")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    assert dialog.message.text() == "Profile saved."
    with terminal.db.read() as s:
        row = s.get(Customer, nimal)
        assert row is not None and row.email == "nimal@example.lk"
        assert str(row.birthday) == "1985-03-02"
        assert loyalty.balance(s, nimal) == -5
    dialog.birthday.setText("2 March")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "YYYY-MM-DD" in dialog.message.text()
    dialog.reject()


def test_merge_duplicates_from_the_list(qtbot: QtBot, ui, terminal: Terminal) -> None:  # type: ignore[no-untyped-def]
    a = make(terminal, "Amara Fernando", "0771112222")
    b = make(terminal, "Amara F", "077 111 2222")
    for cid, points in ((a, 100), (b, 250)):
        loyalty.adjust_points(terminal.ctx, terminal.manager, cid, points, "opening")
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "customers.list")
    assert isinstance(page, CustomersPage)
    assert page.merge_selected() is None  # nothing selected: asks for two or more
    assert "two or more" in page.status.text()
    select_rows(page.table, [0, 1])  # "Amara F" then "Amara Fernando"
    dialog = page.merge_selected()
    assert dialog is not None
    dialog.choice.button(1).setChecked(True)  # keep Amara Fernando
    assert dialog.survivor_id() == a
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: cells(page.table, 0) == ["Amara Fernando"], timeout=5_000)
    wait_idle(qtbot, ui)
    assert cells(page.table, 4) == ["350"]
    with terminal.db.read() as s:
        assert s.get(Customer, b).merged_into_id == a  # type: ignore[union-attr]
        assert loyalty.balance(s, a) == 350
        assert len(s.execute(select(LoyaltyTransaction)).all()) == 2
