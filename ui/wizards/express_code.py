"""The clicSÉQUR express access code: suspend, reactivate, cancel, or obtain a new one.

One shared 8-character code per enterprise, used with its NEQ (seed 002). Each action is a
transaction: *Vérification des données* → «Transmettre» → *Accusé de réception*. Cancelling
and reissuing ask once more at «Transmettre» (a cancelled code stops working at once; a new
code replaces the old one). A new code is shown once, with the warning of the terms of use:
whoever uses it binds the enterprise.
"""

from __future__ import annotations

import logging
from typing import get_args

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.api.client import ExpressCodeAction
from app.domain.common import ExpressCodeState
from app.domain.models import Enterprise, ExpressCodeResult
from ui.context import AppContext
from ui.receipt_view import ReceiptView
from ui.widgets.wizard import Confirmation, RecapSection, TransactionWizard
from ui.wizards.create_user import OneTimeSecretPage, deferred_final, receipt_factory

log = logging.getLogger(__name__)

ACTIONS: tuple[str, ...] = get_args(ExpressCodeAction)


def express_state_label(state: ExpressCodeState | str) -> str:
    value = state.value if isinstance(state, ExpressCodeState) else str(state)
    if value == ExpressCodeState.ACTIF.value:
        return QCoreApplication.translate("ExpressCode", "Actif")
    if value == ExpressCodeState.SUSPENDU.value:
        return QCoreApplication.translate("ExpressCode", "Suspendu")
    if value == ExpressCodeState.ANNULE.value:
        return QCoreApplication.translate("ExpressCode", "Annulé")
    return value


def express_action_title(action: str) -> str:
    if action == "suspend":
        return QCoreApplication.translate(
            "ExpressCode", "Suspension du code d'accès clicSÉQUR express"
        )
    if action == "reactivate":
        return QCoreApplication.translate(
            "ExpressCode", "Réactivation du code d'accès clicSÉQUR express"
        )
    if action == "cancel":
        return QCoreApplication.translate(
            "ExpressCode", "Annulation du code d'accès clicSÉQUR express"
        )
    return QCoreApplication.translate("ExpressCode", "Nouveau code d'accès clicSÉQUR express")


def express_action_effect(action: str) -> str:
    if action == "suspend":
        return QCoreApplication.translate(
            "ExpressCode",
            "Le code ne pourra plus être utilisé tant qu'il ne sera pas réactivé.",
        )
    if action == "reactivate":
        return QCoreApplication.translate(
            "ExpressCode", "Le code pourra de nouveau être utilisé avec le NEQ de l'entreprise."
        )
    if action == "cancel":
        return QCoreApplication.translate(
            "ExpressCode",
            "Le code sera annulé et cessera aussitôt de fonctionner. Pour en utiliser un, "
            "l'entreprise devra obtenir un nouveau code.",
        )
    return QCoreApplication.translate(
        "ExpressCode",
        "Un nouveau code remplacera le code actuel, qui cessera aussitôt de fonctionner. Le "
        "nouveau code ne sera affiché qu'une seule fois.",
    )


def binding_warning() -> str:
    """The terms of use, in one sentence (seed 002)."""
    return QCoreApplication.translate(
        "ExpressCode",
        "Quiconque utilise ce code engage et lie l'entreprise pour toutes les actions faites "
        "avec ce code, même s'il s'agit d'une utilisation non autorisée.",
    )


def express_action_refusal(action: str, state: ExpressCodeState) -> str | None:
    """Why `action` does not apply to a code in `state` (None when it does)."""
    if action == "suspend" and state is not ExpressCodeState.ACTIF:
        return QCoreApplication.translate("ExpressCode", "Seul un code actif peut être suspendu.")
    if action == "reactivate" and state is not ExpressCodeState.SUSPENDU:
        return QCoreApplication.translate(
            "ExpressCode", "Seul un code suspendu peut être réactivé."
        )
    if action == "cancel" and state is ExpressCodeState.ANNULE:
        return QCoreApplication.translate(
            "ExpressCode", "Le code est déjà annulé : obtenez-en un nouveau au besoin."
        )
    return None


