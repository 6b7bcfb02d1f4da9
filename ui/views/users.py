"""Gestion des dossiers des utilisateurs: the list of user records and the actions on them.

The table (a `TableModel`, sorted and searched in Python) shows Nom, Prénom, Code
d'utilisateur, Rôle, État and Procuration détenue; the search field filters at each keystroke.
The actions of the original's menu — Créer, Consulter, Modifier, Suspendre, Réactiver,
Révoquer, Modifier le mot de passe — are enabled only where they apply to the selected record's
state, with a tooltip saying why not, and all need the service (`set_online(False)` disables
them). Each opens its wizard in the main area through `ctx.open_transaction`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from app.api.client import UserAction
from app.domain.common import UserState
from app.domain.models import User
from ui.asyncutil import busy, run_task
from ui.context import AppContext
from ui.errors import show_error
from ui.list_export import ListExport
from ui.models.table import Column, TableModel
from ui.views.base import (
    View,
    make_current_row,
    screen_layout,
    selected_row,
    set_up_list_table,
)
from ui.widgets.column_fit import fit_columns
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.wizard import WIZARD_STYLE
from ui.wizards.create_user import CreateUserWizard, role_label, user_state_label
from ui.wizards.modify_user import ModifyUserWizard
from ui.wizards.user_action import UserActionWizard, UserRecordFrame, held_procuration_label

log = logging.getLogger(__name__)

# The look of the screens (white, navy, clear labels), on top of the wizard's buttons and fields.
SCREEN_STYLE = (
    WIZARD_STYLE
    + """
