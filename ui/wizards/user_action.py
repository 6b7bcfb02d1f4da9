"""Suspend, reactivate, revoke a user record or reset its password; and consult a record.

Each action is a transaction in the wizard frame: *Vérification des données* (the record and
what the action will do) → «Transmettre» → *Accusé de réception*; a reset password is then
shown once (`OneTimeSecretPage`). Revoking is for good, so «Transmettre» asks once more.
`UserRecordFrame` is the read-only *Consultation d'un dossier*: the record, the procuration the
user holds and its assignment.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.api.client import UserAction
from app.domain.models import Assignment, PasswordResetResult, User, UserResult
from ui.context import AppContext
from ui.models.table import Column, TableModel
from ui.receipt_view import ReceiptView
from ui.widgets.wizard import WIZARD_STYLE, Confirmation, RecapSection, TransactionWizard
from ui.wizards.create_user import (
    OneTimeSecretPage,
    deferred_final,
    phone_display,
    receipt_factory,
    role_label,
    user_state_label,
)

log = logging.getLogger(__name__)


def action_title(action: str) -> str:
    """The transaction's title, as the original's menu names it."""
    if action == "suspend":
        return QCoreApplication.translate(
            "UserActionWizard", "Suspension du dossier d'un utilisateur"
        )
    if action == "reactivate":
        return QCoreApplication.translate(
            "UserActionWizard", "Réactivation du dossier d'un utilisateur"
        )
    if action == "revoke":
        return QCoreApplication.translate(
            "UserActionWizard", "Révocation du dossier d'un utilisateur"
        )
    return QCoreApplication.translate(
        "UserActionWizard", "Modification du mot de passe de l'utilisateur"
    )


def action_effect(action: str) -> str:
    """What the action does, in one or two sentences for the verification step."""
    if action == "suspend":
        return QCoreApplication.translate(
            "UserActionWizard",
            "Le dossier sera suspendu : l'utilisateur ne pourra plus se connecter tant que son "
            "dossier ne sera pas réactivé. Ses sessions ouvertes prennent fin.",
        )
    if action == "reactivate":
        return QCoreApplication.translate(
            "UserActionWizard",
            "Le dossier sera réactivé : l'utilisateur pourra de nouveau se connecter avec son "
            "mot de passe.",
        )
    if action == "revoke":
        return QCoreApplication.translate(
            "UserActionWizard",
            "Le dossier sera révoqué définitivement : l'utilisateur ne pourra plus se "
            "connecter et ses assignations de procuration prennent fin. Un dossier révoqué ne "
            "peut pas être réactivé.",
        )
    return QCoreApplication.translate(
        "UserActionWizard",
        "Un nouveau mot de passe temporaire sera créé et l'actuel ne fonctionnera plus. "
        "L'utilisateur devra le remplacer à sa première connexion. Ses sessions ouvertes "
        "prennent fin.",
    )


def held_procuration_label(user: User) -> str:
    """What the «Procuration détenue» column and the record say."""
    if user.role.value == "rse":
        return QCoreApplication.translate("users", "Générale (RSE)")
    if user.procuration_description is not None or user.procuration_id is not None:
        return user.procuration_description or QCoreApplication.translate(
            "users", "(sans description)"
        )
    return QCoreApplication.translate("users", "Aucune")


def user_record_rows(user: User) -> list[tuple[str, str]]:
    """The record as label/value rows (verification steps and consultation)."""

    return [
        (QCoreApplication.translate("users", "Code d'utilisateur"), user.user_code),
        (QCoreApplication.translate("users", "Nom de famille"), user.last_name),
        (QCoreApplication.translate("users", "Prénom"), user.first_name),
        (QCoreApplication.translate("users", "Courriel"), user.email),
        (
            QCoreApplication.translate("users", "Téléphone (travail)"),
            phone_display(user.phone, user.phone_extension),
        ),
        (QCoreApplication.translate("users", "Rôle"), role_label(user.role)),
        (QCoreApplication.translate("users", "État"), user_state_label(user.state)),
        (QCoreApplication.translate("users", "Procuration détenue"), held_procuration_label(user)),
    ]


class UserActionWizard(TransactionWizard):
    """One of suspend, reactivate, revoke, reset-password on `user`. Opened with
    `ctx.open_transaction(wizard)`; closes itself through `ctx.close_transaction`."""

    def __init__(
        self, ctx: AppContext, user: User, action: UserAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            action_title(action),
            lambda key: self._send(key),
            parent,
            receipt=receipt_factory(self),
            confirm=self._question(user) if action == "revoke" else None,
        )
        self.ctx = ctx
        self.user = user
        self.action = action
        self.receipt_view: ReceiptView | None = None
        self.password_page: OneTimeSecretPage | None = None
        self.verification_page.set_sections(
            [
                RecapSection(self.tr("Renseignements sur l'utilisateur"), user_record_rows(user)),
                RecapSection(
                    self.tr("Action demandée"),
                    [
                        (self.tr("Action"), action_title(action)),
                        (self.tr("Effet"), action_effect(action)),
                    ],
                ),
            ]
        )
        if action == "reset-password":
            self.add_final_page(
                self.tr("Nouveau mot de passe temporaire"), deferred_final(self._password)
            )
        self.transmitted.connect(self._announce)
        self.finished.connect(self._close)
        self.cancelled.connect(self._close)

    def _question(self, user: User) -> Confirmation:
        """Revoking is for good: «Transmettre» asks once more."""
        name = f"{user.first_name} {user.last_name}"
        return Confirmation(
            "revokeQuestion",
            self.tr("Révoquer le dossier"),
            self.tr("Voulez-vous vraiment révoquer le dossier de {0} ?").format(name),
            self.tr("La révocation est définitive : le dossier ne pourra pas être réactivé."),
            self.tr("&Oui, révoquer"),
        )

    # ---- transmission ----------------------------------------------------------------------------

    async def _send(self, idempotency_key: str) -> UserResult | PasswordResetResult:
        if self.action == "reset-password":
            return await self.ctx.api.user_action(
                self.user.user_code, "reset-password", idempotency_key=idempotency_key
            )
        return await self.ctx.api.user_action(
            self.user.user_code, self.action, idempotency_key=idempotency_key
        )

    def _password(self, result: object) -> QWidget:
        assert isinstance(result, PasswordResetResult)
        name = f"{result.user.first_name} {result.user.last_name}"
        page = OneTimeSecretPage(
            intro=self.tr(
                "Voici le nouveau mot de passe temporaire de {0}. Communiquez-le-lui : il "
                "devra le remplacer à sa première connexion."
            ).format(name),
            subject=name,
            rows=[
                (self.tr("Code d'utilisateur"), result.user.user_code),
                (self.tr("Mot de passe temporaire"), result.temporary_password),
            ],
            warning=self.tr(
                "Ce mot de passe temporaire ne sera plus jamais affiché. Imprimez cette page "
                "ou notez-le avant de cliquer sur « Terminer »."
            ),
            sheet_title=self.tr("Nouveau mot de passe temporaire"),
            sheet_notes=[
                self.tr(
                    "Connectez-vous avec ce code d'utilisateur et ce mot de passe temporaire, "
                    "puis choisissez votre propre mot de passe. Gardez-le pour vous."
                )
            ],
            enterprise=self.ctx.me.enterprise.name,
        )
        self.password_page = page
        return page

    def _announce(self, _result: object) -> None:
        self.ctx.changed("users")
        self.ctx.changed("receipts")
        if self.action == "revoke":
            self.ctx.changed("procurations")  # its assignments ended

    def _close(self, *_args: object) -> None:
        self.ctx.close_transaction(self)


# ---- consultation ------------------------------------------------------------------------------


class AssignmentTableModel(TableModel[Assignment]):
    """The assignments a user holds (for a mandataire's staff, one per client enterprise)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.set_columns(
            [
                Column(self.tr("Procuration"), lambda a: a.procuration_description or "—"),
                Column(
                    self.tr("Entreprise"),
                    lambda a: a.mandant.name if a.mandant is not None else "",
                ),
                Column(
                    self.tr("Date de début"),
                    lambda a: a.start_date,
                    alignment=Qt.AlignmentFlag.AlignCenter,
                ),
                Column(
                    self.tr("Date de fin"),
                    lambda a: a.end_date,
                    alignment=Qt.AlignmentFlag.AlignCenter,
                ),
                Column(
                    self.tr("État"),
                    lambda a: self.tr("Active") if a.active else self.tr("Terminée"),
                ),
            ]
        )


