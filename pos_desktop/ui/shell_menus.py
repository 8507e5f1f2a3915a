"""The shell's menus and actions: Till, Shift, Settings, Help. Role-aware (each action carries
the permission it needs; the shell hides what the signed-in role may not do) and keyboard-first
(keys come from ui/shortcuts.py, the one table the F1 overlay shows).

Actions another slice implements are looked up when triggered, so this file never waits for
them: "Held tickets" calls the sell screen's ``show_held_tickets()``; reprint, drawer kicks and
printer settings go through ui/print_hooks.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from pos_desktop.core.permissions import Permission
from pos_desktop.services.sync_inbox import INBOX_PERMISSION
from pos_desktop.store.models import Store
from pos_desktop.ui.cash_dialogs import open_cash_dialog
from pos_desktop.ui.customer_display import CustomerDisplay
from pos_desktop.ui.help_overlay import show_shortcuts
from pos_desktop.ui.print_hooks import open_printer_settings, reprint_last_receipt
from pos_desktop.ui.report_view import show_x_report
from pos_desktop.ui.session import sign_out
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.shortcuts import key_for
from pos_desktop.ui.sync_controller import find_controller
from pos_desktop.ui.unsynced_warning import SIGN_OUT, confirm_unsynced_sales

SELL = "sell"
HELD_TICKETS_HOOK = "show_held_tickets"  # method the sell screen provides


class ShellMenus(QObject):
    """Owns the menu actions (by shortcut id) and the customer display window."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.setObjectName("shellMenus")
        self.shell = shell
        self.ui = shell.ui
        self.actions: dict[str, QAction] = {}
        self.display: CustomerDisplay | None = None
        shell.screen_created.connect(self._screen_created)

    def add(
        self,
        menu: QMenu,
        action_id: str,
        text: str,
        handler: Callable[[], object],
        permission: Permission | None = None,
        *,
        shortcut: bool = True,
    ) -> QAction:
        def run() -> None:  # handlers may return their dialog; the action ignores it
            handler()

        action = self.shell.add_action(
            menu,
            text,
            run,
            shortcut=key_for(action_id) if shortcut else None,
            permission=permission,
        )
        action.setObjectName(action_id)
        self.actions[action_id] = action
        return action

    # -- handlers --------------------------------------------------------------------------
    def parent_widget(self) -> QWidget:
        return self.shell

    def show(self, name: str) -> None:
        self.shell.show_screen(name)

    def held_tickets(self) -> None:
        screen = self.shell.show_screen(SELL)
        hook = getattr(screen, HELD_TICKETS_HOOK, None)
        if callable(hook):
            hook()
        else:
            self.ui.message.emit("warning", self.tr("Held tickets are not available yet."))

    def sync_now(self) -> None:
        controller = find_controller(self.ui)
        if controller is None:
            self.ui.message.emit("warning", self.tr("Sync is not running in this app."))
        elif controller.sync_now():
            self.ui.message.emit("info", self.tr("Syncing with HQ…"))

    def toggle_customer_display(self) -> None:
        if self.display is not None and self.display.isVisible():
            self.display.close()
            return
        self.open_customer_display()

    def open_customer_display(self) -> CustomerDisplay:
        if self.display is None:
            display = CustomerDisplay()
            self.display = display
            sell = self.shell.existing_screen(SELL)
            if sell is not None:
                display.follow(sell)
            ctx = self.ui.ctx

            def store_name() -> str:
                with ctx.db.read() as s:
                    store = s.get(Store, ctx.terminal.store_id)
                    return store.name if store is not None else ""

            self.ui.run(store_name, display.set_store_name, lane="read")
        self.display.open_on_best_screen()
        return self.display

    def _screen_created(self, name: str, widget: QWidget) -> None:
        if name == SELL and self.display is not None:
            self.display.follow(widget)

    def close_display(self) -> None:
        if self.display is not None:
            self.display.close()
            self.display.deleteLater()
            self.display = None


def install_menus(shell: Shell) -> ShellMenus:
    """Build every menu of the shell; returns the owner of the actions."""
    m = ShellMenus(shell)
    ui = shell.ui
    tr = m.tr

    till = shell.add_menu(tr("&Till"))
    m.add(till, "till.sell", tr("Sell"), lambda: m.show(SELL), Permission.PROCESS_SALES)
    m.add(
        till, "till.returns", tr("Returns…"), lambda: m.show("returns"), Permission.PROCESS_RETURNS
    )
    m.add(till, "till.held", tr("Held tickets…"), m.held_tickets, Permission.PROCESS_SALES)
    m.add(
        till,
        "till.reprint",
        tr("Reprint last receipt"),
        lambda: reprint_last_receipt(ui),
        Permission.PROCESS_SALES,
    )
    till.addSeparator()
    m.add(
        till,
        "till.no_sale",
        tr("No sale (open drawer)…"),
        lambda: open_cash_dialog(ui, shell, "no_sale"),
        Permission.MANAGE_SHIFT,
    )
    m.add(
        till,
        "till.cash_in",
        tr("Cash in…"),
        lambda: open_cash_dialog(ui, shell, "in"),
        Permission.MANAGE_SHIFT,
    )
    m.add(
        till,
        "till.cash_out",
        tr("Cash out / payout…"),
        lambda: open_cash_dialog(ui, shell, "out"),
        Permission.MANAGE_SHIFT,
    )

    shift = shell.add_menu(tr("&Shift"))
    m.add(
        shift,
        "shift.x_report",
        tr("X report"),
        lambda: show_x_report(ui, shell),
        Permission.MANAGE_SHIFT,
    )
    m.add(
        shift,
        "shift.close",
        tr("Close shift…"),
        lambda: m.show("shift_close"),
        Permission.MANAGE_SHIFT,
    )
    shift.addSeparator()
    m.add(shift, "session.sign_out", tr("Sign out"), lambda: _sign_out(m))

    sync = shell.add_menu(tr("S&ync"))
    m.add(sync, "sync.now", tr("Sync now"), m.sync_now)
    m.add(
        sync,
        "sync.inbox",
        tr("Sync inbox…"),
        lambda: m.show("sync_inbox"),
        INBOX_PERMISSION,
        shortcut=False,
    )

    settings = shell.add_menu(tr("S&ettings"), Permission.MANAGE_SETTINGS)
    m.add(
        settings,
        "settings.printer",
        tr("Printer…"),
        lambda: open_printer_settings(ui, shell),
        Permission.MANAGE_SETTINGS,
        shortcut=False,
    )
    m.add(
        settings,
        "settings.customer_display",
        tr("Customer display"),
        m.toggle_customer_display,
        Permission.MANAGE_SETTINGS,
        shortcut=False,
    )

    help_menu = shell.add_menu(tr("&Help"))
    m.add(help_menu, "help.shortcuts", tr("Keyboard shortcuts"), lambda: show_shortcuts(shell))
    return m


def _sign_out(menus: ShellMenus) -> None:
    # On an enrolled terminal, say first when sales have not reached HQ yet.
    ui, shell = menus.ui, menus.shell
    confirm_unsynced_sales(ui, shell, lambda: sign_out(ui, shell), action=SIGN_OUT)
