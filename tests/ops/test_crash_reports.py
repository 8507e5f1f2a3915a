"""Crash reports from real processes: a worker thread, the main thread with a write transaction
open, the app's start (exit 70), a Qt slot in the running app, a segfault. Each leaves a report
(or faulthandler's trace) without secrets, and the terminal database keeps its committed sale
and passes integrity_check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from pos_desktop.core.cart import Cart
from pos_desktop.core.money import Money
from pos_desktop.ops.crash import EXIT_CRASH, FAULTS_FILE, list_reports
from pos_desktop.services import catalog, catalog_edit, customers, shifts, stock
from pos_desktop.services.checkout import PaymentRequest, checkout
from pos_desktop.store.models.sales import Sale
from pos_desktop.store.terminal import open_database
from tests.ops.crash_report_child import SECRET_PIN, SECRET_TOKEN
from tests.support.terminal import Terminal

ROOT = Path(__file__).resolve().parents[2]
CUSTOMER_NAME, CUSTOMER_PHONE = "Nimal Perera", "0771234567"


def _sell_one(terminal: Terminal) -> str:
    """A committed sale to a named customer; returns its receipt number."""
    t = terminal
    made = catalog_edit.create_product(
        t.ctx, t.admin, catalog_edit.ProductDraft(sku="RICE5", name="Rice 5kg", price_minor=1250_00)
    )
    stock.receive_stock(t.ctx, t.admin, made.product.id, "10")
    with t.db.read() as s:
        hit = catalog.search_products(s, "RICE5")[0]
    customer = customers.create_customer(
        t.ctx, t.cashier, customers.CustomerInput(name=CUSTOMER_NAME, phone=CUSTOMER_PHONE)
    )
    shifts.open_shift(t.ctx, t.cashier, Money(5000_00))
    cart = Cart(t.ctx.terminal.currency)
    cart.add_item(
        product_id=hit.product_id,
        name=hit.name,
        unit_price=hit.price,
        tax_class=hit.tax_class(),
        quantity=2,
        sku=hit.sku,
    )
    cart.customer_id = customer.customer.id
    result = checkout(t.ctx, t.cashier, cart, [PaymentRequest("CASH", amount_minor=3000_00)])
    t.db.dispose()
    return result.receipt_number


def _run(data_dir: Path, mode: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("POS_LOG_LEVEL", None)
    return subprocess.run(
        [sys.executable, "-m", "tests.ops.crash_report_child", str(data_dir), mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _assert_sale_safe(data_dir: Path, receipt: str) -> None:
    db = open_database(data_dir / "pos.db")
    try:
        with db.engine.connect() as conn:
            assert [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")] == ["ok"]
        with db.read() as s:
            assert list(s.execute(select(Sale.receipt_number)).scalars()) == [receipt]
    finally:
        db.dispose()


def _report(data_dir: Path) -> tuple[Path, str]:
    reports = list_reports(data_dir / "crash")
    assert len(reports) == 1, reports
    return reports[0], reports[0].read_text(encoding="utf-8")


def _assert_clean(text: str) -> None:
    for secret in (SECRET_TOKEN, SECRET_PIN, CUSTOMER_NAME, CUSTOMER_PHONE):
        assert secret not in text


def _assert_report(text: str, thread: str) -> None:
    assert text.startswith("POS crash report\n")
    assert "Traceback (most recent call last):" in text
    assert "RuntimeError: HQ refused the push for token=***" in text
    assert f"thread: {thread}" in text
    assert "app version: " in text and "platform: " in text
    assert "last " in text and "signed in: user 01TESTUSER (cashier)" in text  # the log tail
    assert "Authorization: ***" in text  # the logged header, masked
    _assert_clean(text)


@pytest.fixture
def data_dir(terminal: Terminal, tmp_path: Path) -> tuple[Path, str]:
    assert terminal.db.path == tmp_path / "pos.db"
    return tmp_path, _sell_one(terminal)


def test_worker_thread_exception(data_dir: tuple[Path, str]) -> None:
    path, receipt = data_dir
    done = _run(path, "thread")
    assert done.returncode == 0, done.stderr
    assert "ALIVE" in done.stdout  # the process goes on without the thread
    report, text = _report(path)
    _assert_report(text, "pos-test-worker")
    assert str(report) in done.stderr
    log_text = (path / "logs" / "pos.log").read_text(encoding="utf-8")
    assert "unexpected error in pos-test-worker" in log_text and str(report) in log_text
    _assert_clean(log_text)
    _assert_sale_safe(path, receipt)


def test_main_thread_exception_with_a_write_open(data_dir: tuple[Path, str]) -> None:
    path, receipt = data_dir
    done = _run(path, "main")
    assert "WRITING" in done.stdout
    assert done.returncode != 0
    report, text = _report(path)
    _assert_report(text, "MainThread")
    assert f"crash report saved to {report}" in done.stderr
    _assert_clean(done.stderr)
    _assert_sale_safe(path, receipt)  # the uncommitted DELETE died with the process


def test_startup_exception_exits_70_with_the_report_path(data_dir: tuple[Path, str]) -> None:
    path, receipt = data_dir
    done = _run(path, "startup")
    assert done.returncode == EXIT_CRASH
    report, text = _report(path)
    _assert_report(text, "MainThread")
    assert "where: start-up" in text
    assert f"crash report: {report}" in done.stderr
    _assert_clean(done.stderr)
    _assert_sale_safe(path, receipt)


def test_qt_slot_exception_shows_a_calm_message_and_the_app_goes_on(
    data_dir: tuple[Path, str],
) -> None:
    path, receipt = data_dir
    done = _run(path, "slot")
    assert done.returncode == 0, done.stderr
    report, text = _report(path)
    _assert_report(text, "MainThread")
    assert "where: Qt event loop" in text
    assert "screen: screen_login" in text
    notice = next(line for line in done.stdout.splitlines() if line.startswith("NOTICE "))
    assert "the sale data is safe" in notice and str(report) in notice
    assert "ALIVE" in done.stdout
    _assert_sale_safe(path, receipt)


def test_hard_crash_leaves_faulthandler_trace(data_dir: tuple[Path, str]) -> None:
    path, receipt = data_dir
    done = _run(path, "segv")
    assert "SEGV" in done.stdout
    assert done.returncode != 0
    faults = (path / "crash" / FAULTS_FILE).read_text(encoding="utf-8")
    assert "Segmentation fault" in faults and "crash_report_child" in faults
    _assert_sale_safe(path, receipt)
