"""Screenshots of the Administration and Settings pages on the demo store: the users list (one
manager with two-factor on, last sign-ins from the demo's trading), the two-factor enrolment
dialog with its QR code, and the store profile. Saved to $POS_SCREENSHOT_DIR when set, else to
a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.core import totp
from pos_desktop.core.clock import utc_now
from pos_desktop.demo.build import DemoOptions
from pos_desktop.demo.credentials import DEMO_ADMIN
from pos_desktop.services.auth import actor_from_user, login_with_password
from pos_desktop.services.mfa import confirm_enrolment, start_enrolment
from pos_desktop.services.store_profile import get_store_profile, update_store_profile
from pos_desktop.store.models import User
from pos_desktop.ui.backoffice.settings_store_page import StoreProfilePage
from pos_desktop.ui.backoffice.users_page import UsersPage
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.mfa_enrol_dialog import MfaEnrolDialog
from tests.backoffice.support import demo_ui_for, open_back_office, open_page
from tests.ui.conftest import wait_idle
from tests.ui.test_sell_screenshots import _save


@pytest.fixture
def demo_ui(tmp_path: Path, qtbot: QtBot) -> Iterator[UiContext]:
    yield from demo_ui_for(
        tmp_path, qtbot, DemoOptions(products=100, customers=20, sales_days=1, sales_per_day=12)
    )


def _a_manager_uses_two_factor(ui: UiContext) -> None:
    with ui.ctx.db.read() as s:
        manager = s.execute(select(User).where(User.role == "manager")).scalars().first()
        assert manager is not None
        actor = actor_from_user(manager)
    enrolment = start_enrolment(ui.ctx, actor)
    code = totp.totp(totp.decode_secret(enrolment.secret), utc_now())
    confirm_enrolment(ui.ctx, actor, enrolment.secret, code)


def test_admin_pages_screenshots(demo_ui: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    ui = demo_ui
    _a_manager_uses_two_factor(ui)
    admin = login_with_password(ui.ctx, DEMO_ADMIN.username, DEMO_ADMIN.password or "")
    with ui.ctx.db.read() as s:
        profile = get_store_profile(s, ui.ctx)
    update_store_profile(
        ui.ctx,
        admin,
        profile.__class__(
            profile.name,
            profile.address or "No. 45, Galle Road\nColombo 03",
            profile.phone or "011 234 5678",
            profile.vat_registration_number or "114567890-7000",
            "Open daily 8.00 am - 10.00 pm",
            "Thank you! Please come again.\nExchanges within 7 days with this receipt.",
        ),
    )
    shell, screen = open_back_office(qtbot, ui, admin)
    shell.resize(1366, 860)

    users = open_page(qtbot, ui, screen, "admin.users")
    assert isinstance(users, UsersPage)
    wait_idle(qtbot, ui)
    assert users.table.rowCount() >= 3
    two_factor = [users.table.item(r, 5).text() for r in range(users.table.rowCount())]
    assert "On" in two_factor
    users.table.selectRow(1)
    image = _save(shell, "backoffice-users.png", tmp_path)
    assert image.width() >= 1300

    qtbot.mouseClick(users.my_mfa_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    dialog = users.dialog
    assert isinstance(dialog, MfaEnrolDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.code, "12345")
    dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSizeHint()))
    qtbot.wait(50)
    image = _save(dialog, "backoffice-mfa-enrol.png", tmp_path)
    assert image.height() >= 400
    dialog.reject()

    store = open_page(qtbot, ui, screen, "settings.store")
    assert isinstance(store, StoreProfilePage)
    wait_idle(qtbot, ui)
    assert "Exchanges within 7 days" in store.footer.toPlainText()
    _save(shell, "backoffice-settings-store.png", tmp_path)
