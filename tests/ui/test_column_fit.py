"""A list's columns fitted to its width: the description read whole when there is room, the
short values (a number, a date) whole always, no heading cut, and a horizontal scroll bar only
when even the headings do not fit."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from tests.ui.screen_checks import column_problems, scrolling_lists
from ui.models.table import Column, TableModel
from ui.views.base import LIST_STYLE
from ui.widgets.column_fit import ColumnFit, WrappingHeader, fit_columns


@dataclass(frozen=True)
class Row:
    number: str
    description: str
    holder: str
    state: str
    end: str


ROWS = [
    Row(
        "1006237700",
        "Gestion des halocarbures — consultant externe",
        "Gagnon Comptables CPA inc.",
        "AC",
        "2026-12-10",
    ),
    Row("1164829357", "Bilan de phosphore", "", "EC", "2027-12-27"),
]


def make_table(qtbot: QtBot, width: int) -> tuple[QTableView, ColumnFit]:
    model: TableModel[Row] = TableModel(
        [
            Column("Numéro\nd'identification", lambda r: r.number),
            Column("Nom ou description", lambda r: r.description),
            Column("Mandataire", lambda r: r.holder),
            Column("État", lambda r: r.state),
            Column("Date de fin\n(AAAA-MM-JJ)", lambda r: r.end),
        ]
    )
    model.set_rows(ROWS)
    table = QTableView()
    table.setStyleSheet(LIST_STYLE)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    fit = fit_columns(table, stretch=(1,), shrink=(2,))
    qtbot.addWidget(table)
    table.resize(width, 300)
    table.show()
    qtbot.waitExposed(table)
    return table, fit


def text_width(table: QTableView, column: int) -> int:
    """What the column's longest cell needs, as the table measures it."""
    model = table.model()
    return max(table.sizeHintForIndex(model.index(r, column)).width() for r in range(len(ROWS)))


def test_with_room_every_value_is_whole_and_the_description_takes_the_rest(
    qtbot: QtBot,
) -> None:
    table, _fit = make_table(qtbot, 900)
    header = table.horizontalHeader()

    assert isinstance(header, WrappingHeader)
    assert sum(header.sectionSize(c) for c in range(5)) == table.viewport().width()
    for column in range(5):
        assert header.sectionSize(column) >= text_width(table, column)
    assert not scrolling_lists(table) and not column_problems(table)
    # Sorting still works through the header put in place.
    assert header.sortIndicatorSection() == 1
    header.setSortIndicator(4, Qt.SortOrder.DescendingOrder)
    assert table.model().index(0, 4).data() == "2027-12-27"


def test_when_narrow_the_long_texts_give_way_and_the_short_ones_stay_whole(
    qtbot: QtBot,
) -> None:
    table, _fit = make_table(qtbot, 520)
    header = table.horizontalHeader()

    for column in (0, 3, 4):  # a number, a code, a date: whole
        assert header.sectionSize(column) >= text_width(table, column)
    # The description keeps more room than the name that gives way with it.
    assert header.sectionSize(1) > header.sectionSize(2)
    assert header.sectionSize(1) < text_width(table, 1)  # ends in «…», its tooltip whole
    assert not scrolling_lists(table) and not column_problems(table)


@pytest.mark.parametrize("width", [900, 520, 300])
def test_no_column_is_narrower_than_its_heading_and_it_scrolls_only_when_it_must(
    qtbot: QtBot, width: int
) -> None:
    table, fit = make_table(qtbot, width)
    header = table.horizontalHeader()

    assert not column_problems(table)
    least = sum(fit.headings(c, 2)[1] for c in range(5))
    assert bool(scrolling_lists(table)) == (least > table.viewport().width())
    if width == 300:
        assert header.length() > table.viewport().width()


def test_a_filter_does_not_narrow_the_columns_while_a_search_is_typed(qtbot: QtBot) -> None:
    table, _fit = make_table(qtbot, 900)
    model = table.model()
    assert isinstance(model, TableModel)
    header = table.horizontalHeader()
    before = header.sectionSize(2)

    model.set_filter("bilan")  # the row with the long name filtered out

    assert model.rowCount() == 1
    assert header.sectionSize(2) == before
