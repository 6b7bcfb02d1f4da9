"""An external procuration seen from both sides, section 3b of the procedure, end to end.

A new client enterprise registers to Revenu Québec through «Inscription aux services
électroniques» and gives the accounting firm (Gagnon Comptables CPA inc.) two external
procurations. The firm's RSE is told by messages, finds both in «Procurations reçues», assigns
one to a staff member and refuses the other with a reason; the client then reads the refusal,
its reason and the message «Procuration refusée».
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.common import MessageKind, ProcurationState
from server.demo import FIRM, FIRM_ID
from tests.support.enterprises import give_external_procuration, onboard, open_context
from tests.support.frames import Frames
from ui.context import AppContext
from ui.views.messages import MessagesView
from ui.views.received import ReceivedProcurationsView
from ui.views.registrations import RegistrationsView
from ui.widgets import StepKind, WizardButton
from ui.wizards.assign_procuration import AssignProcurationWizard
from ui.wizards.refuse_procuration import RefuseProcurationWizard
from ui.wizards.register import RegisterWizard

RunAsync = Callable[..., Any]
CLIENT = "Microbrasserie Essai-Bout-en-bout inc."
STAFF = "CLB47TN"  # Catherine Leblanc, of the firm
REASON = "Nous ne tenons plus les livres de cette entreprise depuis la fin de l'exercice."


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def shown(qtbot: QtBot, view: QWidget, size: tuple[int, int] = (1180, 700)) -> None:
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)


def select_row(qtbot: QtBot, table: Any, row: int) -> None:
    assert row >= 0, "not shown"
    index = table.model().index(row, 1)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def messages_view(qtbot: QtBot, ctx: AppContext, run_async: RunAsync) -> MessagesView:
    view = MessagesView(ctx)
    shown(qtbot, view)
    run_async(view.refresh(), timeout=10000)
    return view


def test_a_client_gives_two_procurations_the_firm_assigns_one_and_refuses_the_other(
    qtbot: QtBot,
    live_service: Any,
    signed_in: Callable[..., AppContext],
    run_async: RunAsync,
) -> None:
    # ---- the client enterprise registers to Revenu Québec through the wizard -----------------
    made = run_async(onboard(live_service.database_url, CLIENT))
    client: AppContext = run_async(
        open_context(live_service.base_url, made.user_code, made.password)
    )
    try:
        client_frames = Frames(qtbot, client)
        registrations = RegistrationsView(client)
        shown(qtbot, registrations)
        run_async(registrations.refresh())
        select_row(
            qtbot, registrations.table, registrations.model.find(lambda r: r.ministry == "RQ")
        )
        click(qtbot, registrations.register_button)
        register = client_frames.current_of(RegisterWizard)
        assert isinstance(register, RegisterWizard)
        click(qtbot, register.page.answers["deja_client"].button("oui"))
        click(qtbot, register.button(WizardButton.NEXT))
        click(qtbot, register.button(WizardButton.SUBMIT))
        qtbot.waitUntil(lambda: register.current_kind() is StepKind.RECEIPT, timeout=5000)
        assert re.fullmatch(r"\d{9}", register.result.receipt.reference)
        click(qtbot, register.button(WizardButton.FINISH))
        qtbot.waitUntil(
            lambda: (
                registrations.row_of("RQ") is not None
                and registrations.row_of("RQ").state is not None  # type: ignore[union-attr]
                and registrations.row_of("RQ").state.value == "actif"
            ),  # type: ignore[union-attr]
            timeout=5000,
        )

        # ---- it gives the firm two external procurations (its RSE, through the API) ---------
        to_assign = run_async(
            give_external_procuration(client.api, FIRM_ID, "Déclarations TPS/TVQ"),
            timeout=10000,
        )
        to_refuse = run_async(
            give_external_procuration(
                client.api, FIRM_ID, "Retenues à la source", services=("RQ-RETEN",)
            ),
            timeout=10000,
        )

        # ---- the firm reads the messages: two «Procuration reçue» ----------------------------
        firm = signed_in("RSE — Gagnon Comptables")
        firm_frames = Frames(qtbot, firm)
        inbox = messages_view(qtbot, firm, run_async)
        received_messages = [
            m
            for m in inbox.messages()
            if m.kind is MessageKind.PROCURATION_RECEIVED and CLIENT in m.subject
        ]
        assert {m.related_id for m in received_messages} == {to_assign.id, to_refuse.id}
        assert all(not m.read for m in received_messages)
        unread_before = inbox.unread()
        with qtbot.waitSignal(firm.events.unread_changed, timeout=5000) as pushed:
            select_row(
                qtbot, inbox.table, inbox.model.find(lambda m: m.id == received_messages[0].id)
            )
        assert pushed.args == [unread_before - 1]

        # ---- «Procurations reçues»: both, with the client's name and number ----------------
        received = ReceivedProcurationsView(firm)
        shown(qtbot, received)
        run_async(received.refresh(), timeout=15000)
        qtbot.keyClicks(received.search, made.enterprise_id)
        assert {p.id for p in received.model.visible_rows()} == {to_assign.id, to_refuse.id}
        assert all(p.mandant.name == CLIENT for p in received.model.visible_rows())

        # Assigner, through the wizard, to a staff member who holds other clients' ones.
        select_row(qtbot, received.table, received.model.find(lambda p: p.id == to_assign.id))
        click(qtbot, received.assign_button)
        assign = firm_frames.current_of(AssignProcurationWizard)
        assert isinstance(assign, AssignProcurationWizard)
        qtbot.waitUntil(lambda: assign.users_page.loaded, timeout=10000)
        click(qtbot, assign.button(WizardButton.NEXT))
        assign.users_page.check(STAFF)
        click(qtbot, assign.button(WizardButton.NEXT))
        click(qtbot, assign.button(WizardButton.SUBMIT))
        qtbot.waitUntil(lambda: assign.current_kind() is StepKind.RECEIPT, timeout=5000)
        click(qtbot, assign.button(WizardButton.FINISH))

        def assigned(procuration_id: str) -> bool:
            row = received.model.find(lambda p: p.id == procuration_id)
            return row >= 0 and received.model.row_at(row).assigned

        qtbot.waitUntil(lambda: assigned(to_assign.id), timeout=5000)
        headers = [" ".join(c.header.split()) for c in received.model.columns()]
        row = received.model.find(lambda p: p.id == to_assign.id)
        assert received.model.index(row, headers.index("Proc. assignée")).data() == "Oui"

        # Refuser the other, with the reason the client will read.
        select_row(qtbot, received.table, received.model.find(lambda p: p.id == to_refuse.id))
        click(qtbot, received.refuse_button)
        refuse = firm_frames.current_of(RefuseProcurationWizard)
        assert isinstance(refuse, RefuseProcurationWizard)
        refuse.page.reason.setPlainText(REASON)
        click(qtbot, refuse.button(WizardButton.NEXT))
        click(qtbot, refuse.button(WizardButton.SUBMIT))
        qtbot.waitUntil(lambda: refuse.current_kind() is StepKind.RECEIPT, timeout=5000)
        assert re.fullmatch(r"\d{9}", refuse.result.receipt.reference)
        click(qtbot, refuse.button(WizardButton.FINISH))
        row = received.model.find(lambda p: p.id == to_refuse.id)
        qtbot.waitUntil(
            lambda: (
                received.model.row_at(received.model.find(lambda p: p.id == to_refuse.id)).state
                is ProcurationState.RF
            ),
            timeout=5000,
        )

        # ---- the client's side: RF, the reason, and the message -----------------------------
        refused, _etag = run_async(client.api.procuration(to_refuse.id))
        assert refused.state is ProcurationState.RF
        assert refused.refusal_reason == REASON
        kept, _etag = run_async(client.api.procuration(to_assign.id))
        assert kept.state is ProcurationState.AC and kept.assigned

        client_inbox = messages_view(qtbot, client, run_async)
        refusal = next(
            m for m in client_inbox.messages() if m.kind is MessageKind.PROCURATION_REFUSED
        )
        assert refusal.subject == f"Procuration refusée par {FIRM}"
        assert REASON in refusal.body
        assert not refusal.read
        before = client_inbox.unread()
        with qtbot.waitSignal(client.events.unread_changed, timeout=5000) as pushed:
            select_row(
                qtbot, client_inbox.table, client_inbox.model.find(lambda m: m.id == refusal.id)
            )
        assert pushed.args == [before - 1]
        assert REASON in client_inbox.body_label.text()
        assert run_async(client.api.unread_count()) == before - 1
    finally:
        run_async(client.api.aclose())
