"""Catalog > Categories: the category tree with product counts; add, rename, move, deactivate.

Moves are chosen in a dialog listing the possible parents (the services refuse a cycle
anyway); deactivating a category that still has products offers to move them elsewhere.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.services import catalog_categories as cats
from pos_desktop.services.catalog_categories import CategoryNode
from pos_desktop.services.catalog_refs import create_category
from pos_desktop.services.context import Changes
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell

READ: Final = "read"
ID_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1


class CategoriesPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.nodes: dict[str, CategoryNode] = {}
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("Products"), self.tr("With sub-categories")]
        )
        self.tree = QTreeView()
        self.tree.setObjectName("categoriesTree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(0, 360)
        self.error = QLabel()
        self.error.setObjectName("categoriesError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QHBoxLayout()
        self.add_button = self._button("categoriesAdd", self.tr("Add…"), self.add)
        self.rename_button = self._button("categoriesRename", self.tr("Rename…"), self.rename)
        self.move_button = self._button("categoriesMove", self.tr("Move…"), self.move_category)
        self.active_button = self._button(
            "categoriesActive", self.tr("Deactivate / reactivate"), self.toggle_active
        )
        for b in (self.add_button, self.rename_button, self.move_button, self.active_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setMinimumHeight(48)
        button.clicked.connect(slot)
        return button

    # -- loading --------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("categories") or changes.touches("products"):
            self.reload()

    def reload(self) -> None:
        ctx = self.ui.ctx
        self.ui.run(lambda: cats.list_categories(ctx), self._show, lane=READ)

    def _show(self, nodes: list[CategoryNode]) -> None:
        selected = self.selected_id()
        self.nodes = {n.id: n for n in nodes}
        self.model.removeRows(0, self.model.rowCount())
        items: dict[str, QStandardItem] = {}
        for node in nodes:
            name = node.name if node.is_active else self.tr("{} (inactive)").format(node.name)
            row = [QStandardItem(name), QStandardItem(str(node.direct_products))]
            row.append(QStandardItem(str(node.total_products)))
            for cell in row:
                cell.setData(node.id, ID_ROLE)
                if not node.is_active:
                    cell.setForeground(Qt.GlobalColor.gray)
            parent = items.get(node.parent_id or "")
            (parent if parent is not None else self.model.invisibleRootItem()).appendRow(row)
            items[node.id] = row[0]
        self.tree.expandAll()
        if selected in items:
            self.tree.setCurrentIndex(items[selected].index())

    def selected_id(self) -> str | None:
        index = self.tree.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return value if isinstance(value, str) else None

    def select(self, category_id: str) -> None:
        for row in range(self.model.rowCount()):
            found = self._find(self.model.item(row), category_id)
            if found is not None:
                self.tree.setCurrentIndex(found.index())
                return

    def _find(self, item: QStandardItem, category_id: str) -> QStandardItem | None:
        if item.data(ID_ROLE) == category_id:
            return item
        for row in range(item.rowCount()):
            found = self._find(item.child(row), category_id)
            if found is not None:
                return found
        return None

    # -- actions --------------------------------------------------------------------------
    def _run(self, work: object) -> None:
        self.error.clear()
        self.ui.run(work, lambda _r: None, self._failed)  # type: ignore[arg-type]

    def _failed(self, error: BaseException) -> None:
        self.error.setText(error.message if isinstance(error, DomainError) else str(error))

    def ask_text(self, title: str, label: str, value: str = "") -> str | None:
        text, ok = QInputDialog.getText(self, title, label, text=value)
        return text if ok else None

    def ask_choice(self, title: str, label: str, options: list[str]) -> int | None:
        choice, ok = QInputDialog.getItem(self, title, label, options, 0, False)
        return options.index(choice) if ok else None

    def add(self) -> None:
        parent = self.selected_id()
        name = self.ask_text(self.tr("New category"), self.tr("Name (inside the selected one)"))
        if name:
            ctx, actor = self.ui.ctx, self.ui.require_actor()
            self._run(lambda: create_category(ctx, actor, name, parent_id=parent))

    def rename(self) -> None:
        cid = self.selected_id()
        if cid is None:
            return
        name = self.ask_text(self.tr("Rename category"), self.tr("Name"), self.nodes[cid].name)
        if name:
            ctx, actor = self.ui.ctx, self.ui.require_actor()
            self._run(lambda: cats.rename_category(ctx, actor, cid, name))

    def _others(self, cid: str) -> list[CategoryNode]:
        return [n for n in self.nodes.values() if n.id != cid and n.is_active]

    def move_category(self) -> None:
        cid = self.selected_id()
        if cid is None:
            return
        targets: list[CategoryNode | None] = [None, *self._others(cid)]
        labels = [self.tr("(top level)")] + [n.name for n in targets if n is not None]
        choice = self.ask_choice(self.tr("Move category"), self.tr("New parent"), labels)
        if choice is not None:
            target = targets[choice]
            parent = None if target is None else target.id
            ctx, actor = self.ui.ctx, self.ui.require_actor()
            self._run(lambda: cats.move_category(ctx, actor, cid, parent))

    def toggle_active(self) -> None:
        cid = self.selected_id()
        if cid is None:
            return
        node = self.nodes[cid]
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        if not node.is_active:
            self._run(lambda: cats.set_category_active(ctx, actor, cid, True))
            return
        move_to: str | None = None
        if node.direct_products:
            others = self._others(cid)
            labels = [n.name for n in others]
            choice = self.ask_choice(
                self.tr("Deactivate category"),
                self.tr("%n product(s) use it. Move them to:", "", node.direct_products),
                labels,
            )
            if choice is None:
                return
            move_to = others[choice].id
        self._run(
            lambda: cats.set_category_active(ctx, actor, cid, False, move_products_to=move_to)
        )
