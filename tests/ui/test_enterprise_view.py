"""«Dossier de l'entreprise» and the clicSÉQUR express code's transactions, on the real service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.api.client import new_idempotency_key
from app.domain.common import ExpressCodeState
from app.domain.models import ExpressCode
from tests.ui.support_users import Host, click, message_box, press
from ui.context import AppContext
from ui.views.enterprise import EnterpriseView
from ui.widgets import StepKind, WizardButton
from ui.wizards.express_code import ExpressCodeWizard


def make_view(qtbot: QtBot, ctx: AppContext, run_async: Callable[..., Any]) -> EnterpriseView:
    view = EnterpriseView(ctx)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    run_async(view.refresh())
    return view


@pytest.fixture
def champions(signed_in: Callable[..., AppContext]) -> AppContext:
    return signed_in("RSE — Les Champions")


@pytest.fixture
def bakery(signed_in: Callable[..., AppContext], run_async: Callable[..., Any]) -> AppContext:
    """The enterprise whose code these tests change (Les Champions' is left as the demo has
    it), its code active to begin with."""
    ctx = signed_in("RSE — Boulangerie")
    state = run_async(ctx.api.enterprise()).express_code.state
    if state is not ExpressCodeState.ACTIF:
        action = "reactivate" if state is ExpressCodeState.SUSPENDU else "reissue"
        run_async(ctx.api.express_code(action, idempotency_key=new_idempotency_key()))
    return ctx


def enabled(view: EnterpriseView) -> set[str]:
    return {a for a, b in view.buttons.items() if b.isEnabled()}


def open_action(qtbot: QtBot, view: EnterpriseView, host: Host, action: str) -> ExpressCodeWizard:
    click(qtbot, view.buttons[action])
    wizard = host.current
    assert isinstance(wizard, ExpressCodeWizard)
    qtbot.waitExposed(wizard)
    assert wizard.current_kind() is StepKind.VERIFICATION
    return wizard


def state_shown(qtbot: QtBot, view: EnterpriseView, host: Host, text: str) -> None:
    qtbot.waitUntil(
        lambda: not host.refreshing() and view.express_state.text() == text, timeout=10000
    )


# ---- the record ----------------------------------------------------------------------------------


def test_the_record_shows_the_numbers_the_head_office_and_the_rses(
    qtbot: QtBot, champions: AppContext, run_async: Callable[..., Any]
) -> None:
    view = make_view(qtbot, champions, run_async)
    assert view.title() == "Dossier de l'entreprise"
    assert view.fields["name"].text() == "Les Champions inc."
    assert view.fields["id"].text() == "1006237700"
    assert view.fields["neq"].text() == "1006237700"
    assert "René-Lévesque" in view.fields["address"].text()
    rses = {u.user_code for u in view.rse_model.rows()}
    assert {"FGR97HL", "ITR45MB"} <= rses
    state = champions.enterprise.express_code.state  # type: ignore[union-attr]
    assert view.express_state.text() == {"actif": "Actif", "suspendu": "Suspendu"}.get(
        state.value, "Annulé"
    )
    assert view.express_since.text().startswith("depuis le ")
    assert champions.enterprise is view.enterprise


def test_the_code_actions_follow_its_state_and_say_why_not(
    qtbot: QtBot, champions: AppContext, run_async: Callable[..., Any]
) -> None:
    view = make_view(qtbot, champions, run_async)
    record = view.enterprise
    assert record is not None
    expected = {
        ExpressCodeState.ACTIF: {"suspend", "cancel", "reissue"},
        ExpressCodeState.SUSPENDU: {"reactivate", "cancel", "reissue"},
        ExpressCodeState.ANNULE: {"reissue"},
    }
    for state, actions in expected.items():
        view.show_enterprise(
            record.model_copy(update={"express_code": ExpressCode(state=state, state_on=None)})
        )
        assert enabled(view) == actions, state
    assert view.buttons["suspend"].toolTip() == "Seul un code actif peut être suspendu."
    assert view.buttons["reactivate"].toolTip() == "Seul un code suspendu peut être réactivé."
    assert view.buttons["cancel"].toolTip().startswith("Le code est déjà annulé")
    view.set_online(False)
    assert enabled(view) == set()
    assert view.buttons["reissue"].toolTip().startswith("Hors ligne")
    assert view.offline_banner.isVisible()
    view.set_online(True)
    assert enabled(view) == {"reissue"}


# ---- the transactions ----------------------------------------------------------------------------


def test_suspend_then_reactivate_the_code(
    qtbot: QtBot, bakery: AppContext, run_async: Callable[..., Any]
) -> None:
    view = make_view(qtbot, bakery, run_async)
    host = Host(qtbot, bakery, view)
    assert view.express_state.text() == "Actif"

    wizard = open_action(qtbot, view, host, "suspend")
    assert wizard.windowTitle() == "Suspension du code d'accès clicSÉQUR express"
    rows = wizard.verification_page.rows()
    assert rows["Numéro d'identification"] == bakery.me.enterprise.id
    assert rows["État actuel du code"] == "Actif"
    assert [b for b in WizardButton if wizard.button(b).isVisible()] == [
        WizardButton.CANCEL,
        WizardButton.SUBMIT,
    ]
    click(qtbot, wizard.button(WizardButton.SUBMIT))
    qtbot.waitUntil(lambda: wizard.receipt_view is not None, timeout=10000)
    assert wizard.result.receipt.kind == "express_code.suspend"
    click(qtbot, wizard.button(WizardButton.FINISH))
    assert not host.is_open(wizard)
    state_shown(qtbot, view, host, "Suspendu")
    assert enabled(view) == {"reactivate", "cancel", "reissue"}

    wizard = open_action(qtbot, view, host, "reactivate")
    click(qtbot, wizard.button(WizardButton.SUBMIT))
    qtbot.waitUntil(lambda: wizard.receipt_view is not None, timeout=10000)
    click(qtbot, wizard.button(WizardButton.FINISH))
    state_shown(qtbot, view, host, "Actif")


def test_a_new_code_is_shown_once_with_the_warning_that_it_binds_the_enterprise(
    qtbot: QtBot, bakery: AppContext, run_async: Callable[..., Any]
) -> None:
    view = make_view(qtbot, bakery, run_async)
    host = Host(qtbot, bakery, view)
    wizard = open_action(qtbot, view, host, "reissue")
    assert wizard.step_bar.titles()[-1] == "Nouveau code d'accès"
    click(qtbot, wizard.button(WizardButton.SUBMIT))
    box = message_box(qtbot, "expressCodeQuestion")
    press(qtbot, box, "Oui")
    qtbot.waitUntil(lambda: wizard.receipt_view is not None, timeout=10000)
    click(qtbot, wizard.button(WizardButton.NEXT))
    qtbot.waitUntil(lambda: wizard.code_page is not None)
    page = wizard.code_page
    assert page is not None
    code = page.values()["Code d'accès clicSÉQUR express"]
    assert code == wizard.result.code and len(code) == 8
    assert "ne sera plus jamais affiché" in page.warning_label.text()
    assert "engage et lie l'entreprise" in page.warning_label.text()
    assert "engage et lie l'entreprise" in page.sheet_html()
    assert wizard.button(WizardButton.PRINT).isVisible()
    click(qtbot, wizard.button(WizardButton.FINISH))
    assert not host.is_open(wizard)


def test_cancelling_the_code_asks_first(
    qtbot: QtBot, bakery: AppContext, run_async: Callable[..., Any]
) -> None:
    view = make_view(qtbot, bakery, run_async)
    host = Host(qtbot, bakery, view)
    wizard = open_action(qtbot, view, host, "cancel")
    click(qtbot, wizard.button(WizardButton.SUBMIT))
    press(qtbot, message_box(qtbot, "expressCodeQuestion"), "Non")
    assert run_async(bakery.api.enterprise()).express_code.state is ExpressCodeState.ACTIF
    click(qtbot, wizard.button(WizardButton.SUBMIT))
    press(qtbot, message_box(qtbot, "expressCodeQuestion"), "Oui")
    qtbot.waitUntil(lambda: wizard.receipt_view is not None, timeout=10000)
    click(qtbot, wizard.button(WizardButton.FINISH))
    state_shown(qtbot, view, host, "Annulé")
    assert enabled(view) == {"reissue"}
    # Leave the bakery with a working code.
    run_async(bakery.api.express_code("reissue", idempotency_key=new_idempotency_key()))
