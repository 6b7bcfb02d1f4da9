"""«Révocation d'une procuration»: the procuration, a confirmation, then the receipt.

Revoking ends the procuration and every assignment of it at once; for an external one the
mandataire is told by a message. The person ticks a confirmation before continuing, checks
the recap, then transmits. The service refuses a procuration no longer active (422
`procuration_not_active`), shown at «État de la procuration».
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from app.domain.common import ProcurationType
from app.domain.errors import FieldError
from app.domain.models import Procuration, ProcurationResult
from ui.context import AppContext
from ui.errors import FieldErrorLike
from ui.i18n import current_language
from ui.models.procurations import state_label
from ui.receipt_view import ReceiptView
from ui.widgets.procuration_recap import ProcurationRecap, install_verification_widget
from ui.widgets.wizard import EntryPage, RecapSection, TransactionWizard


class RevokePage(EntryPage):
    """The procuration and «Je confirme…»."""

    def __init__(self, ctx: AppContext, procuration: Procuration) -> None:
        external = procuration.type is ProcurationType.EXTERNE
        super().__init__(
            heading=self.tr("Confirmation"),
            intro=(
                self.tr(
                    "La révocation met fin à cette procuration et à toutes ses assignations, "
                    "dès la transmission. Le mandataire en sera avisé par un message. Pour "
                    "accorder de nouveau ces droits, il faudra créer une nouvelle procuration."
                )
                if external
                else self.tr(
                    "La révocation met fin à cette procuration et à toutes ses assignations, "
                    "dès la transmission : les utilisateurs qui la détiennent n'auront plus ces "
                    "droits d'accès. Pour les accorder de nouveau, il faudra créer une nouvelle "
                    "procuration."
                )
            ),
        )
        self.procuration = procuration
        self.recap_widget = ProcurationRecap(procuration, ctx.ministries)
        # The procuration first, under the intro; the confirmation after it.
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.form), self.recap_widget)
        # Named «state»: the service's `procuration_not_active` lands here.
        self.state_label = QLabel(state_label(procuration.state))
        self.form.add_field("state", self.tr("État de la procuration"), self.state_label)
        self.confirm = QCheckBox(self.tr("Je confirme vouloir &révoquer cette procuration"))
        self.form.add_field("confirm", self.tr("Révocation"), self.confirm, required=True)

    def validate(self) -> list[FieldErrorLike]:
        if self.confirm.isChecked():
            return []
        return [
            FieldError(
                "confirm",
                "confirmation_required",
                "Cochez cette case pour confirmer la révocation.",
                "Tick this box to confirm the revocation.",
            )
        ]

    def recap(self) -> list[RecapSection]:
        return []

    def snapshot(self) -> object:
        return (self.confirm.isChecked(),)


class RevokeProcurationWizard(TransactionWizard):
    """Révoquer `procuration` (given by the caller's enterprise)."""

    def __init__(
        self, ctx: AppContext, procuration: Procuration, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Révocation d'une procuration"),
            self._submit,
            parent,
            receipt=lambda r: ReceiptView(r.receipt, language=current_language()),
        )
        self.ctx = ctx
        self.procuration = procuration
        self.page = RevokePage(ctx, procuration)
        self.add_entry_page(self.page)
        self.verification_widget = install_verification_widget(
            self,
            lambda: ProcurationRecap(
                procuration, ctx.ministries, title=self.tr("Procuration à révoquer")
            ),
        )

    async def _submit(self, idempotency_key: str) -> ProcurationResult:
        return await self.ctx.api.procuration_action(
            self.procuration.id, "revoke", idempotency_key=idempotency_key
        )
