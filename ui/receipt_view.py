"""Shows an accusé de réception, and prints it or saves it as a PDF."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Receipt
from app.receipts.pdf import paint_receipts, write_pdf
from app.receipts.render import a4_page_layout, receipt_html
from ui.errors import show_error
from ui.i18n import current_language, pick

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PdfSaveError:
    """Why a receipt could not be saved, in both languages, as `show_error` reads errors."""

    message_fr: str
    message_en: str

    @classmethod
    def about(cls, target: Path, error: OSError) -> PdfSaveError:
        reason = error.strerror or str(error)
        return cls(
            message_fr=(
                f"L'accusé de réception n'a pas pu être enregistré dans {target} ({reason}). "
                "Choisissez un autre dossier, puis enregistrez de nouveau."
            ),
            message_en=(
                f"The acknowledgement of receipt could not be saved in {target} ({reason}). "
                "Choose another folder, then save again."
            ),
        )


class ReceiptView(QWidget):
    """The third screen of every transaction: the receipt, with «Imprimer» and «Enregistrer en PDF».

    The receipt is rendered from the same HTML as the PDF (app.receipts.render). Dialogs are
    opened with `open()`, never `exec()`, so the view is safe to drive from a coroutine.
    """

    pdf_saved = Signal(Path)  # the file written
    pdf_failed = Signal(str)  # what went wrong, in the person's words
    preview_opened = Signal()  # the print preview is on screen

    def __init__(
        self,
        receipt: Receipt | None = None,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._receipt: Receipt | None = None
        self._offline_note: str | None = None
        # The receipt's own text follows the interface unless told otherwise.
        self._language = language or current_language()
        self._printer: QPrinter | None = None
        self.file_dialog: QFileDialog | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.error_box: QMessageBox | None = None

        self.browser = QTextBrowser(self)
        self.browser.setReadOnly(True)
        self.browser.setOpenLinks(False)
        # A long address or description breaks anywhere rather than hiding behind a scroll bar.
        self.browser.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.print_button.clicked.connect(self.open_print_preview)
        self.save_button.clicked.connect(self.ask_pdf_path)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)

        self._retranslate()
        self.set_receipt(receipt)

    # ---- public API --------------------------------------------------------------------------

    def receipt(self) -> Receipt | None:
        return self._receipt

    def set_receipt(self, receipt: Receipt | None, *, offline_note: str | None = None) -> None:
        """Show `receipt` (None clears the view). `offline_note` is shown in a box on it."""
        self._receipt = receipt
        self._offline_note = offline_note
        if receipt is None:
            self.browser.clear()
        else:
            html = receipt_html(receipt, language=self._language, offline_note=offline_note)
            self.browser.setHtml(html)
        self.print_button.setEnabled(receipt is not None)
        self.save_button.setEnabled(receipt is not None)

    def set_language(self, language: str) -> None:
        """Render the receipt's own text in `language` ("fr" or "en")."""
        self._language = language
        self.set_receipt(self._receipt, offline_note=self._offline_note)

    def save_pdf(self, path: str | Path) -> Path | None:
        """Write the receipt as an A4 PDF at `path` (what the save dialog calls).

        Emits `pdf_saved` with the file, or `pdf_failed` and shows the reason.
        """
        if self._receipt is None:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            written = write_pdf(self._receipt, target, language=self._language)
        except OSError as error:
            log.warning("Receipt %s not saved as PDF: %s", self._receipt.reference, error)
            self._show_error(PdfSaveError.about(target, error))
            return None
        log.info("Receipt %s saved as PDF", self._receipt.reference)
        self.pdf_saved.emit(written)
        return written

    def default_pdf_name(self) -> str:
        return f"accuse-{self._receipt.reference}.pdf" if self._receipt else "accuse.pdf"

    # ---- buttons -----------------------------------------------------------------------------

    def ask_pdf_path(self) -> None:
        """«Enregistrer en PDF»: ask where, then `save_pdf`."""
        if self._receipt is None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        dialog = QFileDialog(
            self,
            self.tr("Enregistrer l'accusé de réception"),
            str(Path(folder) / self.default_pdf_name()),
            self.tr("Documents PDF (*.pdf)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save_pdf)
        dialog.destroyed.connect(self._forget_file_dialog)
        self.file_dialog = dialog
        dialog.open()

    def open_print_preview(self) -> None:
        """«Imprimer»: the print preview, whose print button leads to the system's dialog."""
        receipt = self._receipt
        if receipt is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_page_layout())
        printer.setDocName(f"accuse-{receipt.reference}")
        # The dialog does not own its printer: keep it alive as long as the dialog is.
        self._printer = printer
        # Paper is the same as the PDF: the offline note is for the screen only.
        language = self._language
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Aperçu de l'accusé de réception"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paintRequested.connect(
            lambda device: paint_receipts(receipt, device, language=language)
        )
        dialog.destroyed.connect(self._forget_preview)
        self.preview_dialog = dialog
        dialog.open()
        self.preview_opened.emit()

    # ---- internals ---------------------------------------------------------------------------

    def _show_error(self, error: PdfSaveError) -> None:
        self.pdf_failed.emit(pick(error.message_fr, error.message_en))
        box = show_error(self, error)
        box.destroyed.connect(self._forget_error_box)
        self.error_box = box

    def _forget_file_dialog(self) -> None:
        self.file_dialog = None

    def _forget_preview(self) -> None:
        self.preview_dialog = None
        self._printer = None

    def _forget_error_box(self) -> None:
        self.error_box = None

    def _retranslate(self) -> None:
        self.print_button.setText(self.tr("Imprimer"))
        self.print_button.setAccessibleName(self.tr("Imprimer l'accusé de réception"))
        self.save_button.setText(self.tr("Enregistrer en PDF"))
        self.save_button.setAccessibleName(self.tr("Enregistrer l'accusé de réception en PDF"))
        self.browser.setAccessibleName(self.tr("Accusé de réception"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
