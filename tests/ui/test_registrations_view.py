"""«Inscription aux services électroniques», used as an RSE would, against the real service."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.domain.common import REGISTRATION_STATE_LABELS_FR, RegistrationState
from tests.support.enterprises import activate_registration, onboard, open_context
from tests.support.frames import Frames
from ui.context import AppContext
from ui.views.registrations import RegistrationDetails, RegistrationsView
from ui.widgets import StepKind, WizardButton
from ui.widgets.form import ChoiceGroup
from ui.wizards.register import RegisterWizard
from ui.wizards.unregister import UnregisterWizard


def click_row(qtbot: QtBot, view: RegistrationsView, code: str) -> None:
    row = view.model.find(lambda r: r.ministry == code)
    assert row >= 0, code
    index = view.model.index(row, 0)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected() is not None and view.selected().ministry == code  # type: ignore[union-attr]


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown_state(view: RegistrationsView, code: str) -> str:
    row = view.model.find(lambda r: r.ministry == code)
    return str(view.model.index(row, 2).data())


@pytest.fixture
def make_view(qtbot: QtBot, run_async: Callable[..., Any]) -> Callable[..., RegistrationsView]:
    def make(ctx: AppContext) -> RegistrationsView:
        view = RegistrationsView(ctx)
        qtbot.addWidget(view)
        view.resize(900, 620)
        view.show()
        qtbot.waitExposed(view)
        run_async(view.refresh())
        return view

    return make


@pytest.fixture
def fresh(live_service: Any, run_async: Callable[..., Any]) -> Iterator[Callable[..., AppContext]]:
    """`fresh(name)` → a signed-in context of a new enterprise with no registration."""
    contexts: list[AppContext] = []

    def make(name: str, service: Any = None) -> AppContext:
        target = service or live_service
        made = run_async(onboard(target.database_url, name))
        ctx: AppContext = run_async(open_context(target.base_url, made.user_code, made.password))
        contexts.append(ctx)
        return ctx

    yield make
    for ctx in contexts:
        run_async(ctx.api.aclose())


def wizard_of(frames: Frames, kind: type) -> Any:
    frame = frames.current
    assert isinstance(frame, kind), frame
    return frame


# ---- the table -------------------------------------------------------------------------------


def test_every_ministry_is_listed_with_its_request_state_and_dates(
    signed_in: Callable[..., AppContext], make_view: Callable[..., RegistrationsView]
) -> None:
    ctx = signed_in("RSE — Les Champions")
    view = make_view(ctx)

    assert view.model.rowCount() == len(ctx.ministries) == 13
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers[0] == "Ministères et organismes"
    assert "Date de la demande" in headers[1] and "(AAAA-MM-JJ)" in headers[1]
    assert headers[2] == "État"
    melcc = view.model.find(lambda r: r.ministry == "MELCC")
    cells = [view.model.index(melcc, c).data() for c in range(4)]
    assert cells == ["Développement durable, Environnement", "2011-06-15", "Actif", "2011-06-16"]
    assert shown_state(view, "ZE") == "Désactivé"
    assert shown_state(view, "CNESST") == "En traitement"
    assert shown_state(view, "MFA") == ""  # never asked: empty, as in the original


def test_state_labels_are_those_of_the_domain(
    signed_in: Callable[..., AppContext], make_view: Callable[..., RegistrationsView]
) -> None:
    view = make_view(signed_in("RSE — Les Champions"))
    for state in RegistrationState:
        assert view.model.state_label(state) == REGISTRATION_STATE_LABELS_FR[state]


def test_actions_follow_the_selected_state_and_say_why_not(
    qtbot: QtBot,
    signed_in: Callable[..., AppContext],
    make_view: Callable[..., RegistrationsView],
) -> None:
    view = make_view(signed_in("RSE — Les Champions"))
    assert not view.register_button.isEnabled()
    assert "Sélectionnez" in view.register_button.toolTip()

    click_row(qtbot, view, "MELCC")  # Actif
    assert not view.register_button.isEnabled()
    assert "déjà inscrite" in view.register_button.toolTip()
    assert view.consult_button.isEnabled() and view.unregister_button.isEnabled()

    click_row(qtbot, view, "CNESST")  # En traitement
    assert not view.register_button.isEnabled()
    assert "en traitement" in view.register_button.toolTip()
    assert view.unregister_button.isEnabled()
    assert view.pending_note.isVisible()
    assert view.is_polling()

    click_row(qtbot, view, "ZE")  # Désactivé: may register again
    assert view.register_button.isEnabled()
    assert not view.unregister_button.isEnabled()
    assert "pas inscrite" in view.unregister_button.toolTip()
    assert view.consult_button.isEnabled()

    click_row(qtbot, view, "MFA")  # never asked
    assert view.register_button.isEnabled()
    assert not view.consult_button.isEnabled()
    assert "rien à consulter" in view.consult_button.toolTip()
    assert not view.unregister_button.isEnabled()


def test_offline_disables_what_needs_the_service(
    qtbot: QtBot,
    signed_in: Callable[..., AppContext],
    make_view: Callable[..., RegistrationsView],
) -> None:
    view = make_view(signed_in("RSE — Les Champions"))
    click_row(qtbot, view, "MFA")
    view.set_online(False)
    assert not view.register_button.isEnabled()
    assert "injoignable" in view.register_button.toolTip()
    assert "injoignable" in view.action_hint.text()
    assert not view.is_polling()
    view.set_online(True)
    assert view.register_button.isEnabled()
    assert view.is_polling()  # Les Champions' CNESST request is still pending


def test_consult_shows_the_registration_read_only(
    qtbot: QtBot,
    signed_in: Callable[..., AppContext],
    make_view: Callable[..., RegistrationsView],
) -> None:
    ctx = signed_in("RSE — Les Champions")
    frames = Frames(qtbot, ctx)
    view = make_view(ctx)
    click_row(qtbot, view, "SAAQ")
    click(qtbot, view.consult_button)
    details = wizard_of(frames, RegistrationDetails)
    assert details.values["Date de la demande"] == "2011-09-14"
    assert details.values["État"] == "Actif"
    assert details.values["L'entreprise est-elle déjà cliente de la SAAQ?"] == "Oui"
    click(qtbot, details.back_button)
    assert frames.closed == [details]
    assert view.current_frame() is None


# ---- transactions ----------------------------------------------------------------------------


def test_register_through_the_wizard_answers_receipt_then_actif(
    qtbot: QtBot,
    fresh: Callable[..., AppContext],
    make_view: Callable[..., RegistrationsView],
) -> None:
    ctx = fresh("Érablière Essai-Inscription inc.")
    frames = Frames(qtbot, ctx)
    view = make_view(ctx)
    assert all(r.state is None for r in view.registrations())

    click_row(qtbot, view, "MELCC")
    click(qtbot, view.register_button)
    wizard = wizard_of(frames, RegisterWizard)
    page = wizard.page
    assert wizard.current_kind() is StepKind.ENTRY

    # Continuer with the yes/no question unanswered: refused at the field, before sending.
    click(qtbot, wizard.button(WizardButton.NEXT))
    assert wizard.current_kind() is StepKind.ENTRY
    error = page.form.error_label("answers.deja_client")
    assert error.isVisible()
    assert "Répondez à chacune des questions" in error.text()

    yes_no = page.answers["deja_client"]
    assert isinstance(yes_no, ChoiceGroup)
    click(qtbot, yes_no.button("oui"))
    number = page.answers["numero_client"]
    assert isinstance(number, QLineEdit)
    qtbot.keyClicks(number, "MC-40213")
    click(qtbot, wizard.button(WizardButton.NEXT))
    assert wizard.current_kind() is StepKind.VERIFICATION
    rows = wizard.verification_page.rows()
    assert rows["L'entreprise est-elle déjà cliente de ce ministère?"] == "Oui"
    assert rows["Numéro de client au Ministère (s'il y a lieu)"] == "MC-40213"

    with qtbot.waitSignal(ctx.events.data_changed, timeout=5000) as changed:
        click(qtbot, wizard.button(WizardButton.SUBMIT))
    assert changed.args == ["registrations"]
    qtbot.waitUntil(lambda: wizard.current_kind() is StepKind.RECEIPT, timeout=5000)
    assert re.fullmatch(r"\d{9}", wizard.result.receipt.reference)
    assert "active" in wizard.receipt_page.content.note.text()

    # The demo service activates at once: the table shows Actif, without a restart.
    qtbot.waitUntil(lambda: shown_state(view, "MELCC") == "Actif", timeout=5000)
    assert not view.register_button.isEnabled()
    click(qtbot, wizard.button(WizardButton.FINISH))
    assert frames.closed == [wizard]

    click(qtbot, view.consult_button)
    details = wizard_of(frames, RegistrationDetails)
    assert details.values["Numéro de client au Ministère (s'il y a lieu)"] == "MC-40213"


def test_the_services_refusal_lands_on_the_field(
    qtbot: QtBot,
    fresh: Callable[..., AppContext],
    make_view: Callable[..., RegistrationsView],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = fresh("Garage Essai-Refus ltée")
    frames = Frames(qtbot, ctx)
    view = make_view(ctx)
    click_row(qtbot, view, "SAAQ")
    click(qtbot, view.register_button)
    wizard = wizard_of(frames, RegisterWizard)
    # Let an unanswered question through the client, so the service is the one to refuse it.
    monkeypatch.setattr(wizard.page, "validate", list)
    click(qtbot, wizard.button(WizardButton.NEXT))
    click(qtbot, wizard.button(WizardButton.SUBMIT))
    error = wizard.page.form.error_label("answers.deja_client")
    qtbot.waitUntil(error.isVisible, timeout=5000)
    assert wizard.current_kind() is StepKind.ENTRY
    assert "Répondez à chacune des questions" in error.text()
    assert shown_state(view, "SAAQ") == ""


def test_unregister_asks_for_confirmation_gives_a_receipt_and_allows_a_new_request(
    qtbot: QtBot,
    fresh: Callable[..., AppContext],
    make_view: Callable[..., RegistrationsView],
    run_async: Callable[..., Any],
) -> None:
    ctx = fresh("Quincaillerie Essai-Désinscription inc.")
    run_async(ctx.api.register("OPC", {"titulaire_permis": "oui"}, idempotency_key="opc-1"))
    frames = Frames(qtbot, ctx)
    view = make_view(ctx)
    assert shown_state(view, "OPC") == "Actif"

    click_row(qtbot, view, "OPC")
    click(qtbot, view.unregister_button)
    wizard = wizard_of(frames, UnregisterWizard)
    click(qtbot, wizard.button(WizardButton.NEXT))
    assert wizard.current_kind() is StepKind.ENTRY
    assert "Cochez la case" in wizard.page.form.error_label("confirm").text()
    click(qtbot, wizard.page.confirm)
    click(qtbot, wizard.button(WizardButton.NEXT))
    assert wizard.verification_page.rows()["État"] == "Actif"
    click(qtbot, wizard.button(WizardButton.SUBMIT))
    qtbot.waitUntil(lambda: wizard.current_kind() is StepKind.RECEIPT, timeout=5000)
    assert re.fullmatch(r"\d{9}", wizard.result.receipt.reference)
    qtbot.waitUntil(lambda: shown_state(view, "OPC") == "Désactivé", timeout=5000)
    click(qtbot, wizard.button(WizardButton.FINISH))

    # Désactivé: Inscrire is offered again, with the earlier answers filled in.
    assert view.register_button.isEnabled()
    assert not view.unregister_button.isEnabled()
    click(qtbot, view.register_button)
    again = wizard_of(frames, RegisterWizard)
    assert again.page.answer_values() == {"titulaire_permis": "oui"}


@pytest.fixture(scope="module")
def manual_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A service that leaves requests «En traitement» until the operator activates them.
    (Module-scoped: it starts before the test's qasync loop runs, as `asyncio.run` needs.)"""
    from tests.support.live_service import start_live_service

    service = start_live_service(
        tmp_path_factory.mktemp("manual-activation"),
        seed=False,
        registration_auto_activate_seconds=None,
    )
    try:
        yield service
    finally:
        service.stop()


