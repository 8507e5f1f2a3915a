"""Coupons: every coupon with its uses and discount given between two dates (by day and by
cashier beside it), HQ's count against local uses, new coupon, switch off, export CSV."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.money import Money
from pos_desktop.services import coupon_reports, coupons
from pos_desktop.services.context import Changes
from pos_desktop.services.loyalty_policy import store_today
from pos_desktop.ui.backoffice.coupon_dialog import CouponDialog
from pos_desktop.ui.backoffice.formats import when_text
from pos_desktop.ui.backoffice.loyalty_common import label
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    READ,
    button,
    error_text,
    fill_table,
    make_table,
    selected_ids,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import money_text
from pos_desktop.ui.shell import Shell

WATCHED = frozenset({"coupons", "coupon_usages", "sales"})


def _date_edit(name: str, day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumHeight(MIN_HEIGHT)
    return edit


class CouponsPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.report: coupon_reports.CouponUsageReport | None = None
        self.dialog: CouponDialog | None = None
        self._dated = False  # the range starts from the shop's today once that is read
        today = QDate.currentDate()
        self.start = _date_edit("couponsFrom", today.addDays(-30))
        self.end = _date_edit("couponsTo", today)
        self.start.dateChanged.connect(lambda _d: self.refresh())
        self.end.dateChanged.connect(lambda _d: self.refresh())
        self.table = make_table(
            "couponsTable",
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Value"),
                self.tr("Valid"),
                self.tr("Uses (dates)"),
                self.tr("Discount given"),
                self.tr("Counted by HQ"),
                self.tr("Not yet at HQ"),
                self.tr("Limit"),
                self.tr("Active"),
            ],
            multi=True,
        )
        self.by_day = make_table(
            "couponsByDay", [self.tr("Date"), self.tr("Uses"), self.tr("Discount")], multi=True
        )
        self.by_cashier = make_table(
            "couponsByCashier",
            [self.tr("Cashier"), self.tr("Uses"), self.tr("Discount")],
            multi=True,
        )
        breakdown = QHBoxLayout()
        for title_text, table in (
            (self.tr("By day"), self.by_day),
            (self.tr("By cashier"), self.by_cashier),
        ):
            box = QGroupBox(title_text)
            QVBoxLayout(box).addWidget(table)
            breakdown.addWidget(box)
        self.totals = QLabel()
        self.totals.setObjectName("couponsTotals")
        self.reason = QLineEdit()
        self.reason.setObjectName("couponsReason")
        self.reason.setPlaceholderText(self.tr("Reason for switching off"))
        self.reason.setMinimumHeight(MIN_HEIGHT)
        self.reason.setMinimumWidth(320)
        self.message = QLabel()
        self.message.setObjectName("couponsMessage")
        self.message.setWordWrap(True)
        title = QLabel(self.tr("Coupons"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(QLabel(self.tr("Uses from")))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.end)
        top.addWidget(button(self.tr("Export CSV…"), "couponsExport", self.export_csv))
        top.addWidget(button(self.tr("New coupon…"), "couponsNew", self.new))
        actions = QHBoxLayout()
        actions.addWidget(self.totals, 1)
        actions.addWidget(self.reason)
        actions.addWidget(button(self.tr("Switch off"), "couponsDeactivate", self.deactivate))
        body = QVBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(breakdown, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)

    # -- loading ----------------------------------------------------------------------------
    def on_shown(self) -> None:
        if self._dated:
            self.refresh()
            return
        # The report reads dates in the shop's time zone: start from the shop's today.
        ctx = self.ui.ctx
        self.ui.run(lambda: store_today(ctx), self._date_and_refresh, lane=READ)

    def _date_and_refresh(self, today: date) -> None:
        self._dated = True
        for edit, day in ((self.start, today - timedelta(days=30)), (self.end, today)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.entities & WATCHED:
            self.refresh()

    def refresh(self) -> None:
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        start: date = self.start.date().toPython()  # type: ignore[assignment]
        end: date = self.end.date().toPython()  # type: ignore[assignment]
        self.ui.run(
            lambda: coupon_reports.coupon_usage_report(ctx, actor, start, end),
            self._loaded,
            self._failed,
            lane=READ,
        )

    def _value(self, line: coupon_reports.CouponLine) -> str:
        value = line.coupon.rule.value
        if value is None:
            return ""
        return money_text(value) if isinstance(value, Money) else f"{value}%"

    def _validity(self, line: coupon_reports.CouponLine) -> str:
        start = when_text(line.valid_from, time=False)
        end = when_text(line.valid_to, time=False)
        if start and end:
            return f"{start} – {end}"
        if start:
            return self.tr("from {}").format(start)
        return self.tr("until {}").format(end) if end else ""

    def _loaded(self, report: coupon_reports.CouponUsageReport) -> None:
        self.report = report
        fill_table(
            self.table,
            [
                (
                    line.coupon.id,
                    [
                        line.coupon.code,
                        line.coupon.name or "",
                        label(line.coupon.type.value),
                        self._value(line),
                        self._validity(line),
                        str(line.uses),
                        money_text(line.discount),
                        self.tr("{} (at {})").format(line.hq_used, when_text(line.hq_counted_at))
                        if line.hq_counted_at
                        else "—",
                        str(line.local_uncounted),
                        ""
                        if line.coupon.rule.usage_limit is None
                        else f"{line.known_uses} / {line.coupon.rule.usage_limit}",
                        self.tr("Yes") if line.coupon.is_active else self.tr("No"),
                    ],
                )
                for line in report.coupons
            ],
            right=(5, 6, 8),
        )
        fill_table(
            self.by_day,
            [(b.key, [b.key, str(b.uses), money_text(b.discount)]) for b in report.by_day],
            right=(1, 2),
        )
        fill_table(
            self.by_cashier,
            [(b.key, [b.key, str(b.uses), money_text(b.discount)]) for b in report.by_cashier],
            right=(1, 2),
        )
        self.totals.setText(
            self.tr("%n use(s), {} discount given", "", report.uses).format(
                money_text(report.discount)
            )
        )

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))

    # -- actions ----------------------------------------------------------------------------
    def new(self) -> CouponDialog:
        self.dialog = CouponDialog(self.ui, self)
        self.dialog.open()
        return self.dialog

    def deactivate(self) -> None:
        ids = selected_ids(self.table)
        if not ids:
            self.message.setText(self.tr("Select a coupon first."))
            return
        ctx, actor, reason = self.ui.ctx, self.ui.require_actor(), self.reason.text()
        self.ui.run(
            lambda: coupons.deactivate_coupon(ctx, actor, ids[0], reason),
            self._deactivated,
            self._failed,
        )

    def _deactivated(self, result: coupons.CouponResult) -> None:
        self.reason.clear()
        self.message.setText(self.tr("Coupon {} switched off.").format(result.coupon.code))

    def export_csv(self, path: str | None = None) -> Path | None:
        """Write the report shown to ``path`` (asks for one when None)."""
        if self.report is None:
            return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export coupon usage"), "coupon-usage.csv", "CSV (*.csv)"
            )
            if not path:
                return None
        target = Path(path)
        report = self.report
        self.ui.run(
            lambda: target.write_text(coupon_reports.report_csv(report), encoding="utf-8"),
            lambda _n: self.message.setText(self.tr("Saved {}.").format(target)),
            self._failed,
            lane="files",
        )
        return target
