"""Paints receipts on printed pages: A4 PDF files, and any QPrinter the print preview hands over.

Both need a QGuiApplication (fonts and images come from Qt's GUI layer); the desktop client
has one, tests get one from pytest-qt's `qapp` fixture.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from app.domain.models import Receipt
from app.receipts.french import is_english
from app.receipts.render import a4_page_layout, receipt_document

# Vector output does not depend on it, but text positions are rounded to device pixels.
PDF_RESOLUTION = 600
FOOTER_POINT_SIZE = 7.5


def write_pdf(
    receipts: Receipt | Sequence[Receipt], path: str | os.PathLike[str], *, language: str = "fr"
) -> Path:
    """Write an A4 PDF of one receipt, or of several one after the other (each from a new page).

    The file is written whole or not at all (a temporary file renamed into place), so a
    failure never leaves half a receipt behind; it raises OSError when the folder is not
    writable. Needs a QGuiApplication.
    """
    items = _as_list(receipts)
    target = Path(path)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(a4_page_layout())
    writer.setCreator("Procura")
    writer.setTitle(_pdf_title(items, language))
    paint_receipts(items, writer, language=language)
    buffer.close()
    _write_atomically(target, bytes(data.data()))
    return target


def paint_receipts(
    receipts: Receipt | Sequence[Receipt],
    device: QPagedPaintDevice,
    *,
    language: str = "fr",
    offline_note: str | None = None,
) -> int:
    """Paint the receipts on `device` (QPdfWriter or QPrinter), each starting a new page.

    Uses the device's page layout as it stands (the print preview lets the person change
    it). A long receipt flows onto as many pages as it needs, table headers repeated; each
    page carries a footer with the reference number and «Page n de N». Returns the number
    of pages painted.
    """
    items = _as_list(receipts)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("Impossible de commencer l'impression de l'accusé de réception.")
    try:
        pages = 0
        for receipt in items:
            pages += _paint_one(painter, device, receipt, language, offline_note, first=pages == 0)
        return pages
    finally:
        painter.end()


def paint_receipt(
    painter: QPainter,
    device: QPagedPaintDevice,
    receipt: Receipt,
    *,
    language: str = "fr",
    offline_note: str | None = None,
    first: bool = True,
) -> int:
    """Paint one receipt with a painter already begun on `device`, from a new page unless it
    is the `first` thing painted (to put receipts after other pages, e.g. a bulk run's
    summary). Returns the number of pages painted."""
    return _paint_one(painter, device, receipt, language, offline_note, first=first)


def _paint_one(
    painter: QPainter,
    device: QPagedPaintDevice,
    receipt: Receipt,
    language: str,
    offline_note: str | None,
    *,
    first: bool,
) -> int:
    font = QFont(painter.font())
    font.setPointSizeF(FOOTER_POINT_SIZE)
    metrics = QFontMetricsF(font, device)
    footer_height = metrics.height() * 2.2
    document = receipt_document(
        receipt,
        language,
        offline_note=offline_note,
        device=device,
        reserved_bottom=footer_height,
    )
    page = document.pageSize()
    count = document.pageCount()
    for index in range(count):
        if not first or index > 0:
            device.newPage()
        paint_document_page(painter, document, index)
        _paint_footer(
            painter,
            font,
            metrics,
            page.width(),
            page.height() + footer_height,
            _footer_texts(receipt, language, index + 1, count),
        )
    return count


def paint_document_page(painter: QPainter, document: QTextDocument, index: int) -> None:
    """Page `index` of a paginated `document` (its page size set), drawn at the top of the
    device's current page."""
    page = document.pageSize()
    painter.save()
    painter.translate(0, -index * page.height())
    document.drawContents(painter, QRectF(0, index * page.height(), page.width(), page.height()))
    painter.restore()


def _paint_footer(
    painter: QPainter,
    font: QFont,
    metrics: QFontMetricsF,
    width: float,
    bottom: float,
    texts: tuple[str, str],
) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#4e5662"))
    baseline = bottom - metrics.descent()
    painter.drawLine(
        QPointF(0, baseline - metrics.height() * 1.3),
        QPointF(width, baseline - metrics.height() * 1.3),
    )
    left, right = texts
    painter.drawText(QPointF(0, baseline), left)
    painter.drawText(
        QRectF(0, bottom - metrics.height(), width, metrics.height()),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
        right,
    )
    painter.restore()


def _footer_texts(receipt: Receipt, language: str, page: int, count: int) -> tuple[str, str]:
    if is_english(language):
        return (
            f"Procura — Acknowledgement of receipt No. {receipt.reference}",
            f"Page {page} of {count}",
        )
    return (f"Procura — Accusé de réception n° {receipt.reference}", f"Page {page} de {count}")


def _pdf_title(items: list[Receipt], language: str) -> str:
    word = "Acknowledgement of receipt" if is_english(language) else "Accusé de réception"
    return f"{word} {', '.join(r.reference for r in items)}"


def _as_list(receipts: Receipt | Sequence[Receipt]) -> list[Receipt]:
    items = [receipts] if isinstance(receipts, Receipt) else list(receipts)
    if not items:
        raise ValueError("no receipt to paint")
    return items


def _write_atomically(target: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(prefix=".procura-", suffix=".pdf", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        # mkstemp creates the file private (0600); a saved receipt is an ordinary document.
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
