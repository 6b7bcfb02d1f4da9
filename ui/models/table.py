"""A fast table model over a plain Python list: declarative columns, sorted and filtered in Python.

STYLE.md: a `QSortFilterProxyModel` over a Python model calls `data()` millions of times and
takes seconds at 100 000 rows. Here the rows stay a Python list; sorting and filtering work on
an index array (a list of row numbers) with keys computed once per column, and the view only
asks `data()` for the rows on screen. Never put a proxy model on top of it.

What keeps 100 000 rows fluid (bench/client_lists.py): a column's sort keys are computed once
per distinct value and turned into integer ranks (sorting ints is several times faster than
sorting tuples of text); the folded search text of each row is built once (`prepare_search()`
builds it ahead, e.g. right after the first paint); a predicate runs once per row and change
of predicate, not per keystroke nor per sort (`set_filters(predicate, text)`), and may run in
a worker thread (`filter_job`: the window stays live while a new filter looks through 100 000
rows); and a search that only grows («gar» → «gara») looks only into the rows the shorter one
kept.

    class ProcurationTableModel(TableModel[Procuration]):
        def __init__(self, parent: QObject | None = None) -> None:
            super().__init__(parent=parent)
            self.set_columns([
                Column(self.tr("Numéro d'identification"), lambda p: p.enterprise_id),
                Column(self.tr("Nom ou description"), lambda p: p.description),
                Column(self.tr("Type"), lambda p: TYPE_CODES[p.type],
                       tooltip=lambda p: TYPE_LABELS[p.type]),
                Column(self.tr("Date de fin"), lambda p: p.end_date,
                       alignment=Qt.AlignmentFlag.AlignCenter),
            ])

    model.set_rows(procurations)
    view.setModel(model); view.setSortingEnabled(True)   # header clicks call model.sort()
    model.set_filter(search_box.text())                  # or a predicate: lambda p: p.state == AC
    selected = model.row_at(view.currentIndex().row())
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

DEFAULT_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # data(index, ROW_ROLE) → the row object
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # data(index, SORT_ROLE) → the cell's sort key


def fold(text: str) -> str:
    """Text as compared by sorting and filtering: no accents, no case («Équité» ~ «equite»)."""
    if text.isascii():  # most cells: no decomposition to do
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def display_text(value: object) -> str:
    """How a cell shows a value: '' for None, ISO for dates, the value of an enum, else str()."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def default_sort_key(value: object) -> tuple[int, Any]:
    """A key that orders any mix of values without TypeError: numbers, then dates, then text
    (accent- and case-insensitive), empty cells last."""
    if value is None or value == "":
        return (4, "")
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, int | float | Decimal):
        return (0, value)
    if isinstance(value, datetime | date):
        return (1, value.isoformat())
    if isinstance(value, Enum):
        value = value.value
    return (2, fold(str(value)))


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column, declared once.

    header: the heading, already translated (`self.tr("Type")`).
    value: the cell's value for a row; shown with `display_text` (str, dates ISO, None '').
    sort_key: the row's key when sorting on this column (default: `default_sort_key(value)`);
        keys of one column must be comparable with each other.
    alignment: of the cell's text (numbers and dates: AlignRight or AlignCenter).
    tooltip: text shown on hover (a code's meaning: «AC» → «Actif»), or None.
    decoration: an icon or colour for the cell (QIcon, QColor, QPixmap), or None.
    searchable: whether a text filter looks into this column.
    header_tooltip: hover text of the heading (the legend of a code column).
    """

    header: str
    value: Callable[[R], object]
    sort_key: Callable[[R], Any] | None = None
    alignment: Qt.AlignmentFlag = DEFAULT_ALIGNMENT
    tooltip: Callable[[R], str | None] | None = None
    decoration: Callable[[R], Any] | None = None
    searchable: bool = True
    header_tooltip: str = ""

    def key(self, row: R) -> Any:
        if self.sort_key is not None:
            return self.sort_key(row)
        return default_sort_key(self.value(row))


@dataclass(frozen=True)
class SortedRows(Generic[R]):
    """Rows with their sort on one column worked out ahead (`TableModel.sorted_rows`): the
    column's ranks (`ranks[i]` for `rows[i]`) and the row numbers in order (`sorted`). With
    `filtered`, also what `predicate` keeps (`mask`, per row; `kept`, `sorted` passed through
    it) and, when the model had a text search, the rows' search text (`haystacks`): `set_rows`
    then runs neither the predicate nor the search text's build on the Qt thread."""

    rows: list[R]
    column: int
    order: Qt.SortOrder
    ranks: list[Any]
    sorted: list[int]
    filtered: bool = False
    predicate: Callable[[R], bool] | None = None
    mask: bytearray | None = None
    kept: list[int] | None = None
    haystacks: list[str] | None = None


class FilterCancelled(Exception):
    """A `FilterJob` stopped by `cancel()` before it was done."""


@dataclass(frozen=True)
class FilteredRows(Generic[R]):
    """What a predicate keeps of a model's rows, worked out ahead (`FilterJob.run`): per source
    row 1 when kept (`mask`), and the model's order at the time passed through it (`kept`).
    `set_filters(..., ahead=)` takes it while the model's rows are still those it was worked
    out for (`generation`), and its `kept` while the order is the same."""

    predicate: Callable[[R], bool] | None
    generation: int
    rows: list[R]
    order: list[int]
    mask: bytearray
    kept: list[int]

    def kept_rows(self) -> list[R]:
        """The rows kept, in the order of `set_rows`."""
        return list(itertools.compress(self.rows, self.mask))


class FilterJob(Generic[R]):
    """The rows a predicate keeps, worked out in a worker thread (`run`) from the model's rows
    and order as they were when the job was made (`TableModel.filter_job`, on the Qt thread).
    The predicate must only read the rows. `cancel()` (from any thread) stops it between two
    slices of rows: a newer filter does not wait for the work of one it superseded."""

    SLICE = 10_000

    def __init__(
        self,
        rows: list[R],
        order: list[int],
        generation: int,
        predicate: Callable[[R], bool] | None,
    ) -> None:
        self.rows, self.order, self.generation = rows, order, generation
        self.predicate = predicate
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def run(self) -> FilteredRows[R]:
        rows, keep = self.rows, self.predicate
        if keep is None:
            mask = bytearray(b"\x01") * len(rows)
            kept = list(self.order)
        else:
            mask = bytearray()
            for start in range(0, len(rows), self.SLICE):
                if self.cancelled:
                    raise FilterCancelled
                # map, not a generator: no Python frame per row beside the predicate's
                mask.extend(map(bool, map(keep, rows[start : start + self.SLICE])))
            if self.cancelled:
                raise FilterCancelled
            kept = list(itertools.compress(self.order, map(mask.__getitem__, self.order)))
        return FilteredRows(keep, self.generation, rows, self.order, mask, kept)


class TableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over `list[R]`, sorted and filtered over an index array.

    View rows are positions in the sorted, filtered order; source rows are positions in the
    list given to `set_rows`. `row_at(view_row)` gives the object behind a view row.
    `sort()` keeps the selection (persistent indexes follow their rows); `set_filter()` and
    `set_rows()` reset the model (the view's selection is cleared). Both keep the current sort
    and filter. Headers are read once: build a new model to change the language.
    """

    def __init__(self, columns: Sequence[Column[R]] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column[R]] = list(columns)
        self._rows: list[R] = []
        self._order: list[int] = []  # every source row, in the current sort order
        self._visible: list[int] = []  # the source rows shown, in order
        self._keys: dict[int, list[Any]] = {}  # column → sort rank of each source row
        self._haystacks: list[str] | None = None  # folded searchable text of each source row
        self._filter: Callable[[R], bool] | None = None
        self._filter_text = ""
        self._mask: bytearray | None = None  # per source row: 1 when self._filter keeps it
        self._kept: list[int] | None = None  # self._order passed through the mask
        # The last text search: its words and what it kept, to narrow a growing search.
        self._last_words: list[str] | None = None
        self._last_found: list[int] = []
        self._generation = 0  # bumped whenever rows or columns change (see `prepare`)
        self._edits = 0  # bumped by `rows_changed` (what `prepare` read may be out of date)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # ---- configuration -----------------------------------------------------------------------

    def set_columns(self, columns: Sequence[Column[R]]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._forget_rows()
        if self._sort_column >= len(self._columns):
            self._sort_column = -1
        self._recompute_order()
        self._recompute_visible()
        self.endResetModel()

    def columns(self) -> list[Column[R]]:
        return list(self._columns)

    def set_rows(self, rows: Iterable[R] | SortedRows[R]) -> None:
        """Replace every row; the current sort and filter apply to the new rows. Rows sorted
        ahead (`sorted_rows`, in a worker thread) come in with their order: only the filter
        is applied here (the rest done again when the sort changed meanwhile)."""
        ahead = rows if isinstance(rows, SortedRows) else None
        self.beginResetModel()
        self._rows = list(rows.rows if isinstance(rows, SortedRows) else rows)
        self._forget_rows()
        if ahead is not None and 0 <= ahead.column < len(self._columns):
            self._keys[ahead.column] = ahead.ranks
        if ahead is not None and ahead.haystacks is not None:
            self._haystacks = ahead.haystacks
        if ahead is not None and ahead.filtered:
            # The predicate it was filtered with becomes the model's (as `set_filters`).
            self._filter = ahead.predicate
            self._mask = ahead.mask
        if ahead is not None and (ahead.column, ahead.order) == (
            self._sort_column,
            self._sort_order,
        ):
            self._last_words = None
            self._order = ahead.sorted
            self._kept = ahead.kept if ahead.filtered else None
        else:
            self._recompute_order()
        self._recompute_visible()
        self.endResetModel()

    def sorted_rows(
        self,
        rows: Sequence[R],
        *,
        filtered: bool = False,
        predicate: Callable[[R], bool] | None = None,
    ) -> SortedRows[R]:
        """`rows` with their order on the current sort column worked out, for `set_rows`:
        nothing of the model changes, so it runs in a worker thread (the column functions
        only read the rows) while the window shows the rows it has. With `filtered`, what
        `predicate` (None: every row) keeps is worked out too, and the search text when the
        model has a text search: `set_rows` makes `predicate` the model's filter."""
        column, order = self._sort_column, self._sort_order
        rows = list(rows)
        if not 0 <= column < len(self._columns):
            column, ranks, in_order = -1, [], list(range(len(rows)))
        else:
            ranks = _ranks(_sort_keys(rows, self._columns[column]))
            descending = order == Qt.SortOrder.DescendingOrder
            in_order = sorted(range(len(rows)), key=ranks.__getitem__, reverse=descending)
        if not filtered:
            return SortedRows(rows, column, order, ranks, in_order)
        if predicate is None:
            mask, kept = bytearray(b"\x01") * len(rows), in_order
        else:  # map, not a generator: no Python frame per row beside the predicate's
            mask = bytearray(map(bool, map(predicate, rows)))
            kept = list(itertools.compress(in_order, map(mask.__getitem__, in_order)))
        haystacks = _search_texts(rows, self._columns) if self._filter_text else None
        return SortedRows(
            rows, column, order, ranks, in_order, True, predicate, mask, kept, haystacks
        )

    def set_filter(self, criterion: Callable[[R], bool] | str | None) -> None:
        """Show only some rows.

        A predicate keeps the rows it returns True for. A text keeps the rows whose searchable
        columns contain every word of it, ignoring case and accents («equite sal» finds
        «Équité salariale»). None or '' shows every row.
        """
        if callable(criterion):
            self.set_filters(criterion, "")
        else:
            self.set_filters(None, criterion or "")

    def set_filters(
        self,
        predicate: Callable[[R], bool] | None,
        text: str = "",
        *,
        ahead: FilteredRows[R] | None = None,
    ) -> None:
        """Show the rows `predicate` keeps (None: every row) that also hold every word of `text`
        (as `set_filter(text)`). Pass the SAME predicate object again when only the text
        changed: the predicate is then not run again (a search box over 100 000 rows).
        `ahead`: what `predicate` keeps, worked out in a worker thread (`filter_job`); used
        while the rows are those it was worked out for (else the predicate runs here)."""
        self.beginResetModel()
        if predicate is not self._filter:
            self._filter = predicate
            self._mask = None
            self._kept = None
            self._last_words = None
            if (
                ahead is not None
                and ahead.predicate is predicate
                and ahead.generation == self._generation
            ):
                self._mask = ahead.mask
                if ahead.order is self._order:
                    self._kept = ahead.kept
        self._filter_text = text.strip()
        self._recompute_visible()
        self.endResetModel()

    def filter_text(self) -> str:
        return self._filter_text

    def filter_job(self, predicate: Callable[[R], bool] | None) -> FilterJob[R]:
        """What `predicate` keeps, to work out in a worker thread (`FilterJob.run`) and give
        to `set_filters(predicate, text, ahead=...)`: the rows and the order are taken now."""
        return FilterJob(self._rows, self._order, self._generation, predicate)

    def prepare_search(self) -> None:
        """Build the folded search text of every row now, so the first keystroke of a search
        does not pay for it (call it once the list is on screen)."""
        self._searchable_text()

    async def prepare(self, run_in_thread: Callable[..., Awaitable[Any]] | None = None) -> bool:
        """Build the search text and every column's sort keys in a worker thread, so neither
        the first keystroke nor the first click on a header pays for them, and the window
        stays live meanwhile (Python hands the interpreter back every few milliseconds).
        Returns False when the rows changed in the meantime (nothing is kept then).

        The column functions run in that thread: they must only read the rows (and may call
        `tr`, which is thread-safe)."""
        import asyncio

        rows, columns, generation = self._rows, list(self._columns), self._generation
        edits = self._edits
        run = run_in_thread or asyncio.to_thread
        haystacks, ranks = await run(_prepared, rows, columns)
        if (generation, edits) != (self._generation, self._edits):
            return False
        if self._haystacks is None:
            self._haystacks = haystacks
        for column, column_ranks in enumerate(ranks):
            self._keys.setdefault(column, column_ranks)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on `column` (-1: back to the order of `set_rows`). Selection is kept."""
        if column >= len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self._visible[i.row()] for i in persistent]
        self._sort_column = column
        self._sort_order = order
        self._recompute_order()
        self._recompute_visible()
        if persistent:
            position = {source: row for row, source in enumerate(self._visible)}
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(position[s], i.column())
                    for s, i in zip(sources, persistent, strict=True)
                ],
            )
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # ---- reading -----------------------------------------------------------------------------

    def row_at(self, view_row: int) -> R:
        """The object shown at `view_row` (IndexError when out of range)."""
        return self._rows[self._visible[view_row]]

    def source_row(self, view_row: int) -> int:
        """The position in the `set_rows` list of the object shown at `view_row`."""
        return self._visible[view_row]

    def view_row(self, source_row: int) -> int:
        """Where the `source_row`-th object is shown, or -1 when filtered out."""
        try:
            return self._visible.index(source_row)
        except ValueError:
            return -1

    def view_rows_of(self, source_rows: Iterable[int]) -> list[int]:
        """The view rows showing these source rows (those the filters keep), in view order."""
        wanted = set(source_rows)
        shown = map(wanted.__contains__, self._visible)
        return list(itertools.compress(range(len(self._visible)), shown))

    def find(self, predicate: Callable[[R], bool]) -> int:
        """The first view row whose object satisfies `predicate`, or -1 (to reselect an item
        after a refresh)."""
        return next((i for i, s in enumerate(self._visible) if predicate(self._rows[s])), -1)

    def rows(self) -> list[R]:
        """Every row, in the order given to `set_rows`."""
        return list(self._rows)

    def kept_rows(self) -> list[R]:
        """The rows the predicate of `set_filters` keeps, in the order of `set_rows`, whatever
        the text search (the rows it kept, not looked for again)."""
        if self._filter is None:
            return list(self._rows)
        return list(itertools.compress(self._rows, self._filter_mask()))

    def visible_rows(self) -> list[R]:
        """The rows shown, in the order shown."""
        return [self._rows[s] for s in self._visible]

    def visible_count(self) -> int:
        return len(self._visible)

    def total_count(self) -> int:
        return len(self._rows)

    def update_row(self, source_row: int, row: R) -> None:
        """Replace one object in place (e.g. after a state change); the view row is repainted
        but not moved: call `sort()` again to re-sort."""
        self._rows[source_row] = row
        self._generation += 1
        self._keys.clear()
        if self._haystacks is not None:
            columns = [c for c in self._columns if c.searchable]
            self._haystacks[source_row] = fold(
                "\u0001".join(display_text(c.value(row)) for c in columns)
            )
        if self._mask is not None and self._filter is not None:
            self._mask[source_row] = 1 if self._filter(row) else 0
        self._kept = None
        self._last_words = None
        view_row = self.view_row(source_row)
        if view_row >= 0 and self._columns:
            self.dataChanged.emit(
                self.index(view_row, 0), self.index(view_row, len(self._columns) - 1)
            )

    def rows_changed(self, source_rows: Iterable[int], columns: Iterable[int]) -> None:
        """The values `columns` show changed for these rows, the row objects being the same
        (what a column reads beside the row: a client's tags). Done in place, as few rows
        are: their search text is built again, the sort keys of `columns` are dropped (built
        again when sorted on), the rows shown are repainted where they are and the selection
        stays. What the predicate of `set_filters` keeps is not looked for again (give a new
        predicate if it reads what changed), nor the rows sorted again (call `sort()` when
        sorted on one of `columns`); a text search is, over the rows the predicate kept.
        A `prepare()` under way keeps nothing of what it read."""
        changed = list(source_rows)
        self._edits += 1
        for column in columns:
            self._keys.pop(column, None)
        if not changed:
            return
        if self._haystacks is not None:
            searchable = [c for c in self._columns if c.searchable]
            for i in changed:
                row = self._rows[i]
                self._haystacks[i] = "\u0001".join(_folded_text(c.value(row)) for c in searchable)
        if self._filter_text:
            # The words may find these rows now, or no longer: the search done again.
            self.layoutAboutToBeChanged.emit()
            persistent = self.persistentIndexList()
            sources = [self._visible[i.row()] for i in persistent]
            self._last_words = None
            self._recompute_visible()
            position = {source: row for row, source in enumerate(self._visible)}
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(position[s], i.column()) if s in position else QModelIndex()
                    for s, i in zip(sources, persistent, strict=True)
                ],
            )
            self.layoutChanged.emit()
        last = len(self._columns) - 1
        for view_row in self.view_rows_of(changed):
            self.dataChanged.emit(self.index(view_row, 0), self.index(view_row, last))

    # ---- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row_number, column_number = index.row(), index.column()
        if not (0 <= row_number < len(self._visible) and 0 <= column_number < len(self._columns)):
            return None
        row = self._rows[self._visible[row_number]]
        column = self._columns[column_number]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip is not None else None
        if role == Qt.ItemDataRole.DecorationRole:
            return column.decoration(row) if column.decoration is not None else None
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return column.key(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header
            if role == Qt.ItemDataRole.ToolTipRole:
                return column.header_tooltip or None
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return column.alignment
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1) if 0 <= section < len(self._visible) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # ---- the index arrays --------------------------------------------------------------------

    def _forget_rows(self) -> None:
        self._generation += 1
        self._keys.clear()
        self._haystacks = None
        self._mask = None
        self._kept = None
        self._last_words = None

    def _column_keys(self, column: int) -> list[Any]:
        """The sort rank of each source row on `column`: equal keys, equal ranks."""
        ranks = self._keys.get(column)
        if ranks is None:
            ranks = _ranks(self._column_sort_keys(column))
            self._keys[column] = ranks
        return ranks

    def _column_sort_keys(self, column: int) -> list[Any]:
        return _sort_keys(self._rows, self._columns[column])

    def _recompute_order(self) -> None:
        self._kept = None
        self._last_words = None
        count = len(self._rows)
        if self._sort_column < 0:
            self._order = list(range(count))
            return
        keys = self._column_keys(self._sort_column)
        # sorted() is stable also with reverse=True: equal keys keep the order of set_rows.
        self._order = sorted(
            range(count),
            key=keys.__getitem__,
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _recompute_visible(self) -> None:
        candidates = self._order
        if self._filter is not None:
            mask = self._filter_mask()
            if self._kept is None:
                self._kept = [i for i in self._order if mask[i]]
            candidates = self._kept
        words = fold(self._filter_text).split() if self._filter_text else []
        if not words:
            self._visible = list(candidates)
            self._last_words = None
            return
        haystacks = self._searchable_text()
        previous = self._last_words
        if previous is not None and _narrows(previous, words):
            # Every row the new words keep was kept by the old ones: look only there.
            found = self._last_found
            words = [w for w in words if w not in previous]
        else:
            found = candidates
        for word in words:  # one plain pass per word: faster than all() per row
            found = [i for i in found if word in haystacks[i]]
        self._last_words = fold(self._filter_text).split()
        self._last_found = found
        self._visible = list(found)

    def _filter_mask(self) -> bytearray:
        """Per source row, 1 when the predicate keeps it (run once per predicate)."""
        if self._mask is None:
            keep = self._filter
            if keep is None:
                self._mask = bytearray(b"\x01") * len(self._rows)
            else:  # map, not a generator: 100 000 calls without a Python frame each
                self._mask = bytearray(map(bool, map(keep, self._rows)))
        return self._mask

    def _searchable_text(self) -> list[str]:
        if self._haystacks is None:
            self._haystacks = _search_texts(self._rows, self._columns)
        return self._haystacks


def _sort_keys(rows: Sequence[R], spec: Column[R]) -> list[Any]:
    if spec.sort_key is not None:
        return [spec.sort_key(row) for row in rows]
    value = spec.value
    # Many rows share a value (a state, a client, a date): key each distinct value once.
    return _memoized([value(row) for row in rows], default_sort_key)


def _search_texts(rows: Sequence[R], columns: Sequence[Column[R]]) -> list[str]:
    texts = [
        _memoized([c.value(row) for row in rows], _folded_text) for c in columns if c.searchable
    ]
    return ["\u0001".join(parts) for parts in zip(*texts, strict=True)] or ["" for _ in rows]


def _prepared(rows: Sequence[R], columns: Sequence[Column[R]]) -> tuple[list[str], list[list[Any]]]:
    return _search_texts(rows, columns), [_ranks(_sort_keys(rows, c)) for c in columns]


def _folded_text(value: object) -> str:
    return fold(display_text(value))


def _memoized(values: list[Any], function: Callable[[Any], Any]) -> list[Any]:
    """`[function(v) for v in values]`, computed once per distinct (hashable) value."""
    memo: dict[Any, Any] = {}
    out: list[Any] = []
    append = out.append
    for v in values:
        try:
            found = memo[v]
        except KeyError:
            found = memo[v] = function(v)
        except TypeError:  # unhashable (a list): no memo
            found = function(v)
        append(found)
    return out


def _ranks(keys: list[Any]) -> list[Any]:
    """Integer ranks in the order of `keys` (equal keys share a rank), or the keys themselves
    when they cannot be hashed."""
    try:
        distinct = sorted(set(keys))
    except TypeError:
        return keys
    rank = {k: i for i, k in enumerate(distinct)}
    return [rank[k] for k in keys]


def _narrows(previous: list[str], words: list[str]) -> bool:
    """True when `words` can only keep fewer rows than `previous`: each old word is inside a
    new word at the same place, and words were only added after them («gar» → «gara tr»)."""
    if len(words) < len(previous):
        return False
    return all(old in new for old, new in zip(previous, words, strict=False))
