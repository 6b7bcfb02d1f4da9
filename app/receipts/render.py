"""Renders an accusé de réception (acknowledgement receipt) to HTML and to a paged QTextDocument."""

from __future__ import annotations

import base64
import html
import io
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from string import Template
from typing import Any

import segno
from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QTextDocument,
    QTextOption,
)

from app.domain.models import Receipt
from app.receipts.french import is_english, transmission_sentence

TEMPLATE_PATH = Path(__file__).resolve().parents[2] / "resources" / "receipt_template.html"

# Printed receipts keep a comfortable margin that every office printer can reach.
PAGE_MARGIN_MM = 18.0

_FRAGMENT = re.compile(r"<!--@fragment (\w+)-->\n?(.*?)<!--@end-->\n?", re.DOTALL)

_LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "brand": "Procura — Accusé de réception",
        "reference_label": "Numéro de référence :",
        "qr_alt": "Code QR du numéro de référence",
        "enterprise_heading": "Entreprise",
        "enterprise_name_label": "Nom de l'entreprise",
        "enterprise_id_label": "Numéro d'identification",
        "footer": (
            "Conservez cet accusé de réception pour vos dossiers. Le numéro de référence "
            "identifie cette transaction de façon permanente."
        ),
        "default_title": "Accusé de réception",
    },
    "en": {
        "brand": "Procura — Acknowledgement of receipt",
        "reference_label": "Reference number:",
        "qr_alt": "QR code of the reference number",
        "enterprise_heading": "Enterprise",
        "enterprise_name_label": "Name of the enterprise",
        "enterprise_id_label": "Identification number",
        "footer": (
            "Keep this acknowledgement of receipt for your records. The reference number "
            "identifies this transaction permanently."
        ),
        "default_title": "Acknowledgement of receipt",
    },
}


def receipt_html(receipt: Receipt, *, language: str = "fr", offline_note: str | None = None) -> str:
    """The receipt as one self-contained HTML page (the QR code is a data: URI).

    `language` is "fr" or "en" (anything starting with "en" is English, the rest French).
    `offline_note`, when given, is shown in a highlighted box under the header — for example
    to say the receipt is a copy read from the offline cache. Every value is HTML-escaped:
    names, descriptions and remarks come from users.
    """
    english = is_english(language)
    lang = "en" if english else "fr"
    labels = _LABELS[lang]
    page, fragments = _template()
    recap = receipt.recap if isinstance(receipt.recap, Mapping) else {}
    title = _pick(recap, "title", english) or labels["default_title"]
    sentence = transmission_sentence(
        receipt.reference, receipt.transmitted_at, receipt.transmitted_by, lang
    )
    note = ""
    if offline_note:
        note = fragments["offline_note"].substitute(text=_escape(offline_note))
    values = {key: _escape(text) for key, text in labels.items() if key != "default_title"}
    values.update(
        lang=lang,
        page_title=_escape(f"{labels['brand']} {receipt.reference}"),
        title=_escape(title),
        reference=_escape(receipt.reference),
        qr_src=_qr_data_uri(receipt.reference),
        offline_note=note,
        sentence=_escape(sentence),
        enterprise_name=_escape(receipt.enterprise_name),
        enterprise_id=_escape(receipt.enterprise_id),
        sections="".join(
            _section_html(section, english, fragments)
            for section in _as_list(recap.get("sections"))
            if isinstance(section, Mapping)
        ),
    )
    return page.substitute(values)


