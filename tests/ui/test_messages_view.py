"""«Messages», read as a person would, against the real service."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.api.client import new_idempotency_key
from app.domain.common import MessageKind
from app.domain.models import Message
from server.demo import FIRM_ID
from tests.support.enterprises import give_external_procuration, onboard, open_context
from ui.context import AppContext
from ui.views.messages import UNREAD_MARK, MessagesView
from ui.views.received import ReceivedProcurationsView


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_message(qtbot: QtBot, view: MessagesView, message_id: str) -> None:
    row = view.model.find(lambda m: m.id == message_id)
    assert row >= 0, "not shown"
    index = view.model.index(row, 2)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = view.selected()
    assert chosen is not None and chosen.id == message_id


def is_bold(view: MessagesView, message_id: str) -> bool:
    row = view.model.find(lambda m: m.id == message_id)
    font = view.model.index(row, 2).data(Qt.ItemDataRole.FontRole)
    return isinstance(font, QFont) and font.bold()


def find(view: MessagesView, kind: MessageKind, text: str = "") -> Message:
    return next(m for m in view.messages() if m.kind is kind and text in m.subject)


@pytest.fixture
def client(
    live_service: Any, run_async: Callable[..., Any]
) -> Iterator[Callable[[str], AppContext]]:
    """`client(name)` → the signed-in RSE of a new enterprise."""
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


@pytest.fixture
def make_view(qtbot: QtBot, run_async: Callable[..., Any]) -> Callable[..., MessagesView]:
    def make(ctx: AppContext, parent: QWidget | None = None) -> MessagesView:
        view = MessagesView(ctx, parent)
        if parent is None:
            qtbot.addWidget(view)
            view.resize(1100, 640)
            view.show()
            qtbot.waitExposed(view)
        with qtbot.waitSignal(ctx.events.unread_changed, timeout=10000):
            run_async(view.refresh(), timeout=10000)
        return view

    return make


def test_opening_a_message_marks_it_read_and_the_unread_count_decreases(
    qtbot: QtBot,
    client: Callable[[str], AppContext],
    make_view: Callable[..., MessagesView],
    run_async: Callable[..., Any],
) -> None:
    ctx = client("Pharmacie Essai-Messages inc.")
    for ministry, answers in (("OPC", {"titulaire_permis": "oui"}), ("RBQ", {})):
        answers = answers or {"titulaire_licence": "non"}
        run_async(ctx.api.register(ministry, answers, idempotency_key=new_idempotency_key()))
    pushed: list[int] = []
    ctx.events.unread_changed.connect(pushed.append)
    view = make_view(ctx)

    assert pushed == [2]
    assert view.count_label.text() == "2 message(s), dont 2 non lu(s)"
    opc = find(view, MessageKind.REGISTRATION_ACTIVATED, "Office de la protection")
    rbq = find(view, MessageKind.REGISTRATION_ACTIVATED, "Régie du bâtiment")
    assert is_bold(view, opc.id) and is_bold(view, rbq.id)
    row = view.model.find(lambda m: m.id == opc.id)
    assert view.model.index(row, 0).data() == UNREAD_MARK
    assert view.empty_label.isVisible()

    with qtbot.waitSignal(ctx.events.unread_changed, timeout=5000) as pushed_now:
        open_message(qtbot, view, opc.id)
    assert pushed_now.args == [1]
    assert view.subject_label.text() == opc.subject
    assert "est active depuis le" in view.body_label.text()
    assert not view.empty_label.isVisible()
    assert not is_bold(view, opc.id) and is_bold(view, rbq.id)
    assert view.count_label.text() == "2 message(s), dont 1 non lu(s)"
    assert run_async(ctx.api.unread_count()) == 1

    # Opening it again changes nothing; the unread filter keeps the other one.
    open_message(qtbot, view, rbq.id)
    qtbot.waitUntil(lambda: view.unread() == 0, timeout=5000)
    open_message(qtbot, view, opc.id)
    assert view.unread() == 0
    view.show_filter.setCurrentIndex(1)
    assert view.model.visible_count() == 0

    # «Voir les inscriptions» asks for that screen.
    view.show_filter.setCurrentIndex(0)
    open_message(qtbot, view, opc.id)
    assert view.open_button.isVisible()
    assert view.open_button.text().replace("&", "") == "Voir les inscriptions"
    with qtbot.waitSignal(view.open_requested, timeout=5000) as asked:
        click(qtbot, view.open_button)
    assert asked.args == ["registrations", "OPC"]


def test_a_message_read_offline_stays_unread(
    qtbot: QtBot,
    client: Callable[[str], AppContext],
    make_view: Callable[..., MessagesView],
    run_async: Callable[..., Any],
) -> None:
    ctx = client("Menuiserie Essai-Horsligne enr.")
    run_async(ctx.api.register("EQS", {"employeur": "oui"}, idempotency_key="eqs-1"))
    view = make_view(ctx)
    message = find(view, MessageKind.REGISTRATION_ACTIVATED)
    view.set_online(False)
    open_message(qtbot, view, message.id)
    assert view.subject_label.text() == message.subject  # readable: it is loaded
    assert is_bold(view, message.id)
    assert view.unread() == 1
    assert not view.refresh_button.isEnabled()
    assert run_async(ctx.api.unread_count()) == 1


def test_a_received_procuration_opens_in_procurations_recues(
    qtbot: QtBot,
    signed_in: Callable[..., AppContext],
    client: Callable[[str], AppContext],
    make_view: Callable[..., MessagesView],
    run_async: Callable[..., Any],
) -> None:
    mandant = client("Vignoble Essai-Message s.e.n.c.")
    given = run_async(
        give_external_procuration(mandant.api, FIRM_ID, "Taxes — essai de message"),
        timeout=10000,
    )
    firm = signed_in("RSE — Gagnon Comptables")
    # The two screens side by side in one window, as the main window holds them.
    window = QWidget()
    qtbot.addWidget(window)
    received = ReceivedProcurationsView(firm, window)
    view = make_view(firm, window)
    layout = QHBoxLayout(window)
    layout.addWidget(view)
    layout.addWidget(received)
    window.resize(1400, 640)
    window.show()
    navigated: list[str] = []
    view.navigate.connect(navigated.append)

    message = find(view, MessageKind.PROCURATION_RECEIVED, "Vignoble Essai-Message")
    assert message.related_id == given.id
    open_message(qtbot, view, message.id)
    assert view.open_button.text().replace("&", "") == "Ouvrir la procuration reçue"
    with qtbot.waitSignal(view.open_requested, timeout=5000) as asked:
        click(qtbot, view.open_button)
    assert asked.args == ["received", given.id]
    assert navigated == ["received"]
    # The list was not loaded: it selects the procuration once it is.
    run_async(received.refresh(), timeout=15000)
    chosen = received.selected()
    assert chosen is not None and chosen.id == given.id


def test_a_reminder_opens_the_procuration_on_the_side_the_enterprise_is(
    qtbot: QtBot,
    client: Callable[[str], AppContext],
    make_view: Callable[..., MessagesView],
    run_async: Callable[..., Any],
) -> None:
    mandant = client("Traiteur Essai-Rappel inc.")
    given = run_async(
        give_external_procuration(mandant.api, FIRM_ID, "Échéance proche", days=10),
        timeout=10000,
    )
    view = make_view(mandant)  # reading the messages brings the reminders up to date
    reminder = find(view, MessageKind.PROCURATION_ENDING, "se termine dans 10 jours")
    open_message(qtbot, view, reminder.id)
    assert view.open_button.isEnabled()
    with qtbot.waitSignal(view.open_requested, timeout=5000) as asked:
        click(qtbot, view.open_button)
    assert asked.args == ["procurations", given.id]  # the enterprise gave it


def test_a_new_message_found_by_the_unread_poll_appears_in_the_list(
    qtbot: QtBot,
    client: Callable[[str], AppContext],
    make_view: Callable[..., MessagesView],
    run_async: Callable[..., Any],
) -> None:
    ctx = client("Déneigement Essai-Nouveau inc.")
    view = make_view(ctx)
    assert view.messages() == [] and view.unread() == 0
    assert view.count_label.text() == "Vous n'avez aucun message."
    run_async(ctx.api.register("REQ", {"immatriculee": "oui"}, idempotency_key="req-1"))
    # What the main window does when its poll of the unread count finds a new number.
    ctx.events.unread_changed.emit(1)
    qtbot.waitUntil(lambda: len(view.messages()) == 1, timeout=5000)
    assert view.messages()[0].kind is MessageKind.REGISTRATION_ACTIVATED
    assert view.unread() == 1