class ExpressCodeWizard(TransactionWizard):
    """One action on the enterprise's express code. Opened with `ctx.open_transaction`;
    closes itself through `ctx.close_transaction` and says `ctx.changed("enterprise")`."""

    def __init__(
        self,
        ctx: AppContext,
        enterprise: Enterprise,
        action: ExpressCodeAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            express_action_title(action),
            lambda key: self._send(key),
            parent,
            receipt=receipt_factory(self),
            confirm=self._question(action),
        )
        self.ctx = ctx
        self.enterprise = enterprise
        self.action = action
        self.receipt_view: ReceiptView | None = None
        self.code_page: OneTimeSecretPage | None = None
        state = enterprise.express_code.state
        self.verification_page.set_sections(
            [
                RecapSection(
                    self.tr("Renseignements sur l'entreprise"),
                    [
                        (self.tr("Nom de l'entreprise"), enterprise.name),
                        (self.tr("Numéro d'identification"), enterprise.id),
                        (self.tr("Numéro d'entreprise du Québec (NEQ)"), enterprise.neq or "—"),
                    ],
                ),
                RecapSection(
                    self.tr("Code d'accès clicSÉQUR express"),
                    [
                        (self.tr("État actuel du code"), express_state_label(state)),
                        (self.tr("Action demandée"), express_action_title(action)),
                        (self.tr("Effet"), express_action_effect(action)),
                    ],
                ),
            ]
        )
        if action == "reissue":
            self.add_final_page(self.tr("Nouveau code d'accès"), deferred_final(self._code))
        self.transmitted.connect(self._announce)
        self.finished.connect(self._close)
        self.cancelled.connect(self._close)

    def _question(self, action: ExpressCodeAction) -> Confirmation | None:
        """Cancelling and reissuing ask once more: the code in use stops working at once."""
        if action == "cancel":
            text = self.tr("Voulez-vous vraiment annuler le code clicSÉQUR express ?")
            yes = self.tr("&Oui, annuler le code")
        elif action == "reissue":
            text = self.tr("Voulez-vous vraiment remplacer le code clicSÉQUR express actuel ?")
            yes = self.tr("&Oui, obtenir un nouveau code")
        else:
            return None
        return Confirmation(
            "expressCodeQuestion",
            express_action_title(action),
            text,
            express_action_effect(action),
            yes,
        )

    # ---- transmission ----------------------------------------------------------------------------

    async def _send(self, idempotency_key: str) -> ExpressCodeResult:
        return await self.ctx.api.express_code(self.action, idempotency_key=idempotency_key)

    def _code(self, result: object) -> QWidget:
        assert isinstance(result, ExpressCodeResult)
        page = OneTimeSecretPage(
            intro=self.tr(
                "Voici le nouveau code d'accès clicSÉQUR express de l'entreprise. Il s'utilise "
                "avec le NEQ ; l'ancien code ne fonctionne plus. Conservez-le précieusement et "
                "ne le transmettez qu'aux personnes autorisées à l'utiliser."
            ),
            subject=self.enterprise.name,
            rows=[
                (self.tr("NEQ"), self.enterprise.neq or self.enterprise.id),
                (self.tr("Code d'accès clicSÉQUR express"), result.code or ""),
            ],
            warning=self.tr(
                "Ce code ne sera plus jamais affiché : imprimez cette page ou notez-le avant de "
                "cliquer sur « Terminer ». {0}"
            ).format(binding_warning()),
            sheet_title=self.tr("Code d'accès clicSÉQUR express"),
            sheet_notes=[binding_warning()],
        )
        self.code_page = page
        return page

    def _announce(self, result: object) -> None:
        if isinstance(result, ExpressCodeResult):
            self.enterprise = self.enterprise.model_copy(
                update={"express_code": result.express_code}
            )
            self.ctx.enterprise = self.enterprise
        self.ctx.changed("enterprise")
        self.ctx.changed("receipts")

    def _close(self, *_args: object) -> None:
        self.ctx.close_transaction(self)