def a4_page_layout() -> QPageLayout:
    """A4 portrait with the receipts' margins; what PDFs and the print preview start from."""
    margins = QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def receipt_document(
    receipt: Receipt,
    language: str = "fr",
    *,
    offline_note: str | None = None,
    device: QPagedPaintDevice | None = None,
    reserved_bottom: float = 0.0,
) -> QTextDocument:
    """The receipt as a QTextDocument paginated for a printed page.

    Without `device`, pages are A4 less 18 mm margins, in the screen's pixels (what
    QTextDocument uses when it has no device). With `device` (a QPdfWriter or a QPrinter),
    the layout uses that device's resolution and printable area, so it can be drawn on it
    directly; `reserved_bottom` (device pixels) is kept free at the foot of each page for
    a running footer. Needs a QGuiApplication.
    """
    document = QTextDocument()
    document.setDocumentMargin(0)
    # Without ligatures, the text copied or extracted from the PDF reads «identification»,
    # not «identiﬁcation» with U+FB01, so searching a saved receipt finds what it should.
    font = document.defaultFont()
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    document.setDefaultFont(font)
    # A long unbroken value (an address, a remark) wraps instead of running off the page.
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, receipt.reference)
    if device is not None:
        # Lay out with the device's metrics: fonts in points and images keep their size.
        document.documentLayout().setPaintDevice(device)
        rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
        size = QSizeF(rect.width(), rect.height() - reserved_bottom)
    else:
        dpi = _screen_dpi()
        rect_pt = a4_page_layout().paintRect(QPageLayout.Unit.Point)
        size = QSizeF(rect_pt.width() * dpi / 72.0, rect_pt.height() * dpi / 72.0)
    document.setPageSize(size)
    document.setHtml(receipt_html(receipt, language=language, offline_note=offline_note))
    return document


# ---- helpers ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _template() -> tuple[Template, dict[str, Template]]:
    text = TEMPLATE_PATH.read_text(encoding="utf-8")
    fragments = {name: Template(body) for name, body in _FRAGMENT.findall(text)}
    page = _FRAGMENT.sub("", text).rstrip() + "\n"
    return Template(page), fragments


def _section_html(section: Mapping[str, Any], english: bool, fragments: dict[str, Template]) -> str:
    parts: list[str] = []
    title = _pick(section, "title", english)
    if title:
        parts.append(fragments["section_title"].substitute(title=_escape(title)))
    text = _pick(section, "text", english)
    if text:
        parts.append(fragments["section_text"].substitute(text=_escape(text)))
    rows = [row for row in _as_list(section.get("rows")) if isinstance(row, Mapping)]
    if rows:
        body = "".join(
            fragments["row"].substitute(
                label=_escape(_pick(row, "label", english)), value=_escape(row.get("value"))
            )
            for row in rows
        )
        parts.append(fragments["rows"].substitute(rows=body))
    columns = [_text(c) for c in _as_list(_pick_raw(section, "columns", english))]
    lines = [_as_list(line) for line in _as_list(section.get("table"))]
    if columns or lines:
        width = max([len(columns), *(len(line) for line in lines)])
        columns += [""] * (width - len(columns))
        head = "".join(fragments["grid_head_cell"].substitute(text=_escape(c)) for c in columns)
        body = "".join(
            fragments["grid_row"].substitute(
                cells="".join(
                    fragments["grid_cell"].substitute(text=_escape(cell))
                    for cell in [*line, *[""] * (width - len(line))]
                )
            )
            for line in lines
        )
        parts.append(fragments["grid"].substitute(head=head, body=body))
    return "".join(parts)


def _pick_raw(mapping: Mapping[str, Any], key: str, english: bool) -> Any:
    """`key_en` in English when present, else `key_fr`: French is the source of every text."""
    if english and mapping.get(f"{key}_en"):
        return mapping[f"{key}_en"]
    return mapping.get(f"{key}_fr")


def _pick(mapping: Mapping[str, Any], key: str, english: bool) -> str:
    return _text(_pick_raw(mapping, key, english))


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, list | tuple):
        return list(value)
    return []


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _escape(value: Any) -> str:
    """HTML-escaped text; a line break in a value stays a line break."""
    return html.escape(_text(value), quote=True).replace("\r\n", "\n").replace("\n", "<br>")


@lru_cache(maxsize=256)
def _qr_data_uri(reference: str) -> str:
    # Large modules so the picture stays sharp when the PDF is printed or zoomed.
    buffer = io.BytesIO()
    segno.make(reference, error="m", micro=False).save(buffer, kind="png", scale=10, border=2)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _screen_dpi() -> float:
    screen = QGuiApplication.primaryScreen() if QGuiApplication.instance() else None
    return screen.logicalDotsPerInchY() if screen is not None else 96.0
