"""Administration > Permissions: what each role may do, and individual grants per user.

The role matrix is read-only: the built-in roles are code (core/permissions.py), the same on
every till and at HQ, and ``actor_from_user`` builds every signed-in person's rights from them
while offline. Making them editable per organization would mean every till resolving roles from
synced data at each sign-in and a way to stop an organization locking itself out; that is not
done here. What a shop can change is the individual grants: a permission given to one user
beyond their role (``services.users.set_extra_permissions``), e.g. "open the drawer" for a
senior cashier. Nobody can grant what they do not hold, and an admin's grants only by an admin.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.permissions import ROLE_PERMISSIONS, Permission, Role
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.services.context import Changes
from pos_desktop.services.users import UserSummary, list_users, set_extra_permissions
from pos_desktop.ui.backoffice.admin_common import show_error, show_ok
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    READ,
    button,
    make_table,
    named,
    status_label,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.qt_strings import role_label
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.tasks import DB

CONTEXT = "Permissions"
PERMISSION_NAMES: dict[Permission, str] = {
    Permission.PROCESS_SALES: QT_TRANSLATE_NOOP("Permissions", "Sell"),
    Permission.APPLY_DISCOUNT: QT_TRANSLATE_NOOP("Permissions", "Give discounts within the limit"),
    Permission.APPROVE_DISCOUNT: QT_TRANSLATE_NOOP("Permissions", "Approve larger discounts"),
    Permission.OVERRIDE_PRICE: QT_TRANSLATE_NOOP("Permissions", "Change a price"),
    Permission.REMOVE_CART_LINE: QT_TRANSLATE_NOOP("Permissions", "Remove a line from a sale"),
    Permission.VOID_SALE: QT_TRANSLATE_NOOP("Permissions", "Void a sale"),
    Permission.PROCESS_RETURNS: QT_TRANSLATE_NOOP("Permissions", "Take returns"),
    Permission.APPROVE_REFUND: QT_TRANSLATE_NOOP("Permissions", "Approve refunds"),
    Permission.OPEN_DRAWER: QT_TRANSLATE_NOOP("Permissions", "Open the drawer without a sale"),
    Permission.MANAGE_SHIFT: QT_TRANSLATE_NOOP("Permissions", "Open and close shifts"),
    Permission.APPROVE_OVER_SHORT: QT_TRANSLATE_NOOP("Permissions", "Accept cash differences"),
    Permission.CREATE_CUSTOMER: QT_TRANSLATE_NOOP("Permissions", "Add customers"),
    Permission.MANAGE_CUSTOMERS: QT_TRANSLATE_NOOP("Permissions", "Manage customers"),
    Permission.MANAGE_LOYALTY: QT_TRANSLATE_NOOP("Permissions", "Manage loyalty"),
    Permission.MANAGE_COUPONS: QT_TRANSLATE_NOOP("Permissions", "Manage coupons"),
    Permission.MANAGE_INVENTORY: QT_TRANSLATE_NOOP("Permissions", "Manage stock"),
    Permission.MANAGE_CATALOG: QT_TRANSLATE_NOOP("Permissions", "Manage the catalog"),
    Permission.MANAGE_PURCHASING: QT_TRANSLATE_NOOP("Permissions", "Manage purchasing"),
    Permission.VIEW_REPORTS: QT_TRANSLATE_NOOP("Permissions", "View reports"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Permissions", "Manage users"),
    Permission.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("Permissions", "Manage settings"),
    Permission.LEAVE_KIOSK: QT_TRANSLATE_NOOP("Permissions", "Leave kiosk mode"),
    Permission.USE_BACK_OFFICE: QT_TRANSLATE_NOOP("Permissions", "Open the back office"),
    Permission.MANAGE_DELIVERIES: QT_TRANSLATE_NOOP("Permissions", "Manage delivery orders"),
}
ROLES = (Role.CASHIER, Role.MANAGER, Role.ADMIN)


def permission_label(permission: Permission) -> str:
    text = PERMISSION_NAMES.get(permission, permission.value.replace("_", " "))
    return QCoreApplication.translate(CONTEXT, text)


class RolesPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.users: dict[str, UserSummary] = {}
        self.matrix = make_table(
            "rolesMatrix", [self.tr("Permission"), *(role_label(r.value) for r in ROLES)]
        )
        self.matrix.setSelectionMode(self.matrix.SelectionMode.NoSelection)
        self._fill_matrix()
        note = QLabel(
            self.tr(
                "Roles are the same on every till and cannot be edited here. Give one person "
                "more with individual grants below."
            )
        )
        note.setWordWrap(True)

        grants = QGroupBox(self.tr("Individual grants"))
        self.user = named(QComboBox(), "grantsUser")
        self.user.setMinimumHeight(MIN_HEIGHT)
        self.user.currentIndexChanged.connect(self._show_grants)
        self.boxes: dict[Permission, QCheckBox] = {}
        grid = QGridLayout()
        for i, permission in enumerate(Permission):
            box = named(QCheckBox(permission_label(permission)), f"grant_{permission.value}")
            self.boxes[permission] = box
            grid.addWidget(box, i // 3, i % 3)
        self.save = button(self.tr("Save grants"), "grantsSave", self.save_grants)
        self.status = status_label("grantsStatus")
        inner = QVBoxLayout(grants)
        inner.addWidget(self.user)
        inner.addLayout(grid)
        inner.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.status)

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.matrix, 1)
        layout.addWidget(grants)

    def _fill_matrix(self) -> None:
        permissions = list(Permission)
        self.matrix.setRowCount(len(permissions))
        for r, permission in enumerate(permissions):
            self.matrix.setItem(r, 0, QTableWidgetItem(permission_label(permission)))
            for c, role in enumerate(ROLES, start=1):
                item = QTableWidgetItem("✔" if permission in ROLE_PERMISSIONS[role] else "—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.matrix.setItem(r, c, item)

    def on_shown(self) -> None:
        self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("users"):
            self.refresh()

    def refresh(self) -> None:
        ctx = self.ui.ctx

        def load() -> list[UserSummary]:
            with ctx.db.read() as s:
                return list_users(s, ctx)

        self.ui.run(load, self._show_users, lane=READ)

    def _show_users(self, users: list[UserSummary]) -> None:
        current = self.user.currentData()
        self.users = {u.user_id: u for u in users if u.role != Role.ADMIN.value}
        self.user.blockSignals(True)
        self.user.clear()
        for u in self.users.values():
            self.user.addItem(f"{u.name} ({role_label(u.role)})", u.user_id)
        self.user.setCurrentIndex(max(0, self.user.findData(current)))
        self.user.blockSignals(False)
        self._show_grants()

    def _show_grants(self) -> None:
        user = self.users.get(str(self.user.currentData()))
        actor = self.ui.actor
        for permission, box in self.boxes.items():
            in_role = user is not None and permission in ROLE_PERMISSIONS[Role(user.role)]
            granted = user is not None and permission.value in user.extra_permissions
            box.setChecked(in_role or granted)
            # The role's own permissions are shown ticked and fixed; one cannot grant what
            # one does not hold (the service refuses it too).
            box.setEnabled(
                user is not None and not in_role and actor is not None and actor.can(permission)
            )
        self.save.setEnabled(user is not None)

    def chosen_grants(self) -> list[str]:
        user = self.users.get(str(self.user.currentData()))
        if user is None:
            return []
        role = ROLE_PERMISSIONS[Role(user.role)]
        return [p.value for p, box in self.boxes.items() if box.isChecked() and p not in role]

    def save_grants(self) -> None:
        user_id = str(self.user.currentData())
        ctx, actor, grants = self.ui.ctx, self.ui.require_actor(), self.chosen_grants()
        self.ui.run(
            lambda: set_extra_permissions(ctx, actor, user_id, grants),
            lambda _r: show_ok(self.status, self.tr("Grants saved.")),
            lambda e: show_error(self.status, e),
            lane=DB,
        )
