"""«Désinscrire»: withdraw the enterprise from a ministry's services, confirmed, with a receipt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from app.domain.errors import FieldError
from app.domain.models import Ministry, Registration, RegistrationResult
from ui.context import AppContext
from ui.i18n import current_language
from ui.receipt_view import ReceiptView
from ui.widgets.wizard import EntryPage, RecapSection, TransactionWizard


class UnregisterPage(EntryPage):
    """*Inscription des données*: the registration to withdraw, what it entails, a confirmation.

    The box must be ticked: a désinscription takes the ministry out of every procuration's
    rights, so it is not done on a stray click."""

    def __init__(
        self,
        registration: Registration,
        ministry: Ministry,
        state_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            heading=self.tr("Désinscription des services électroniques"),
            intro=self.tr(
                "Vous allez désinscrire l'entreprise des services électroniques de ce ministère "
                "ou organisme. Les procurations ne pourront plus accorder de droits d'accès à "
                "ses services. Vous pourrez inscrire l'entreprise de nouveau au besoin."
            ),
        )
        self.registration = registration
        self.ministry = ministry

        def shown(text: str) -> QLabel:
            label = QLabel(text or "—", self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return label

        name = ministry.name or registration.ministry_name or registration.ministry
        requested = registration.requested_on.isoformat() if registration.requested_on else ""
        state_on = registration.state_on.isoformat() if registration.state_on else ""
        self.form.add_field(
            "ministry", self.tr("Ministère ou organisme"), shown(name), display=lambda: name
        )
        self.form.add_field(
            "requested_on",
            self.tr("Date de la demande"),
            shown(requested),
            display=lambda: requested,
        )
        self.form.add_field(
            "state", self.tr("État"), shown(state_label), display=lambda: state_label
        )
        self.form.add_field(
            "state_on", self.tr("Date de l'état"), shown(state_on), display=lambda: state_on
        )
        self.confirm = QCheckBox(
            self.tr("Je confirme vouloir désinscrire l'entreprise de ce ministère ou organisme."),
            self,
        )
        self.form.add_field(
            "confirm", self.tr("Confirmation"), self.confirm, required=True, in_recap=False
        )

    def validate(self) -> list[FieldError]:
        if self.confirm.isChecked():
            return []
        return [
            FieldError(
                "confirm",
                "required",
                QCoreApplication.translate(
                    "UnregisterPage", "Cochez la case pour confirmer la désinscription."
                ),
                "Tick the box to confirm the withdrawal.",
            )
        ]

    def recap(self) -> list[RecapSection]:
        return [RecapSection(self.heading, self.form.recap())]


class UnregisterWizard(TransactionWizard):
    """«Désinscrire»: confirmation → Vérification des données → Accusé de réception.

    `transmitted(RegistrationResult)`: the registration is now «Désactivé»."""

    def __init__(
        self,
        ctx: AppContext,
        registration: Registration,
        ministry: Ministry,
        parent: QWidget | None = None,
    ) -> None:
        self.ctx = ctx
        self.registration = registration
        super().__init__(
            QCoreApplication.translate(
                "UnregisterWizard", "Désinscription des services électroniques"
            ),
            self._submit_request,
            parent,
            receipt=lambda result: ReceiptView(result.receipt, language=current_language()),
        )
        labels = {
            "en_traitement": self.tr("En traitement"),
            "actif": self.tr("Actif"),
            "refuse": self.tr("Refusé"),
            "desactive": self.tr("Désactivé"),
        }
        state = labels.get(registration.state.value, "") if registration.state else ""
        self.page = UnregisterPage(registration, ministry, state)
        self.add_entry_page(self.page)

    async def _submit_request(self, idempotency_key: str) -> RegistrationResult:
        return await self.ctx.api.unregister(
            self.registration.ministry, idempotency_key=idempotency_key
        )
