"""The base of every screen of the main window, and the pieces its list screens share."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.models.table import TableModel

R = TypeVar("R")

# The look of the list screens (registrations, messages, procurations received, portfolio).
LIST_STYLE = """
QLabel[viewTitle="true"] { font-size: 16pt; font-weight: bold; color: #223654; }
QLabel[viewSubtitle="true"] { font-size: 11pt; font-weight: bold; color: #223654;
    padding-top: 4px; }
QLabel[viewIntro="true"] { color: #223654; }
QLabel[actionHint="true"] { color: #4e5662; }
QLabel[legend="true"] { color: #4e5662; }
QLabel#pendingNote { background: #e6ecf4; border-left: 4px solid #095797; padding: 6px 8px;
    color: #223654; }
QTableView { border: 1px solid #c5cad2; gridline-color: #e0e3e8; background: #ffffff;
    selection-background-color: #d6e4f3; selection-color: #223654; }
QTableView:focus { border: 2px solid #4a98d9; }
QHeaderView::section { background: #223654; color: #ffffff; font-weight: bold;
    padding: 4px 6px; border: none; border-right: 1px solid #4e5f7a; }
QPushButton { min-height: 28px; padding: 2px 16px; border: 1px solid #095797;
    background: #ffffff; color: #095797; font-weight: bold; }
QPushButton:hover { background: #e6ecf4; }
QPushButton[primary="true"] { background: #095797; color: #ffffff; }
QPushButton[primary="true"]:hover { background: #223654; }
QPushButton:focus { border: 3px solid #4a98d9; }
QPushButton:disabled { color: #8e96a3; border-color: #c5cad2; background: #f1f1f2; }
QLineEdit, QComboBox, QSpinBox { border: 1px solid #808a9d; padding: 3px; background: #ffffff;
    min-height: 22px; }
QLineEdit:focus, QComboBox:focus, QSpinBox:focus { border: 2px solid #4a98d9; }
"""


class View(QWidget):
    """A screen shown in the main area, reached from the navigation.

    Subclasses set `key`, build their widgets in `__init__(ctx)`, load their data in
    `refresh()` (awaited on the qasync loop when the screen is shown and when
    `ctx.events.data_changed` names one of `depends_on`), and disable what needs the service in
    `set_online(False)`, with a tooltip saying why.
    """

    key: str = ""
    depends_on: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"view-{self.key}")

    def title(self) -> str:
        """The translated title shown in the navigation and the window header."""
        raise NotImplementedError

    async def refresh(self) -> None:
        """Fetch what the screen shows. Errors propagate to the caller, which shows them."""

    def set_online(self, online: bool) -> None:
        """Enable or disable the actions that need the service."""


# ---- building a screen ---------------------------------------------------------------------------


def screen_layout(screen: QWidget) -> QVBoxLayout:
    """The column of a screen, with the margins and spacing every screen has."""
    layout = QVBoxLayout(screen)
    layout.setContentsMargins(24, 18, 24, 18)
    layout.setSpacing(10)
    return layout


def list_heading(screen: QWidget, title: str, intro: str) -> tuple[QLabel, QLabel]:
    """The title and introduction of a list screen (LIST_STYLE). The title is named
    `screenTitle`: the main window, whose header shows it, hides it."""
    title_label = QLabel(title, screen)
    title_label.setObjectName("screenTitle")
    title_label.setProperty("viewTitle", True)
    intro_label = QLabel(intro, screen)
    intro_label.setProperty("viewIntro", True)
    intro_label.setWordWrap(True)
    return title_label, intro_label


def search_field(screen: QWidget, object_name: str, placeholder: str) -> tuple[QLineEdit, QLabel]:
    """A list's search box (`placeholder` says what it searches) and its «Rechercher» label
    (Alt+H)."""
    search = QLineEdit(screen)
    search.setObjectName(object_name)
    search.setPlaceholderText(placeholder)
    search.setClearButtonEnabled(True)
    search.setAccessibleName(QCoreApplication.translate("View", "Rechercher"))
    label = QLabel(QCoreApplication.translate("View", "Rec&hercher"), screen)
    label.setBuddy(search)
    return search, label


def set_up_list_table(
    table: QTableView,
    model: TableModel[R],
    accessible_name: str,
    *,
    row_height: int | None = None,
) -> QTableView:
    """Show `model` in `table` as every list does: one whole row chosen at a time, nothing
    edited in place, no row numbers, and Tab leaving the table (the arrows move within it)."""
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    if row_height is not None:
        table.verticalHeader().setDefaultSectionSize(row_height)
    return table


# ---- the row chosen ------------------------------------------------------------------------------


def selected_row(table: QTableView, model: TableModel[R]) -> R | None:
    """The row selected in `table`, None when there is none."""
    rows = table.selectionModel().selectedRows()
    return model.row_at(rows[0].row()) if rows else None


def select_row(
    table: QTableView,
    model: TableModel[R],
    matches: Callable[[R], bool],
    *,
    hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
) -> bool:
    """Select the first shown row that `matches` (as `QTableView.selectRow` does) and scroll
    to it; False when no shown row matches."""
    row = model.find(matches)
    if row < 0:
        return False
    table.selectRow(row)
    table.scrollTo(model.index(row, 0), hint)
    return True


def make_current_row(table: QTableView, model: TableModel[R], matches: Callable[[R], bool]) -> bool:
    """Make the first shown row that `matches` the current one, alone selected, and scroll to
    it; False when no shown row matches."""
    row = model.find(matches)
    if row < 0:
        return False
    index = model.index(row, 0)
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)
    return True
