"""«Procurations reçues», used as the accounting firm's RSE would, against the real service."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.common import ProcurationState
from app.domain.models import Procuration
from server.demo import BAKERY, BAKERY_ID, FIRM, FIRM_ID
from tests.support.enterprises import give_external_procuration, onboard, open_context
from tests.support.frames import Frames
from ui.context import AppContext
from ui.views.received import ReceivedProcurationDetails, ReceivedProcurationsView, today
from ui.widgets import StepKind, WizardButton
from ui.wizards.refuse_procuration import RefuseProcurationWizard

FIRM_RSE = "RSE — Gagnon Comptables"


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot: QtBot, view: ReceivedProcurationsView, procuration_id: str) -> None:
    row = view.model.find(lambda p: p.id == procuration_id)
    assert row >= 0, "not shown"
    index = view.model.index(row, 0)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = view.selected()
    assert chosen is not None and chosen.id == procuration_id


def cell(view: ReceivedProcurationsView, procuration_id: str, header: str) -> str:
    row = view.model.find(lambda p: p.id == procuration_id)
    columns = [" ".join(c.header.split()) for c in view.model.columns()]
    return str(view.model.index(row, columns.index(header)).data())


@pytest.fixture
def firm_view(
    qtbot: QtBot, signed_in: Callable[..., AppContext], run_async: Callable[..., Any]
) -> ReceivedProcurationsView:
    view = ReceivedProcurationsView(signed_in(FIRM_RSE))
    qtbot.addWidget(view)
    view.resize(1180, 720)
    view.show()
    qtbot.waitExposed(view)
    run_async(view.refresh(), timeout=15000)
    return view


@pytest.fixture
def client(
    live_service: Any, run_async: Callable[..., Any]
) -> Iterator[Callable[[str], AppContext]]:
    """`client(name)` → the signed-in RSE of a new client enterprise of the firm."""
    contexts: list[AppContext] = []

    def make(name: str) -> AppContext:
        made = run_async(onboard(live_service.database_url, name))
        ctx: AppContext = run_async(
            open_context(live_service.base_url, made.user_code, made.password)
        )
        contexts.append(ctx)
        return ctx

    yield make
    for ctx in contexts:
        run_async(ctx.api.aclose())


def received_from(
    run_async: Callable[..., Any], client_ctx: AppContext, description: str
) -> Procuration:
    procuration: Procuration = run_async(
        give_external_procuration(client_ctx.api, FIRM_ID, description), timeout=10000
    )
    return procuration


# ---- the list --------------------------------------------------------------------------------


def test_the_firm_sees_each_client_enterprise_with_its_number_and_rights(
    firm_view: ReceivedProcurationsView, qtmodeltester: Any
) -> None:
    view = firm_view
    total = view.model.total_count()
    assert total >= 300  # the demo's 300 clients, plus Les Champions and the bakery
    assert view.count_label.text() == f"Nombre de procurations : {total}"
    headers = [" ".join(c.header.split()) for c in view.model.columns()]
    assert headers[:3] == ["Entreprise mandante", "Numéro d'identification", "Nom ou description"]
    bakery = next(
        p
        for p in view.procurations()
        if p.mandant.id == BAKERY_ID and p.description == ("Taxes et paiements")
    )
    assert cell(view, bakery.id, "Entreprise mandante") == BAKERY
    assert cell(view, bakery.id, "Numéro d'identification") == BAKERY_ID
    assert cell(view, bakery.id, "Droits d'accès") == "RQ, CNESST"
    assert cell(view, bakery.id, "État") == "AC"
    assert cell(view, bakery.id, "Proc. assignée") == "Oui"
    tooltip = view.model.rights_detail(bakery) or ""
    assert "Revenu Québec : Avec restriction" in tooltip
    # Sorted by client name at first, as a firm looks for a client.
    assert view.model.sort_column() == 0
    qtmodeltester.check(view.model)


def test_search_filters_and_sort_work_over_the_loaded_rows(
    qtbot: QtBot, firm_view: ReceivedProcurationsView
) -> None:
    view = firm_view
    total = view.model.total_count()

    qtbot.keyClicks(view.search, "boulangerie vieux-port")
    shown = view.model.visible_rows()
    assert shown and all(p.mandant.id == BAKERY_ID for p in shown)
    assert view.count_label.text() == f"Nombre de procurations : {len(shown)} sur {total}"
    view.search.clear()

    view.state_filter.setCurrentIndex(view.state_filter.findData(ProcurationState.RF))
    refused = view.model.visible_rows()
    assert refused and all(p.state is ProcurationState.RF for p in refused)

    view.state_filter.setCurrentIndex(0)
    click(qtbot, view.ending_filter)
    assert view.ending_within() == 30
    ending = view.model.visible_rows()
    horizon = today() + timedelta(days=30)
    assert ending
    assert all(p.state is ProcurationState.AC and p.end_date <= horizon for p in ending)
    view.ending_days.setCurrentIndex(view.ending_days.findData(365))
    assert view.ending_within() == 365
    assert view.model.visible_count() > len(ending)

    view.assigned_filter.setCurrentIndex(view.assigned_filter.findData(False))
    assert all(not p.assigned for p in view.model.visible_rows())

    click(qtbot, view.clear_filters_button)
    assert view.model.visible_count() == total

    # A click on «Date de fin» sorts by end date; a second one reverses it.
    header = view.table.horizontalHeader()
    column = 6
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    ends = [p.end_date for p in view.model.visible_rows()]
    assert view.model.sort_column() == column
    assert ends == sorted(ends, reverse=view.model.sort_order() == Qt.SortOrder.DescendingOrder)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    again = [p.end_date for p in view.model.visible_rows()]
    assert again == ends[::-1] or again == sorted(ends, reverse=True)


def test_actions_follow_the_state_and_say_why_not(
    qtbot: QtBot, firm_view: ReceivedProcurationsView
) -> None:
    view = firm_view
    assert not view.assign_button.isEnabled()
    assert "Sélectionnez" in view.assign_button.toolTip()
    refused = next(p for p in view.procurations() if p.state is ProcurationState.RF)
    click_row(qtbot, view, refused.id)
    assert view.consult_button.isEnabled()
    assert not view.assign_button.isEnabled() and not view.refuse_button.isEnabled()
    assert "Refusée" in view.refuse_button.toolTip()
    active = next(p for p in view.procurations() if p.state is ProcurationState.AC)
    click_row(qtbot, view, active.id)
    assert view.assign_button.isEnabled() and view.refuse_button.isEnabled()
    view.set_online(False)
    assert not view.assign_button.isEnabled() and not view.refuse_button.isEnabled()
    assert "injoignable" in view.assign_button.toolTip()
    assert view.consult_button.isEnabled()  # the row is loaded: reading needs no service
    view.set_online(True)
    assert view.assign_button.isEnabled()


def test_consult_shows_the_recap_with_its_rights_and_who_holds_it(
    qtbot: QtBot, firm_view: ReceivedProcurationsView
) -> None:
    view = firm_view
    frames = Frames(qtbot, view.ctx)
    bakery = next(
        p
        for p in view.procurations()
        if p.mandant.id == BAKERY_ID and p.description == "Taxes et paiements"
    )
    click_row(qtbot, view, bakery.id)
    click(qtbot, view.consult_button)
    details = frames.current_of(ReceivedProcurationDetails)
    assert isinstance(details, ReceivedProcurationDetails)
    assert details.recap.value("mandant") == f"{BAKERY} ({BAKERY_ID})"
    text = details.recap.text()
    assert "Revenu Québec" in text and "Produire les déclarations" in text
    qtbot.waitUntil(lambda: details.assignments_table.rowCount() > 0, timeout=5000)
    assert details.assignments_table.cell_text(0, 0) == "Leblanc, Catherine"
    click(qtbot, details.back_button)
    assert frames.closed == [details]


# ---- transactions ----------------------------------------------------------------------------


def test_refuse_requires_a_reason_and_the_client_sees_it(
    qtbot: QtBot,
    firm_view: ReceivedProcurationsView,
    client: Callable[[str], AppContext],
    run_async: Callable[..., Any],
) -> None:
    mandant = client("Toitures Essai-Refus inc.")
    given = received_from(run_async, mandant, "Déclarations TPS/TVQ — essai de refus")
    view = firm_view
    frames = Frames(qtbot, view.ctx)
    run_async(view.refresh(), timeout=15000)
    click_row(qtbot, view, given.id)
    assert cell(view, given.id, "Entreprise mandante") == "Toitures Essai-Refus inc."
    click(qtbot, view.refuse_button)
    wizard = frames.current_of(RefuseProcurationWizard)
    assert isinstance(wizard, RefuseProcurationWizard)

    click(qtbot, wizard.button(WizardButton.NEXT))  # no reason: refused at the field
    assert wizard.current_kind() is StepKind.ENTRY
    assert wizard.page.form.error_label("reason").text() == "Indiquez la raison du refus."

    reason = "Ce mandat ne figure pas dans notre lettre de mission (voir notre courriel)."
    qtbot.keyClicks(wizard.page.reason, reason)
    click(qtbot, wizard.button(WizardButton.NEXT))
    assert wizard.current_kind() is StepKind.VERIFICATION
    assert wizard.verification_page.rows()["Raison du refus"] == reason
    with qtbot.waitSignal(view.ctx.events.data_changed, timeout=5000):
        click(qtbot, wizard.button(WizardButton.SUBMIT))
    qtbot.waitUntil(lambda: wizard.current_kind() is StepKind.RECEIPT, timeout=5000)
    assert re.fullmatch(r"\d{9}", wizard.result.receipt.reference)
    qtbot.waitUntil(lambda: cell(view, given.id, "État") == "RF", timeout=5000)
    assert cell(view, given.id, "Proc. assignée") == "Non"
    assert not view.refuse_button.isEnabled()
    click(qtbot, wizard.button(WizardButton.FINISH))

    # The client enterprise sees state RF, the reason, and a message.
    seen, _etag = run_async(mandant.api.procuration(given.id))
    assert seen.state is ProcurationState.RF
    assert seen.refusal_reason == reason
    messages = run_async(mandant.api.messages())
    assert any(m.subject == f"Procuration refusée par {FIRM}" for m in messages.items)


def test_the_services_reason_required_lands_on_the_field(
    qtbot: QtBot,
    firm_view: ReceivedProcurationsView,
    client: Callable[[str], AppContext],
    run_async: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mandant = client("Excavation Essai-Raison ltée")
    given = received_from(run_async, mandant, "Retenues — raison vide")
    view = firm_view
    frames = Frames(qtbot, view.ctx)
    run_async(view.refresh(), timeout=15000)
    click_row(qtbot, view, given.id)
    click(qtbot, view.refuse_button)
    wizard = frames.current_of(RefuseProcurationWizard)
    assert isinstance(wizard, RefuseProcurationWizard)
    # Spaces only, let through by the client, so that the service is the one to refuse them.
    monkeypatch.setattr(wizard.page, "validate", list)
    qtbot.keyClicks(wizard.page.reason, "   ")
    click(qtbot, wizard.button(WizardButton.NEXT))
    click(qtbot, wizard.button(WizardButton.SUBMIT))
    error = wizard.page.form.error_label("reason")
    qtbot.waitUntil(error.isVisible, timeout=5000)
    assert error.text() == "Indiquez la raison du refus."
    assert wizard.current_kind() is StepKind.ENTRY
    seen, _etag = run_async(mandant.api.procuration(given.id))
    assert seen.state is ProcurationState.AC


def test_assign_to_a_staff_member_who_holds_other_clients_procurations(
    qtbot: QtBot,
    firm_view: ReceivedProcurationsView,
    client: Callable[[str], AppContext],
    run_async: Callable[..., Any],
) -> None:
    from ui.wizards.assign_procuration import AssignProcurationWizard

    mandant = client("Imprimerie Essai-Assignation inc.")
    given = received_from(run_async, mandant, "Taxes — essai d'assignation")
    view = firm_view
    frames = Frames(qtbot, view.ctx)
    run_async(view.refresh(), timeout=15000)
    assert cell(view, given.id, "Proc. assignée") == "Non"
    click_row(qtbot, view, given.id)
    click(qtbot, view.assign_button)
    wizard = frames.current_of(AssignProcurationWizard)
    assert isinstance(wizard, AssignProcurationWizard)
    qtbot.waitUntil(lambda: wizard.users_page.loaded, timeout=10000)
    click(qtbot, wizard.button(WizardButton.NEXT))  # the procuration shown → the users
    offered = {u.user_code for u in wizard.users_page.model.rows()}
    # Alexandre Bergeron already holds procurations of other clients: he is offered.
    assert "ABE63RG" in offered
    wizard.users_page.check("ABE63RG")
    click(qtbot, wizard.button(WizardButton.NEXT))
    assert wizard.current_kind() is StepKind.VERIFICATION
    click(qtbot, wizard.button(WizardButton.SUBMIT))
    qtbot.waitUntil(lambda: wizard.current_kind() is StepKind.RECEIPT, timeout=5000)
    qtbot.waitUntil(lambda: cell(view, given.id, "Proc. assignée") == "Oui", timeout=5000)
    click(qtbot, wizard.button(WizardButton.FINISH))
    assert frames.closed[-1] is wizard


def test_the_firm_revokes_an_assignment_from_the_list_and_from_the_consultation(
    qtbot: QtBot,
    firm_view: ReceivedProcurationsView,
    client: Callable[[str], AppContext],
    run_async: Callable[..., Any],
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.api.client import new_idempotency_key
    from ui.dialogs.assignments import AssignmentsDialog

    mandant = client("Menuiserie Essai-Révocation inc.")
    given = received_from(run_async, mandant, "Retenues — essai de révocation")
    view = firm_view
    run_async(
        view.ctx.api.assign(given.id, ["ABE63RG", "CLB47TN"], idempotency_key=new_idempotency_key())
    )
    run_async(view.refresh(), timeout=15000)

    def revoke(dialog: AssignmentsDialog, user_code: str) -> None:
        qtbot.waitUntil(lambda: dialog.model.total_count() == 2, timeout=8000)
        dialog.select_user(user_code)
        assert dialog.revoke_button.isEnabled(), dialog.revoke_button.toolTip()
        click(qtbot, dialog.revoke_button)
        box = dialog.question
        assert isinstance(box, QMessageBox) and user_code in box.text()
        with qtbot.waitSignal(dialog.revoked, timeout=8000):
            click(qtbot, next(b for b in box.buttons() if "Révoquer" in b.text()))
        assert dialog.stack.currentWidget() is dialog.receipt_page
        assert dialog.receipt_view is not None
        assert "Révocation d'une assignation" in dialog.receipt_view.browser.toPlainText()

    # From the list: «Assignations» on the selected procuration.
    click_row(qtbot, view, given.id)
    assert view.assignments_button.isEnabled()
    click(qtbot, view.assignments_button)
    dialog = view.dialog
    assert isinstance(dialog, AssignmentsDialog)
    revoke(dialog, "ABE63RG")
    dialog.close()
    held = run_async(view.ctx.api.assignments(given.id))
    assert {a.user_code for a in held if a.active} == {"CLB47TN"}

    # From «Consulter»: the same dialog; the holders shown again once it is revoked.
    frames = Frames(qtbot, view.ctx)
    click_row(qtbot, view, given.id)
    click(qtbot, view.consult_button)
    details = frames.current_of(ReceivedProcurationDetails)
    assert isinstance(details, ReceivedProcurationDetails)
    qtbot.waitUntil(lambda: details.assignments_table.rowCount() == 1, timeout=5000)
    assert details.assignments_button.isEnabled()
    click(qtbot, details.assignments_button)
    assert isinstance(details.dialog, AssignmentsDialog)
    revoke(details.dialog, "CLB47TN")
    qtbot.waitUntil(
        lambda: (
            details.assignments_note.text()
            == "Aucun de vos utilisateurs ne détient cette procuration."
        ),
        timeout=5000,
    )
    details.dialog.close()
    qtbot.waitUntil(lambda: cell(view, given.id, "Proc. assignée") == "Non", timeout=5000)
    click(qtbot, details.back_button)


def test_assignations_is_offered_for_an_active_procuration_with_the_service_reachable(
    qtbot: QtBot, firm_view: ReceivedProcurationsView
) -> None:
    view = firm_view
    assert not view.assignments_button.isEnabled()
    assert "Sélectionnez" in view.assignments_button.toolTip()
    refused = next(p for p in view.procurations() if p.state is ProcurationState.RF)
    click_row(qtbot, view, refused.id)
    assert not view.assignments_button.isEnabled()
    assert view.assignments_button.toolTip() == (
        "Cette procuration est « Refusée » : ses assignations ont pris fin avec elle "
        "(Consulter montre la procuration)."
    )
    active = next(p for p in view.procurations() if p.state is ProcurationState.AC)
    click_row(qtbot, view, active.id)
    assert view.assignments_button.isEnabled()
    view.set_online(False)
    assert not view.assignments_button.isEnabled()
    assert "injoignable" in view.assignments_button.toolTip()
    view.set_online(True)
    assert view.assignments_button.isEnabled()


def test_a_procuration_is_focused_on_request(
    qtbot: QtBot, firm_view: ReceivedProcurationsView
) -> None:
    view = firm_view
    target = next(p for p in view.procurations() if p.state is ProcurationState.RV)
    view.state_filter.setCurrentIndex(view.state_filter.findData(ProcurationState.AC))
    view.focus_procuration(target.id)  # hidden by the filter: the filters are cleared
    chosen = view.selected()
    assert chosen is not None and chosen.id == target.id
    assert view.state_filter.currentIndex() == 0
