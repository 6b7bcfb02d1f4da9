"""«Exporter (CSV)…» and «Imprimer la liste…» for the list screens: the rows as shown.

`ListExport(screen, model, name="procurations")` makes the two buttons (the screen puts them in
its layout, where they fall in its reading order) and does what they do:

- what goes out is what the table shows: the rows the filters keep, in the order of the sort,
  and the columns with their headings on one line («Date de fin (AAAA-MM-JJ)»), in the
  interface language (`table()`);
- CSV through `app.export.write_csv` (UTF-8 with BOM, `;` for Excel in fr-CA or `,`, cells
  that Excel would run as formulas defused), in a file chosen in a save dialog;
- printing through a print preview (opened with `open()`) of A4 pages with the receipts'
  margins — turned to landscape when the columns do not fit upright — holding one table whose
  headings repeat on each page: above it the screen's title, the enterprise, the day and how
  many rows of how many; at each page's foot the title (or the offline note) and «Page n de N»;
- «Hors ligne — données au 22 novembre 2026 à 14 h 03» on the first line of both when the rows
  were read from the offline cache (the time of its last sync), or when the service has gone
  silent since they were read (then the time they were read).

Where the rows came from: the screen awaits its read through `read(...)`
(`rows = await self.export.read(self.ctx.api.all_users())`): while the service is silent
(`ctx.online` False) and a cache is open, `ctx.api` answers from the cache (`ui.offline`).
A screen that knows it another way (the portfolio's `PortfolioData.offline`/`as_of`) tells it
with `rows_read(offline=..., as_of=...)`.
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QPointF, QRectF, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPaintDevice,
)
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QTableView, QWidget

from app.cache.label import offline_label
from app.export import cell_text, write_csv
from app.receipts.pdf import paint_document_page
from ui.errors import show_error
from ui.i18n import current_language
from ui.models.table import TableModel

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from ui.views.base import View

T = TypeVar("T")


# ---- the pieces, for any list ------------------------------------------------------------------


def shown_table(
    model: TableModel[Any],
    headers: Mapping[int, str] | None = None,
    view: QTableView | None = None,
) -> tuple[list[str], list[list[object]]]:
    """The headings (each on one line; `headers` replaces some, e.g. a column headed by a
    mark only) and the values of the rows `model` shows, in the order shown. With `view`, the
    columns it shows, in the order it shows them (hidden ones left out)."""
    columns = model.columns()
    shown = list(range(len(columns)))
    if view is not None:
        header = view.horizontalHeader()
        shown = sorted((i for i in shown if not view.isColumnHidden(i)), key=header.visualIndex)
    titles = [" ".join((headers or {}).get(i, columns[i].header).split()) for i in shown]
    values = [[columns[i].value(row) for i in shown] for row in model.visible_rows()]
    return titles, values


@dataclass(frozen=True)
class PrintedList:
    """A list as it goes on paper: a title, a line under it (how many rows), the offline note,
    the headings and the cells' texts; `page_text` numbers the pages («Page {0} de {1}»)."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    subtitle: str = ""
    note: str | None = None
    page_text: str = "Page {0} de {1}"

    @classmethod
    def of(
        cls,
        title: str,
        headers: Sequence[str],
        values: Sequence[Sequence[object]],
        **details: Any,
    ) -> PrintedList:
        """From cell values: written as in the CSV (`app.export.cell_text`)."""
        return cls(title, list(headers), [[cell_text(v) for v in row] for row in values], **details)


# Text of the list on paper, and the room around each cell (CSS pixels, 1/96 in: Qt scales them
# to the printer).
POINT_SIZE = 8.0
CELL_PADDING = (2, 4)  # vertical, horizontal
# Past this many characters a column's text wraps rather than taking more of the line.
WIDE_TEXT = 40


def list_font() -> QFont:
    """The list's text: the interface's family at 8 pt, without ligatures (the text copied or
    extracted from a PDF then reads «fin», not «ﬁn»)."""
    font = QFont()
    font.setPointSizeF(POINT_SIZE)
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


