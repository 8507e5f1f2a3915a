"""The shell's menus and actions: Till, Shift, Settings, Help. Role-aware (each action carries
the permission it needs; the shell hides what the signed-in role may not do) and keyboard-first
(keys come from ui/shortcuts.py, the one table the F1 overlay shows).

Actions another slice implements are looked up when triggered, so this file never waits for
them: "Held tickets" calls the sell screen's ``show_held_tickets()``; reprint, drawer kicks and
printer settings go through ui/print_hooks.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from pos_desktop.core.permissions import Permission
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.services.sync_inbox import INBOX_PERMISSION
from pos_desktop.store.models import Store
from pos_desktop.ui.cash_dialogs import open_cash_dialog
from pos_desktop.ui.customer_display import CustomerDisplay
from pos_desktop.ui.help_overlay import show_shortcuts
from pos_desktop.ui.kiosk import add_kiosk_actions
from pos_desktop.ui.print_hooks import open_printer_settings, reprint_last_receipt
from pos_desktop.ui.report_view import show_x_report
from pos_desktop.ui.session import sign_out
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.shortcuts import key_for
from pos_desktop.ui.sync_controller import find_controller
from pos_desktop.ui.unsynced_warning import SIGN_OUT, confirm_unsynced_sales

SELL = "sell"
CONTEXT = "ShellMenus"
HELD_TICKETS_HOOK = "show_held_tickets"  # method the sell screen provides


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ShellMenus(QObject):
    """Owns the menu actions (by shortcut id) and the customer display window."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.setObjectName("shellMenus")
        self.shell = shell
        self.ui = shell.ui
        self.actions: dict[str, QAction] = {}
        self.display: CustomerDisplay | None = None
        # English source texts (context "ShellMenus"), translated again on a language change.
        self._texts: list[tuple[QAction | QMenu, str]] = []
        shell.screen_created.connect(self._screen_created)

    def menu(self, text: str, permission: Permission | None = None) -> QMenu:
        """A menu titled ``text`` (an English source marked with QT_TRANSLATE_NOOP)."""
        menu = self.shell.add_menu(_tr(text), permission)
        self._texts.append((menu, text))
        return menu

    def retranslate(self) -> None:
        """Every menu and action in the language now installed."""
        for item, text in self._texts:
            if isinstance(item, QMenu):
                item.setTitle(_tr(text))
            else:
                item.setText(_tr(text))

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
            _tr(text),
            run,
            shortcut=key_for(action_id) if shortcut else None,
            permission=permission,
        )
        action.setObjectName(action_id)
        self.actions[action_id] = action
        self._texts.append((action, text))
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

    till = m.menu(QT_TRANSLATE_NOOP("ShellMenus", "&Till"))
    m.add(
        till,
        "till.sell",
        QT_TRANSLATE_NOOP("ShellMenus", "Sell"),
        lambda: m.show(SELL),
        Permission.PROCESS_SALES,
    )
    m.add(
        till,
        "till.returns",
        QT_TRANSLATE_NOOP("ShellMenus", "Returns…"),
        lambda: m.show("returns"),
        Permission.PROCESS_RETURNS,
    )
    m.add(
        till,
        "till.held",
        QT_TRANSLATE_NOOP("ShellMenus", "Held tickets…"),
        m.held_tickets,
        Permission.PROCESS_SALES,
    )
    m.add(
        till,
        "till.reprint",
        QT_TRANSLATE_NOOP("ShellMenus", "Reprint last receipt"),
        lambda: reprint_last_receipt(ui),
        Permission.PROCESS_SALES,
    )
    till.addSeparator()
    m.add(
        till,
        "till.no_sale",
        QT_TRANSLATE_NOOP("ShellMenus", "No sale (open drawer)…"),
        lambda: open_cash_dialog(ui, shell, "no_sale"),
        Permission.MANAGE_SHIFT,
    )
    m.add(
        till,
        "till.cash_in",
        QT_TRANSLATE_NOOP("ShellMenus", "Cash in…"),
        lambda: open_cash_dialog(ui, shell, "in"),
        Permission.MANAGE_SHIFT,
    )
    m.add(
        till,
        "till.cash_out",
        QT_TRANSLATE_NOOP("ShellMenus", "Cash out / payout…"),
        lambda: open_cash_dialog(ui, shell, "out"),
        Permission.MANAGE_SHIFT,
    )
    till.addSeparator()
    m.add(
        till,
        "office.open",
        QT_TRANSLATE_NOOP("ShellMenus", "Back office…"),
        lambda: m.show("back_office"),
        Permission.USE_BACK_OFFICE,
    )

    shift = m.menu(QT_TRANSLATE_NOOP("ShellMenus", "&Shift"))
    m.add(
        shift,
        "shift.x_report",
        QT_TRANSLATE_NOOP("ShellMenus", "X report"),
        lambda: show_x_report(ui, shell),
        Permission.MANAGE_SHIFT,
    )
    m.add(
        shift,
        "shift.close",
        QT_TRANSLATE_NOOP("ShellMenus", "Close shift…"),
        lambda: m.show("shift_close"),
        Permission.MANAGE_SHIFT,
    )
    shift.addSeparator()
    m.add(
        shift, "session.sign_out", QT_TRANSLATE_NOOP("ShellMenus", "Sign out"), lambda: _sign_out(m)
    )

    sync = m.menu(QT_TRANSLATE_NOOP("ShellMenus", "S&ync"))
    m.add(sync, "sync.now", QT_TRANSLATE_NOOP("ShellMenus", "Sync now"), m.sync_now)
    m.add(
        sync,
        "sync.inbox",
        QT_TRANSLATE_NOOP("ShellMenus", "Sync inbox…"),
        lambda: m.show("sync_inbox"),
        INBOX_PERMISSION,
        shortcut=False,
    )

    settings = m.menu(QT_TRANSLATE_NOOP("ShellMenus", "S&ettings"), Permission.MANAGE_SETTINGS)
    m.add(
        settings,
        "settings.printer",
        QT_TRANSLATE_NOOP("ShellMenus", "Printer…"),
        lambda: open_printer_settings(ui, shell),
        Permission.MANAGE_SETTINGS,
        shortcut=False,
    )
    m.add(
        settings,
        "settings.customer_display",
        QT_TRANSLATE_NOOP("ShellMenus", "Customer display"),
        m.toggle_customer_display,
        Permission.MANAGE_SETTINGS,
        shortcut=False,
    )

    add_kiosk_actions(m, shift, settings)  # leave kiosk (managers), kiosk setting (admins)

    help_menu = m.menu(QT_TRANSLATE_NOOP("ShellMenus", "&Help"))
    m.add(
        help_menu,
        "help.shortcuts",
        QT_TRANSLATE_NOOP("ShellMenus", "Keyboard shortcuts"),
        lambda: show_shortcuts(shell),
    )
    return m


def _sign_out(menus: ShellMenus) -> None:
    # On an enrolled terminal, say first when sales have not reached HQ yet.
    ui, shell = menus.ui, menus.shell
    confirm_unsynced_sales(ui, shell, lambda: sign_out(ui, shell), action=SIGN_OUT)
