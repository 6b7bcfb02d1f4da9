"""Modifier (end date, stale edits), Révoquer and Renouveler, from the list, against the service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.api.client import new_idempotency_key
from app.api.errors import ValidationFailed
from app.domain import rules
from app.domain.common import Access, ProcurationState, ProcurationType
from app.domain.models import Procuration
from tests.ui.support_procurations import (
    Transactions,
    click,
    ending_in,
    new_procuration,
    new_user,
    receipt_text,
    transmit,
)
from ui.context import AppContext
from ui.views.procurations import ProcurationsView
from ui.widgets.procuration_recap import ProcurationRecap
from ui.widgets.wizard import StepKind, WizardButton
from ui.wizards.create_procuration import CreateProcurationWizard, RenewalComparison, today
from ui.wizards.modify_procuration import ModifyProcurationWizard
from ui.wizards.revoke_procuration import RevokeProcurationWizard

RunAsync = Callable[..., Any]


@pytest.fixture
def champions(signed_in: Callable[..., AppContext]) -> AppContext:
    return signed_in("RSE — Les Champions")


@pytest.fixture
def view(qtbot: QtBot, champions: AppContext, run_async: RunAsync) -> ProcurationsView:
    widget = ProcurationsView(champions)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    run_async(widget.refresh())
    return widget


def select(view: ProcurationsView, predicate: Callable[[Procuration], bool]) -> Procuration:
    row = view.model.find(predicate)
    assert row >= 0, "no such procuration in the list"
    view.table.selectRow(row)
    chosen = view.selected()
    assert chosen is not None
    return chosen


def listed(view: ProcurationsView, procuration_id: str) -> Procuration:
    row = view.model.find(lambda p: p.id == procuration_id)
    assert row >= 0
    return view.model.row_at(row)


def press(qtbot: QtBot, view: ProcurationsView, action: str) -> None:
    button = view.buttons[action]
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# ---- Modifier --------------------------------------------------------------------------------


def test_modifier_moves_the_end_date_within_the_limit(
    qtbot: QtBot, view: ProcurationsView, champions: AppContext, run_async: RunAsync
) -> None:
    mine = new_procuration(champions, run_async, end=ending_in(100))
    run_async(view.refresh())
    host = Transactions(qtbot, champions)
    select(view, lambda p: p.id == mine.id)
    press(qtbot, view, "modify")
    qtbot.waitUntil(lambda: bool(host.opened), timeout=8000)
    wizard = host.last
    assert isinstance(wizard, ModifyProcurationWizard)
    page = wizard.page
    latest = rules.latest_end_date(mine.start_date)
    assert page.current_end_label.text() == ending_in(100).isoformat()
    assert page.end_date.latest_label.text() == f"Au plus tard le {latest.isoformat()}"

    page.end_date.set_day(latest + timedelta(days=1))
    assert page.form.errors()["end_date"] == [
        "Une procuration est valide au plus trois ans moins un jour : la date de fin ne peut "
        f"dépasser le {latest.isoformat()}."
    ]
    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.current_kind() is StepKind.ENTRY
    qtbot.mouseClick(page.end_date.max_button, Qt.MouseButton.LeftButton)
    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.current_kind() is StepKind.VERIFICATION
    recap = wizard.verification_widget()
    assert isinstance(recap, ProcurationRecap)
    assert recap.value("end_date").endswith(str(latest.year))

    transmit(qtbot, wizard)
    assert "Modification d'une procuration" in receipt_text(wizard)
    qtbot.waitUntil(lambda: listed(view, mine.id).end_date == latest, timeout=8000)
    assert view.selected() is not None and view.selected().id == mine.id  # type: ignore[union-attr]


def test_an_expired_procuration_cannot_be_modified_and_the_service_refuses_if_forced(
    qtbot: QtBot, view: ProcurationsView, champions: AppContext, run_async: RunAsync
) -> None:
    expired = select(
        view, lambda p: p.description == "GES et GPE" and p.state is ProcurationState.EC
    )
    assert not view.buttons["modify"].isEnabled()
    assert view.buttons["modify"].toolTip() == (
        "Une procuration échue ne peut plus être modifiée : créez-en une nouvelle (Renouveler)."
    )
    current, etag = run_async(champions.api.procuration(expired.id))
    with pytest.raises(ValidationFailed) as refused:
        run_async(
            champions.api.patch_procuration(
                expired.id, ending_in(30), etag, idempotency_key=new_idempotency_key()
            )
        )
    assert refused.value.codes == ["procuration_not_active"]

    # Forced through the wizard, the service's answer lands at «État de la procuration».
    wizard = ModifyProcurationWizard(champions, current, etag)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.page.end_date.set_day(ending_in(30))
    click(qtbot, wizard, WizardButton.NEXT)
    transmit(qtbot, wizard)
    assert wizard.current_kind() is StepKind.ENTRY
    assert wizard.page.form.errors()["state"] == [
        "Cette procuration n'est plus active (échue, révoquée ou refusée) : créez-en une nouvelle."
    ]
    assert wizard.page.end_date.day() == ending_in(30)  # what was typed is kept


def test_a_stale_edit_shows_theirs_against_yours_and_reapplies_yours(
    qtbot: QtBot, champions: AppContext, run_async: RunAsync
) -> None:
    mine = new_procuration(champions, run_async, end=ending_in(100))
    opened, etag = run_async(champions.api.procuration(mine.id))
    wizard = ModifyProcurationWizard(champions, opened, etag)
    qtbot.addWidget(wizard)
    wizard.resize(900, 700)
    wizard.show()
    # Another RSE moves the end date first.
    run_async(
        champions.api.patch_procuration(
            mine.id, ending_in(50), etag, idempotency_key=new_idempotency_key()
        )
    )
    wizard.page.end_date.set_day(ending_in(80))
    click(qtbot, wizard, WizardButton.NEXT)
    click(qtbot, wizard, WizardButton.SUBMIT)
    qtbot.waitUntil(lambda: wizard.stale_dialog is not None, timeout=8000)
    dialog = wizard.stale_dialog
    assert dialog is not None
    yours, theirs, result = dialog.cells["end_date"]
    assert (yours.text(), theirs.text(), result.text()) == (
        ending_in(80).isoformat(),
        ending_in(50).isoformat(),
        ending_in(80).isoformat(),
    )
    qtbot.mouseClick(dialog.reapply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.current_kind() is StepKind.RECEIPT, timeout=8000)
    now, _etag = run_async(champions.api.procuration(mine.id))
    assert now.end_date == ending_in(80)


# ---- Révoquer --------------------------------------------------------------------------------


def test_revoquer_asks_for_confirmation_ends_the_assignments_and_gives_a_receipt(
    qtbot: QtBot, view: ProcurationsView, champions: AppContext, run_async: RunAsync
) -> None:
    user = new_user(champions, run_async)
    mine = new_procuration(champions, run_async)
    run_async(
        champions.api.assign(mine.id, [user.user_code], idempotency_key=new_idempotency_key())
    )
    run_async(view.refresh())
    host = Transactions(qtbot, champions)
    select(view, lambda p: p.id == mine.id)
    press(qtbot, view, "revoke")
    wizard = host.last
    assert isinstance(wizard, RevokeProcurationWizard)
    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.current_kind() is StepKind.ENTRY
    assert wizard.page.form.errors()["confirm"] == [
        "Cochez cette case pour confirmer la révocation."
    ]
    qtbot.mouseClick(wizard.page.confirm, Qt.MouseButton.LeftButton)
    click(qtbot, wizard, WizardButton.NEXT)
    transmit(qtbot, wizard)
    text = receipt_text(wizard)
    assert "Révocation d'une procuration" in text and "Révoquée" in text
    qtbot.waitUntil(lambda: listed(view, mine.id).state is ProcurationState.RV, timeout=8000)
    assert not listed(view, mine.id).assigned
    assert not view.buttons["revoke"].isEnabled()
    holds = run_async(champions.api.user_assignments(user.user_code))
    assert [a.active for a in holds] == [False]


# ---- Renouveler ------------------------------------------------------------------------------


def test_renouveler_an_echue_one_prefills_it_and_compares_old_and_new(
    qtbot: QtBot, view: ProcurationsView, champions: AppContext, run_async: RunAsync
) -> None:
    old = select(view, lambda p: p.description == "GES et GPE" and p.state is ProcurationState.EC)
    host = Transactions(qtbot, champions)
    press(qtbot, view, "renew")
    qtbot.waitUntil(lambda: bool(host.opened), timeout=8000)
    wizard = host.last
    assert isinstance(wizard, CreateProcurationWizard)
    assert wizard.windowTitle() == "Renouvellement d'une procuration"
    page = wizard.page
    assert page.kind() is ProcurationType.INTERNE
    assert page.description.text() == "GES et GPE"
    assert page.payload().start_date == today()
    assert page.end_date.day() == rules.latest_end_date(today())
    assert [(r.ministry, r.access, r.services) for r in page.rights.rights()] == [
        ("MELCC", Access.RESTRICTED.value, ["GES-DECL", "GPE-DECL"])
    ]

    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.current_kind() is StepKind.VERIFICATION
    comparison = wizard.verification_widget()
    assert isinstance(comparison, RenewalComparison)
    assert f"échue le {old.end_date.isoformat()}" in comparison.old.text()
    assert comparison.old.value("state") == "Échue"
    assert "Nouvelle procuration" in comparison.new.text()
    assert "Déclarer les prélèvements d'eau" in comparison.new.text()

    transmit(qtbot, wizard)
    made = wizard.result.procuration
    assert "Ajout d'une procuration" in receipt_text(wizard)
    assert made.state is ProcurationState.AC and made.end_date == rules.latest_end_date(today())
    qtbot.waitUntil(lambda: view.model.find(lambda p: p.id == made.id) >= 0, timeout=8000)
    assert listed(view, old.id).state is ProcurationState.EC  # the old one stays as it was


def test_renewing_an_external_one_keeps_its_mandataire(
    qtbot: QtBot, champions: AppContext, run_async: RunAsync
) -> None:
    given = run_async(champions.api.all_procurations(type=ProcurationType.EXTERNE))
    external = next(p for p in given if p.state is ProcurationState.AC)
    registrations = run_async(champions.api.registrations())
    wizard = CreateProcurationWizard(champions, registrations, renew_from=external)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.page
    assert page.kind() is ProcurationType.EXTERNE
    assert page.mandataire_id.text() == "1164829357"
    qtbot.waitUntil(lambda: "Gagnon Comptables CPA inc." in page.mandataire_name.text())
    assert page.rights.summary("MELCC") == "Avec restriction (1 service)"
