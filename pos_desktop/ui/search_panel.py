"""Search as you type over the catalog (name, SKU, barcode), for products without a barcode on
hand. The query runs on the "read" lane after a short pause in typing, so it never queues
behind a sale being written and a fast typist does not start one query per key; an answer to an
older query than the last one sent is dropped. Enter adds the highlighted (or first) result;
Up/Down move through the results without leaving the field; Esc clears it.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pos_desktop.services.catalog import ProductHit
from pos_desktop.services.till import search
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import current_language, money_text

READ: Final = "read"
DEBOUNCE_MS: Final = 120
MIN_HEIGHT: Final = 48
HIT_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1


def hit_text(hit: ProductHit) -> str:
    unit = " / kg" if hit.is_weighed else ""
    return f"{hit.shown_name}   ·   {hit.sku}   ·   {money_text(hit.price)}{unit}"


class SearchPanel(QWidget):
    chosen = Signal(object)  # ProductHit
    not_found = Signal(str)  # the text Enter was pressed on, when nothing matched

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.field = QLineEdit()
        self.field.setObjectName("sellSearch")
        self.field.setPlaceholderText(self.tr("Search by name, SKU or barcode (F3)"))
        self.field.setMinimumHeight(MIN_HEIGHT)
        self.field.setClearButtonEnabled(True)
        self.field.setMaxLength(100)
        self.results = QListWidget()
        self.results.setObjectName("sellSearchResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the field
        self.results.setUniformItemSizes(True)
        self.results.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.results.setMaximumHeight(300)  # the cart stays in sight below the results
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        self._sent = 0  # sequence number of the last query sent
        self._shown_for = ""  # the text the shown results answer
        self._choose_when_ready = False
        self.field.textEdited.connect(self._edited)
        self.field.returnPressed.connect(self._enter)
        self.field.installEventFilter(self)
        self.results.itemClicked.connect(self._clicked)

    # -- typing ------------------------------------------------------------------------
    def _edited(self, text: str) -> None:
        if not text.strip():
            self.clear()
            return
        self._timer.start()

    def run_now(self) -> None:
        """Send the query for the field's text (the debounce timer calls this)."""
        self._timer.stop()
        text = self.field.text().strip()
        if not text:
            return
        self._sent += 1
        seq, ctx, language = self._sent, self.ui.ctx, current_language()
        self.ui.run(
            lambda: search(ctx, text, language=language),
            lambda hits: self._show(seq, text, hits),
            self._failed,
            lane=READ,
        )

    def _show(self, seq: int, text: str, hits: list[ProductHit]) -> None:
        if seq != self._sent or text != self.field.text().strip():
            return  # an older answer, or the cashier has typed on / cleared the field
        self._shown_for = text
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(hit_text(hit))
            item.setData(HIT_ROLE, hit)
            self.results.addItem(item)
        self.results.setVisible(bool(hits))
        if hits:
            self.results.setCurrentRow(0)
        if self._choose_when_ready:
            self._choose_when_ready = False
            self._enter()

    def _failed(self, error: BaseException) -> None:
        self._choose_when_ready = False
        message = getattr(error, "message", None) or str(error)
        self.ui.message.emit("error", self.tr("Search failed: {}").format(message))

    # -- choosing ------------------------------------------------------------------------
    def _enter(self) -> None:
        text = self.field.text().strip()
        if not text:
            return
        if self._timer.isActive() or text != self._shown_for:
            self._choose_when_ready = True  # Enter beat the search: choose when it answers
            self.run_now()
            return
        item = self.results.currentItem() or self.results.item(0)
        if item is None:
            self.not_found.emit(text)
            return
        self._choose(item)

    def _clicked(self, item: QListWidgetItem) -> None:
        self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        self.clear()
        self.chosen.emit(hit)

    def clear(self) -> None:
        self._timer.stop()
        self._sent += 1  # answers still on their way are stale now
        self._shown_for = ""
        self._choose_when_ready = False
        self.field.clear()
        self.results.clear()
        self.results.hide()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Escape and self.field.text():
                self.clear()
                return True
        return super().eventFilter(obj, event)
