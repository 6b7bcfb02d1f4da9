"""«Refuser»: the mandataire refuses an external procuration it received, with a reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.domain.errors import FieldError, field_error
from app.domain.models import Procuration, ProcurationResult
from ui.context import AppContext
from ui.i18n import current_language
from ui.receipt_view import ReceiptView
from ui.widgets.procuration_recap import ProcurationRecap, install_verification_widget
from ui.widgets.wizard import EntryPage, RecapSection, TransactionWizard

# The service keeps a reason up to this length (`RefuseRequest.reason`).
REASON_MAX = 5000


class RefusalPage(EntryPage):
    """*Inscription des données*: the procuration received, then «Raison du refus*».

    The reason is required (`reason_required`, checked here and by the service): the client
    enterprise reads it in its list of procurations and in the message «Procuration refusée».
    """

    def __init__(
        self, ctx: AppContext, procuration: Procuration, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            parent,
            heading=self.tr("Refus d'une procuration reçue"),
            intro=self.tr(
                "Vous allez refuser la procuration que {0} a donnée à votre entreprise. Ses "
                "assignations prendront fin. Indiquez la raison du refus : l'entreprise "
                "mandante la verra, dans sa liste de procurations et dans un message."
            ).format(procuration.mandant.name),
        )
        self.procuration = procuration
        # The reason first, where the eye lands (and its error with it); the procuration after.
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)  # Tab leaves the box, as in the other fields
        self.reason.setPlaceholderText(
            self.tr("Par exemple : ce mandat ne figure pas à notre lettre de mission.")
        )
        self.reason.setMinimumHeight(80)
        self.reason.setMaximumHeight(120)
        self.reason.setMinimumWidth(460)
        self.form.add_field(
            "reason",
            self.tr("&Raison du refus"),
            self.reason,
            required=True,
            hint=self.tr("(transmise à l'entreprise mandante)"),
        )
        self.recap_widget = ProcurationRecap(
            procuration, ctx.ministries, title=self.tr("Procuration refusée"), received=True
        )
        self.body.addSpacing(8)
        self.body.addWidget(self.recap_widget)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def validate(self) -> list[FieldError]:
        reason = self.reason_text()
        if not reason:
            return [field_error("reason", "reason_required")]
        if len(reason) > REASON_MAX:
            return [
                FieldError(
                    "reason",
                    "text_too_long",
                    QCoreApplication.translate(
                        "RefusalPage", "La raison ne peut dépasser {0} caractères."
                    ).format(REASON_MAX),
                    f"The reason cannot exceed {REASON_MAX} characters.",
                )
            ]
        return []

    def recap(self) -> list[RecapSection]:
        # The procuration itself is shown under these rows (`install_verification_widget`).
        return [RecapSection(self.heading, [(self.tr("Raison du refus"), self.reason_text())])]

    def snapshot(self) -> object:
        return self.reason_text()


class RefuseProcurationWizard(TransactionWizard):
    """«Refus d'une procuration»: reason → Vérification des données → Accusé de réception.

    `transmitted(ProcurationResult)`: the procuration is now RF (refusée); the host refreshes
    its list and calls `ctx.changed("received")`.
    """

    def __init__(
        self, ctx: AppContext, procuration: Procuration, parent: QWidget | None = None
    ) -> None:
        self.ctx = ctx
        self.procuration = procuration
        super().__init__(
            QCoreApplication.translate("RefuseProcurationWizard", "Refus d'une procuration"),
            self._submit_refusal,
            parent,
            receipt=lambda result: ReceiptView(result.receipt, language=current_language()),
        )
        self.page = RefusalPage(ctx, procuration)
        self.add_entry_page(self.page)
        self.verification_widget = install_verification_widget(
            self, lambda: ProcurationRecap(procuration, ctx.ministries, received=True)
        )

    async def _submit_refusal(self, idempotency_key: str) -> ProcurationResult:
        return await self.ctx.api.procuration_action(
            self.procuration.id,
            "refuse",
            self.page.reason.toPlainText(),
            idempotency_key=idempotency_key,
        )
