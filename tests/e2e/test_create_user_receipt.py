"""End to end: an RSE creates a user with the screens, saves the receipt as a PDF, finds it again.

The procedure's example (seed 003, section 2): Sharron McReady, 514 522-6699 poste 1234,
Utilisateur. The PDF is read back with `pdftotext`: the sentence of the original, the reference,
the recap values; then the receipts screen finds it by its reference and reprints the same text.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.support_users import Host, click
from ui.context import AppContext
from ui.views.receipts import ReceiptsView
from ui.views.users import UsersView
from ui.widgets import StepKind, WizardButton
from ui.wizards.create_user import CreateUserWizard

MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
SENTENCE = re.compile(
    rf"Vos données ont été transmises avec succès le (?:1er|\d{{1,2}}) (?:{MONTHS}) \d{{4}} "
    r"à \d{1,2} h \d{1,2} min \d{1,2} s, par François Grégoire\. "
    r"Votre numéro de référence est : (\d{9})\."
)


def pdf_words(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler) is not installed")
    done = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    # pdftotext breaks lines where the page does: compare with single spaces.
    return " ".join(done.stdout.decode("utf-8").split())


def save_through_the_dialog(qtbot: QtBot, receipt_view: Any, target: Path) -> Path:
    """«Enregistrer en PDF», the file chosen in the save dialog as a person would."""
    click(qtbot, receipt_view.save_button)
    qtbot.waitUntil(lambda: receipt_view.file_dialog is not None, timeout=5000)
    dialog = receipt_view.file_dialog
    with qtbot.waitSignal(receipt_view.pdf_saved, timeout=10000) as saved:
        dialog.selectFile(str(target))
        dialog.accept()
    written = saved.args[0]
    assert isinstance(written, Path)
    return written


def test_create_a_user_save_the_receipt_as_pdf_and_find_it_again(
    qtbot: QtBot,
    signed_in: Callable[..., AppContext],
    run_async: Callable[..., Any],
    tmp_path: Path,
) -> None:
    ctx = signed_in("RSE — Les Champions")
    users = UsersView(ctx)
    qtbot.addWidget(users)
    users.resize(1100, 620)
    users.show()
    run_async(users.refresh())
    host = Host(qtbot, ctx, users)

    # 1 Inscription des données
    click(qtbot, users.buttons["create"])
    wizard = host.current
    assert isinstance(wizard, CreateUserWizard)
    qtbot.waitExposed(wizard)
    page = wizard.page
    qtbot.keyClicks(page.last_name, "McReady")
    qtbot.keyClicks(page.first_name, "Sharron")
    qtbot.keyClicks(page.email, "sharron.mcready@leschampions.com")
    qtbot.keyClicks(page.email_confirmation, "sharron.mcready@leschampions.com")
    qtbot.keyClicks(page.phone, "514 522-6699")
    qtbot.keyClicks(page.phone_extension, "1234")
    qtbot.mouseClick(page.role.button("utilisateur"), Qt.MouseButton.LeftButton)
    click(qtbot, wizard.button(WizardButton.NEXT))
    # 2 Vérification des données
    assert wizard.current_kind() is StepKind.VERIFICATION
    click(qtbot, wizard.button(WizardButton.SUBMIT))
    # 3 Accusé de réception
    qtbot.waitUntil(lambda: wizard.receipt_view is not None, timeout=10000)
    receipt_view = wizard.receipt_view
    pdf = save_through_the_dialog(qtbot, receipt_view, tmp_path / "accuse-creation.pdf")
    text = pdf_words(pdf)
    match = SENTENCE.search(text)
    assert match is not None, text
    reference = match.group(1)
    assert reference == wizard.result.receipt.reference
    assert "Création du dossier d'un utilisateur" in text
    for value in (
        "McReady",
        "Sharron",
        "sharron.mcready@leschampions.com",
        "514 522-6699 poste 1234",
        "Utilisateur",
        wizard.result.user_code,
        "Les Champions inc.",
    ):
        assert value in text, value
    assert wizard.result.temporary_password not in text  # never on the receipt
    # 4 the code and the temporary password, then «Terminer»
    click(qtbot, wizard.button(WizardButton.NEXT))
    qtbot.waitUntil(lambda: wizard.credentials_page is not None)
    click(qtbot, wizard.button(WizardButton.FINISH))
    assert not host.is_open(wizard)

    # Later: «Accusés de réception», found by its reference, reprinted the same.
    receipts = ReceiptsView(ctx)
    qtbot.addWidget(receipts)
    receipts.resize(1200, 700)
    receipts.show()
    run_async(receipts.refresh(), timeout=15000)
    qtbot.keyClicks(receipts.reference, reference)
    qtbot.waitUntil(lambda: receipts.receipt_view.receipt() is not None, timeout=10000)
    assert receipts.selected_receipt().reference == reference  # type: ignore[union-attr]
    again = save_through_the_dialog(qtbot, receipts.receipt_view, tmp_path / "reimpression.pdf")
    assert pdf_words(again) == text
