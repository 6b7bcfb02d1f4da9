"""«Assignation d'une procuration» and «Consultation ou révocation d'une assignation», for real."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.api.client import new_idempotency_key
from app.domain.common import ProcurationState
from app.domain.models import Procuration
from tests.ui.support_procurations import (
    click,
    close_error_box,
    new_procuration,
    new_user,
    receipt_text,
    transmit,
)
from ui.context import AppContext
from ui.dialogs.assignments import AssignmentsDialog, open_user_assignments
from ui.widgets.wizard import StepKind, WizardButton
from ui.wizards.assign_procuration import AssignmentVerification, AssignProcurationWizard

RunAsync = Callable[..., Any]


@pytest.fixture
def champions(signed_in: Callable[..., AppContext]) -> AppContext:
    return signed_in("RSE — Les Champions")


def open_wizard(qtbot: QtBot, ctx: AppContext, procuration: Procuration) -> AssignProcurationWizard:
    wizard = AssignProcurationWizard(ctx, procuration)
    qtbot.addWidget(wizard)
    wizard.resize(960, 820)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(lambda: wizard.users_page.loaded, timeout=8000)
    return wizard


def offered(wizard: AssignProcurationWizard) -> set[str]:
    return {u.user_code for u in wizard.users_page.model.rows()}


def to_users_page(qtbot: QtBot, wizard: AssignProcurationWizard) -> None:
    assert wizard.current_page() is wizard.procuration_page
    assert "Transmettre la déclaration annuelle" in wizard.procuration_page.recap_widget.text()
    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.current_page() is wizard.users_page


def test_only_users_holding_no_procuration_of_the_enterprise_are_offered(
    qtbot: QtBot, champions: AppContext, run_async: RunAsync
) -> None:
    fresh = new_user(champions, run_async)
    procuration = new_procuration(champions, run_async)
    wizard = open_wizard(qtbot, champions, procuration)
    codes = offered(wizard)
    assert fresh.user_code in codes
    # Vanessa Turcotte holds «Gestion des halocarbures»; suspended and revoked users are out.
    assert "EXG97HL" not in codes
    assert "CMR26SU" not in codes and "LGA58RV" not in codes
    assert wizard.users_page.count_label.text().startswith(f"{len(codes)} utilisateur(s)")


def test_two_users_at_once_with_the_assignment_table_and_receipt(
    qtbot: QtBot, champions: AppContext, run_async: RunAsync
) -> None:
    first = new_user(champions, run_async)
    second = new_user(champions, run_async)
    procuration = new_procuration(champions, run_async)
    wizard = open_wizard(qtbot, champions, procuration)
    to_users_page(qtbot, wizard)
    page = wizard.users_page
    click(qtbot, wizard, WizardButton.NEXT)  # nobody ticked
    assert wizard.current_page() is page
    assert page.form.errors()["user_codes"] == ["Sélectionnez au moins un utilisateur."]

    qtbot.keyClicks(page.search, first.last_name)  # the search narrows the list
    assert [u.user_code for u in page.model.visible_rows()] == [first.user_code]
    page.search.clear()
    for user in (first, second):
        row = page.model.find(lambda u, code=user.user_code: u.user_code == code)
        page.model.setData(
            page.model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
    start, end = page.period()
    assert (start, end) == (max(procuration.start_date, start), procuration.end_date)
    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.current_kind() is StepKind.VERIFICATION
    shown = wizard.verification_widget()
    assert isinstance(shown, AssignmentVerification)
    rows = {
        tuple(shown.table.cell_text(r, c) for c in range(4)) for r in range(shown.table.rowCount())
    }
    assert rows == {
        (f"{u.last_name}, {u.first_name}", u.user_code, start.isoformat(), end.isoformat())
        for u in (first, second)
    }

    transmit(qtbot, wizard)
    text = receipt_text(wizard)
    assert "Informations sur l'assignation" in text
    assert first.user_code in text and second.user_code in text
    holds = run_async(champions.api.user_assignments(first.user_code))
    assert [(a.procuration_id, a.active) for a in holds] == [(procuration.id, True)]


def test_an_assignment_outside_the_procurations_period_is_refused_at_its_field(
    qtbot: QtBot, champions: AppContext, run_async: RunAsync
) -> None:
    new_user(champions, run_async)
    procuration = new_procuration(champions, run_async)
    wizard = open_wizard(qtbot, champions, procuration)
    to_users_page(qtbot, wizard)
    page = wizard.users_page
    page.check(page.model.row_at(0).user_code)
    page.set_period(page.period()[0], procuration.end_date + timedelta(days=1))
    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.current_page() is page
    assert page.form.errors()["end_date"] == [
        "L'assignation doit être comprise dans la période de la procuration."
    ]


def test_a_second_procuration_for_the_same_user_is_refused_by_the_service_and_shown(
    qtbot: QtBot, champions: AppContext, run_async: RunAsync
) -> None:
    user = new_user(champions, run_async)
    procuration = new_procuration(champions, run_async)
    other = new_procuration(champions, run_async)
    wizard = open_wizard(qtbot, champions, procuration)
    assert user.user_code in offered(wizard)
    # Meanwhile (another RSE, another window) the user receives another procuration of ours:
    # the service now refuses a second one, and once reloaded the user is no longer offered.
    run_async(
        champions.api.assign(other.id, [user.user_code], idempotency_key=new_idempotency_key())
    )

    to_users_page(qtbot, wizard)
    wizard.users_page.check(user.user_code)
    click(qtbot, wizard, WizardButton.NEXT)
    transmit(qtbot, wizard)
    assert wizard.current_page() is wizard.users_page  # back at the field, ticks kept
    assert wizard.users_page.form.errors()["user_codes"] == [
        f"{user.last_name}, {user.first_name} ({user.user_code}) : Cet utilisateur détient déjà "
        "une procuration de cette entreprise."
    ]
    assert [u.user_code for u in wizard.users_page.chosen()] == [user.user_code]
    assert wizard.result is None

    again = open_wizard(qtbot, champions, procuration)
    assert user.user_code not in offered(again)


def test_assigning_a_procuration_no_longer_active_shows_the_services_refusal(
    qtbot: QtBot, champions: AppContext, run_async: RunAsync
) -> None:
    new_user(champions, run_async)
    procuration = new_procuration(champions, run_async)
    wizard = open_wizard(qtbot, champions, procuration)
    to_users_page(qtbot, wizard)
    wizard.users_page.check(wizard.users_page.model.row_at(0).user_code)
    click(qtbot, wizard, WizardButton.NEXT)
    run_async(
        champions.api.procuration_action(
            procuration.id, "revoke", idempotency_key=new_idempotency_key()
        )
    )
    transmit(qtbot, wizard)
    assert wizard.current_kind() is StepKind.VERIFICATION
    assert "n'est plus active" in close_error_box(qtbot, wizard)


def test_a_mandataire_assigns_a_received_procuration_to_staff_without_one_of_that_client(
    qtbot: QtBot, signed_in: Callable[..., AppContext], run_async: RunAsync
) -> None:
    firm = signed_in("RSE — Gagnon Comptables")
    received = run_async(firm.api.all_procurations(received=True, search="1006237700"))
    champions_ext = next(p for p in received if p.state is ProcurationState.AC)
    wizard = open_wizard(qtbot, firm, champions_ext)
    codes = offered(wizard)
    # Alexandre Bergeron already holds Les Champions' procuration; Catherine Leblanc holds
    # the bakery's, which does not keep her from holding one of Les Champions.
    assert "ABE63RG" not in codes
    assert "CLB47TN" in codes
    recap = wizard.procuration_page.recap_widget
    assert recap.value("mandant") == "Les Champions inc. (1006237700)"


def test_an_assignment_is_consulted_and_revoked_from_the_procuration_and_the_user(
    qtbot: QtBot, champions: AppContext, run_async: RunAsync
) -> None:
    user = new_user(champions, run_async)
    procuration = new_procuration(champions, run_async)
    run_async(
        champions.api.assign(
            procuration.id, [user.user_code], idempotency_key=new_idempotency_key()
        )
    )

    from_user = open_user_assignments(champions, user.user_code, user_name="Rosalie")
    qtbot.waitUntil(lambda: from_user.model.total_count() == 1, timeout=8000)
    assert from_user.model.index(0, 0).data() == procuration.description
    assert from_user.model.index(0, 1).data() == "Les Champions inc."
    from_user.close()  # deletes itself on close

    dialog = AssignmentsDialog(champions, procuration)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.total_count() == 1, timeout=8000)
    assert dialog.model.index(0, 1).data() == user.user_code
    assert dialog.model.index(0, 4).data() == "En cours"
    assert dialog.revoke_button.isEnabled()
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    box = dialog.question
    assert isinstance(box, QMessageBox)
    assert user.user_code in box.text()
    with qtbot.waitSignal(dialog.revoked, timeout=8000):
        yes = next(b for b in box.buttons() if "Révoquer" in b.text())
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentWidget() is dialog.receipt_page
    assert dialog.receipt_view is not None
    assert "Révocation d'une assignation" in dialog.receipt_view.browser.toPlainText()
    qtbot.waitUntil(lambda: dialog.model.total_count() == 1 and not dialog.model.row_at(0).active)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert not dialog.revoke_button.isEnabled()
    assert dialog.revoke_button.toolTip() == "Cette assignation est déjà terminée."
    holds = run_async(champions.api.user_assignments(user.user_code))
    assert [a.active for a in holds] == [False]
