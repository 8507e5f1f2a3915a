"""Every keyboard shortcut of the cashier app, in one table (the help overlay renders it).

Two scopes share the function keys, so they must never clash:
- ``ANYWHERE``: shell actions (menus), application-wide shortcuts installed by shell_menus.py;
- ``SELL``: keys the sell screen handles while it is shown (search, customer, hold, pay...).

Whoever binds a key looks it up here (``key_for("sell.pay")``) instead of writing the key
again, so this table is the truth and the help overlay is never stale. F10 is left free: on
Windows it activates the menu bar.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP

ANYWHERE: Final = "anywhere"
SELL: Final = "sell screen"
RETURNS: Final = "returns screen"
SHIFT_CLOSE: Final = "shift close screen"


@dataclass(frozen=True, slots=True)
class Shortcut:
    id: str  # stable name code refers to
    key: str  # QKeySequence text, portable form ("F2", "Ctrl+F9")
    label: str  # English source text; translated with context "shortcuts" when shown
    scope: str
    owner: str  # the module that binds it


def _table(scope: str, owner: str, *rows: tuple[str, str, object]) -> tuple[Shortcut, ...]:
    # Labels are English source text marked with QT_TRANSLATE_NOOP (context "shortcuts") so
    # lupdate extracts them; the help overlay translates them when it shows them.
    return tuple(Shortcut(i, key, str(label), scope, owner) for i, key, label in rows)


# Order is the order of the help overlay.
SHORTCUTS: Final[tuple[Shortcut, ...]] = (
    *_table(
        ANYWHERE,
        "shell_menus",
        ("help.shortcuts", "F1", QT_TRANSLATE_NOOP("shortcuts", "Keyboard shortcuts (this list)")),
        ("till.sell", "F2", QT_TRANSLATE_NOOP("shortcuts", "Sell screen")),
        ("till.held", "F6", QT_TRANSLATE_NOOP("shortcuts", "Held tickets (recall)")),
        ("till.returns", "F9", QT_TRANSLATE_NOOP("shortcuts", "Returns")),
        ("till.reprint", "F11", QT_TRANSLATE_NOOP("shortcuts", "Reprint last receipt")),
        ("till.cash_in", "Ctrl+F7", QT_TRANSLATE_NOOP("shortcuts", "Cash in")),
        ("till.cash_out", "Ctrl+F8", QT_TRANSLATE_NOOP("shortcuts", "Cash out / payout")),
        ("till.no_sale", "Ctrl+F9", QT_TRANSLATE_NOOP("shortcuts", "No sale (open the drawer)")),
        ("shift.x_report", "Ctrl+F11", QT_TRANSLATE_NOOP("shortcuts", "X report")),
        ("shift.close", "Ctrl+F12", QT_TRANSLATE_NOOP("shortcuts", "Close shift")),
        ("session.sign_out", "Ctrl+L", QT_TRANSLATE_NOOP("shortcuts", "Sign out")),
        ("sync.now", "Ctrl+F5", QT_TRANSLATE_NOOP("shortcuts", "Sync with HQ now")),
        ("office.open", "Ctrl+B", QT_TRANSLATE_NOOP("shortcuts", "Back office")),
    ),
    # Bound by pos_desktop/ui/sell_screen.py while the sell screen is shown.
    *_table(
        SELL,
        "sell_screen",
        ("sell.search", "F3", QT_TRANSLATE_NOOP("shortcuts", "Search products")),
        ("sell.customer", "F4", QT_TRANSLATE_NOOP("shortcuts", "Attach customer")),
        ("sell.hold", "F5", QT_TRANSLATE_NOOP("shortcuts", "Hold ticket")),
        ("sell.quantity", "F7", QT_TRANSLATE_NOOP("shortcuts", "Change quantity")),
        ("sell.discount", "F8", QT_TRANSLATE_NOOP("shortcuts", "Line discount")),
        ("sell.coupon", "Shift+F8", QT_TRANSLATE_NOOP("shortcuts", "Coupon")),
        ("sell.void_line", "Del", QT_TRANSLATE_NOOP("shortcuts", "Remove line")),
        ("sell.void", "Shift+F12", QT_TRANSLATE_NOOP("shortcuts", "Void sale")),
        ("sell.pay", "F12", QT_TRANSLATE_NOOP("shortcuts", "Pay")),
    ),
    *_table(
        RETURNS,
        "returns_screen",
        ("returns.find", "Ctrl+F", QT_TRANSLATE_NOOP("shortcuts", "Find a sale by receipt number")),
        (
            "returns.refund",
            "Ctrl+Return",
            QT_TRANSLATE_NOOP("shortcuts", "Refund the chosen items"),
        ),
    ),
    *_table(
        SHIFT_CLOSE,
        "shift_close_screen",
        (
            "shift_close.confirm",
            "Ctrl+Return",
            QT_TRANSLATE_NOOP("shortcuts", "Close the shift with this count"),
        ),
    ),
)

_BY_ID: Final = {s.id: s for s in SHORTCUTS}


def key_for(shortcut_id: str) -> str:
    """The key sequence text of a shortcut (KeyError for an unknown id: a typo fails loudly)."""
    return _BY_ID[shortcut_id].key


def clashes() -> list[tuple[Shortcut, Shortcut]]:
    """Pairs that would fight over one key: the same key in the same scope, or a key used both
    anywhere and in a screen (an application shortcut would swallow the screen's)."""
    found = []
    items = list(SHORTCUTS)
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            same_key = a.key.lower() == b.key.lower()
            if same_key and (a.scope == b.scope or ANYWHERE in (a.scope, b.scope)):
                found.append((a, b))
    return found
