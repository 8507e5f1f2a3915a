"""Product import with a preview (CSV or XLSX) and the catalog export. Choose a file, read the
preview (one row per file row: new, changed with the columns, unchanged, or errors with column
and reason, highlighted), then Apply: disabled while errors exist unless "skip rows with errors"
is ticked. The apply re-validates in its own transaction: all or nothing (or only the valid
rows). Export writes the filtered catalog as CSV or XLSX. MANAGE_CATALOG."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.services import product_import as pim
from pos_desktop.services.context import Changes
from pos_desktop.services.products_csv import ImportReport, ProductImportError
from pos_desktop.ui.backoffice.catalog_data_common import tr
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    READ,
    append_row,
    button,
    error_text,
    make_table,
    page_title,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell

ERROR_BRUSH: Final = QBrush(QColor("#fde2e2"))
ACTIONS: Final = {
    pim.RowAction.NEW: QT_TRANSLATE_NOOP("CatalogData", "New"),
    pim.RowAction.CHANGED: QT_TRANSLATE_NOOP("CatalogData", "Changed"),
    pim.RowAction.UNCHANGED: QT_TRANSLATE_NOOP("CatalogData", "Unchanged"),
    pim.RowAction.ERROR: QT_TRANSLATE_NOOP("CatalogData", "Error"),
}
STATUSES: Final = (
    ("", QT_TRANSLATE_NOOP("CatalogData", "Any status")),
    ("ACTIVE", QT_TRANSLATE_NOOP("CatalogData", "Active")),
    ("INACTIVE", QT_TRANSLATE_NOOP("CatalogData", "Inactive")),
    ("DRAFT", QT_TRANSLATE_NOOP("CatalogData", "Draft")),
)


class ImportPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.path: Path | None = None
        self.preview: pim.ImportPreview | None = None
        self.choose_button = button(self.tr("Choose file…"), "importChoose", self.choose_file)
        self.file_label = QLabel(self.tr("No file chosen (CSV or Excel .xlsx)"))
        self.file_label.setObjectName("importFile")
        self.counts = QLabel()
        self.counts.setObjectName("importCounts")
        self.table = make_table(
            "importTable",
            [
                self.tr("Row"),
                self.tr("Action"),
                self.tr("SKU"),
                self.tr("Name"),
                self.tr("Details"),
            ],
        )
        self.skip_bad = QCheckBox(self.tr("Skip rows with errors"))
        self.skip_bad.setObjectName("importSkipBad")
        self.skip_bad.toggled.connect(lambda _on: self._update_apply())
        self.apply_button = button(self.tr("Apply"), "importApply", self.apply)
        self.apply_button.setEnabled(False)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.export_filter = QLineEdit()
        self.export_filter.setObjectName("exportFilter")
        self.export_filter.setPlaceholderText(self.tr("Export only products matching…"))
        self.export_filter.setMinimumHeight(MIN_HEIGHT)
        self.export_status = QComboBox()
        self.export_status.setObjectName("exportStatus")
        self.export_status.setMinimumHeight(MIN_HEIGHT)
        for code, label in STATUSES:
            self.export_status.addItem(tr(label), code)
        self.export_csv = button(
            self.tr("Export CSV…"), "exportCsv", lambda: self.choose_export("csv")
        )
        self.export_xlsx = button(
            self.tr("Export Excel…"), "exportXlsx", lambda: self.choose_export("xlsx")
        )
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.counts, 1)
        apply_row.addWidget(self.skip_bad)
        apply_row.addWidget(self.apply_button)
        export_row = QHBoxLayout()
        export_row.addWidget(QLabel(self.tr("Export:")))
        export_row.addWidget(self.export_filter, 1)
        export_row.addWidget(self.export_status)
        export_row.addWidget(self.export_csv)
        export_row.addWidget(self.export_xlsx)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Import and export products")))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(apply_row)
        layout.addWidget(self.status)
        layout.addLayout(export_row)

    def on_changed(self, changes: Changes) -> None:
        pass  # the preview is of a file; applying re-checks against the catalog anyway

    # -- preview ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a products file"),
            "",
            self.tr("Products (*.csv *.xlsx);;All files (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Preview ``path`` (read and validated off the UI thread)."""
        self.path, self.preview = path, None
        self.file_label.setText(str(path))
        self.table.setRowCount(0)
        self.apply_button.setEnabled(False)
        self.status.setText(self.tr("Reading the file…"))
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.ui.run(
            lambda: pim.preview_import(ctx, actor, path), self._previewed, self._failed, lane=READ
        )

    def _previewed(self, preview: pim.ImportPreview) -> None:
        self.preview = preview
        self.table.setRowCount(0)
        for e in preview.file_errors:
            row = append_row(
                self.table,
                "",
                [str(e.row or ""), tr(ACTIONS[pim.RowAction.ERROR]), "", e.column or "", e.reason],
            )
            self._highlight(row)
        for r in preview.rows:
            if r.action is pim.RowAction.ERROR:
                details = "; ".join(
                    f"{e.column}: {e.reason}" if e.column else e.reason for e in r.errors
                )
            elif r.action is pim.RowAction.CHANGED:
                details = self.tr("changes: {}").format(", ".join(r.changed))
            else:
                details = ""
            row = append_row(
                self.table,
                str(r.line),
                [str(r.line), tr(ACTIONS[r.action]), r.sku, r.name, details],
                right=(0,),
            )
            if r.action is pim.RowAction.ERROR:
                self._highlight(row)
        if preview.file_errors:
            self.counts.setText(self.tr("The file cannot be imported: see the problems above."))
        else:
            self.counts.setText(
                self.tr("{new} new, {changed} changed, {same} unchanged, {bad} with errors").format(
                    new=preview.count(pim.RowAction.NEW),
                    changed=preview.count(pim.RowAction.CHANGED),
                    same=preview.count(pim.RowAction.UNCHANGED),
                    bad=preview.error_rows,
                )
            )
        self.status.setText("")
        self._update_apply()

    def _highlight(self, row: int) -> None:
        for col in range(self.table.columnCount()):
            item = self.table.item(row, col)
            if item is not None:
                item.setBackground(ERROR_BRUSH)
                item.setForeground(QBrush(QColor("#7a0010")))

    def _update_apply(self) -> None:
        ok = self.preview is not None and self.preview.can_apply(self.skip_bad.isChecked())
        self.apply_button.setEnabled(ok)

    # -- apply ------------------------------------------------------------------------------
    def apply(self) -> None:
        if self.path is None or self.preview is None:
            return
        if not self.preview.can_apply(self.skip_bad.isChecked()):
            return
        actor, ctx, path, skip = (
            self.ui.require_actor(),
            self.ui.ctx,
            self.path,
            self.skip_bad.isChecked(),
        )
        self.apply_button.setEnabled(False)
        self.ui.run(
            lambda: pim.apply_import(ctx, actor, path, skip_bad_rows=skip),
            self._applied,
            self._failed,
        )

    def _applied(self, report: ImportReport) -> None:
        self.preview = None
        done = self.tr(
            "Imported: {created} created, {updated} updated, {same} unchanged, {skipped} skipped"
        )
        self.status.setText(
            done.format(
                created=report.created,
                updated=report.updated,
                same=report.unchanged,
                skipped=report.skipped,
            )
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ProductImportError):
            self.status.setText(self.tr("Nothing was imported: {}").format(error.message))
        else:
            self.status.setText(error_text(error))
        self._update_apply()

    # -- export -----------------------------------------------------------------------------
    def choose_export(self, kind: str) -> None:
        pattern = self.tr("CSV (*.csv)") if kind == "csv" else self.tr("Excel (*.xlsx)")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export products"), f"products.{kind}", pattern
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        flt = pim.ExportFilter(
            text=self.export_filter.text(),
            status=str(self.export_status.currentData() or "") or None,
        )
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.ui.run(
            lambda: pim.export_catalog(ctx, actor, path, flt),
            lambda report: self.status.setText(
                self.tr("Exported %n product(s) to {}", "", report.rows).format(report.path)
            ),
            self._failed,
            lane=READ,
        )