def column_widths(
    printed: PrintedList, device: QPaintDevice, width: float
) -> tuple[list[float], bool]:
    """Each column's share of `width` (device pixels), in percent, and whether every word fits.

    Left to itself, a table gives every column the same room and cuts short columns' words in
    two («d'identifi-cation», «Ét-at»). Here each column gets at least its longest word (the
    headings in bold), then what is left of the line goes to the columns with longer texts,
    up to `WIDE_TEXT` characters each. When even the longest words do not fit, they share the
    line in proportion (the caller may turn the page)."""
    regular = QFontMetricsF(list_font(), device)
    bold_font = list_font()
    bold_font.setBold(True)
    bold = QFontMetricsF(bold_font, device)
    # The cell's padding and borders, and half a character to spare.
    padding = (2 * CELL_PADDING[1] + 2) * device.logicalDpiX() / 96.0
    padding += regular.averageCharWidth() / 2
    wide = regular.averageCharWidth() * WIDE_TEXT
    sample = printed.rows[:2000]
    least: list[float] = []
    wanted: list[float] = []
    for i, header in enumerate(printed.headers):
        cells = [row[i] for row in sample if i < len(row)]
        words = [bold.horizontalAdvance(w) for w in header.split()]
        words += [regular.horizontalAdvance(w) for text in set(cells) for w in text.split()]
        texts = [regular.horizontalAdvance(text) for text in set(cells)]
        least.append(max(words, default=0.0) + padding)
        wanted.append(max(least[-1], min(max(texts, default=0.0), wide) + padding))
    fits = sum(least) <= width
    if sum(wanted) <= width or not fits:
        widths = wanted if sum(wanted) <= width else least
    else:
        spare = width - sum(least)
        more = [w - m for w, m in zip(wanted, least, strict=True)]
        widths = [m + spare * x / sum(more) for m, x in zip(least, more, strict=True)]
    total = sum(widths) or 1.0
    return [100 * w / total for w in widths], fits


def list_html(printed: PrintedList, widths: Sequence[float]) -> str:
    """The page's HTML: the title, the offline note on a pale yellow band (as on screen), the
    line under the title, then one table whose heading repeats on every page."""
    e = html.escape
    pad = f"{CELL_PADDING[0]}px {CELL_PADDING[1]}px"
    cell = f"padding: {pad}; border: 1px solid #b8c2cf;"
    head = "".join(
        f"<th align='left' width='{w:.2f}%' style='{cell} background-color: #e8edf4;'>{e(h)}</th>"
        for h, w in zip(printed.headers, widths, strict=False)
    )
    body = "".join(
        "<tr>" + "".join(f"<td style='{cell}'>{e(t)}</td>" for t in row) + "</tr>"
        for row in printed.rows
    )
    note = printed.note
    banner = (
        f"<p style='background-color: #fff4d6; padding: 4px;'><b>{e(note)}</b></p>" if note else ""
    )
    under = f"<p>{e(printed.subtitle)}</p>" if printed.subtitle else ""
    return (
        "<html><body style='color: #1a1a1a;'>"
        f"<h3 style='color: #223654;'>{e(printed.title)}</h3>{banner}{under}"
        "<table width='100%' cellspacing='0' style='border-collapse: collapse;'>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>"
    )


def list_document(
    printed: PrintedList, device: QPagedPaintDevice, *, reserved_bottom: float = 0.0
) -> QTextDocument:
    """The list laid out on `device`'s pages (its printable area, less `reserved_bottom`
    device pixels for the footer), with its metrics: 8 pt stays 8 pt on paper."""
    from PySide6.QtGui import QTextDocument, QTextOption

    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(list_font())
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, printed.title)
    document.documentLayout().setPaintDevice(device)
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    document.setPageSize(QSizeF(rect.width(), rect.height() - reserved_bottom))
    widths, _fits = column_widths(printed, device, rect.width())
    document.setHtml(list_html(printed, widths))
    return document


