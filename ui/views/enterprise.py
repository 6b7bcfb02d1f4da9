"""Dossier de l'entreprise: its numbers, head office, RSEs, and the clicSÉQUR express code.

The express code's actions — Suspendre, Réactiver, Annuler le code, Obtenir un nouveau code —
are transactions (`ui.wizards.express_code`), enabled only where they apply to the code's
state, with a tooltip saying why not.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from app.api.client import ExpressCodeAction
from app.domain.models import Enterprise, UserSummary
from ui.context import AppContext
from ui.models.table import Column, TableModel
from ui.views.base import View, screen_layout
from ui.views.users import SCREEN_STYLE
from ui.wizards.create_user import role_label, user_state_label
from ui.wizards.express_code import (
    ExpressCodeWizard,
    binding_warning,
    express_action_refusal,
    express_state_label,
)

log = logging.getLogger(__name__)

EXPRESS_ACTIONS: tuple[ExpressCodeAction, ...] = ("suspend", "reactivate", "cancel", "reissue")

ENTERPRISE_STYLE = """
QFrame#expressBox { border: 1px solid #c5cad2; background: #f4f6f9; }
QLabel#expressState { font-weight: bold; font-size: 12pt; color: #223654; }
QLabel#expressState[state="suspendu"] { color: #8a4b00; }
QLabel#expressState[state="annule"] { color: #cb381f; }
QLabel[note="true"] { color: #4e5662; }
"""


class RseTableModel(TableModel[UserSummary]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.set_columns(
            [
                Column(self.tr("Nom"), lambda u: u.last_name),
                Column(self.tr("Prénom"), lambda u: u.first_name),
                Column(self.tr("Code d'utilisateur"), lambda u: u.user_code),
                Column(self.tr("Rôle"), lambda u: role_label(u.role)),
                Column(self.tr("État"), lambda u: user_state_label(u.state)),
            ]
        )


class EnterpriseView(View):
    """The enterprise's own record, read from `GET /enterprise`."""

    key = "enterprise"
    depends_on = ("enterprise", "users")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setProperty("screen", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(SCREEN_STYLE + ENTERPRISE_STYLE)
        self._online = ctx.online
        self.enterprise: Enterprise | None = None
        self.last_frame: QWidget | None = None

        heading = QLabel(self.title(), self)
        heading.setObjectName("screenTitle")
        rule = QFrame(self)
        rule.setObjectName("screenRule")
        self.offline_banner = QLabel(
            self.tr(
                "Hors ligne : les renseignements affichés peuvent ne pas être à jour et les "
                "actions sont indisponibles jusqu'au retour de la connexion."
            ),
            self,
        )
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setWordWrap(True)

        body = QWidget()
        body.setProperty("screen", True)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(6)

        # -- Renseignements sur l'entreprise --
        column.addWidget(self._section(self.tr("Renseignements sur l'entreprise")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.fields: dict[str, QLabel] = {}
        for row, (name, label) in enumerate(
            [
                ("name", self.tr("Nom de l'entreprise")),
                ("id", self.tr("Numéro d'identification")),
                ("neq", self.tr("Numéro d'entreprise du Québec (NEQ)")),
                ("address", self.tr("Adresse du siège social")),
            ]
        ):
            caption = QLabel(label, body)
            caption.setProperty("fieldName", True)
            value = QLabel("—", body)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            self.fields[name] = value
        column.addLayout(grid)

        # -- RSE --
        column.addSpacing(8)
        column.addWidget(self._section(self.tr("Responsables des services électroniques (RSE)")))
        rse_note = QLabel(
            self.tr(
                "Les RSE détiennent la procuration générale de l'entreprise : ils l'inscrivent "
                "aux services électroniques, gèrent les dossiers des utilisateurs et les "
                "procurations."
            ),
            body,
        )
        rse_note.setWordWrap(True)
        rse_note.setProperty("note", True)
        column.addWidget(rse_note)
        self.rse_model = RseTableModel(self)
        self.rse_table = QTableView(body)
        self.rse_table.setModel(self.rse_model)
        self.rse_table.setAccessibleName(self.tr("Responsables des services électroniques"))
        self.rse_table.verticalHeader().setVisible(False)
        self.rse_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rse_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rse_table.setTabKeyNavigation(False)
        self.rse_table.setSortingEnabled(True)
        self.rse_table.horizontalHeader().setStretchLastSection(True)
        self.rse_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.rse_table.verticalHeader().setDefaultSectionSize(26)
        column.addWidget(self.rse_table)

        # -- clicSÉQUR express --
        column.addSpacing(8)
        column.addWidget(self._section(self.tr("Code d'accès clicSÉQUR express")))
        box = QFrame(body)
        box.setObjectName("expressBox")
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(14, 10, 14, 12)
        box_layout.setSpacing(8)
        state_row = QHBoxLayout()
        state_caption = QLabel(self.tr("État du code :"), box)
        state_caption.setProperty("fieldName", True)
        self.express_state = QLabel("—", box)
        self.express_state.setObjectName("expressState")
        self.express_state.setAccessibleName(self.tr("État du code clicSÉQUR express"))
        self.express_since = QLabel(box)
        self.express_since.setProperty("note", True)
        state_row.addWidget(state_caption)
        state_row.addWidget(self.express_state)
        state_row.addWidget(self.express_since)
        state_row.addStretch(1)
        box_layout.addLayout(state_row)
        about = QLabel(
            self.tr(
                "L'entreprise a un seul code, permanent, qui s'utilise avec son NEQ pour "
                "accéder aux services en ligne participants. {0}"
            ).format(binding_warning()),
            box,
        )
        about.setWordWrap(True)
        about.setProperty("note", True)
        box_layout.addWidget(about)
        texts = {
            "suspend": self.tr("&Suspendre"),
            "reactivate": self.tr("Réac&tiver"),
            "cancel": self.tr("A&nnuler le code"),
            "reissue": self.tr("&Obtenir un nouveau code"),
        }
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for action in EXPRESS_ACTIONS:
            button = QPushButton(texts[action], box)
            button.setObjectName(f"expressAction_{action}")
            button.setAutoDefault(True)
            button.clicked.connect(lambda _c=False, a=action: self.trigger(a))
            self.buttons[action] = button
            actions.addWidget(button)
        actions.addStretch(1)
        box_layout.addLayout(actions)
        column.addWidget(box)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.title())  # Tab stops on it, to scroll with the keys
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        layout = screen_layout(self)
        layout.addWidget(heading)
        layout.addWidget(rule)
        layout.addWidget(self.offline_banner)
        layout.addWidget(scroll, 1)

        self.offline_banner.setVisible(not self._online)
        if ctx.enterprise is not None:
            self.show_enterprise(ctx.enterprise)
        else:
            self.update_actions()

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("sectionTitle", True)
        label.setIndent(0)  # a styled label would otherwise indent its text
        return label

    def title(self) -> str:
        return self.tr("Dossier de l'entreprise")

    # ---- data ----------------------------------------------------------------------------------

    async def refresh(self) -> None:
        enterprise = await self.ctx.api.enterprise()
        self.ctx.enterprise = enterprise
        self.show_enterprise(enterprise)

    def show_enterprise(self, enterprise: Enterprise) -> None:
        self.enterprise = enterprise
        self.fields["name"].setText(enterprise.name)
        self.fields["id"].setText(enterprise.id)
        self.fields["neq"].setText(enterprise.neq or self.tr("(aucun)"))
        self.fields["address"].setText(enterprise.address)
        self.rse_model.set_rows(enterprise.rses)
        self._fit_rse_table()
        code = enterprise.express_code
        self.express_state.setText(express_state_label(code.state))
        self.express_state.setProperty("state", code.state.value)
        self.express_state.style().unpolish(self.express_state)
        self.express_state.style().polish(self.express_state)
        self.express_since.setText(
            self.tr("depuis le {0}").format(code.state_on.isoformat()) if code.state_on else ""
        )
        self.update_actions()

    def _fit_rse_table(self) -> None:
        # As tall as its rows (an enterprise has a few RSEs): no empty band, no scroll bar.
        table = self.rse_table
        rows = max(1, self.rse_model.rowCount())
        height = (
            table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
            + 2
        )
        table.setFixedHeight(min(height, 260))

    # ---- what applies ----------------------------------------------------------------------------

    def set_online(self, online: bool) -> None:
        self._online = online
        self.offline_banner.setVisible(not online)
        self.update_actions()

    def reason_unavailable(self, action: str) -> str | None:
        if not self._online:
            return self.tr(
                "Hors ligne : cette action a besoin du service. Elle redeviendra possible au "
                "retour de la connexion."
            )
        if self.enterprise is None:
            return self.tr("Le dossier de l'entreprise n'est pas encore chargé.")
        if not self.ctx.is_rse:
            return self.tr("Seuls les RSE de l'entreprise peuvent gérer le code express.")
        return express_action_refusal(action, self.enterprise.express_code.state)

    def action_tooltip(self, action: str) -> str:
        if action == "suspend":
            return self.tr(
                "Suspendre le code : il ne pourra plus être utilisé d'ici sa réactivation."
            )
        if action == "reactivate":
            return self.tr("Réactiver le code suspendu.")
        if action == "cancel":
            return self.tr("Annuler le code : il cesse aussitôt de fonctionner.")
        return self.tr("Remplacer le code par un nouveau, affiché une seule fois.")

    def update_actions(self) -> None:
        for action, button in self.buttons.items():
            reason = self.reason_unavailable(action)
            button.setEnabled(reason is None)
            tip = reason if reason is not None else self.action_tooltip(action)
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)

    # ---- actions -------------------------------------------------------------------------------

    def trigger(self, action: ExpressCodeAction) -> None:
        if self.reason_unavailable(action) is not None or self.enterprise is None:
            return
        wizard = ExpressCodeWizard(self.ctx, self.enterprise, action)
        self.last_frame = wizard
        self.ctx.open_transaction(wizard)
