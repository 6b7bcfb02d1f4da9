"""The combined receipt of a bulk run: a summary page listing every item, then each receipt.

The summary says what was asked, by whom and when, then one line per item — the procuration,
its client, the result, and its reference number or the reason it was not done — so nothing
of the run is left out of the paper trail. Each transaction's own accusé de réception follows,
from a new page, exactly as it prints alone (`app.receipts.pdf.paint_receipt`). Needs a
QGuiApplication.
"""

from __future__ import annotations

import html
import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPdfWriter, QTextDocument

from app.bulk import BulkAction, BulkJournal, ItemStatus, summary_rows
from app.receipts.french import is_english, quebec_time, spelled_date, spelled_time
from app.receipts.pdf import (
    PDF_RESOLUTION,
    _write_atomically,
    paint_document_page,
    paint_receipt,
)
from app.receipts.render import a4_page_layout

TITLES = {
    BulkAction.EXTEND: ("Prolongation de procurations", "Extension of procurations"),
    BulkAction.REVOKE: ("Révocation de procurations", "Revocation of procurations"),
    BulkAction.REFUSE: ("Refus de procurations reçues", "Refusal of received procurations"),
    BulkAction.ASSIGN: ("Assignation de procurations", "Assignment of procurations"),
}


def bulk_title(action: BulkAction, language: str = "fr") -> str:
    fr, en = TITLES[action]
    return en if is_english(language) else fr


def summary_html(journal: BulkJournal, *, by: str, language: str = "fr") -> str:
    """The summary page as HTML (every value escaped: descriptions come from clients)."""
    english = is_english(language)
    e = html.escape
    title = bulk_title(journal.action, language)
    when = quebec_time(journal.finished_at or datetime.now(UTC))
    word = "at" if english else "à"
    moment = f"{spelled_date(when.date(), language)} {word} {spelled_time(when.time(), language)}"
    counts = journal.counts()
    done, failed = counts[ItemStatus.DONE], counts[ItemStatus.FAILED]
    skipped = counts[ItemStatus.SKIPPED]
    left = counts[ItemStatus.PLANNED] + counts[ItemStatus.SENDING]
    if english:
        heading = f"{title} — summary of a bulk run"
        intro = (
            f"Run by {e(by)}, ended {e(moment)}. {len(journal.items)} item(s): {done} done, "
            f"{failed} refused by the service, {skipped} not sent"
            + (f", {left} not finished" if left else "")
            + ". Each item done is its own transaction, with its own acknowledgement of "
            "receipt on the following pages."
        )
        head = ("#", "Procuration", "Client", "Result", "Reference number or reason")
    else:
        heading = f"{title} — sommaire d'un traitement en lot"
        intro = (
            f"Traitement fait par {e(by)}, terminé le {e(moment)}. {len(journal.items)} "
            f"élément(s) : {done} fait(s), {failed} refusé(s) par le service, {skipped} non "
            "transmis" + (f", {left} non terminé(s)" if left else "") + ". Chaque élément fait "
            "est une transaction distincte, dont l'accusé de réception suit, un par page."
        )
        head = ("N°", "Procuration", "Client", "Résultat", "Numéro de référence ou raison")
    details = ""
    if journal.action is BulkAction.EXTEND and journal.target:
        details = (
            f"<p>{'End date asked' if english else 'Date de fin demandée'} : "
            f"<b>{journal.target.isoformat()}</b> "
            + (
                "(each capped at its own limit, start + 3 years − 1 day)"
                if english
                else "(chacune ramenée au besoin à sa limite : début + 3 ans − 1 jour)"
            )
            + "</p>"
        )
    elif journal.action is BulkAction.ASSIGN and journal.assignee:
        who = f"{journal.assignee_name} ({journal.assignee})"
        details = f"<p>{'Assigned to' if english else 'Assignées à'} : <b>{e(who)}</b></p>"
    elif journal.action is BulkAction.REFUSE and journal.reason:
        label = "Reason given" if english else "Raison du refus"
        details = f"<p>{label} : {e(journal.reason)}</p>"
    rows = "".join(
        "<tr>"
        f"<td>{n}</td><td>{e(description)}</td><td>{e(client)}</td>"
        f"<td>{e(result)}</td><td>{e(detail)}</td>"
        "</tr>"
        for n, (description, client, result, detail) in enumerate(
            summary_rows(journal, language), start=1
        )
    )
    widths = ("5%", "29%", "25%", "15%", "26%")
    cells = "".join(
        f"<th align='left' width='{w}'>{e(h)}</th>" for h, w in zip(head, widths, strict=True)
    )
    return (
        "<html><body style='font-family: sans-serif; color: #223654;'>"
        f"<p style='font-size: 8pt; color: #4e5662;'>Procura</p>"
        f"<h2>{e(heading)}</h2>"
        f"<p>{intro}</p>{details}"
        "<table width='100%' cellspacing='0' cellpadding='4' border='1' "
        "style='border-collapse: collapse; border-color: #c5cad2; font-size: 9pt;'>"
        f"<thead><tr style='background: #223654; color: #ffffff;'>{cells}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        "</body></html>"
    )


def paint_bulk(
    journal: BulkJournal, device: QPagedPaintDevice, *, by: str, language: str = "fr"
) -> int:
    """Paint the summary then every receipt of the items done on `device` (a QPdfWriter or
    the print preview's QPrinter). Returns the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("Impossible de commencer l'impression du sommaire.")
    try:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.documentLayout().setPaintDevice(device)
        rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
        page = QSizeF(rect.width(), rect.height())
        document.setPageSize(page)
        document.setHtml(summary_html(journal, by=by, language=language))
        pages = document.pageCount()
        for index in range(pages):
            if index:
                device.newPage()
            paint_document_page(painter, document, index)
        for receipt in journal.receipts():
            pages += paint_receipt(painter, device, receipt, language=language, first=False)
        return pages
    finally:
        painter.end()


def write_bulk_pdf(
    journal: BulkJournal, path: str | os.PathLike[str], *, by: str, language: str = "fr"
) -> Path:
    """The combined receipt as an A4 PDF, written whole or not at all. Raises OSError."""
    target = Path(path)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(a4_page_layout())
    writer.setCreator("Procura")
    writer.setTitle(bulk_title(journal.action, language))
    paint_bulk(journal, writer, by=by, language=language)
    buffer.close()
    _write_atomically(target, bytes(data.data()))
    return target
