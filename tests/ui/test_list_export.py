"""«Exporter (CSV)…» and «Imprimer la liste…» on every list screen, on the real service: the file
and the printed page hold the rows the table shows — filtered, in its order, with its headings —
and «Hors ligne — données au …» when the rows came from the offline cache.

The file is chosen in the save dialog the button opens; the page is what the print preview
paints, printed to a PDF and read back with `pdftotext`."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.export import BOM
from ui.context import AppContext
from ui.list_export import ListExport
from ui.views.base import View
from ui.views.expiry import ExpiryView
from ui.views.messages import MessagesView
from ui.views.portfolio import PortfolioView
from ui.views.procurations import ProcurationsView
from ui.views.receipts import ReceiptsView
from ui.views.received import ReceivedProcurationsView
from ui.views.registrations import RegistrationsView
from ui.views.users import UsersView

RunAsync = Callable[..., Any]
CHAMPIONS = "RSE — Les Champions"
FIRM = "RSE — Gagnon Comptables"


# ---- reading what went out -----------------------------------------------------------------------


def shown(view: Any) -> tuple[list[str], list[list[str]]]:
    """The headings and the cells as the table displays them, top to bottom, left to right
    (the columns it hides left out)."""
    model, table = view.model, view.table
    columns = sorted(
        (c for c in range(model.columnCount()) if not table.isColumnHidden(c)),
        key=table.horizontalHeader().visualIndex,
    )
    headers = [
        " ".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "").split()) for c in columns
    ]
    cells = [[str(model.index(r, c).data()) for c in columns] for r in range(model.rowCount())]
    return headers, cells


def read_csv(path: Path, separator: str = ";") -> tuple[bytes, list[list[str]]]:
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    return raw, list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))


def pdf_text(path: Path) -> str:
    """The words of the PDF on one line (pdftotext breaks lines where the page does; NFKC
    undoes its ligatures: «ﬁn» → «fin»)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler) is not installed")
    done = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", done.stdout.decode("utf-8")).split())


def squashed(text: str) -> str:
    return "".join(text.split()).replace("-", "")


def export_through_dialog(
    qtbot: QtBot, export: ListExport, path: Path, *, comma: bool = False
) -> Path:
    """Click «Exporter (CSV)…», choose `path` (and the comma's filter) in the save dialog."""
    assert export.csv_button.isEnabled() and export.csv_button.isVisible()
    qtbot.mouseClick(export.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.file_dialog is not None and export.file_dialog.isVisible())
    dialog = export.file_dialog
    assert isinstance(dialog, QFileDialog)
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    if comma:
        dialog.selectNameFilter(dialog.nameFilters()[1])
    dialog.selectFile(str(path))
    dialog.accept()
    qtbot.waitUntil(lambda: export.file_dialog is None)
    assert path.exists()
    return path


def print_through_preview(qtbot: QtBot, export: ListExport, path: Path) -> str:
    """Click «Imprimer la liste…», print what the preview paints to a PDF; its text."""
    assert export.print_button.isEnabled() and export.print_button.isVisible()
    qtbot.mouseClick(export.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.preview_dialog is not None and export.preview_dialog.isVisible())
    dialog = export.preview_dialog
    assert dialog is not None
    printer = dialog.printer()  # its page layout as the preview shows it
    assert printer.pageLayout().pageSize().id() is QPageSize.PageSizeId.A4
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    dialog.paintRequested.emit(printer)  # what «Imprimer» of the preview does, to a PDF
    dialog.close()
    qtbot.waitUntil(lambda: export.preview_dialog is None)
    return pdf_text(path)


# ---- every list screen ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Screen:
    """A list screen: who opens it, how to narrow its list, and a column whose cells are short
    and distinct enough to be looked for on the printed page."""

    view: Callable[[AppContext], View]
    role: str
    narrow: Callable[[Any], None]
    key_column: int
    sort: tuple[int, Qt.SortOrder] | None = None


def search_for_last_row(column: int) -> Callable[[Any], None]:
    def narrow(view: Any) -> None:
        last = view.model.rowCount() - 1
        view.search.setText(str(view.model.index(last, column).data()))

    return narrow


def receipts_of_users(view: Any) -> None:
    view.family.setCurrentIndex(view.family.findData("user"))


def nothing(_view: Any) -> None:
    return None


