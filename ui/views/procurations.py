"""«Gestion des procurations»: the procurations the enterprise gave, and what can be done to them.

The original's list — Numéro d'identification, Nom ou description, Type (IN/EX), État
(AC/RF/RV/EC), Proc. assignée (Oui/Non), Date de fin (AAAA-MM-JJ) — with, for an external one,
the mandataire's name; «Nombre de procurations : N» and the legend; a search and filters
(type, state, ministry, ending within N days), all in Python over the rows loaded once.

Actions on the selected row: Ajouter, Assigner, Consulter, Modifier, Refuser, Révoquer, then
Renouveler and Assignations. Each is enabled only where it applies; a disabled one says why
in its tooltip (`action_states` holds the rules). Transactions open in the main area
(`ctx.open_transaction`) and the list reloads once one is transmitted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.api.errors import ValidationFailed
from app.domain.common import ProcurationState, ProcurationType
from app.domain.errors import field_error
from app.domain.models import Procuration
from ui.asyncutil import LatestWins, busy, run_task
from ui.context import AppContext
from ui.errors import show_error
from ui.list_export import ListExport
from ui.models.procurations import ProcurationTableModel, legend_text, state_label
from ui.views.base import (
    LIST_STYLE,
    View,
    list_heading,
    screen_layout,
    search_field,
    select_row,
    set_up_list_table,
)
from ui.widgets.column_fit import fit_columns
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.procuration_recap import ProcurationRecap
from ui.widgets.wizard import TransactionWizard
from ui.wizards.create_procuration import RENEWAL_WINDOW_DAYS, renewable, today

log = logging.getLogger(__name__)

# The list screens' look; eight actions in one row: buttons a little narrower.
VIEW_STYLE = (
    LIST_STYLE
    + """
QWidget#view-procurations { background: #ffffff; }
QLabel#procurationCount { font-weight: bold; color: #223654; }
QPushButton { padding: 2px 14px; }
"""
)

# The actions, in the order of the original's buttons, then this program's two.
ACTIONS = ("add", "assign", "consult", "modify", "refuse", "revoke", "renew", "assignments")
# What works without the service: the rows are already loaded.
OFFLINE_ACTIONS = {"consult"}


def action_states(
    p: Procuration | None, *, online: bool, on: date | None = None
) -> dict[str, tuple[bool, str]]:
    """For each action: (enabled, why not) on the mandant's list, `p` being the selected row."""

    day = on or today()
    pick = QCoreApplication.translate(
        "ProcurationsView", "Sélectionnez d'abord une procuration dans la liste."
    )
    states: dict[str, tuple[bool, str]] = {"add": (True, "")}
    if p is None:
        for name in ACTIONS[1:]:
            states[name] = (False, pick)
    else:
        ended = {
            ProcurationState.EC: QCoreApplication.translate(
                "ProcurationsView", "Cette procuration est échue"
            ),
            ProcurationState.RV: QCoreApplication.translate(
                "ProcurationsView", "Cette procuration est révoquée"
            ),
            ProcurationState.RF: QCoreApplication.translate(
                "ProcurationsView", "Cette procuration a été refusée par le mandataire"
            ),
        }.get(p.state, "")
        active = p.state is ProcurationState.AC
        if not active:
            states["assign"] = (
                False,
                ended
                + QCoreApplication.translate(
                    "ProcurationsView", " : elle ne peut plus être assignée."
                ),
            )
        elif p.type is ProcurationType.EXTERNE:
            states["assign"] = (
                False,
                QCoreApplication.translate(
                    "ProcurationsView",
                    "Une procuration externe est assignée par le mandataire, à ses propres "
                    "utilisateurs.",
                ),
            )
        else:
            states["assign"] = (True, "")
        states["consult"] = (True, "")
        if active:
            states["modify"] = (True, "")
        elif p.state is ProcurationState.EC:
            states["modify"] = (
                False,
                QCoreApplication.translate(
                    "ProcurationsView",
                    "Une procuration échue ne peut plus être modifiée : créez-en une nouvelle "
                    "(Renouveler).",
                ),
            )
        else:
            states["modify"] = (
                False,
                ended
                + QCoreApplication.translate(
                    "ProcurationsView", " : elle ne peut plus être modifiée."
                ),
            )
        states["revoke"] = (
            (True, "")
            if active
            else (
                False,
                ended
                + QCoreApplication.translate(
                    "ProcurationsView", " : elle ne peut plus être révoquée."
                ),
            )
        )
        if renewable(p, day):
            states["renew"] = (True, "")
        elif p.state is ProcurationState.AC:
            states["renew"] = (
                False,
                QCoreApplication.translate(
                    "ProcurationsView",
                    "Le renouvellement est offert pour une procuration échue ou qui se termine "
                    "d'ici {0} jours; celle-ci se termine le {1}.",
                ).format(RENEWAL_WINDOW_DAYS, p.end_date.isoformat()),
            )
        else:
            states["renew"] = (
                False,
                ended
                + QCoreApplication.translate(
                    "ProcurationsView", " : créez une nouvelle procuration avec « Ajouter »."
                ),
            )
        states["assignments"] = (True, "")
    # The mandant never refuses: refusing is the mandataire's answer to what it received.
    states["refuse"] = (
        False,
        QCoreApplication.translate(
            "ProcurationsView", "Seul le mandataire peut refuser une procuration externe"
        ),
    )
    if not online:
        why = QCoreApplication.translate(
            "ProcurationsView",
            "Service injoignable : cette action reprendra lorsque la connexion sera rétablie.",
        )
        for name in ACTIONS:
            if name not in OFFLINE_ACTIONS and states[name][0]:
                states[name] = (False, why)
    return states


