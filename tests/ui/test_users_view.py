"""«Gestion des dossiers des utilisateurs»: the list, its search, each action; real service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app.api.client import ApiClient, new_idempotency_key
from app.domain.models import User
from tests.ui.support_users import Host, click, message_box, new_user, press
from ui.context import AppContext
from ui.views.users import ACTIONS, UsersView
from ui.widgets import StepKind, WizardButton
from ui.wizards.user_action import UserActionWizard, UserRecordFrame


@pytest.fixture
def ctx(signed_in: Callable[..., AppContext]) -> AppContext:
    return signed_in("RSE — Les Champions")


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext, run_async: Callable[..., Any]) -> UsersView:
    widget = UsersView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 620)
    widget.show()
    qtbot.waitExposed(widget)
    run_async(widget.refresh())
    return widget


@pytest.fixture
def host(qtbot: QtBot, ctx: AppContext, view: UsersView) -> Host:
    return Host(qtbot, ctx, view)


def click_row(qtbot: QtBot, view: UsersView, code: str) -> None:
    row = view.model.find(lambda u: u.user_code == code)
    assert row >= 0, f"{code} is not shown"
    index = view.model.index(row, 0)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = view.selected_user()
    assert selected is not None and selected.user_code == code


def cells(view: UsersView, code: str) -> list[str]:
    row = view.model.find(lambda u: u.user_code == code)
    return [str(view.model.index(row, c).data()) for c in range(view.model.columnCount())]


def enabled(view: UsersView) -> set[str]:
    return {a for a, b in view.buttons.items() if b.isEnabled()}


def act(qtbot: QtBot, view: UsersView, host: Host, action: str, code: str) -> UserActionWizard:
    click_row(qtbot, view, code)
    opened = len(host.opened)
    click(qtbot, view.buttons[action])
    qtbot.waitUntil(lambda: len(host.opened) > opened, timeout=10000)
    wizard = host.current
    assert isinstance(wizard, UserActionWizard)
    qtbot.waitExposed(wizard)
    return wizard


def state_shown(qtbot: QtBot, view: UsersView, host: Host, code: str, state: str) -> None:
    qtbot.waitUntil(lambda: not host.refreshing() and cells(view, code)[4] == state, timeout=10000)


def make(ctx: AppContext, run_async: Callable[..., Any], state: str = "actif") -> User:
    user: User = run_async(new_user(ctx.api))
    if state in ("suspendu", "revoque"):
        action = "suspend" if state == "suspendu" else "revoke"
        result = run_async(
            ctx.api.user_action(user.user_code, action, idempotency_key=new_idempotency_key())
        )
        user = result.user
    return user


# ---- the list ------------------------------------------------------------------------------------


def test_the_list_shows_the_records_of_the_enterprise(view: UsersView) -> None:
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == [
        "Nom",
        "Prénom",
        "Code d'utilisateur",
        "Rôle",
        "État",
        "Procuration détenue",
    ]
    assert cells(view, "EXG97HL") == [
        "Turcotte",
        "Vanessa",
        "EXG97HL",
        "Utilisateur",
        "Actif",
        "Gestion des halocarbures",
    ]
    assert cells(view, "FGR97HL")[3:] == [
        "Responsable des services électroniques",
        "Actif",
        "Générale (RSE)",
    ]
    codes = {u.user_code for u in view.model.rows()}
    assert "MGA42CP" not in codes  # another enterprise's RSE
    assert view.count_label.text() == f"Nombre de dossiers : {len(codes)}"
    assert view.title() == "Gestion des dossiers des utilisateurs"


def test_the_model_passes_the_model_tester(qtmodeltester: Any, view: UsersView) -> None:
    qtmodeltester.check(view.model)


def test_a_click_on_a_heading_sorts_and_a_second_reverses(qtbot: QtBot, view: UsersView) -> None:
    header = view.table.horizontalHeader()
    code_heading = QPoint(
        header.sectionViewportPosition(2) + header.sectionSize(2) // 2, header.height() // 2
    )
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=code_heading)
    assert view.model.sort_column() == 2
    first_order = view.model.sort_order()
    codes = [u.user_code for u in view.model.visible_rows()]
    assert codes == sorted(codes, reverse=first_order == Qt.SortOrder.DescendingOrder)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=code_heading)
    assert view.model.sort_order() != first_order
    assert [u.user_code for u in view.model.visible_rows()] == codes[::-1]


def test_the_search_filters_at_each_keystroke(qtbot: QtBot, view: UsersView) -> None:
    total = view.model.total_count()
    qtbot.keyClicks(view.search, "tu")
    assert 0 < view.model.visible_count() < total
    qtbot.keyClicks(view.search, "rc")
    assert [u.user_code for u in view.model.visible_rows()] == ["EXG97HL"]
    assert view.count_label.text() == f"Dossiers affichés : 1 sur {total}"
    qtbot.keyClicks(view.search, "z")
    assert view.model.visible_count() == 0
    view.search.clear()
    assert view.model.visible_count() == total
    qtbot.keyClicks(view.search, "gregoire")  # without the accent
    assert [u.user_code for u in view.model.visible_rows()] == ["FGR97HL"]


def test_the_selection_survives_the_search_and_a_refresh(
    qtbot: QtBot, view: UsersView, run_async: Callable[..., Any]
) -> None:
    click_row(qtbot, view, "EXG97HL")
    qtbot.keyClicks(view.search, "Turcotte")
    assert view.selected_user().user_code == "EXG97HL"  # type: ignore[union-attr]
    run_async(view.refresh())
    assert view.selected_user().user_code == "EXG97HL"  # type: ignore[union-attr]


# ---- what applies to the selected record ---------------------------------------------------------


def test_the_actions_follow_the_state_of_the_selected_record(
    qtbot: QtBot, view: UsersView, ctx: AppContext, run_async: Callable[..., Any]
) -> None:
    active, suspended, revoked = (make(ctx, run_async, s) for s in ("actif", "suspendu", "revoque"))
    run_async(view.refresh())
    assert enabled(view) == {"create"}
    assert view.buttons["modify"].toolTip() == "Sélectionnez d'abord un dossier dans la liste."

    click_row(qtbot, view, active.user_code)
    assert enabled(view) == {"create", "consult", "modify", "suspend", "revoke", "reset-password"}
    assert view.buttons["reactivate"].toolTip() == (
        "Ce dossier est actif : il n'y a rien à réactiver."
    )

    click_row(qtbot, view, suspended.user_code)
    assert enabled(view) == {
        "create",
        "consult",
        "modify",
        "reactivate",
        "revoke",
        "reset-password",
    }
    assert view.buttons["suspend"].toolTip() == "Ce dossier est déjà suspendu."

    click_row(qtbot, view, revoked.user_code)
    assert enabled(view) == {"create", "consult"}
    assert view.buttons["modify"].toolTip() == "Un dossier révoqué ne peut plus être modifié."
    assert view.buttons["revoke"].toolTip() == "Ce dossier est déjà révoqué."

    click_row(qtbot, view, ctx.me.user_code)
    assert enabled(view) == {"create", "consult", "modify"}
    assert "propre dossier" in view.buttons["suspend"].toolTip()
    assert "propre dossier" in view.buttons["revoke"].toolTip()
    assert "propre mot de passe" in view.buttons["reset-password"].toolTip()


def test_offline_every_action_is_disabled_and_says_why(
    qtbot: QtBot, view: UsersView, host: Host
) -> None:
    click_row(qtbot, view, "EXG97HL")
    view.set_online(False)
    assert enabled(view) == set()
    for action in ACTIONS:
        assert view.buttons[action].toolTip().startswith("Hors ligne")
    assert view.offline_banner.isVisible()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # no consultation either
    view.trigger("suspend")
    assert host.opened == []
    view.set_online(True)
    assert "suspend" in enabled(view)
    assert not view.offline_banner.isVisible()


# ---- consultation --------------------------------------------------------------------------------


def test_consulting_shows_the_record_and_the_procuration_it_holds(
    qtbot: QtBot, view: UsersView, host: Host
) -> None:
    click_row(qtbot, view, "EXG97HL")
    click(qtbot, view.buttons["consult"])
    qtbot.waitUntil(lambda: bool(host.opened), timeout=10000)
    frame = host.current
    assert isinstance(frame, UserRecordFrame)
    assert frame.values["Code d'utilisateur"] == "EXG97HL"
    assert frame.values["Nom de famille"] == "Turcotte"
    assert frame.values["État"] == "Actif"
    assert frame.values["Procuration détenue"] == "Gestion des halocarbures"
    assert "« Gestion des halocarbures », assignée du " in frame.procuration_label.text()
    model = frame.assignments_model
    assert model.total_count() >= 1
    descriptions = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    assert "Gestion des halocarbures" in descriptions
    click(qtbot, frame.back_button)
    assert not host.is_open(frame)


def test_enter_on_a_row_consults_it(qtbot: QtBot, view: UsersView, host: Host) -> None:
    click_row(qtbot, view, "FGR97HL")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(host.opened), timeout=10000)
    frame = host.current
    assert isinstance(frame, UserRecordFrame)
    assert "procuration générale" in frame.procuration_label.text()


# ---- the transactions ----------------------------------------------------------------------------


def test_suspend_then_reactivate(
    qtbot: QtBot, view: UsersView, host: Host, ctx: AppContext, run_async: Callable[..., Any]
) -> None:
    user = make(ctx, run_async)
    run_async(view.refresh())

    wizard = act(qtbot, view, host, "suspend", user.user_code)
    assert wizard.windowTitle() == "Suspension du dossier d'un utilisateur"
    assert wizard.current_kind() is StepKind.VERIFICATION
    assert wizard.step_bar.titles() == ["Vérification des données", "Accusé de réception"]
    assert [b for b in WizardButton if wizard.button(b).isVisible()] == [
        WizardButton.CANCEL,
        WizardButton.SUBMIT,
    ]
    rows = wizard.verification_page.rows()
    assert rows["Code d'utilisateur"] == user.user_code
    assert rows["État"] == "Actif"
    assert rows["Action"] == "Suspension du dossier d'un utilisateur"
    click(qtbot, wizard.button(WizardButton.SUBMIT))
    qtbot.waitUntil(lambda: wizard.receipt_view is not None, timeout=10000)
    receipt = wizard.result.receipt
    assert receipt.kind == "user.suspend" and len(receipt.reference) == 9
    click(qtbot, wizard.button(WizardButton.FINISH))
    assert not host.is_open(wizard)
    state_shown(qtbot, view, host, user.user_code, "Suspendu")
    assert "reactivate" in enabled(view) and "suspend" not in enabled(view)

    wizard = act(qtbot, view, host, "reactivate", user.user_code)
    assert wizard.verification_page.rows()["État"] == "Suspendu"
    click(qtbot, wizard.button(WizardButton.SUBMIT))
    qtbot.waitUntil(lambda: wizard.receipt_view is not None, timeout=10000)
    click(qtbot, wizard.button(WizardButton.FINISH))
    state_shown(qtbot, view, host, user.user_code, "Actif")


def test_revoking_asks_once_more_and_is_for_good(
    qtbot: QtBot, view: UsersView, host: Host, ctx: AppContext, run_async: Callable[..., Any]
) -> None:
    user = make(ctx, run_async)
    run_async(view.refresh())
    wizard = act(qtbot, view, host, "revoke", user.user_code)
    click(qtbot, wizard.button(WizardButton.SUBMIT))
    box = message_box(qtbot, "revokeQuestion")
    assert user.last_name in box.text()
    press(qtbot, box, "Non")
    assert wizard.current_kind() is StepKind.VERIFICATION
    assert run_async(ctx.api.user(user.user_code))[0].state.value == "actif"

    click(qtbot, wizard.button(WizardButton.SUBMIT))
    press(qtbot, message_box(qtbot, "revokeQuestion"), "Oui")
    qtbot.waitUntil(lambda: wizard.receipt_view is not None, timeout=10000)
    assert run_async(ctx.api.user(user.user_code))[0].state.value == "revoque"
    click(qtbot, wizard.button(WizardButton.FINISH))
    state_shown(qtbot, view, host, user.user_code, "Révoqué")
    assert enabled(view) == {"create", "consult"}


def test_a_new_temporary_password_is_shown_once_and_works(
    qtbot: QtBot,
    view: UsersView,
    host: Host,
    ctx: AppContext,
    live_service: Any,
    run_async: Callable[..., Any],
) -> None:
    user = make(ctx, run_async)
    run_async(view.refresh())
    wizard = act(qtbot, view, host, "reset-password", user.user_code)
    assert wizard.step_bar.titles()[-1] == "Nouveau mot de passe temporaire"
    click(qtbot, wizard.button(WizardButton.SUBMIT))
    qtbot.waitUntil(lambda: wizard.receipt_view is not None, timeout=10000)
    click(qtbot, wizard.button(WizardButton.NEXT))
    qtbot.waitUntil(lambda: wizard.password_page is not None)
    page = wizard.password_page
    assert page is not None
    password = page.values()["Mot de passe temporaire"]
    assert password == wizard.result.temporary_password
    assert "ne sera plus jamais affiché" in page.warning_label.text()
    assert wizard.button(WizardButton.PRINT).isVisible()

    other = ApiClient(live_service.base_url)
    try:
        signed = run_async(other.login(user.user_code, password))
        assert signed.password_change_required
    finally:
        run_async(other.aclose())
    click(qtbot, wizard.button(WizardButton.FINISH))
    assert not host.is_open(wizard)


def test_a_record_changed_since_the_list_was_read_is_checked_before_any_wizard(
    qtbot: QtBot, view: UsersView, host: Host, ctx: AppContext, run_async: Callable[..., Any]
) -> None:
    user = make(ctx, run_async)
    run_async(view.refresh())
    click_row(qtbot, view, user.user_code)
    run_async(ctx.api.user_action(user.user_code, "suspend", idempotency_key=new_idempotency_key()))
    click(qtbot, view.buttons["suspend"])
    box = message_box(qtbot, "procuraErrorBox", timeout=10000)
    assert box.text() == "Ce dossier est déjà suspendu."
    assert host.opened == []
    assert cells(view, user.user_code)[4] == "Suspendu"
    assert "reactivate" in enabled(view)
    press(qtbot, box, "OK")