QWidget[screen="true"] { background: #ffffff; }
QLabel#screenTitle { font-size: 16pt; font-weight: bold; color: #223654; }
QFrame#screenRule { background: #223654; border: none; min-height: 2px; max-height: 2px; }
QLabel[screenIntro="true"] { color: #223654; }
QLabel[sectionTitle="true"] { font-weight: bold; font-size: 11pt; color: #223654;
    padding: 8px 0 2px 0; }
QLabel[fieldName="true"] { color: #4e5662; }
QLabel[countLabel="true"] { color: #4e5662; }
QLabel#offlineBanner { color: #6b3d00; background: #fff4e5; border-left: 4px solid #e58a00;
    padding: 6px; }
QTableView { border: 1px solid #c5cad2; gridline-color: #e0e3e8; background: #ffffff;
    alternate-background-color: #f4f6f9; selection-background-color: #095797;
    selection-color: #ffffff; }
QTableView:focus { border: 2px solid #4a98d9; }
QHeaderView::section { background: #223654; color: #ffffff; padding: 5px 6px; border: none;
    border-right: 1px solid #3a4d6e; font-weight: bold; }
"""
)

ACTIONS: tuple[str, ...] = (
    "create",
    "consult",
    "modify",
    "suspend",
    "reactivate",
    "revoke",
    "reset-password",
)


@dataclass(frozen=True)
class Notice:
    """A sentence for `show_error`, already in the interface language."""

    message_fr: str
    message_en: str

    @classmethod
    def of(cls, text: str) -> Notice:
        return cls(text, text)


class UserTableModel(TableModel[User]):
    """Nom, Prénom, Code d'utilisateur, Rôle, État, Procuration détenue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.set_columns(
            [
                Column(self.tr("Nom"), lambda u: u.last_name),
                Column(self.tr("Prénom"), lambda u: u.first_name),
                Column(self.tr("Code d'utilisateur"), lambda u: u.user_code),
                Column(
                    self.tr("Rôle"),
                    lambda u: role_label(u.role),
                    tooltip=lambda u: role_label(u.role),
                ),
                Column(self.tr("État"), lambda u: user_state_label(u.state)),
                Column(
                    self.tr("Procuration détenue"),
                    held_procuration_label,
                    tooltip=held_procuration_label,
                ),
            ]
        )


class UsersView(View):
    """The list of the enterprise's user records, and the way to every action on them."""

    key = "users"
    depends_on = ("users", "procurations", "assignments")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setProperty("screen", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(SCREEN_STYLE)
        self._online = ctx.online
        self.last_frame: QWidget | None = None  # the wizard or record opened last

        heading = QLabel(self.title(), self)
        heading.setObjectName("screenTitle")
        rule = QFrame(self)
        rule.setObjectName("screenRule")
        intro = QLabel(
            self.tr(
                "Sélectionnez un dossier dans la liste, puis cliquez sur l'action voulue. Une "
                "action qui ne s'applique pas à l'état du dossier est grisée : survolez-la pour "
                "savoir pourquoi."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("screenIntro", True)

        self.offline_banner = QLabel(
            self.tr(
                "Hors ligne : la liste affichée peut ne pas être à jour et les actions sont "
                "indisponibles jusqu'au retour de la connexion."
            ),
            self,
        )
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setVisible(not self._online)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Nom, prénom, code d'utilisateur, rôle, état…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Rechercher un dossier"))
        self.search.setMinimumWidth(320)
        search_label = QLabel(self.tr("Reche&rcher :"), self)
        search_label.setBuddy(self.search)
        self.count_label = QLabel(self)
        self.count_label.setProperty("countLabel", True)

        self.model = UserTableModel(self)
        self.export = ListExport(self, self.model, name="utilisateurs")
        self.table = set_up_list_table(
            QTableView(self), self.model, self.tr("Dossiers des utilisateurs"), row_height=26
        )
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # The procuration held takes the room the others leave.
        self.column_fit = fit_columns(self.table, stretch=(5,), shrink=(3,))

        texts = {
            "create": self.tr("Cr&éer"),
            "consult": self.tr("C&onsulter"),
            "modify": self.tr("&Modifier"),
            "suspend": self.tr("&Suspendre"),
            "reactivate": self.tr("Réac&tiver"),
            "revoke": self.tr("Ré&voquer"),
            "reset-password": self.tr("Modifier le mot de &passe"),
        }
        self.buttons: dict[str, QPushButton] = {}
        actions = FlowLayout()  # wraps when the texts are longer (English, large fonts)
        actions.setSpacing(8)
        for action in ACTIONS:
            button = QPushButton(texts[action], self)
            button.setObjectName(f"usersAction_{action}")
            button.setAutoDefault(True)
            button.clicked.connect(lambda _c=False, a=action: self.trigger(a))
            self.buttons[action] = button
            actions.addWidget(button)
            if action == "create":
                actions.addSpacing(24)
        actions.addStretch(1)
        self.buttons["create"].setProperty("primary", True)

        search_row = FlowLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addStretch(1)
        search_row.addWidget(self.count_label)
        search_row.addLayout(self.export.button_row())

        layout = screen_layout(self)
        layout.addWidget(heading)
        layout.addWidget(rule)
        layout.addWidget(intro)
        layout.addWidget(self.offline_banner)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.search.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        self.table.activated.connect(self._activated)
        self.model.modelReset.connect(self._update_count)
        self.update_actions()
        self._update_count()

    def title(self) -> str:
        return self.tr("Gestion des dossiers des utilisateurs")

    # ---- data ----------------------------------------------------------------------------------

    async def refresh(self) -> None:
        users = await self.export.read(self.ctx.api.all_users())
        self.set_users(users)

    def set_users(self, users: list[User]) -> None:
        """Show `users`, keeping the selected record selected when it is still there."""
        selected = self.selected_user()
        self.model.set_rows(users)
        if selected is not None:
            self.select_user(selected.user_code)
        self.update_actions()

    def selected_user(self) -> User | None:
        return selected_row(self.table, self.model)

    def select_user(self, user_code: str) -> bool:
        return make_current_row(self.table, self.model, lambda u: u.user_code == user_code)

    def _filter(self, text: str) -> None:
        selected = self.selected_user()
        self.model.set_filter(text)
        if selected is not None:
            self.select_user(selected.user_code)
        self.update_actions()

    def _update_count(self) -> None:
        shown, total = self.model.visible_count(), self.model.total_count()
        if shown == total:
            self.count_label.setText(self.tr("Nombre de dossiers : {0}").format(total))
        else:
            self.count_label.setText(
                self.tr("Dossiers affichés : {0} sur {1}").format(shown, total)
            )

    # ---- what applies ----------------------------------------------------------------------------

    def set_online(self, online: bool) -> None:
        self._online = online
        self.offline_banner.setVisible(not online)
        self.update_actions()

    def reason_unavailable(self, action: str, user: User | None) -> str | None:
        """Why `action` cannot be done now on `user` (the selected record), or None."""
        if not self._online:
            return self.tr(
                "Hors ligne : cette action a besoin du service. Elle redeviendra possible au "
                "retour de la connexion."
            )
        if action == "create":
            return None
        if user is None:
            return self.tr("Sélectionnez d'abord un dossier dans la liste.")
        own = user.user_code == self.ctx.me.user_code
        state = user.state
        if action == "consult":
            return None
        if action == "modify":
            if state is UserState.REVOQUE:
                return self.tr("Un dossier révoqué ne peut plus être modifié.")
            return None
        if action == "suspend":
            if state is UserState.SUSPENDU:
                return self.tr("Ce dossier est déjà suspendu.")
            if state is UserState.REVOQUE:
                return self.tr("Un dossier révoqué ne peut pas être suspendu.")
            if own:
                return self.tr("Vous ne pouvez pas suspendre votre propre dossier.")
            return None
        if action == "reactivate":
            if state is UserState.ACTIF:
                return self.tr("Ce dossier est actif : il n'y a rien à réactiver.")
            if state is UserState.REVOQUE:
                return self.tr("Un dossier révoqué ne peut pas être réactivé.")
            return None
        if action == "revoke":
            if state is UserState.REVOQUE:
                return self.tr("Ce dossier est déjà révoqué.")
            if own:
                return self.tr("Vous ne pouvez pas révoquer votre propre dossier.")
            return None
        if action == "reset-password":
            if state is UserState.REVOQUE:
                return self.tr(
                    "Le dossier est révoqué : son mot de passe ne peut plus être modifié."
                )
            if own:
                return self.tr(
                    "Vous ne pouvez pas réinitialiser votre propre mot de passe ici : votre "
                    "session prendrait fin."
                )
            return None
        return None

    def action_tooltip(self, action: str) -> str:
        if action == "create":
            return self.tr("Créer le dossier d'un nouvel utilisateur.")
        if action == "consult":
            return self.tr("Consulter le dossier sélectionné et la procuration qu'il détient.")
        if action == "modify":
            return self.tr("Modifier les renseignements du dossier sélectionné.")
        if action == "suspend":
            return self.tr("Suspendre le dossier : l'utilisateur ne pourra plus se connecter.")
        if action == "reactivate":
            return self.tr("Réactiver le dossier suspendu.")
        if action == "revoke":
            return self.tr("Révoquer le dossier, définitivement.")
        return self.tr("Donner à l'utilisateur un nouveau mot de passe temporaire.")

    def update_actions(self) -> None:
        user = self.selected_user()
        for action, button in self.buttons.items():
            reason = self.reason_unavailable(action, user)
            button.setEnabled(reason is None)
            tip = reason if reason is not None else self.action_tooltip(action)
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)

    # ---- actions -------------------------------------------------------------------------------

    def trigger(self, action: str) -> None:
        """Run `action` on the selected record (what the buttons do)."""
        user = self.selected_user()
        reason = self.reason_unavailable(action, user)
        if reason is not None:
            return
        if action == "create":
            self._open(CreateUserWizard(self.ctx))
            return
        assert user is not None
        run_task(self._open_for(action, user.user_code), owner=self, name=f"users-{action}")

    def _activated(self, index: QModelIndex) -> None:
        # Enter or a double click on a row: consult it.
        if index.isValid() and self.reason_unavailable("consult", self.selected_user()) is None:
            self.trigger("consult")

    async def _open_for(self, action: str, user_code: str) -> None:
        # Read the record again: the wizard must show (and modify) the version of now.
        with busy(self.table, *self.buttons.values()):
            user, etag = await self.ctx.api.user(user_code)
            assignments = (
                await self.ctx.api.user_assignments(user_code) if action == "consult" else []
            )
        self._replace(user)
        self.update_actions()
        if action == "consult":
            self._open(UserRecordFrame(self.ctx, user, assignments))
            return
        reason = self.reason_unavailable(action, user)
        if reason is not None:
            # Someone changed the record since the list was read.
            show_error(self, Notice.of(reason))
            return
        if action == "modify":
            self._open(ModifyUserWizard(self.ctx, user, etag))
            return
        user_action: UserAction
        if action == "suspend":
            user_action = "suspend"
        elif action == "reactivate":
            user_action = "reactivate"
        elif action == "revoke":
            user_action = "revoke"
        else:
            user_action = "reset-password"
        self._open(UserActionWizard(self.ctx, user, user_action))

    def _replace(self, user: User) -> None:
        for source, row in enumerate(self.model.rows()):
            if row.user_code == user.user_code:
                self.model.update_row(source, user)
                return

    def _open(self, frame: QWidget) -> None:
        self.last_frame = frame
        log.info("Écran ouvert : %s", type(frame).__name__)
        self.ctx.open_transaction(frame)