def test_a_pending_request_turns_actif_without_a_restart(
    qtbot: QtBot,
    manual_service: Any,
    fresh: Callable[..., AppContext],
    make_view: Callable[..., RegistrationsView],
    run_async: Callable[..., Any],
) -> None:
    ctx = fresh("Ferme Essai-Activation s.e.n.c.", manual_service)
    frames = Frames(qtbot, ctx)
    view = make_view(ctx)
    view.poll_interval_ms = 100
    click_row(qtbot, view, "RQ")
    click(qtbot, view.register_button)
    wizard = wizard_of(frames, RegisterWizard)
    click(qtbot, wizard.page.answers["deja_client"].button("oui"))
    click(qtbot, wizard.button(WizardButton.NEXT))
    click(qtbot, wizard.button(WizardButton.SUBMIT))
    qtbot.waitUntil(lambda: wizard.current_kind() is StepKind.RECEIPT, timeout=5000)
    assert "en traitement" in wizard.receipt_page.content.note.text()
    click(qtbot, wizard.button(WizardButton.FINISH))

    qtbot.waitUntil(lambda: shown_state(view, "RQ") == "En traitement", timeout=5000)
    assert view.pending_note.isVisible()
    assert view.is_polling()
    assert ctx.enterprise is not None
    # The operator activates it (`procura-server activate-registration`): the poll sees it.
    with qtbot.waitSignal(
        ctx.events.data_changed, timeout=5000, check_params_cb=lambda kind: kind == "messages"
    ):
        activated = run_async(
            activate_registration(manual_service.database_url, ctx.enterprise.id, "RQ")
        )
        assert activated
    assert shown_state(view, "RQ") == "Actif"
    assert not view.pending_note.isVisible()
    qtbot.waitUntil(lambda: not view.is_polling(), timeout=2000)