RECORD_STYLE = """
QLabel#frameTitle { font-size: 16pt; font-weight: bold; color: #223654; }
QLabel[recapSection="true"] { font-weight: bold; font-size: 11pt; color: #223654;
    padding: 8px 0 2px 0; }
QLabel[recapLabel="true"] { color: #4e5662; }
QTableView { border: 1px solid #c5cad2; gridline-color: #e0e3e8; }
QHeaderView::section { background: #223654; color: #ffffff; padding: 4px; border: none;
    font-weight: bold; }
"""


class UserRecordFrame(QWidget):
    """*Consultation d'un dossier*: the record, read-only, and what the user holds.

    Shown in the main area like a transaction (`ctx.open_transaction(frame)`); «Retour à la
    liste» emits `closed` and calls `ctx.close_transaction(frame)`.
    """

    closed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        user: User,
        assignments: Sequence[Assignment],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("userRecordFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(WIZARD_STYLE + RECORD_STYLE)
        self.ctx = ctx
        self.user = user
        title = QLabel(self.tr("Consultation du dossier d'un utilisateur"), self)
        title.setObjectName("frameTitle")
        self.setWindowTitle(title.text())
        rule = QFrame(self)
        rule.setObjectName("wizardRule")

        body = QWidget()
        body.setProperty("wizardPage", True)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setColumnStretch(1, 1)
        row = 0
        self.values: dict[str, str] = {}

        def section(text: str) -> None:
            nonlocal row
            heading = QLabel(text, body)
            heading.setProperty("recapSection", True)
            grid.addWidget(heading, row, 0, 1, 2)
            row += 1

        def line(label: str, value: str) -> None:
            nonlocal row
            name = QLabel(label, body)
            name.setProperty("recapLabel", True)
            shown = QLabel(value, body)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(label)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(shown, row, 1, Qt.AlignmentFlag.AlignTop)
            self.values[label] = value
            row += 1

        section(self.tr("Renseignements sur l'utilisateur"))
        for label, value in user_record_rows(user):
            line(label, value)
        if user.created_on is not None:
            line(self.tr("Date de création"), user.created_on.isoformat())
        line(
            self.tr("Mot de passe temporaire à remplacer"),
            self.tr("Oui") if user.password_change_required else self.tr("Non"),
        )

        section(self.tr("Procuration détenue et assignation"))
        active = [a for a in assignments if a.active]
        held = next((a for a in active if a.procuration_id == user.procuration_id), None)
        if user.role.value == "rse":
            note = self.tr(
                "Un ou une RSE détient la procuration générale de l'entreprise : tous ses "
                "droits d'accès."
            )
        elif held is not None:
            note = self.tr("« {0} », assignée du {1} au {2}.").format(
                held.procuration_description or user.procuration_description or "—",
                held.start_date.isoformat(),
                held.end_date.isoformat(),
            )
        elif user.procuration_id is not None:
            note = self.tr("« {0} ».").format(user.procuration_description or "—")
        else:
            note = self.tr("Aucune procuration de l'entreprise n'est assignée à cet utilisateur.")
        self.procuration_label = QLabel(note, body)
        self.procuration_label.setWordWrap(True)
        grid.addWidget(self.procuration_label, row, 0, 1, 2)
        row += 1
        self.assignments_model = AssignmentTableModel(self)
        self.assignments_model.set_rows(assignments)
        self.assignments_table = QTableView(body)
        self.assignments_table.setModel(self.assignments_model)
        self.assignments_table.setAccessibleName(self.tr("Assignations de l'utilisateur"))
        self.assignments_table.setTabKeyNavigation(False)  # Tab leaves the table
        self.assignments_table.verticalHeader().setVisible(False)
        self.assignments_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.assignments_table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.assignments_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.assignments_table.setMaximumHeight(160)
        self.assignments_table.setVisible(bool(assignments))
        grid.addWidget(self.assignments_table, row, 0, 1, 2)
        row += 1
        grid.setRowStretch(row, 1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.windowTitle())  # Tab stops on it, to scroll
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setObjectName("wizardPageScroll")
        scroll.viewport().setObjectName("wizardPageViewport")
        scroll.setWidget(body)

        self.back_button = QPushButton(self.tr("&Retour à la liste"), self)
        self.back_button.setProperty("primary", True)
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.close_frame)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(rule)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Focus given to the frame goes to «Retour». Not a focus proxy: Qt would take the
        # frame for a Tab stop after the button and send Tab back to it, a keyboard trap.
        self.back_button.setFocus(event.reason())

    def close_frame(self) -> None:
        self.closed.emit()
        self.ctx.close_transaction(self)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            self.close_frame()
            return
        super().keyPressEvent(event)
