"""The receipt screen: shows the receipt, saves it as a PDF, opens the print preview."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from app.domain.models import Receipt
from ui.receipt_view import ReceiptView

# The offscreen platform warns when a shown top-level window's size constraints change;
# that is the platform plugin talking, not the program.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SENTENCE = (
    "Vos données ont été transmises avec succès le 9 juin 2017 à 16 h 0 min 22 s, "
    "par François Grégoire. Votre numéro de référence est : 002909985."
)


def make_receipt(reference: str = "002909985") -> Receipt:
    return Receipt(
        reference=reference,
        transmitted_at=datetime(2017, 6, 9, 20, 0, 22, tzinfo=UTC),
        transmitted_by="François Grégoire",
        kind="user.create",
        enterprise_id="1006237700",
        enterprise_name="Les Champions inc.",
        recap={
            "title_fr": "Création du dossier d'un utilisateur",
            "title_en": "Creation of a user record",
            "sections": [
                {
                    "title_fr": "Renseignements sur l'utilisateur",
                    "rows": [{"label_fr": "Nom de famille", "value": "McReady"}],
                }
            ],
        },
    )


@pytest.fixture
def view(qtbot: QtBot) -> ReceiptView:
    widget = ReceiptView(make_receipt())
    qtbot.addWidget(widget)
    widget.resize(760, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def plain(view: ReceiptView) -> str:
    return " ".join(view.browser.toPlainText().split())


def test_the_view_shows_the_sentence_and_the_reference(view: ReceiptView) -> None:
    text = plain(view)
    assert SENTENCE in text
    assert "Création du dossier d'un utilisateur" in text
    assert "Nom de famille McReady" in text
    assert view.browser.isReadOnly()
    assert view.print_button.text() == "Imprimer"
    assert view.save_button.text() == "Enregistrer en PDF"
    assert view.print_button.accessibleName()
    assert view.save_button.accessibleName()


def test_without_a_receipt_nothing_can_be_printed_or_saved(qtbot: QtBot) -> None:
    empty = ReceiptView()
    qtbot.addWidget(empty)
    assert not empty.print_button.isEnabled()
    assert not empty.save_button.isEnabled()
    empty.set_receipt(make_receipt("000000001"))
    assert empty.save_button.isEnabled()
    assert "000000001" in plain(empty)


def test_the_receipt_can_be_shown_in_english(view: ReceiptView) -> None:
    view.set_language("en")
    assert "Your reference number is: 002909985." in plain(view)
    assert "Creation of a user record" in plain(view)


def test_saving_as_pdf_writes_the_file_the_person_chose(
    qtbot: QtBot, view: ReceiptView, tmp_path: Path
) -> None:
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.file_dialog is not None and view.file_dialog.isVisible())
    dialog = view.file_dialog
    assert dialog is not None
    assert dialog.selectedFiles()[0].endswith("accuse-002909985.pdf")
    # The person types a name in our folder and confirms; ".pdf" is added for them.
    dialog.selectFile(str(tmp_path / "mon-accuse"))
    with qtbot.waitSignal(view.pdf_saved, timeout=5000) as saved:
        dialog.accept()
    written = saved.args[0]
    assert written == tmp_path / "mon-accuse.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert view.error_box is None


def test_a_failed_save_says_why(qtbot: QtBot, view: ReceiptView, tmp_path: Path) -> None:
    target = tmp_path / "absent" / "accuse.pdf"
    with qtbot.waitSignal(view.pdf_failed) as failed:
        assert view.save_pdf(target) is None
    assert str(target) in failed.args[0]
    assert view.error_box is not None
    qtbot.waitUntil(view.error_box.isVisible)
    assert not target.exists()
    view.error_box.close()


def test_print_opens_the_preview_with_the_receipt_on_one_page(
    qtbot: QtBot, view: ReceiptView
) -> None:
    with qtbot.waitSignal(view.preview_opened):
        qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    dialog = view.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() == 1)
    dialog.close()
    qtbot.waitUntil(lambda: view.preview_dialog is None)
