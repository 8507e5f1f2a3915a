"""``pos --self-test`` (also ``pos self-test`` and the bundle's ``pos-desktop --self-test``).

Proves an installation works without a person at the screen: in a temporary data directory it
creates a terminal database by running every Alembic migration from the installed scripts,
sets up the demo store's cashier and signs them in, renders the sell screen offscreen and
checks the image is not blank, shapes Sinhala and Tamil with the bundled fonts, loads the
compiled translations, builds a receipt's ESC/POS bytes into an in-memory printer, and loads
zbar and the keyring backends. One line per check; exit 0 only when every required check
passes. Warnings (optional hardware libraries, translations not built) do not fail the test.

It never touches the user's data directory: everything lives in a fresh temporary folder that
is removed at the end. The Qt platform is ``offscreen`` unless ``QT_QPA_PLATFORM`` says
otherwise.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, TextIO

if TYPE_CHECKING:
    from pos_desktop.app import AppServices
    from pos_desktop.core.receipt import ReceiptDocument
    from pos_desktop.hardware.printing.render import Rasterize
    from pos_desktop.services.context import Actor

Status = Literal["ok", "warn", "fail"]
EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
CHECK_NAMES: Final = (
    "database",
    "sign-in",
    "fonts",
    "sell screen",
    "translations",
    "back office",
    "receipt printing",
    "locale formatting",
    "barcode decoding",
    "keyring",
    "pdf shaping",
)


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    status: Status
    detail: str

    @classmethod
    def ok(cls, name: str, detail: str) -> CheckResult:
        return cls(name, "ok", detail)

    @classmethod
    def warn(cls, name: str, detail: str) -> CheckResult:
        return cls(name, "warn", detail)

    @classmethod
    def fail(cls, name: str, detail: str) -> CheckResult:
        return cls(name, "fail", detail)

    def line(self) -> str:
        # "ok   database: ...", "warn barcode decoding: ...", "FAIL fonts: ..."
        label = "FAIL" if self.status == "fail" else self.status
        return f"{label:<4} {self.name}: {self.detail}"


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pos-desktop")
    except PackageNotFoundError:
        return "unknown"


def _guard(name: str, check: Callable[[], CheckResult]) -> CheckResult:
    """A check that raises is a failed check, with the exception's last line as the reason."""
    try:
        return check()
    except Exception as exc:
        return _failed(name, exc)


def _failed(name: str, exc: BaseException) -> CheckResult:
    return CheckResult.fail(name, traceback.format_exception_only(exc)[-1].strip())


# -- Qt-free checks ------------------------------------------------------------------------


def check_database(data_dir: Path) -> tuple[CheckResult, AppServices | None]:
    from pos_desktop.app import AppServices
    from pos_desktop.demo.credentials import demo_store_setup
    from pos_desktop.paths import DataPaths
    from pos_desktop.services.context import ServiceContext
    from pos_desktop.services.setup import initialize_terminal
    from pos_desktop.store.migrate import MIGRATIONS_DIR, current_revision, head_revision
    from pos_desktop.store.terminal import open_database

    scripts = sorted((MIGRATIONS_DIR / "versions").glob("*.py"))
    if not scripts or not (MIGRATIONS_DIR / "env.py").is_file():
        return CheckResult.fail("database", f"no migration scripts in {MIGRATIONS_DIR}"), None
    paths = DataPaths(data_dir, "self-test")
    db = open_database(paths.database)  # a new file: every migration runs
    head = head_revision()
    at = current_revision(db.engine)
    if at != head:
        db.dispose()
        return CheckResult.fail("database", f"schema at {at} after migrating, not {head}"), None
    identity = initialize_terminal(db, demo_store_setup())
    services = AppServices(paths=paths, db=db, ctx=ServiceContext(db=db, terminal=identity))
    return (
        CheckResult.ok(
            "database",
            f"new terminal database migrated to {head} by {len(scripts)} scripts from "
            f"{MIGRATIONS_DIR}",
        ),
        services,
    )


def sign_in_cashier(services: AppServices) -> tuple[CheckResult, Actor | None]:
    """The demo store's cashier, created like a manager would, signs in with their PIN and
    opens the shift (the sell screen needs one)."""
    from pos_desktop.core.money import Money
    from pos_desktop.demo.credentials import DEMO_ADMIN, DEMO_USERS
    from pos_desktop.services.auth import login_with_password, login_with_pin
    from pos_desktop.services.shifts import open_shift
    from pos_desktop.services.users import NewUser, create_user

    ctx = services.ctx
    cashier = next(u for u in DEMO_USERS if u.role.value == "cashier")
    assert DEMO_ADMIN.password is not None
    admin = login_with_password(ctx, DEMO_ADMIN.username, DEMO_ADMIN.password)
    create_user(ctx, admin, NewUser(cashier.username, cashier.name, cashier.role, pin=cashier.pin))
    actor = login_with_pin(ctx, cashier.username, cashier.pin)
    open_shift(ctx, actor, Money.zero(ctx.terminal.currency))
    return (
        CheckResult.ok("sign-in", f"cashier {cashier.username!r} signed in with a PIN, shift open"),
        actor,
    )


