"""«Ajout d'une procuration» against the real service: the procedure's fields, rules and rights."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.api.client import new_idempotency_key
from app.domain import rules
from app.domain.common import Access, ProcurationType
from tests.support.enterprises import onboard, open_context
from tests.ui.support_procurations import click, receipt_text, transmit, unique
from ui.context import AppContext
from ui.widgets.rights_editor import RightsDialog, RightsEditor
from ui.widgets.wizard import StepKind, WizardButton
from ui.wizards.create_procuration import CreateProcurationWizard, to_qdate, today

RunAsync = Callable[..., Any]


@pytest.fixture
def champions(signed_in: Callable[..., AppContext]) -> AppContext:
    return signed_in("RSE — Les Champions")


def open_wizard(qtbot: QtBot, ctx: AppContext, run_async: RunAsync) -> CreateProcurationWizard:
    registrations = run_async(ctx.api.registrations())
    wizard = CreateProcurationWizard(ctx, registrations)
    qtbot.addWidget(wizard)
    wizard.resize(960, 820)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def edit_rights(
    qtbot: QtBot,
    editor: RightsEditor,
    ministry: str,
    access: Access,
    services: tuple[str, ...] = (),
) -> None:
    """Select the ministry's line, «Modifier», choose, tick, «Modifier»."""
    editor.select(ministry)
    qtbot.mouseClick(editor.modify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.dialog is not None and editor.dialog.isVisible())
    dialog = editor.dialog
    assert isinstance(dialog, RightsDialog)
    qtbot.mouseClick(dialog.access.button(access), Qt.MouseButton.LeftButton)
    for code in services:
        dialog.item(code).setCheckState(0, Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.dialog is None)


def test_only_ministries_whose_registration_is_active_are_offered(
    qtbot: QtBot, champions: AppContext, run_async: RunAsync
) -> None:
    wizard = open_wizard(qtbot, champions, run_async)
    editor = wizard.page.rights
    # Les Champions: MELCC, SAAQ, MAMH Actif; Zone entreprise Désactivé; CNESST En traitement.
    assert [line.ministry for line in editor.lines()] == ["MELCC", "SAAQ", "MAMH"]
    assert [editor.summary(code) for code in ("MELCC", "SAAQ", "MAMH")] == ["Aucun accès"] * 3
    assert editor.table.item(0, 0).text() == "Développement durable, Environnement"


def test_the_procedures_internal_procuration_with_restricted_rights_is_transmitted(
    qtbot: QtBot, champions: AppContext, run_async: RunAsync
) -> None:
    wizard = open_wizard(qtbot, champions, run_async)
    page = wizard.page
    assert not page.mandataire_id.isVisible()  # no type chosen yet
    qtbot.mouseClick(page.type.button(ProcurationType.INTERNE), Qt.MouseButton.LeftButton)
    assert not page.mandataire_id.isVisible()
    description = unique("Gestion des halocarbures")
    qtbot.keyClicks(page.description, description)
    edit_rights(qtbot, page.rights, "MELCC", Access.RESTRICTED, ("HALO-DECL",))
    assert page.rights.summary("MELCC") == "Avec restriction (1 service)"
    assert page.rights.summary("SAAQ") == "Aucun accès"

    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.current_kind() is StepKind.VERIFICATION
    recap = wizard.verification_widget()
    assert recap is not None
    shown = recap.text()  # type: ignore[attr-defined]
    assert "Interne" in shown and description in shown
    assert "Avec restriction" in shown
    assert "Gestion des halocarbures\nTransmettre la déclaration annuelle de gestion des" in shown
    assert rules.latest_end_date(today()).year == int(recap.value("end_date").split()[-1])  # type: ignore[attr-defined]

    transmit(qtbot, wizard)
    text = receipt_text(wizard)
    assert "Vos données ont été transmises avec succès" in text
    assert description in text and "Avec restriction" in text
    made = wizard.result.procuration
    assert made.type is ProcurationType.INTERNE and made.end_date == rules.latest_end_date(today())
    assert [(r.ministry, r.access, r.services) for r in made.rights] == [
        ("MELCC", Access.RESTRICTED, ["HALO-DECL"])
    ]