SCREENS = {
    "procurations": Screen(
        ProcurationsView, CHAMPIONS, search_for_last_row(1), 0, (6, Qt.SortOrder.DescendingOrder)
    ),
    "received": Screen(
        ReceivedProcurationsView, FIRM, search_for_last_row(0), 1, (6, Qt.SortOrder.AscendingOrder)
    ),
    "users": Screen(
        UsersView, CHAMPIONS, search_for_last_row(0), 2, (2, Qt.SortOrder.DescendingOrder)
    ),
    "registrations": Screen(RegistrationsView, CHAMPIONS, nothing, 1),
    "messages": Screen(MessagesView, FIRM, search_for_last_row(2), 1),
    "receipts": Screen(ReceiptsView, CHAMPIONS, receipts_of_users, 1),
    "expiry": Screen(ExpiryView, FIRM, nothing, 1),
    "portfolio": Screen(
        PortfolioView, FIRM, search_for_last_row(0), 1, (7, Qt.SortOrder.DescendingOrder)
    ),
}


@pytest.fixture
def open_screen(
    qtbot: QtBot, signed_in: Callable[..., AppContext], run_async: RunAsync
) -> Callable[[Screen], Any]:
    def make(screen: Screen) -> Any:
        view = screen.view(signed_in(screen.role))
        qtbot.addWidget(view)
        view.resize(1200, 760)
        view.show()
        qtbot.waitExposed(view)
        run_async(view.refresh(), timeout=20_000)
        assert view.model.rowCount() > 1, "the demo data lists something here"
        if screen.sort is not None:
            view.table.sortByColumn(*screen.sort)
        screen.narrow(view)
        return view

    return make


@pytest.mark.parametrize("name", list(SCREENS))
def test_the_list_exported_is_the_list_shown(
    name: str, qtbot: QtBot, open_screen: Callable[[Screen], Any], tmp_path: Path
) -> None:
    screen = SCREENS[name]
    view = open_screen(screen)
    export: ListExport = view.export
    headers, cells = shown(view)
    if screen.narrow is not nothing:
        assert 0 < len(cells) < view.model.total_count(), "the filter keeps some rows"

    raw, rows = read_csv(export_through_dialog(qtbot, export, tmp_path / f"{name}.csv"))
    assert raw.startswith(BOM.encode()) and b"\r\n" in raw
    if name == "messages":  # the unread mark's column, headed on paper
        assert headers[0] == "" and rows[0][0] == "Non lu"
        headers[0] = "Non lu"
    assert rows[0] == headers
    assert rows[1:] == cells  # the rows shown, in the order shown, as displayed
    if name == "portfolio":  # a column the table hides stays out
        assert view.table.isColumnHidden(4) and "Provenance" not in rows[0]
    assert not any("Hors ligne" in cell for row in rows for cell in row)


@pytest.mark.parametrize("name", list(SCREENS))
def test_the_list_printed_is_the_list_shown(
    name: str, qtbot: QtBot, open_screen: Callable[[Screen], Any], tmp_path: Path
) -> None:
    screen = SCREENS[name]
    view = open_screen(screen)
    export: ListExport = view.export
    headers, cells = shown(view)
    kept = {row[screen.key_column] for row in cells}
    all_rows = view.model.rows()
    column = view.model.columns()[screen.key_column]
    left_out = {str(column.value(r)) for r in all_rows} - kept

    text = print_through_preview(qtbot, export, tmp_path / f"{name}.pdf")
    assert text.startswith(f"{view.title()} — {view.ctx.me.enterprise.name} — au ")
    # A heading may be cut at a hyphen on paper, and pdftotext joins the halves without it.
    for heading in headers[1:]:
        assert squashed(heading) in squashed(text)
    for value in kept:
        assert value in text
    if screen.narrow is not nothing:
        total = view.model.total_count()
        assert f"Lignes : {len(cells)} sur {total} (liste filtrée)" in text
        assert not any(value in text for value in left_out if len(value) > 5)
    else:
        assert f"Lignes : {len(cells)} " in f"{text} "
    assert "Hors ligne" not in text


def test_the_expiry_lists_provenance_hidden_stays_out_of_the_file_and_the_page(
    qtbot: QtBot, open_screen: Callable[[Screen], Any], tmp_path: Path
) -> None:
    view = open_screen(SCREENS["expiry"])
    provenance = 7
    assert view.model.headerData(provenance, Qt.Orientation.Horizontal) == "Provenance"
    assert not view.table.isColumnHidden(provenance)  # the firm's own and received, both
    _raw, rows = read_csv(export_through_dialog(qtbot, view.export, tmp_path / "both.csv"))
    assert "Provenance" in rows[0]

    # Only what the clients gave: «Provenance» would say the same on every row, hidden.
    view.origin_filter.setCurrentIndex(view.origin_filter.findData("received"))
    assert view.table.isColumnHidden(provenance)
    headers, cells = shown(view)
    assert "Provenance" not in headers and cells
    _raw, rows = read_csv(export_through_dialog(qtbot, view.export, tmp_path / "received.csv"))
    assert "Provenance" not in rows[0]
    assert rows[0] == headers and rows[1:] == cells
    text = print_through_preview(qtbot, view.export, tmp_path / "received.pdf")
    assert "Provenance" not in text