def _sample_receipt() -> ReceiptDocument:
    from pos_desktop.core.money import Money
    from pos_desktop.core.receipt import (
        ReceiptDocument,
        ReceiptHeader,
        ReceiptKind,
        ReceiptLine,
        ReceiptMeta,
        ReceiptPayment,
        ReceiptTax,
        ReceiptTotals,
    )

    def lkr(amount: str) -> Money:
        return Money.of(amount, "LKR")

    total = lkr("830.00")
    return ReceiptDocument(
        kind=ReceiptKind.SALE,
        currency="LKR",
        header=ReceiptHeader("Self-test store", address="Colombo 03"),
        meta=ReceiptMeta(
            receipt_number="S01-T01-000001",
            issued_at=datetime(2026, 1, 1, 9, 30, tzinfo=UTC),
            time_zone="UTC",
            cashier="Self-test",
            terminal="T01",
        ),
        lines=(
            ReceiptLine("සහල් 5kg", 1000, lkr("650.00"), lkr("650.00"), Money.zero("LKR")),
            ReceiptLine("தேநீர் 100g", 2000, lkr("90.00"), lkr("180.00"), Money.zero("LKR")),
        ),
        totals=ReceiptTotals(
            subtotal=total,
            line_discount=Money.zero("LKR"),
            order_discount=Money.zero("LKR"),
            coupon_discount=Money.zero("LKR"),
            coupon_code=None,
            taxes=(ReceiptTax("VAT", Decimal("0.18"), total, lkr("126.61")),),
            tax_total=lkr("126.61"),
            tax_inclusive=True,
            total=total,
        ),
        payments=(ReceiptPayment("CASH", "Cash", total, lkr("1000.00")),),
        change=lkr("170.00"),
    )


def check_receipt(rasterize: Rasterize | None) -> CheckResult:
    """python-escpos (with its capabilities.json) builds a receipt with Sinhala and Tamil lines
    as images, and an in-memory printer receives the bytes."""
    from pos_desktop.hardware.printing.backends import MemoryBackend
    from pos_desktop.hardware.printing.profiles import escpos_profile, paper_profile
    from pos_desktop.hardware.printing.render import render_receipt

    paper = paper_profile(80)
    profile = escpos_profile(paper)  # reads escpos's capabilities.json
    data = render_receipt(_sample_receipt(), paper, rasterize)
    printer = MemoryBackend("self-test printer")
    with printer:
        printer.send(data)
    received = bytes(printer.received)
    if not received.startswith(b"\x1b@"):
        return CheckResult.fail("receipt printing", "receipt does not start with ESC @")
    if b"\x1dV" not in received:
        return CheckResult.fail("receipt printing", "receipt has no paper cut")
    raster = b"\x1dv0" in received
    if rasterize is not None and not raster:
        return CheckResult.fail("receipt printing", "Sinhala/Tamil lines were not rasterized")
    return CheckResult.ok(
        "receipt printing",
        f"{len(received):,} ESC/POS bytes to an in-memory printer "
        f"(profile {profile.profile_data.get('name', '?')}, Sinhala/Tamil as images: {raster})",
    )


def check_locales() -> CheckResult:
    """Babel's locale data for English, Sinhala and Tamil is installed: an amount and a date
    formatted in each language."""
    from pos_desktop.core.locale_format import format_date, format_money
    from pos_desktop.core.money import Money

    amount = Money.of("1234567.50", "LKR")
    day = datetime(2026, 4, 14, tzinfo=UTC)
    shown = [f"{lang} {format_money(amount, lang)} {format_date(day, lang)}" for lang in _LANGS]
    return CheckResult.ok("locale formatting", "; ".join(shown))


_LANGS: Final = ("en", "si", "ta")


def check_zbar() -> CheckResult:
    """zbar decodes a QR code made here. The camera scanner is optional hardware: a missing
    libzbar is a warning, not a failure."""
    from pos_desktop.hardware.scanners.camera_decoder import decoder_problem

    problem = decoder_problem()
    if problem is not None:
        return CheckResult.warn("barcode decoding", f"camera scanning unavailable: {problem}")
    import qrcode
    from pyzbar import pyzbar

    image = qrcode.make("SELF-TEST-4792").get_image().convert("L")
    decoded = [bytes(d.data).decode() for d in pyzbar.decode(image)]
    if decoded != ["SELF-TEST-4792"]:
        return CheckResult.warn("barcode decoding", f"zbar loaded but decoded {decoded}")
    return CheckResult.ok("barcode decoding", "zbar loaded and decoded a QR code")