def test_a_nine_digit_mandataire_number_is_refused_at_its_field(
    qtbot: QtBot, champions: AppContext, run_async: RunAsync
) -> None:
    wizard = open_wizard(qtbot, champions, run_async)
    page = wizard.page
    qtbot.mouseClick(page.type.button(ProcurationType.EXTERNE), Qt.MouseButton.LeftButton)
    assert page.mandataire_id.isVisible()
    page.mandataire_id.setFocus()
    qtbot.keyClicks(page.mandataire_id, "123456789")  # the procedure's own example: 9 digits
    qtbot.keyClick(page.mandataire_id, Qt.Key.Key_Tab)  # leaving the field checks it
    qtbot.waitUntil(lambda: bool(page.errors_at("mandataire_id")))
    assert page.errors_at("mandataire_id") == [
        "Le numéro d'identification doit contenir exactement 10 chiffres."
    ]
    assert page.mandataire_name.text() == ""  # nothing is looked up
    edit_rights(qtbot, page.rights, "SAAQ", Access.UNRESTRICTED)
    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.current_kind() is StepKind.ENTRY
    assert page.errors_at("mandataire_id")
    # Typing the tenth digit clears the error and looks the firm up.
    qtbot.keyClicks(page.mandataire_id, "0")
    assert page.errors_at("mandataire_id") == []


def test_the_mandataires_name_is_looked_up_or_said_unknown(
    qtbot: QtBot, champions: AppContext, run_async: RunAsync
) -> None:
    wizard = open_wizard(qtbot, champions, run_async)
    page = wizard.page
    qtbot.mouseClick(page.type.button(ProcurationType.EXTERNE), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.mandataire_id, "1164829357")
    qtbot.waitUntil(lambda: "Gagnon Comptables CPA inc." in page.mandataire_name.text())

    page.mandataire_id.clear()
    qtbot.keyClicks(page.mandataire_id, "9999999990")
    qtbot.waitUntil(lambda: "Aucune entreprise ne porte ce numéro" in page.mandataire_name.text())
    edit_rights(qtbot, page.rights, "SAAQ", Access.UNRESTRICTED)
    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.current_kind() is StepKind.ENTRY
    assert page.errors_at("mandataire_id") == [
        "Aucune entreprise ne porte ce numéro d'identification."
    ]


def test_an_end_date_one_day_past_the_limit_is_refused_at_its_field(
    qtbot: QtBot, champions: AppContext, run_async: RunAsync
) -> None:
    wizard = open_wizard(qtbot, champions, run_async)
    page = wizard.page
    # The procedure's example: start 2019-11-29 → at the latest 2022-11-28.
    page.start_date.setDate(to_qdate(date(2019, 11, 29)))
    assert page.end_date.latest_label.text() == "Au plus tard le 2022-11-28"
    assert page.end_date.day() == date(2022, 11, 28)  # left at the maximum, it followed

    start = today()
    page.start_date.setDate(to_qdate(start))
    latest = rules.latest_end_date(start)
    assert page.end_date.day() == latest
    page.end_date.set_day(latest + timedelta(days=1))
    assert page.errors_at("end_date") == [
        "Une procuration est valide au plus trois ans moins un jour : la date de fin ne peut "
        f"dépasser le {latest.isoformat()}."
    ]
    qtbot.mouseClick(page.type.button(ProcurationType.INTERNE), Qt.MouseButton.LeftButton)
    edit_rights(qtbot, page.rights, "SAAQ", Access.UNRESTRICTED)
    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.current_kind() is StepKind.ENTRY
    assert page.errors_at("end_date")

    qtbot.mouseClick(page.end_date.max_button, Qt.MouseButton.LeftButton)  # «Date maximale»
    assert page.end_date.day() == latest
    assert page.errors_at("end_date") == []
    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.current_kind() is StepKind.VERIFICATION


