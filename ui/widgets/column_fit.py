"""A list's column widths fitted to the width it has: the columns people read take the room
the others leave, and none is squeezed below its heading (`fit_columns`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView


class WrappingHeader(QHeaderView):
    """A list's column headings that wrap onto the lines the header has (two when one heading
    is on two lines, «Date de fin» over «(AAAA-MM-JJ)») when their column is narrower than
    their text, instead of being cut (`ColumnFit` never makes a column narrower than that)."""

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:
        super().initStyleOptionForIndex(option, logical_index)
        option.textAlignment = Qt.AlignmentFlag(
            option.textAlignment.value | Qt.TextFlag.TextWordWrap.value
        )


class ColumnFit(QObject):
    """The widths of a list's columns, fitted to the list's width (`fit_columns`).

    Each column is as wide as its heading and its contents (the rows on screen and some
    around them, as Qt's «resize to contents» measures them); the `stretch` columns, those people
    read, share what is left. When the list is too narrow for that, the stretch columns and
    the `shrink` ones (long texts: a name, a list of codes) give way, the widest first: each
    is held to one width, the largest that fits (the stretch columns to `weight` times it),
    none below its least. Their values may then end in «…» (a tooltip, or a wider window,
    shows them whole); the other columns' (a date, a number, a code) stay whole, and no
    heading is cut — at its least, it wraps onto the lines the header has. A horizontal
    scroll bar appears only when even that does not fit.

    Fitted again when the list is resized, its rows change or another column is sorted (the
    sorted column's heading holds the sort arrow). A person may still widen a column by hand;
    the next fit puts it back.
    """

    # Rows whose cells are measured: those on screen and around them (a list of 100 000 rows
    # is not measured row by row at each keystroke of its search).
    ROWS_MEASURED = 50
    # Room after a cell's text, so that the next column's does not seem to run on from it.
    CELL_GAP = 6

    def __init__(
        self, table: QTableView, stretch: tuple[int, ...], shrink: tuple[int, ...], weight: float
    ) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.shrink = shrink
        self.weight = weight
        self._contents: dict[int, int] = {}  # column → width its cells need
        self._measured: object = None  # the rows they were measured on (see `_measure`)
        self._stale = True
        self._fitting = False
        header = self._wrapping_header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(self.ROWS_MEASURED)
        header.sortIndicatorChanged.connect(lambda *_a: self.fit())
        header.sectionCountChanged.connect(lambda *_a: self.contents_changed(forget=True))
        model = table.model()
        model.headerDataChanged.connect(lambda *_a: self.contents_changed(forget=True))
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(lambda *_a: self.contents_changed())
        model.layoutChanged.connect(lambda *_a: self.fit())  # sorted: the same values
        table.viewport().installEventFilter(self)

    def _wrapping_header(self) -> QHeaderView:
        """The table's header replaced by a `WrappingHeader` set up as it was."""
        old = self.table.horizontalHeader()
        if isinstance(old, WrappingHeader):
            return old
        header = WrappingHeader(Qt.Orientation.Horizontal, self.table)
        header.setObjectName(old.objectName())
        header.setHighlightSections(old.highlightSections())
        header.setSectionsClickable(old.sectionsClickable())
        header.setSortIndicatorShown(old.isSortIndicatorShown())
        section, order = old.sortIndicatorSection(), old.sortIndicatorOrder()
        self.table.setHorizontalHeader(header)  # the table's sorting set up on it again
        header.setSortIndicator(section, order)
        return header

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def contents_changed(self, *, forget: bool = False) -> None:
        """The rows changed: measure them again at the next fit (and now, if shown); with
        `forget`, the columns too (what was measured no longer holds)."""
        self._stale = True
        if forget:
            self._measured = None
        self.fit()

    def _measure(self, columns: list[int]) -> dict[int, int]:
        """The width the cells of `columns` need. While the rows are the same ones (a search
        or a filter shows fewer of them: the model's `total_count()` unchanged), a column
        keeps the width it had: it does not narrow and widen again at each keystroke."""
        missing = [c for c in columns if c not in self._contents]  # shown since
        if missing and not self._stale:
            for c in missing:
                self._contents[c] = self.table.sizeHintForColumn(c) + self.CELL_GAP
        if self._stale:
            model = self.table.model()
            count = getattr(model, "total_count", None)
            rows = (model, count()) if callable(count) else None
            measured = {c: self.table.sizeHintForColumn(c) + self.CELL_GAP for c in columns}
            if rows is not None and rows == self._measured:
                measured = {c: max(w, self._contents.get(c, 0)) for c, w in measured.items()}
            self._contents, self._measured, self._stale = measured, rows, False
        return self._contents

    def headings(self, column: int, lines: int) -> tuple[int, int]:
        """(whole, least): the width the heading of `column` needs on one line per line of its
        text, and the least width at which it still fits on `lines` lines, wrapped; with the
        sort arrow's room when the list is sorted on it."""
        header = self.table.horizontalHeader()
        style = header.style()
        option = QStyleOptionHeader()
        header.initStyleOption(option)
        option.section = column
        font = header.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        option.fontMetrics = metrics
        text = str(self.table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        option.text = text
        ct = QStyle.ContentsType.CT_HeaderSection
        plain = style.sizeFromContents(ct, option, QSize(), header).width()
        whole_text = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
        padding = plain - whole_text
        least_text = whole_text
        words = [metrics.horizontalAdvance(w) for w in text.split()]
        if lines > text.count("\n") + 1 and words:
            # The narrowest width at which the wrapped text takes no more than `lines` lines.
            low, high = max(words), whole_text
            room = QRect(0, 0, 0, 100_000)
            while low < high:
                middle = (low + high) // 2
                room.setWidth(middle)
                wrapped = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap.value, text)
                if wrapped.height() <= lines * metrics.lineSpacing():
                    high = middle
                else:
                    low = middle + 1
            least_text = low
        sorted_here = header.isSortIndicatorShown() and header.sortIndicatorSection() == column
        if not sorted_here:
            return plain, least_text + padding
        # The arrow is drawn at the right of the heading: room for it after the text.
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        widest = style.sizeFromContents(ct, option, QSize(), header).width()

        def with_arrow(text_width: int) -> int:
            for width in range(text_width + padding, widest + (text_width - whole_text) + 1):
                option.rect = QRect(0, 0, width, header.height())
                label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
                arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
                if label.width() >= text_width and label.left() + text_width + 2 <= arrow.left():
                    return width
            return widest + (text_width - whole_text)

        return with_arrow(whole_text), with_arrow(least_text)

    def widths(self, room: int) -> dict[int, int]:
        """The width of each shown column in a list `room` pixels wide."""
        header = self.table.horizontalHeader()
        model = self.table.model()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        contents = self._measure(columns)
        lines = max(
            (
                str(model.headerData(c, Qt.Orientation.Horizontal) or "").count("\n") + 1
                for c in columns
            ),
            default=1,
        )
        want: dict[int, int] = {}
        least: dict[int, int] = {}
        for c in columns:
            whole, least[c] = self.headings(c, lines)
            want[c] = max(whole, contents.get(c, 0))
            if c not in self.stretch and c not in self.shrink:
                least[c] = max(least[c], contents.get(c, 0))  # its values whole
        stretch = [c for c in columns if c in self.stretch]

        def held_to(cap: int) -> dict[int, int]:
            # Each column at most `cap` (a stretch column `weight` times that), none below
            # its least nor above what it needs.
            return {
                c: max(least[c], min(want[c], int(cap * self.weight) if c in stretch else cap))
                for c in columns
            }

        widths = dict(want)
        if sum(want.values()) > room:
            # Too narrow: the widest give way first.
            low, high = 0, max(want.values())
            while low < high:
                cap = (low + high + 1) // 2
                if sum(held_to(cap).values()) <= room:
                    low = cap
                else:
                    high = cap - 1
            widths = held_to(low)
        # What is left goes to the stretch columns, in proportion to what they need.
        left = room - sum(widths.values())
        if stretch and left > 0:
            total_want = sum(want[c] for c in stretch)
            for c in stretch:
                widths[c] += left * want[c] // total_want
            widths[stretch[-1]] += room - sum(widths.values())
        return widths

    def fit(self) -> None:
        if self._fitting or not self.table.isVisible() or self.table.model() is None:
            return
        self._fitting = True
        try:
            header = self.table.horizontalHeader()
            for column, width in self.widths(self.table.viewport().width()).items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False


def fit_columns(
    table: QTableView,
    stretch: tuple[int, ...],
    *,
    shrink: tuple[int, ...] = (),
    weight: float = 2.0,
) -> ColumnFit:
    """Fit `table`'s columns to its width: the `stretch` columns (those people read: a
    description, a client) share what is left; when it is short, they and the `shrink` ones
    give way, the stretch ones keeping up to `weight` times the others' width (`ColumnFit`).
    Call it once the model is set; its header is then replaced by a `WrappingHeader`."""
    return ColumnFit(table, stretch, shrink, weight)