def test_a_file_for_other_software_takes_commas(
    qtbot: QtBot, open_screen: Callable[[Screen], Any], tmp_path: Path
) -> None:
    view = open_screen(SCREENS["users"])
    path = export_through_dialog(qtbot, view.export, tmp_path / "users.csv", comma=True)
    _raw, rows = read_csv(path, ",")
    headers, cells = shown(view)
    assert rows == [headers, *cells]


def test_the_buttons_are_named_and_say_what_they_do(
    open_screen: Callable[[Screen], Any],
) -> None:
    registrations = open_screen(SCREENS["registrations"])
    csv_button, print_button = registrations.export.buttons
    assert csv_button.text() == "E&xporter (CSV)…"
    assert print_button.text() == "Im&primer la liste…"  # Alt+I is «Inscrire» there
    assert print_button.accessibleName() == "Imprimer la liste"
    assert "filtrée et triée" in csv_button.toolTip()


def test_a_list_too_long_to_print_says_so_instead_of_freezing_the_window(
    qtbot: QtBot, open_screen: Callable[[Screen], Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.list_export.PRINT_LIMIT", 5)
    view = open_screen(SCREENS["registrations"])
    rows = view.model.visible_count()
    assert rows > 5
    qtbot.mouseClick(view.export.print_button, Qt.MouseButton.LeftButton)
    assert view.export.preview_dialog is None
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    qtbot.waitUntil(lambda: any(b.isVisible() for b in boxes))
    [box] = [b for b in boxes if b.isVisible()]
    assert f"compte {rows} lignes" in box.text() and "exportez-la en CSV" in box.text()
    box.close()


# ---- offline -------------------------------------------------------------------------------------


def test_offline_the_file_and_the_page_say_the_rows_come_from_the_cache_and_when(
    qtbot: QtBot,
    signed_in: Callable[..., AppContext],
    run_async: RunAsync,
    tmp_path: Path,
) -> None:
    from app.cache import CacheOwner, CacheStore
    from app.cache.offline_api import OfflineApi
    from app.domain.changes import ChangeKind

    ctx = signed_in(CHAMPIONS)
    users = run_async(ctx.api.all_users())
    store = CacheStore.in_memory(CacheOwner("test://list-export", ctx.me.user_code))
    store.put_many(ChangeKind.USERS, users)
    store.set_cursor("cursor", datetime(2024, 5, 1, 18, 32, tzinfo=UTC))
    online_api = ctx.api
    # What the shell's offline mode does when the service stops answering.
    ctx.cache = store
    ctx.online = False
    ctx.api = OfflineApi(online_api, store)  # type: ignore[assignment]
    try:
        view = UsersView(ctx)
        qtbot.addWidget(view)
        view.resize(1200, 760)
        view.show()
        run_async(view.refresh())
        assert view.model.total_count() == len(users)
        note = "Hors ligne — données au 1er mai 2024 à 14 h 32"
        assert view.export.note() == note

        _raw, rows = read_csv(export_through_dialog(qtbot, view.export, tmp_path / "off.csv"))
        assert rows[0] == [note]
        assert rows[1] == shown(view)[0]
        assert rows[2:] == shown(view)[1]

        text = print_through_preview(qtbot, view.export, tmp_path / "off.pdf")
        assert note in text
        assert text.index(note) < text.index("Code d'utilisateur")
    finally:
        ctx.api = online_api
        ctx.online = True


def test_rows_read_before_the_service_went_silent_are_marked_with_the_time_they_were_read(
    qtbot: QtBot, open_screen: Callable[[Screen], Any], tmp_path: Path
) -> None:
    view = open_screen(SCREENS["procurations"])
    assert view.export.note() is None
    source = view.export.source
    assert source is not None and not source.offline
    view.ctx.online = False  # the service stops answering; the rows stay on screen
    try:
        view.export.rows_read(offline=False, as_of=datetime(2024, 5, 1, 18, 32, tzinfo=UTC))
        _raw, rows = read_csv(view.export.export_csv(tmp_path / "later.csv"))
        assert rows[0] == ["Hors ligne — données au 1er mai 2024 à 14 h 32"]
    finally:
        view.ctx.online = True