class _Table(QTableView):
    """Enter on a row consults it, as a double click does."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)


class ConsultDialog(QDialog):
    """«Consulter»: the procuration as the procedure shows it, read-only."""

    def __init__(
        self, ctx: AppContext, procuration: Procuration, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consultProcuration")
        self.setWindowTitle(self.tr("Consultation d'une procuration"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setStyleSheet("QDialog { background: #ffffff; }" + VIEW_STYLE)
        self.resize(720, 560)
        title = QLabel(procuration.description or self.tr("Procuration"), self)
        title.setProperty("viewTitle", True)
        title.setWordWrap(True)
        self.recap = ProcurationRecap(procuration, ctx.ministries)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.recap)
        scroll.setAccessibleName(self.windowTitle())  # Tab stops on it, to scroll
        close = QPushButton(self.tr("&Fermer"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)


class ProcurationsView(View):
    """«Gestion des procurations» of the mandant; see the module docstring.

    `current_wizard` is the transaction opened last (while open), `dialog` the dialog shown.
    """

    key = "procurations"
    depends_on = ("procurations", "assignments", "registrations")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(VIEW_STYLE)
        self.current_wizard: TransactionWizard | None = None
        self.dialog: QDialog | None = None
        self._select_after: str | None = None
        self._loader = LatestWins(owner=self)
        self.loaded_once = False

        title, intro = list_heading(
            self,
            self.tr("Gestion des procurations"),
            self.tr(
                "Les procurations que votre entreprise a créées. Sélectionnez une procuration "
                "dans la liste, puis cliquez sur le bouton de l'action voulue."
            ),
        )

        # ---- search and filters ----
        self.search, search_label = search_field(
            self, "procurationSearch", self.tr("Numéro, description ou mandataire")
        )

        self.type_filter = QComboBox(self)
        self.type_filter.addItem(self.tr("Tous les types"), None)
        self.type_filter.addItem(self.tr("IN – Interne"), ProcurationType.INTERNE)
        self.type_filter.addItem(self.tr("EX – Externe"), ProcurationType.EXTERNE)
        type_label = QLabel(self.tr("T&ype"), self)
        type_label.setBuddy(self.type_filter)
        self.type_filter.setAccessibleName(self.tr("Type"))

        self.state_filter = QComboBox(self)
        self.state_filter.addItem(self.tr("Tous les états"), None)
        for state in ProcurationState:
            self.state_filter.addItem(f"{state.value} – {state_label(state)}", state)
        state_filter_label = QLabel(self.tr("É&tat"), self)
        state_filter_label.setBuddy(self.state_filter)
        self.state_filter.setAccessibleName(self.tr("État"))

        self.ministry_filter = QComboBox(self)
        self.ministry_filter.addItem(self.tr("Tous les ministères et organismes"), None)
        for m in ctx.ministries:
            self.ministry_filter.addItem(m.short_name or m.name, m.code)
        # Long ministry names are cut, not the «all» choice (whatever its language's length).
        self.ministry_filter.setMaximumWidth(
            max(280, self.fontMetrics().horizontalAdvance(self.ministry_filter.itemText(0)) + 48)
        )
        ministry_label = QLabel(self.tr("&Ministère"), self)
        ministry_label.setBuddy(self.ministry_filter)
        self.ministry_filter.setAccessibleName(self.tr("Ministère ou organisme"))

        self.ending_filter = QCheckBox(self.tr("Se terminant d'ici"), self)
        self.ending_days = QSpinBox(self)
        self.ending_days.setRange(1, 1095)
        self.ending_days.setValue(RENEWAL_WINDOW_DAYS)
        self.ending_days.setSuffix(self.tr(" jours"))
        self.ending_days.setAccessibleName(self.tr("Nombre de jours"))
        self.clear_filters_button = QPushButton(self.tr("Effacer &les filtres"), self)

        # One flow: the filters wrap where the width ends (in as few lines as fit, the list
        # keeping its height in a small window; longer texts in English, large fonts).
        filters = FlowLayout()
        filters.setSpacing(8)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(type_label)
        filters.addWidget(self.type_filter)
        filters.addWidget(state_filter_label)
        filters.addWidget(self.state_filter)
        filters.addWidget(ministry_label)
        filters.addWidget(self.ministry_filter)
        filters.addWidget(self.ending_filter)
        filters.addWidget(self.ending_days)
        # The list's own actions beside the filters (what is exported or printed is what
        # they keep), together at the right of their line.
        self.model = ProcurationTableModel(self)
        self.export = ListExport(self, self.model, name="procurations")
        list_actions = QHBoxLayout()
        list_actions.setSpacing(8)
        list_actions.addStretch(1)
        list_actions.addWidget(self.clear_filters_button)
        list_actions.addLayout(self.export.button_row())
        filters.addLayout(list_actions, 1)

        # ---- the list ----
        self.table = _Table(self)
        set_up_list_table(self.table, self.model, self.tr("Liste des procurations"))
        self.table.setObjectName("procurationsTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        # The description is what people read: it takes the room the others leave.
        self.column_fit = fit_columns(self.table, stretch=(1,), shrink=(2,))
        self.table.horizontalHeader().setHighlightSections(False)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("procurationCount")
        self.legend = QLabel(legend_text(), self)
        self.legend.setProperty("legend", True)
        self.legend.setObjectName("procurationLegend")
        self.legend.setWordWrap(True)
        counts = QHBoxLayout()
        counts.setSpacing(24)
        counts.addWidget(self.count_label)
        counts.addWidget(self.legend, 1)  # on one line while it fits

        # ---- the actions ----
        texts = {
            "add": self.tr("&Ajouter"),
            "assign": self.tr("A&ssigner"),
            "consult": self.tr("&Consulter"),
            "modify": self.tr("M&odifier"),
            "refuse": self.tr("Re&fuser"),
            "revoke": self.tr("&Révoquer"),
            "renew": self.tr("Re&nouveler"),
            "assignments": self.tr("Assi&gnations"),
        }
        descriptions = {
            "add": self.tr("Créer une procuration interne ou externe"),
            "assign": self.tr("Assigner la procuration sélectionnée à des utilisateurs"),
            "consult": self.tr("Voir la procuration sélectionnée et ses droits d'accès"),
            "modify": self.tr("Modifier la date de fin de la procuration sélectionnée"),
            "refuse": self.tr("Refuser une procuration externe reçue (mandataire seulement)"),
            "revoke": self.tr("Révoquer la procuration sélectionnée"),
            "renew": self.tr(
                "Créer une nouvelle procuration semblable à la procuration sélectionnée"
            ),
            "assignments": self.tr("Consulter ou révoquer les assignations de la procuration"),
        }
        handlers: dict[str, Callable[[], object]] = {
            "add": self.add,
            "assign": self.assign,
            "consult": self.consult,
            "modify": self.modify,
            "refuse": lambda: None,
            "revoke": self.revoke,
            "renew": self.renew,
            "assignments": self.show_assignments,
        }
        self.buttons: dict[str, QPushButton] = {}
        actions = FlowLayout()
        actions.setSpacing(8)
        for name in ACTIONS:
            button = QPushButton(texts[name], self)
            button.setObjectName(f"action_{name}")
            button.setAccessibleDescription(descriptions[name])
            button.clicked.connect(lambda _c=False, act=handlers[name]: act())
            if name == "renew":
                actions.addSpacing(16)
            actions.addWidget(button)
            self.buttons[name] = button
        self.buttons["add"].setProperty("primary", True)
        actions.addStretch(1)

        layout = screen_layout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(counts)
        layout.addLayout(actions)

        self.search.textChanged.connect(self.apply_filters)
        for combo in (self.type_filter, self.state_filter, self.ministry_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.ending_filter.toggled.connect(self.apply_filters)
        self.ending_filter.toggled.connect(self.ending_days.setEnabled)
        self.ending_days.valueChanged.connect(self.apply_filters)
        self.ending_days.setEnabled(False)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.model.modelReset.connect(self._on_reset)
        self.model.layoutChanged.connect(self.update_actions)
        self.table.doubleClicked.connect(lambda _i: self.consult())
        self.table.activated_row.connect(lambda _r: self.consult())
        self.apply_filters()

    def title(self) -> str:
        return self.tr("Gestion des procurations")

    # ---- data --------------------------------------------------------------------------------

    async def refresh(self) -> None:
        shown = self.selected()
        keep = self._select_after or (shown.id if shown is not None else None)
        rows = await self.export.read(self.ctx.api.all_procurations())
        self.set_procurations(rows)
        self._select_after = None
        if keep:
            self.select(keep)
        self.loaded_once = True

    def reload(self) -> None:
        """Refresh in the background (after a transaction)."""
        self._loader.run(self.refresh(), name="procurations")

    def set_procurations(self, rows: Sequence[Procuration]) -> None:
        self.model.set_rows(rows)

    def selected(self) -> Procuration | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.model.row_at(index.row())

    def select(self, procuration_id: str) -> bool:
        return select_row(self.table, self.model, lambda p: p.id == procuration_id)

    # ---- filters -----------------------------------------------------------------------------

    def apply_filters(self) -> None:
        text = self.search.text()
        kind = self.type_filter.currentData()
        state = self.state_filter.currentData()
        ministry = self.ministry_filter.currentData()
        within = self.ending_days.value() if self.ending_filter.isChecked() else None
        matches = self.model.search_predicate(text)
        limit = today() + timedelta(days=within) if within is not None else None

        def keep(p: Procuration) -> bool:
            # A combo box hands enum data back as plain text: compare by value.
            if kind is not None and p.type != kind:
                return False
            if state is not None and p.state != state:
                return False
            if ministry is not None and not any(r.ministry == ministry for r in p.rights):
                return False
            if limit is not None and not (p.state is ProcurationState.AC and p.end_date <= limit):
                return False
            return matches(p)

        filtering = bool(text.strip()) or any(
            v is not None for v in (kind, state, ministry, within)
        )
        self.model.set_filter(keep if filtering else None)
        self.clear_filters_button.setEnabled(filtering)

    def clear_filters(self) -> None:
        for widget in (self.search, self.type_filter, self.state_filter, self.ministry_filter):
            widget.blockSignals(True)
        self.search.clear()
        self.type_filter.setCurrentIndex(0)
        self.state_filter.setCurrentIndex(0)
        self.ministry_filter.setCurrentIndex(0)
        for widget in (self.search, self.type_filter, self.state_filter, self.ministry_filter):
            widget.blockSignals(False)
        self.ending_filter.setChecked(False)
        self.apply_filters()

    def _on_reset(self) -> None:
        shown, total = self.model.visible_count(), self.model.total_count()
        if shown == total:
            text = self.tr("Nombre de procurations : {0}").format(total)
        else:
            text = self.tr("Nombre de procurations : {0} (sur {1})").format(shown, total)
        self.count_label.setText(text)
        self.update_actions()

    # ---- actions -----------------------------------------------------------------------------

    def update_actions(self) -> None:
        states = action_states(self.selected(), online=self.ctx.online)
        for name, (enabled, why) in states.items():
            button = self.buttons[name]
            button.setEnabled(enabled)
            button.setToolTip(why if not enabled else button.accessibleDescription())

    def set_online(self, online: bool) -> None:
        self.ctx.online = online
        self.update_actions()

    def _open(self, wizard: TransactionWizard, select: str | None = None) -> TransactionWizard:
        self.current_wizard = wizard
        wizard.transmitted.connect(lambda result: self._after_transmit(result, select))
        for signal in (wizard.finished, wizard.cancelled):
            signal.connect(lambda *_a, w=wizard: self._close(w))
        self.ctx.open_transaction(wizard)
        return wizard

    def _close(self, wizard: TransactionWizard) -> None:
        self.ctx.close_transaction(wizard)
        if self.current_wizard is wizard:
            self.current_wizard = None

    def _after_transmit(self, result: object, select: str | None) -> None:
        procuration = getattr(result, "procuration", None)
        self._select_after = procuration.id if isinstance(procuration, Procuration) else select
        # Who holds what changed too (Assigner, Révoquer): the users screen shows it.
        for kind in ("procurations", "assignments", "users", "receipts"):
            self.ctx.changed(kind)
        if not shiboken6.isValid(self):
            return
        self.reload()

    def add(self) -> None:
        self.action_task = run_task(self._add(None), owner=self, name="ajouter")

    def renew(self) -> None:
        p = self.selected()
        if p is not None:
            self.action_task = run_task(self._add(p), owner=self, name="renouveler")

    async def _add(self, renew_from: Procuration | None) -> None:
        from ui.wizards.create_procuration import CreateProcurationWizard

        button = self.buttons["renew" if renew_from else "add"]
        with busy(button, cursor=True):
            registrations = await self.ctx.api.registrations()
        self._open(CreateProcurationWizard(self.ctx, registrations, renew_from=renew_from))

    def assign(self) -> None:
        from ui.wizards.assign_procuration import AssignProcurationWizard

        p = self.selected()
        if p is not None and action_states(p, online=self.ctx.online)["assign"][0]:
            self._open(AssignProcurationWizard(self.ctx, p), select=p.id)

    def modify(self) -> None:
        p = self.selected()
        if p is not None:
            self.action_task = run_task(self._modify(p), owner=self, name="modifier")

    async def _modify(self, p: Procuration) -> None:
        from ui.wizards.modify_procuration import ModifyProcurationWizard

        with busy(self.buttons["modify"], cursor=True):
            current, etag = await self.ctx.api.procuration(p.id)
        if current.state is not ProcurationState.AC:
            # Someone revoked it, or it expired, since the list was loaded: say so, show it.
            self.reload()
            show_error(self, ValidationFailed([field_error("state", "procuration_not_active")]))
            return
        self._open(ModifyProcurationWizard(self.ctx, current, etag), select=p.id)

    def revoke(self) -> None:
        from ui.wizards.revoke_procuration import RevokeProcurationWizard

        p = self.selected()
        if p is not None:
            self._open(RevokeProcurationWizard(self.ctx, p), select=p.id)

    def consult(self) -> QDialog | None:
        p = self.selected()
        if p is None:
            return None
        dialog = ConsultDialog(self.ctx, p, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._show_dialog(dialog)
        return dialog

    def show_assignments(self) -> QDialog | None:
        from ui.dialogs.assignments import AssignmentsDialog

        p = self.selected()
        if p is None:
            return None
        dialog = AssignmentsDialog(self.ctx, p, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.revoked.connect(lambda _r: self.reload())
        self._show_dialog(dialog)
        return dialog

    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.destroyed.connect(self._forget_dialog)
        dialog.open()

    def _forget_dialog(self) -> None:
        self.dialog = None