def check_keyring() -> CheckResult:
    """The keyring backends (where the HQ device secret lives) are installed and discoverable;
    whether this machine has a keyring service running is not checked."""
    from importlib.metadata import entry_points

    names = sorted({ep.name for ep in entry_points(group="keyring.backends")})
    if not names:
        return CheckResult.fail("keyring", "no keyring backends registered (metadata missing)")
    import keyring

    current = type(keyring.get_keyring()).__name__
    return CheckResult.ok("keyring", f"backends {', '.join(names)}; in use here: {current}")


def check_pdf_shaping() -> CheckResult:
    """HarfBuzz (uharfbuzz) is in the bundle: reportlab shapes a Sinhala conjunct for the PDFs
    (reports, labels, purchase orders); without it they print vowel signs and conjuncts apart."""
    from reportlab.pdfbase import pdfmetrics

    from pos_desktop.reports.script_text import register_fonts, shaped

    register_fonts()
    word = "ශ්\u200dරී"
    drawn, _ = shaped("NotoSansSinhala", word, 10)
    face = pdfmetrics.getFont("NotoSansSinhala").face
    glyphs = [face.charToGlyph[ord(ch)] for ch in drawn]
    if not getattr(drawn, "__shapeData__", None) or len(glyphs) >= len(word):
        return CheckResult.fail("pdf shaping", "uharfbuzz missing: Sinhala/Tamil PDFs unshaped")
    return CheckResult.ok("pdf shaping", f"HarfBuzz: {len(word)} characters, glyphs {glyphs}")


# -- orchestration ------------------------------------------------------------------------


def run_self_test(
    out: TextIO | None = None,
    *,
    screenshot: Path | None = None,
    work_dir: Path | None = None,
) -> int:
    """Run every check, print one line each, return the exit code (0: all required passed)."""
    stream = out if out is not None else sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    mode = f"frozen bundle {sys.executable}" if getattr(sys, "frozen", False) else "source"
    print(
        f"self-test: pos-desktop {app_version()} ({mode}), Python {platform.python_version()}, "
        f"Qt platform {os.environ['QT_QPA_PLATFORM']}",
        file=stream,
        flush=True,
    )
    results: list[CheckResult] = []

    def record(result: CheckResult) -> None:
        results.append(result)
        print(result.line(), file=stream, flush=True)

    with tempfile.TemporaryDirectory(prefix="pos-self-test-", dir=work_dir) as tmp:
        services: AppServices | None = None
        try:
            services = _database_step(Path(tmp) / "data", record)
            actor = _sign_in_step(services, record)
            _qt_steps(services, actor, screenshot, record)
            record(_guard("locale formatting", check_locales))
            record(_guard("barcode decoding", check_zbar))
            record(_guard("keyring", check_keyring))
            record(_guard("pdf shaping", check_pdf_shaping))
        finally:
            if services is not None:
                services.close()
    failed = [r.name for r in results if r.status == "fail"]
    warned = sum(r.status == "warn" for r in results)
    seconds = time.monotonic() - started
    if failed:
        print(f"self-test FAILED: {', '.join(failed)} ({seconds:.1f} s)", file=stream, flush=True)
        return EXIT_FAILED
    ok = len(results) - warned
    print(
        f"self-test passed: {ok} ok, {warned} warnings ({seconds:.1f} s)", file=stream, flush=True
    )
    return EXIT_OK


def _database_step(data_dir: Path, record: Callable[[CheckResult], None]) -> AppServices | None:
    try:
        result, services = check_database(data_dir)
    except Exception as exc:
        result, services = _failed("database", exc), None
    record(result)
    return services


def _sign_in_step(
    services: AppServices | None, record: Callable[[CheckResult], None]
) -> Actor | None:
    if services is None:
        record(CheckResult.fail("sign-in", "skipped: no database"))
        return None
    try:
        result, actor = sign_in_cashier(services)
    except Exception as exc:
        result, actor = _failed("sign-in", exc), None
    record(result)
    return actor


def _qt_steps(
    services: AppServices | None,
    actor: Actor | None,
    screenshot: Path | None,
    record: Callable[[CheckResult], None],
) -> None:
    try:
        from pos_desktop.ui import self_test_checks as qt
    except Exception as exc:  # PySide6 or Qt's libraries missing: every Qt check fails
        reason = _failed("qt", exc).detail
        for name in ("fonts", "sell screen", "translations", "back office"):
            record(CheckResult.fail(name, f"Qt unavailable: {reason}"))
        record(_guard("receipt printing", lambda: check_receipt(None)))
        return
    record(_guard("fonts", qt.check_fonts))
    if services is None or actor is None:
        record(CheckResult.fail("sell screen", "skipped: nobody signed in"))
    else:
        record(_guard("sell screen", lambda: qt.check_sell_screen(services, actor, screenshot)))
    record(_guard("translations", qt.check_translations))
    record(_guard("back office", qt.check_back_office))
    record(_guard("receipt printing", lambda: check_receipt(qt.rasterizer())))