def test_restricted_rights_need_a_service_ticked(
    qtbot: QtBot, champions: AppContext, run_async: RunAsync
) -> None:
    wizard = open_wizard(qtbot, champions, run_async)
    editor = wizard.page.rights
    editor.select("MELCC")
    qtbot.keyClick(editor.table, Qt.Key.Key_Return)  # Enter opens the line, as «Modifier»
    qtbot.waitUntil(lambda: editor.dialog is not None and editor.dialog.isVisible())
    dialog = editor.dialog
    assert isinstance(dialog, RightsDialog)
    assert not dialog.tree.isEnabled()  # «Aucun accès»: nothing to tick
    qtbot.mouseClick(dialog.access.button(Access.RESTRICTED), Qt.MouseButton.LeftButton)
    assert dialog.tree.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Avec restriction, cochez au moins un service."
    # Ticking a service ticks its blocks: «Gestion des halocarbures» brings its declaration.
    dialog.item("HALO").setCheckState(0, Qt.CheckState.Checked)
    assert dialog.checked_codes() == ["HALO-DECL"]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.dialog is None)
    assert [(r.ministry, r.access, r.services) for r in editor.rights()] == [
        ("MELCC", "restricted", ["HALO-DECL"])
    ]


def test_no_right_at_all_is_refused(
    qtbot: QtBot, champions: AppContext, run_async: RunAsync
) -> None:
    wizard = open_wizard(qtbot, champions, run_async)
    page = wizard.page
    qtbot.mouseClick(page.type.button(ProcurationType.INTERNE), Qt.MouseButton.LeftButton)
    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.current_kind() is StepKind.ENTRY
    assert page.errors_at("rights") == [
        "Accordez au moins un droit d'accès à un ministère ou organisme."
    ]


def test_rights_on_a_ministry_no_longer_active_are_refused_by_the_service_at_its_line(
    qtbot: QtBot, live_service: Any, run_async: RunAsync
) -> None:
    """Its own enterprise: the registration is withdrawn between the entry and Transmettre."""
    fresh = run_async(onboard(live_service.database_url, unique("Garage Essai inc.")))
    ctx: AppContext = run_async(
        open_context(live_service.base_url, fresh.user_code, fresh.password)
    )
    try:
        run_async(ctx.api.register("ZE", {}, idempotency_key=new_idempotency_key()))
        run_async(
            ctx.api.register("RQ", {"deja_client": "oui"}, idempotency_key=new_idempotency_key())
        )
        wizard = open_wizard(qtbot, ctx, run_async)
        page = wizard.page
        assert [line.ministry for line in page.rights.lines()] == ["ZE", "RQ"]
        qtbot.mouseClick(page.type.button(ProcurationType.INTERNE), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.description, "Dossier d'entreprise")
        edit_rights(qtbot, page.rights, "RQ", Access.UNRESTRICTED)
        edit_rights(qtbot, page.rights, "ZE", Access.RESTRICTED, ("ZE-DOSS",))
        click(qtbot, wizard, WizardButton.NEXT)
        assert wizard.current_kind() is StepKind.VERIFICATION

        run_async(ctx.api.unregister("ZE", idempotency_key=new_idempotency_key()))
        click(qtbot, wizard, WizardButton.SUBMIT)
        qtbot.waitUntil(lambda: wizard.current_kind() is StepKind.ENTRY, timeout=8000)
        # The service's refusal lands on the line of Zone entreprise; nothing typed is lost.
        assert page.rights.row_errors("ZE") == [
            "L'inscription de l'entreprise à ce ministère ou organisme n'est pas active."
        ]
        assert page.rights.row_errors("RQ") == []
        assert page.errors_at("rights") == [
            "Zone entreprise : L'inscription de l'entreprise à ce ministère ou organisme n'est "
            "pas active."
        ]
        assert page.description.text() == "Dossier d'entreprise"
        assert page.rights.summary("RQ") == "Sans restriction"
        assert wizard.result is None
    finally:
        run_async(ctx.api.aclose())
