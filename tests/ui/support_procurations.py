"""Helpers of the procuration screen tests: objects made through the real API, and clicks.

- `Transactions`: what the main window does with `ctx.open_transaction`: shows each frame in a
  window of its own and remembers it (`last`).
- `new_user`, `new_procuration`: made through the API with names no other test uses, so a test
  owns what it changes in the shared live service.
- `click`, `transmit`, `wait_receipt`: drive a `TransactionWizard` like a person.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.api.client import new_idempotency_key
from app.domain import rules
from app.domain.models import Procuration, ProcurationCreate, RightIn, User, UserCreate
from ui.context import AppContext
from ui.receipt_view import ReceiptView
from ui.widgets.wizard import StepKind, TransactionWizard, WizardButton
from ui.wizards.create_procuration import today

RunAsync = Callable[..., Any]
HALO = [RightIn(ministry="MELCC", access="restricted", services=["HALO-DECL"])]


class Transactions:
    """Stands in for the main window: every frame a screen opens is shown and kept."""

    def __init__(self, qtbot: QtBot, ctx: AppContext, size: tuple[int, int] = (980, 820)) -> None:
        self.opened: list[QWidget] = []
        self.closed: list[QWidget] = []
        self._qtbot = qtbot
        self._size = size
        ctx.events.transaction_opened.connect(self._open)
        ctx.events.transaction_closed.connect(self._close)

    def _open(self, frame: QWidget) -> None:
        self._qtbot.addWidget(frame)
        frame.resize(*self._size)
        frame.show()
        self.opened.append(frame)

    def _close(self, frame: QWidget) -> None:
        self.closed.append(frame)
        frame.hide()

    @property
    def last(self) -> TransactionWizard:
        assert self.opened, "no transaction was opened"
        frame = self.opened[-1]
        assert isinstance(frame, TransactionWizard)
        return frame


def unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:8]}"


def new_user(ctx: AppContext, run_async: RunAsync, last_name: str | None = None) -> User:
    """A fresh active user of ctx's enterprise: it holds no procuration."""
    name = last_name or unique("Essai")
    tag = uuid.uuid4().hex[:10]
    body = UserCreate(
        last_name=name,
        first_name="Rosalie",
        email=f"rosalie.{tag}@example.ca",
        email_confirmation=f"rosalie.{tag}@example.ca",
        phone="418 555-0123",
        phone_extension=None,
        role="utilisateur",
    )
    created = run_async(ctx.api.create_user(body, idempotency_key=new_idempotency_key()))
    return created.user


def new_procuration(
    ctx: AppContext,
    run_async: RunAsync,
    description: str | None = None,
    *,
    rights: Sequence[RightIn] = HALO,
    start: date | None = None,
    end: date | None = None,
    mandataire_id: str | None = None,
) -> Procuration:
    """A fresh active procuration given by ctx's enterprise (internal unless `mandataire_id`)."""
    first = start or today()
    body = ProcurationCreate(
        type="externe" if mandataire_id else "interne",
        mandataire_id=mandataire_id,
        start_date=first,
        end_date=end or rules.latest_end_date(first),
        description=description or unique("Procuration d'essai"),
        rights=list(rights),
    )
    result = run_async(ctx.api.create_procuration(body, idempotency_key=new_idempotency_key()))
    return result.procuration


def ending_in(days: int) -> date:
    return today() + timedelta(days=days)


def click(qtbot: QtBot, wizard: TransactionWizard, which: WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{which} cannot be clicked now"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def transmit(qtbot: QtBot, wizard: TransactionWizard, timeout: int = 8000) -> None:
    """«Transmettre», then wait until the service answered (receipt or error shown)."""
    assert wizard.current_kind() is StepKind.VERIFICATION
    click(qtbot, wizard, WizardButton.SUBMIT)
    qtbot.waitUntil(lambda: not wizard.is_transmitting(), timeout=timeout)


def receipt_of(wizard: TransactionWizard) -> ReceiptView:
    assert wizard.current_kind() is StepKind.RECEIPT, wizard.last_error
    views = wizard.receipt_page.findChildren(ReceiptView)
    assert views, "no receipt shown"
    return views[0]


def receipt_text(wizard: TransactionWizard) -> str:
    return " ".join(receipt_of(wizard).browser.toPlainText().split())


def close_error_box(qtbot: QtBot, wizard: TransactionWizard) -> str:
    """The text of the error box the wizard shows, after closing it."""
    box = wizard.error_box
    assert box is not None, "no error box"
    text = box.text() + " " + box.informativeText()
    box.close()
    return text
