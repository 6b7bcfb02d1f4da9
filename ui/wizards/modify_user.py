"""Modification du dossier d'un utilisateur, sent with If-Match; «modifié entre-temps» resolved.

The record is read with its ETag (`api.user()`) just before the wizard opens, and every change
is sent with that ETag. When someone changed the record in the meantime the service saves
nothing and answers with the current version (`StaleObject`): the comparison
(`ui.widgets.stale_dialog`) shows, field by field, the person's change against the current
value, and the person re-applies their changes on top of the current version (sent at once,
with the same idempotency key, which the refused attempt released), reviews them in the form
first, or drops them.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from app.api.errors import StaleObject
from app.domain.models import User, UserResult
from ui.context import AppContext
from ui.receipt_view import ReceiptView
from ui.widgets.stale_dialog import (
    FieldChange,
    StaleDecision,
    StaleDialog,
    ask_stale,
    compare_fields,
)
from ui.widgets.wizard import TransactionWizard
from ui.wizards.create_user import (
    UserEntryPage,
    receipt_factory,
    user_state_label,
    user_values,
)

log = logging.getLogger(__name__)


class ModifyUserWizard(TransactionWizard):
    """Modify `user`, read with `etag`. Closes itself through `ctx.close_transaction`."""

    def __init__(
        self, ctx: AppContext, user: User, etag: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate(
                "ModifyUserWizard", "Modification du dossier d'un utilisateur"
            ),
            lambda key: self._send(key),
            parent,
            receipt=receipt_factory(self),
        )
        self.ctx = ctx
        self.user_code = user.user_code
        self.etag = etag
        self._opened_state = user.state
        self.receipt_view: ReceiptView | None = None
        self.stale_dialog: StaleDialog | None = None
        self.page = UserEntryPage(original=user, own_record=user.user_code == ctx.me.user_code)
        self.add_entry_page(self.page)
        self.transmitted.connect(self._announce)
        self.finished.connect(self._close)
        self.cancelled.connect(self._close)

    async def _send(self, idempotency_key: str) -> UserResult:
        while True:
            try:
                return await self.ctx.api.patch_user(
                    self.user_code, self.page.patch(), self.etag, idempotency_key=idempotency_key
                )
            except StaleObject as stale:
                current, etag = await self._current_of(stale)
            log.info("Dossier %s modifié entre-temps : comparaison proposée", self.user_code)
            decision = await ask_stale(
                self,
                self.changes_against(current),
                subject=self.tr("le dossier de {0} {1}").format(
                    current.first_name, current.last_name
                ),
                on_open=self._keep_dialog,
            )
            if decision is StaleDecision.DROP:
                QTimer.singleShot(0, self, self.cancelled.emit)
                raise asyncio.CancelledError
            self.page.rebase(current)
            self.etag = etag
            self._opened_state = current.state
            if decision is StaleDecision.REVIEW or not self.page.changed_fields():
                # Back to the form, the person's changes on top of the current version.
                QTimer.singleShot(0, self, self.correct)
                raise asyncio.CancelledError
            # REAPPLY: the refused attempt released the key; the same key sends it again.

    async def _current_of(self, stale: StaleObject) -> tuple[User, str]:
        if isinstance(stale.current, User) and stale.current_etag:
            return stale.current, stale.current_etag
        current, etag = await self.ctx.api.user(self.user_code)
        return current, etag

    def changes_against(self, current: User) -> list[FieldChange]:
        """The comparison: what the person typed against the version now on the service."""
        page = self.page
        fields = [
            ("last_name", self.tr("Nom de famille")),
            ("first_name", self.tr("Prénom")),
            ("email", self.tr("Courriel")),
            ("phone", self.tr("Téléphone (travail)")),
            ("role", self.tr("Rôle")),
            ("state", self.tr("État")),
        ]
        opened_state = user_state_label(self._opened_state)
        original = {**page.display_values(page.base()), "state": opened_state}
        yours = {**page.display_values(page.values()), "state": opened_state}
        theirs = {
            **page.display_values(user_values(current)),
            "state": user_state_label(current.state),
        }
        return compare_fields(fields, original=original, yours=yours, theirs=theirs)

    def _keep_dialog(self, dialog: StaleDialog) -> None:
        self.stale_dialog = dialog

    def _announce(self, _result: object) -> None:
        self.ctx.changed("users")
        self.ctx.changed("receipts")

    def _close(self, *_args: object) -> None:
        # Also after «Abandonner»: the list shows the version someone else saved.
        self.ctx.changed("users")
        self.ctx.close_transaction(self)
