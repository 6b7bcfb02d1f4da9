"""The procedure's own example, sections 3 and 4, from the list of procurations to the receipt.

The RSE of Les Champions inc. creates the internal procuration «Gestion des halocarbures» with
restricted rights on the environment ministry (Transmettre la déclaration annuelle de gestion
des halocarbures), assigns it to a user who holds no procuration, and keeps the accusé de
réception as a PDF, read back with pdftotext.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain import rules
from app.domain.common import Access, ProcurationState, ProcurationType
from tests.ui.support_procurations import (
    Transactions,
    click,
    new_user,
    receipt_of,
    transmit,
    unique,
)
from ui.context import AppContext
from ui.views.procurations import ProcurationsView
from ui.widgets.rights_editor import RightsDialog
from ui.widgets.wizard import StepKind, WizardButton
from ui.wizards.assign_procuration import AssignmentVerification, AssignProcurationWizard
from ui.wizards.create_procuration import CreateProcurationWizard, today

RunAsync = Callable[..., Any]


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return " ".join(out.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is absent")
def test_gestion_des_halocarbures_created_assigned_and_its_receipt_saved(
    qtbot: QtBot, signed_in: Callable[..., AppContext], run_async: RunAsync, tmp_path: Path
) -> None:
    ctx = signed_in("RSE — Les Champions")
    assignee = new_user(ctx, run_async, last_name=unique("Turcotte"))  # holds no procuration
    view = ProcurationsView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    run_async(view.refresh())
    before = view.model.total_count()
    host = Transactions(qtbot, ctx)

    # ---- 3 a. Procuration interne ----------------------------------------------------------
    qtbot.mouseClick(view.buttons["add"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(host.opened), timeout=8000)
    create = host.last
    assert isinstance(create, CreateProcurationWizard)
    page = create.page
    qtbot.mouseClick(page.type.button(ProcurationType.INTERNE), Qt.MouseButton.LeftButton)
    latest = rules.latest_end_date(today())
    assert page.end_date.latest_label.text() == f"Au plus tard le {latest.isoformat()}"
    qtbot.keyClicks(page.description, "Gestion des halocarbures")
    editor = page.rights
    editor.select("MELCC")
    qtbot.mouseClick(editor.modify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.dialog is not None and editor.dialog.isVisible())
    dialog = editor.dialog
    assert isinstance(dialog, RightsDialog)
    qtbot.mouseClick(dialog.access.button(Access.RESTRICTED), Qt.MouseButton.LeftButton)
    dialog.item("HALO-DECL").setCheckState(0, Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.dialog is None)
    assert editor.summary("MELCC").startswith("Avec restriction")
    click(qtbot, create, WizardButton.NEXT)
    assert create.current_kind() is StepKind.VERIFICATION
    transmit(qtbot, create)
    made = create.result.procuration
    click(qtbot, create, WizardButton.FINISH)
    assert create in host.closed
    # «La nouvelle procuration s'ajoute à la liste.»
    qtbot.waitUntil(lambda: view.model.total_count() == before + 1, timeout=8000)
    row = view.model.find(lambda p: p.id == made.id)
    assert [view.model.index(row, c).data() for c in (1, 3, 4, 5, 6)] == [
        "Gestion des halocarbures",
        "IN",
        "AC",
        "Non",
        latest.isoformat(),
    ]

    # ---- 4. Assignation d'une procuration interne ------------------------------------------
    view.table.selectRow(row)
    qtbot.mouseClick(view.buttons["assign"], Qt.MouseButton.LeftButton)
    assign = host.last
    assert isinstance(assign, AssignProcurationWizard)
    qtbot.waitUntil(lambda: assign.users_page.loaded, timeout=8000)
    assert assign.procuration_page.recap_widget.value("state") == "Actif"
    click(qtbot, assign, WizardButton.NEXT)
    users = assign.users_page
    assert "EXG97HL" not in {u.user_code for u in users.model.rows()}  # she holds one already
    users.check(assignee.user_code)
    click(qtbot, assign, WizardButton.NEXT)
    shown = assign.verification_widget()
    assert isinstance(shown, AssignmentVerification)
    start, end = users.period()
    assert [shown.table.cell_text(0, c) for c in range(4)] == [
        f"{assignee.last_name}, {assignee.first_name}",
        assignee.user_code,
        start.isoformat(),
        end.isoformat(),
    ]
    transmit(qtbot, assign)
    receipt = receipt_of(assign)
    reference = assign.result.receipt.reference
    saved = receipt.save_pdf(tmp_path / "accuse-assignation.pdf")
    assert saved is not None

    text = pdf_text(saved)
    assert "Vos données ont été transmises avec succès" in text
    assert f"Votre numéro de référence est : {reference}" in text
    assert "Gestion des halocarbures" in text
    assert "Avec restriction" in text
    assert "Transmettre la déclaration annuelle de gestion des halocarbures" in text
    assert "Informations sur l'assignation" in text
    assert f"{assignee.last_name}, {assignee.first_name}" in text
    assert assignee.user_code in text

    click(qtbot, assign, WizardButton.FINISH)
    qtbot.waitUntil(
        lambda: view.model.row_at(view.model.find(lambda p: p.id == made.id)).assigned,
        timeout=8000,
    )
    row = view.model.find(lambda p: p.id == made.id)
    assert view.model.index(row, 5).data() == "Oui"
    assert view.model.row_at(row).state is ProcurationState.AC