def paint_list(printed: PrintedList, device: QPagedPaintDevice) -> int:
    """Print the list on `device` (a QPrinter: the preview's, or one writing a PDF) with its
    page layout as it stands; each page's foot says the offline note or the title, and «Page
    n de N». Returns the number of pages."""
    from PySide6.QtGui import QColor, QPainter

    font = list_font()
    metrics = QFontMetricsF(font, device)
    footer = metrics.height() * 2.2
    document = list_document(printed, device, reserved_bottom=footer)
    page = document.pageSize()
    count = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("Impossible de commencer l'impression de la liste.")
    try:
        for index in range(count):
            if index:
                device.newPage()
            paint_document_page(painter, document, index)
            painter.save()
            painter.setFont(font)
            painter.setPen(QColor("#4e5662"))
            bottom = page.height() + footer
            baseline = bottom - metrics.descent()
            rule = baseline - metrics.height() * 1.3
            painter.drawLine(QPointF(0, rule), QPointF(page.width(), rule))
            painter.drawText(QPointF(0, baseline), printed.note or printed.title)
            painter.drawText(
                QRectF(0, bottom - metrics.height(), page.width(), metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                printed.page_text.format(index + 1, count),
            )
            painter.restore()
    finally:
        painter.end()
    return count


def open_print_preview(
    parent: QWidget, printed: PrintedList, *, window_title: str, doc_name: str = ""
) -> QPrintPreviewDialog:
    """The print preview of `printed` on A4 (the receipts' margins), opened with `open()`;
    its print button leads to the system's dialog. The page is turned to landscape when the
    columns' longest words do not fit across it upright. The dialog deletes itself when
    closed and keeps its printer alive until then (a QPrintPreviewDialog does not own it)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from app.receipts.render import a4_page_layout

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_page_layout())
    upright = printer.pageLayout().paintRectPixels(printer.logicalDpiX()).width()
    if not column_widths(printed, printer, upright)[1]:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    if doc_name:
        printer.setDocName(doc_name)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(window_title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def paint(device: QPagedPaintDevice, _kept: QPrinter = printer) -> None:
        # Laying out a long list takes a moment (2 000 rows: 60 pages, a few seconds).
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paint_list(printed, device)
        finally:
            QGuiApplication.restoreOverrideCursor()

    # The connection holds the slot, the slot the printer: both go with the dialog.
    dialog.paintRequested.connect(paint)
    dialog.open()
    return dialog


# ---- the two buttons of a list screen ----------------------------------------------------------

# Past this many rows a list is not printed (2 000 rows: some 60 pages, laid out in a few seconds
# during which the window is frozen): the person filters it first, or exports it.
PRINT_LIMIT = 2000


@dataclass(frozen=True)
class TooLongToPrint:
    """Said (by `show_error`) instead of opening the preview of a list too long to print."""

    rows: int

    @property
    def message_fr(self) -> str:
        count, limit = (f"{n:,}".replace(",", "\u00a0") for n in (self.rows, PRINT_LIMIT))
        return (
            f"La liste affichée compte {count} lignes : c'est trop pour l'imprimer (au plus "
            f"{limit}). Filtrez-la d'abord, ou exportez-la en CSV."
        )

    @property
    def message_en(self) -> str:
        return (
            f"The list shown has {self.rows:,} rows: too many to print (at most "
            f"{PRINT_LIMIT:,}). Filter it first, or export it as CSV."
        )


@dataclass(frozen=True)
class RowsSource:
    """Where the rows shown were read: from the offline cache (`as_of` its last sync) or from
    the service (`as_of` the time they were read)."""

    offline: bool
    as_of: datetime | None


class ListExport(QObject):
    """«Exporter (CSV)…» and «Imprimer la liste…» of one list screen; see the module docstring.

    `csv_button` and `print_button` are children of `screen`, made when this is: make it where
    the buttons come in the screen's reading order (Tab follows the order widgets are made).
    `name` begins the file's name («procurations-2026-11-22.csv»); `headers` replaces the
    heading of some columns in the file and on paper; `print_text` replaces «&Imprimer la
    liste…» where Alt+I is taken; `view`, the table whose hidden columns are left out (and
    whose order of columns is followed); `parent`, the buttons' parent when not the screen.
    `file_dialog` and `preview_dialog` are the dialogs open.
    """

    def __init__(
        self,
        screen: View,
        model: TableModel[Any],
        *,
        name: str,
        headers: Mapping[int, str] | None = None,
        print_text: str | None = None,
        view: QTableView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(screen)
        self.setObjectName(f"{screen.key}_listExport")
        self.screen = screen
        self.model = model
        self.name = name
        self.headers = dict(headers or {})
        self.view = view
        self.source: RowsSource | None = None
        self.file_dialog: QFileDialog | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None

        host = parent or screen
        self.csv_button = QPushButton(self.tr("E&xporter (CSV)…"), host)
        self.print_button = QPushButton(print_text or self.tr("&Imprimer la liste…"), host)
        for button, kind, what in (
            (
                self.csv_button,
                "csv",
                self.tr(
                    "Enregistrer la liste affichée, filtrée et triée comme à l'écran, dans un "
                    "fichier CSV pour Excel"
                ),
            ),
            (
                self.print_button,
                "print",
                self.tr("Imprimer la liste affichée, filtrée et triée comme à l'écran"),
            ),
        ):
            button.setObjectName(f"{screen.key}_{kind}")
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setAccessibleDescription(what)
            button.setToolTip(what)
        self.csv_button.clicked.connect(self.ask_csv_path)
        self.print_button.clicked.connect(self.open_print_preview)

    @property
    def buttons(self) -> tuple[QPushButton, QPushButton]:
        return self.csv_button, self.print_button

    def button_row(self) -> QHBoxLayout:
        """The two buttons side by side, for the screen's layout: in a row that wraps
        (`FlowLayout`), they go to the next line together."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for button in self.buttons:
            row.addWidget(button)
        return row

    # ---- where the rows come from --------------------------------------------------------------

    async def read(self, call: Awaitable[T]) -> T:
        """Await the screen's read of its rows, noting whether they come from the offline cache
        (the service silent and a cache open: `ctx.api` reads it) and as of when."""
        ctx = self.screen.ctx
        cache = getattr(ctx, "cache", None)
        cached = not ctx.online and cache is not None
        as_of = cache.synced_at if cached and cache is not None else None
        result = await call
        self.rows_read(offline=cached, as_of=as_of if cached else datetime.now().astimezone())
        return result

    def rows_read(self, *, offline: bool, as_of: datetime | None) -> None:
        """The rows now shown were read from the cache (`as_of`: its last sync) or from the
        service (`as_of`: now)."""
        self.source = RowsSource(offline, as_of)

    def note(self) -> str | None:
        """«Hors ligne — données au …» when the rows came from the cache, or when the service
        has gone silent since they were read; None otherwise."""
        ctx, source, language = self.screen.ctx, self.source, current_language()
        if source is not None and (source.offline or not ctx.online):
            return offline_label(source.as_of, language)
        if source is None and not ctx.online:
            cache = getattr(ctx, "cache", None)
            return offline_label(cache.synced_at if cache is not None else None, language)
        return None

    # ---- what goes out -------------------------------------------------------------------------

    def table(self) -> tuple[list[str], list[list[object]]]:
        """The headings and the values of the rows shown, in the order shown."""
        return shown_table(self.model, self.headers, self.view)

    def title(self) -> str:
        """«Gestion des procurations — Boulangerie Ducharme — au 2026-11-22»."""
        ctx = self.screen.ctx
        return self.tr("{0} — {1} — au {2}").format(
            self.screen.title(), ctx.me.enterprise.name, date.today().isoformat()
        )

    def count_text(self) -> str:
        shown, total = self.model.visible_count(), self.model.total_count()
        if shown == total:
            return self.tr("Lignes : {0}").format(total)
        return self.tr("Lignes : {0} sur {1} (liste filtrée)").format(shown, total)

    def export_csv(self, path: str | Path, *, separator: str = ";") -> Path:
        headers, values = self.table()
        return write_csv(path, headers, values, separator=separator, note=self.note())

    def printed(self) -> PrintedList:
        """The list as it goes on paper."""
        headers, values = self.table()
        return PrintedList.of(
            self.title(),
            headers,
            values,
            subtitle=self.count_text(),
            note=self.note(),
            page_text=self.tr("Page {0} de {1}"),
        )

    # ---- the dialogs ---------------------------------------------------------------------------

    def ask_csv_path(self) -> QFileDialog:
        """«Exporter (CSV)…»: the save dialog (opened with `open()`); the file is written when
        one is chosen, an error said in a box."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        filters = [
            self.tr("CSV pour Excel, point-virgule (*.csv)"),
            self.tr("CSV, virgule (*.csv)"),
        ]
        suggested = Path(folder) / f"{self.name}-{date.today().isoformat()}.csv"
        dialog = QFileDialog(self.screen, self.tr("Exporter la liste (CSV)"), str(suggested))
        dialog.setNameFilters(filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(path: str) -> None:
            comma = dialog.selectedNameFilter() == filters[1]
            try:
                self.export_csv(path, separator="," if comma else ";")
            except OSError as error:
                show_error(self.screen, error)

        dialog.fileSelected.connect(chosen)
        dialog.destroyed.connect(self._forget_file_dialog)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def open_print_preview(self) -> QPrintPreviewDialog | None:
        """«Imprimer la liste…»: the print preview of the list as shown (None, and a box saying
        why, past `PRINT_LIMIT` rows)."""
        shown = self.model.visible_count()
        if shown > PRINT_LIMIT:
            show_error(self.screen, TooLongToPrint(shown))
            return None
        dialog = open_print_preview(
            self.screen,
            self.printed(),
            window_title=self.tr("Aperçu avant impression — {0}").format(self.screen.title()),
            doc_name=f"{self.name}-{date.today().isoformat()}",
        )
        dialog.destroyed.connect(self._forget_preview)
        self.preview_dialog = dialog
        return dialog

    def _forget_file_dialog(self) -> None:
        self.file_dialog = None

    def _forget_preview(self) -> None:
        self.preview_dialog = None
