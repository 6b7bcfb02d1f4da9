"""The table model over plain lists: Qt's model rules, sorting, filtering, 100 000 rows."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ui.models.table import ROW_ROLE, Column, FilterCancelled, TableModel, fold


@dataclass(frozen=True)
class Proc:
    number: int
    description: str
    state: str
    end: date | None


STATE_LABELS = {"AC": "Actif", "RF": "Refusée", "RV": "Révoquée", "EC": "Échue"}
DESCRIPTIONS = ["Gestion des halocarbures", "Bilan de phosphore", "Équité salariale", "SAAQ"]


def columns() -> list[Column[Proc]]:
    return [
        Column("Numéro", lambda p: p.number, alignment=Qt.AlignmentFlag.AlignRight),
        Column("Nom ou description", lambda p: p.description),
        Column("État", lambda p: p.state, tooltip=lambda p: STATE_LABELS[p.state]),
        Column("Date de fin", lambda p: p.end, searchable=False),
    ]


def sample(count: int, seed: int = 7) -> list[Proc]:
    rng = random.Random(seed)
    states = list(STATE_LABELS)
    return [
        Proc(
            number=rng.randrange(10**6),
            description=f"{rng.choice(DESCRIPTIONS)} {i}",
            state=rng.choice(states),
            end=None if i % 97 == 0 else date(2020, 1, 1) + timedelta(days=rng.randrange(2000)),
        )
        for i in range(count)
    ]


@pytest.fixture
def model() -> TableModel[Proc]:
    table = TableModel(columns())
    table.set_rows(sample(200))
    return table


def test_the_model_follows_qts_rules(qtmodeltester: ModelTester, model: TableModel[Proc]) -> None:
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)


def test_the_model_follows_qts_rules_while_sorting_and_filtering(
    qtmodeltester: ModelTester, model: TableModel[Proc]
) -> None:
    qtmodeltester.check(model)  # the tester stays connected and checks every change below
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_filter("halocarbures")
    model.sort(3)
    model.set_filter(None)
    model.set_rows(sample(50, seed=3))
    model.sort(-1)


def test_cells_headers_and_roles(model: TableModel[Proc]) -> None:
    model.set_rows([Proc(42, "Bilan de phosphore", "AC", date(2022, 11, 28))])
    index = model.index(0, 3)
    assert model.data(index) == "2022-11-28"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole) == "Actif"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) == (
        Qt.AlignmentFlag.AlignRight
    )
    assert model.data(index, ROW_ROLE) == model.row_at(0)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Nom ou description"
    assert model.columnCount() == 4


def test_sorting_on_a_column_and_back(model: TableModel[Proc]) -> None:
    rows = model.rows()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [p.number for p in model.visible_rows()] == sorted(p.number for p in rows)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [p.number for p in model.visible_rows()] == sorted(
        (p.number for p in rows), reverse=True
    )
    model.sort(-1)
    assert model.visible_rows() == rows


def test_text_sorts_without_accents_or_case_and_empty_cells_come_last() -> None:
    table = TableModel(columns())
    table.set_rows(
        [
            Proc(1, "équité", "AC", None),
            Proc(2, "Zone", "AC", date(2021, 1, 1)),
            Proc(3, "eau", "AC", date(2020, 1, 1)),
            Proc(4, "Énergie", "AC", date(2022, 1, 1)),
        ]
    )
    table.sort(1)
    assert [p.description for p in table.visible_rows()] == ["eau", "Énergie", "équité", "Zone"]
    table.sort(3)
    assert [p.number for p in table.visible_rows()] == [3, 2, 4, 1]


def test_a_text_filter_matches_every_word_without_accents_or_case(
    model: TableModel[Proc],
) -> None:
    model.set_filter("EQUITE sal")
    assert model.visible_count() > 0
    assert all(p.description.startswith("Équité salariale") for p in model.visible_rows())
    assert model.visible_count() == sum(
        p.description.startswith("Équité salariale") for p in model.rows()
    )
    model.set_filter("")
    assert model.visible_count() == model.total_count() == 200


def test_a_predicate_filter_and_the_sort_combine(model: TableModel[Proc]) -> None:
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filter(lambda p: p.state == "AC")
    shown = model.visible_rows()
    assert shown == sorted((p for p in model.rows() if p.state == "AC"), key=lambda p: -p.number)
    assert model.rowCount() == len(shown)
    assert model.row_at(0) is shown[0]
    assert model.row_at(model.view_row(model.source_row(3))) is shown[3]
    assert model.find(lambda p: p is shown[5]) == 5
    assert model.find(lambda p: p.state == "RV") == -1


def test_sorting_keeps_the_selection_on_its_row(qtbot: QtBot, model: TableModel[Proc]) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    chosen = model.row_at(10)
    view.selectionModel().setCurrentIndex(
        model.index(10, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # what a click on the header does
    assert model.sort_column() == 1
    assert model.row_at(view.currentIndex().row()) is chosen
    assert [model.row_at(i.row()) for i in view.selectionModel().selectedRows()] == [chosen]


def test_one_hundred_thousand_rows_sort_and_filter_correctly() -> None:
    rows = sample(100_000, seed=11)
    table = TableModel(columns())
    table.set_rows(rows)
    assert table.rowCount() == 100_000

    table.sort(3, Qt.SortOrder.DescendingOrder)
    dated = [p.end for p in table.visible_rows() if p.end is not None]
    assert dated == sorted(dated, reverse=True)
    # Descending puts the empty cells first (the reverse of ascending, where they come last).
    assert table.row_at(0).end is None

    table.set_filter("phosphore")
    expected = [p for p in rows if "phosphore" in p.description]
    expected_sorted = sorted(
        expected,
        key=lambda p: (4, "") if p.end is None else (1, p.end.isoformat()),
        reverse=True,
    )
    assert table.visible_rows() == expected_sorted
    assert table.visible_count() == len(expected) > 20_000

    table.sort(1, Qt.SortOrder.AscendingOrder)
    descriptions = [fold(p.description) for p in table.visible_rows()]
    assert descriptions == sorted(descriptions)
    assert table.visible_count() == len(expected)

    table.set_filter(lambda p: p.state == "EC" and p.number % 2 == 0)
    assert table.visible_count() == sum(p.state == "EC" and p.number % 2 == 0 for p in rows)
    assert all(p.state == "EC" for p in table.visible_rows())


def test_a_search_typed_letter_by_letter_finds_what_the_whole_search_finds() -> None:
    rows = sample(5000, seed=5)
    typed = TableModel(columns())
    typed.set_rows(rows)
    typed.sort(1)
    whole = TableModel(columns())
    whole.set_rows(rows)
    whole.sort(1)
    for text in ("é", "éq", "équi", "équité", "équité ", "équité s", "équité sa 1", "équité 2"):
        typed.set_filter(text)  # each keystroke narrows what the previous one kept
        fresh = TableModel(columns())
        fresh.set_rows(rows)
        fresh.sort(1)
        fresh.set_filter(text)
        assert typed.visible_rows() == fresh.visible_rows(), text
    typed.set_filter("bilan")  # not a narrowing: looks everywhere again
    assert typed.visible_count() == sum("Bilan" in p.description for p in rows)


def test_set_filters_runs_the_predicate_once_while_the_text_changes() -> None:
    rows = sample(2000, seed=9)
    table = TableModel(columns())
    table.set_rows(rows)
    table.prepare_search()
    calls = 0

    def active(p: Proc) -> bool:
        nonlocal calls
        calls += 1
        return p.state == "AC"

    table.set_filters(active, "")
    assert calls == len(rows)
    for text in ("g", "ge", "ges", "gestion"):
        table.set_filters(active, text)
    assert calls == len(rows)  # the same predicate: not run again
    assert table.visible_rows() == [
        p for p in rows if p.state == "AC" and "gestion" in fold(p.description)
    ]
    table.sort(0)  # a new order: what the predicate kept is kept, without running it
    assert calls == len(rows)
    assert all(p.state == "AC" for p in table.visible_rows())
    table.set_filters(None, "")
    assert table.visible_count() == len(rows)


def test_prepare_builds_keys_in_a_worker_thread_and_drops_them_if_the_rows_changed(
    run_async: Callable[..., Any],
) -> None:
    def fresh(rows: list[Proc], column: int, text: str = "") -> list[Proc]:
        table = TableModel(columns())
        table.set_rows(rows)
        table.sort(column, Qt.SortOrder.DescendingOrder)
        table.set_filter(text)
        return table.visible_rows()

    rows = sample(3000, seed=4)
    table = TableModel(columns())
    table.set_rows(rows)
    assert run_async(table.prepare()) is True
    table.sort(1, Qt.SortOrder.DescendingOrder)
    assert table.visible_rows() == fresh(rows, 1)
    table.set_filter("bilan")
    assert table.visible_rows() == fresh(rows, 1, "bilan")
    assert 0 < table.visible_count() < len(rows)

    others = sample(50, seed=2)

    async def rows_replaced_meanwhile() -> bool:
        task = asyncio.ensure_future(table.prepare())
        await asyncio.sleep(0)  # it has taken its rows and gone to its thread
        table.set_rows(others)
        return await task

    assert run_async(rows_replaced_meanwhile()) is False  # the old rows' keys are dropped
    table.set_filter(None)
    table.sort(3, Qt.SortOrder.DescendingOrder)
    assert table.visible_rows() == fresh(others, 3)


def test_rows_sorted_ahead_in_a_worker_thread_come_in_as_if_sorted_here() -> None:
    def fresh(rows: list[Proc], column: int, order: Qt.SortOrder) -> list[Proc]:
        table = TableModel(columns())
        table.sort(column, order)
        table.set_rows(rows)
        table.set_filter("bilan")
        return table.visible_rows()

    table = TableModel(columns())
    table.sort(3, Qt.SortOrder.DescendingOrder)
    table.set_filter("bilan")
    table.set_rows(sample(100))
    rows = sample(5000, seed=3)
    with ThreadPoolExecutor(1) as worker:
        ahead = worker.submit(table.sorted_rows, rows).result()
    assert table.total_count() == 100  # nothing of the model changed meanwhile
    table.set_rows(ahead)
    assert table.visible_rows() == fresh(rows, 3, Qt.SortOrder.DescendingOrder)
    assert 0 < table.visible_count() < len(rows)

    # Sorted otherwise meanwhile (a click on a header): sorted again as it now is.
    ahead = table.sorted_rows(rows)
    table.sort(1, Qt.SortOrder.AscendingOrder)
    table.set_rows(ahead)
    assert table.visible_rows() == fresh(rows, 1, Qt.SortOrder.AscendingOrder)


def test_the_rows_a_predicate_keeps_whatever_the_search_in_their_first_order() -> None:
    rows = sample(500, seed=5)
    table = TableModel(columns())
    table.set_rows(rows)
    assert table.kept_rows() == rows
    table.sort(0, Qt.SortOrder.DescendingOrder)
    table.set_filters(lambda p: p.state == "AC", "bilan")
    assert table.kept_rows() == [p for p in rows if p.state == "AC"]
    assert table.visible_count() < len(table.kept_rows())


def test_what_a_predicate_keeps_found_in_a_worker_thread_comes_in_as_if_found_here() -> None:
    def fresh(rows: list[Proc], text: str = "") -> list[Proc]:
        table = TableModel(columns())
        table.set_rows(rows)
        table.sort(3, Qt.SortOrder.DescendingOrder)
        table.set_filters(active, text)
        return table.visible_rows()

    calls = 0

    def active(p: Proc) -> bool:
        nonlocal calls
        calls += 1
        return p.state == "AC"

    rows = sample(25_000, seed=8)  # more than one slice of the job
    table = TableModel(columns())
    table.set_rows(rows)
    table.sort(3, Qt.SortOrder.DescendingOrder)
    job = table.filter_job(active)
    with ThreadPoolExecutor(1) as worker:
        ahead = worker.submit(job.run).result()
    assert table.visible_count() == len(rows)  # nothing of the model changed meanwhile
    assert ahead.kept_rows() == [p for p in rows if p.state == "AC"]
    calls = 0
    table.set_filters(active, "bilan", ahead=ahead)
    assert calls == 0  # taken as found, not looked for again
    assert table.visible_rows() == fresh(rows, "bilan")
    assert 0 < table.visible_count() < len(rows)

    # Sorted otherwise meanwhile: what it keeps is taken, their order made here.
    job = table.filter_job(lambda p: p.state == "RV")
    ahead = job.run()
    table.sort(1, Qt.SortOrder.AscendingOrder)
    table.set_filters(ahead.predicate, "", ahead=ahead)
    assert table.visible_rows() == sorted(
        (p for p in rows if p.state == "RV"), key=lambda p: fold(p.description)
    )

    # Rows replaced meanwhile: not for these rows, the predicate runs here.
    others = sample(300, seed=1)
    ahead = table.filter_job(active).run()
    table.set_rows(others)
    calls = 0
    table.set_filters(active, "", ahead=ahead)
    assert calls == len(others)
    assert set(table.visible_rows()) == {p for p in others if p.state == "AC"}


def test_a_filter_job_superseded_stops_at_its_next_slice_of_rows() -> None:
    rows = sample(30_000, seed=2)
    table = TableModel(columns())
    table.set_rows(rows)
    seen = 0

    def keep(p: Proc) -> bool:
        nonlocal seen
        seen += 1
        if seen == 10:
            job.cancel()  # as the window's thread does while this one works
        return p.state == "AC"

    job = table.filter_job(keep)
    with pytest.raises(FilterCancelled):
        job.run()
    assert seen == job.SLICE < len(rows)


def test_the_view_rows_of_source_rows_follow_the_sort_and_the_filter(
    model: TableModel[Proc],
) -> None:
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filter(lambda p: p.state != "RF")
    rows = model.rows()
    chosen = [i for i, p in enumerate(rows) if i % 7 == 0]
    found = model.view_rows_of(chosen)
    assert found == sorted(found)
    assert [model.row_at(v) for v in found] == [
        p for p in model.visible_rows() if rows.index(p) in set(chosen)
    ]
    assert all(rows[i].state == "RF" for i in chosen if rows[i] not in model.visible_rows())
