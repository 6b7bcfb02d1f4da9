"""«Procurations reçues»: the external procurations client enterprises gave the firm (mandataire).

The mandataire's RSE sees, for each client enterprise, its name and number (the mandant), the
description, the ministries the rights cover, the state, whether it is assigned and the end
date; searches, filters (state, assigned, «se termine dans N jours») and sorts in Python over
the rows loaded once (an accounting firm may hold thousands); then Consulter (the recap with
its rights tree and who holds it), Assigner (to the firm's own staff: a staff member may hold
one procuration from each of many clients), Refuser (with a reason the client sees) and
Assignations (the holders, «Révoquer l'assignation» of one: the dialog the mandant uses for its
own procurations, `ui.dialogs.assignments`; the firm's users hold it, so the firm revokes). The
consultation offers Assignations too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.api.errors import ApiError
from app.domain.common import Access, ProcurationState
from app.domain.models import Assignment, Procuration
from app.receipts.french import QUEBEC
from ui.asyncutil import LatestWins, busy
from ui.context import AppContext
from ui.dialogs.assignments import AssignmentsDialog
from ui.list_export import ListExport
from ui.models.procurations import state_label
from ui.models.table import Column, TableModel, display_text, fold
from ui.views.base import (
    LIST_STYLE,
    View,
    list_heading,
    screen_layout,
    search_field,
    select_row,
    selected_row,
    set_up_list_table,
)
from ui.widgets.column_fit import fit_columns
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.procuration_recap import AssignmentInfoTable, ProcurationRecap, access_label

log = logging.getLogger(__name__)

CENTER = Qt.AlignmentFlag.AlignCenter
# Received procurations are fetched in pages this large (the service's maximum).
PAGE_SIZE = 1000
DEFAULT_ENDING_DAYS = 30
ENDING_CHOICES = (7, 15, 30, 60, 90, 180, 365)


def today() -> date:
    """Today in Québec: a procuration ends on Québec's calendar, as the service counts."""
    return datetime.now(QUEBEC).date()


class ReceivedProcurationModel(TableModel[Procuration]):
    """Mandant · Numéro d'identification · Nom ou description · Droits d'accès · État ·
    Proc. assignée · Date de fin (AAAA-MM-JJ)."""

    def __init__(self, ministry_name: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._ministry_name = ministry_name
        self.set_columns(
            [
                Column(
                    self.tr("Entreprise mandante"),
                    lambda p: p.mandant.name,
                    tooltip=lambda p: p.mandant.name,
                ),
                Column(
                    self.tr("Numéro\nd'identification"),
                    lambda p: p.mandant.id,
                    alignment=CENTER,
                    header_tooltip=self.tr("Numéro d'identification de l'entreprise mandante"),
                ),
                Column(
                    self.tr("Nom ou description"),
                    lambda p: p.description,
                    tooltip=lambda p: p.description or None,
                ),
                Column(
                    self.tr("Droits d'accès"),
                    self.rights_summary,
                    tooltip=self.rights_detail,
                    header_tooltip=self.tr(
                        "Les ministères et organismes sur lesquels la procuration donne des droits"
                    ),
                ),
                Column(
                    self.tr("État"),
                    lambda p: p.state.value,
                    alignment=CENTER,
                    tooltip=lambda p: state_label(p.state),
                    header_tooltip=self.tr(
                        "AC : actif · RF : refusée · RV : révoquée · EC : échue"
                    ),
                ),
                Column(
                    self.tr("Proc.\nassignée"),
                    lambda p: self.tr("Oui") if p.assigned else self.tr("Non"),
                    alignment=CENTER,
                    header_tooltip=self.tr("Assignée à au moins un de vos utilisateurs"),
                ),
                Column(
                    self.tr("Date de fin\n(AAAA-MM-JJ)"), lambda p: p.end_date, alignment=CENTER
                ),
            ]
        )

    @staticmethod
    def granted(p: Procuration) -> list[str]:
        return [r.ministry for r in p.rights if r.access is not Access.NONE]

    def rights_summary(self, p: Procuration) -> str:
        return ", ".join(self.granted(p))

    def rights_detail(self, p: Procuration) -> str | None:
        lines = [
            f"{self._ministry_name(r.ministry)} : {access_label(r.access)}"
            for r in p.rights
            if r.access is not Access.NONE
        ]
        return "\n".join(lines) or None


class ReceivedProcurationsView(View):
    """The list of procurations received, its filters and its three actions.

    Public API for the main window: `focus_procuration(id)` selects a procuration (after the
    next load when the list is not loaded yet), e.g. from a message «Procuration reçue».
    """

    key = "received"
    depends_on = ("received", "assignments")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            LIST_STYLE
            + "QWidget#view-received { background: #ffffff; }"
            + "QLabel#receivedCount { font-weight: bold; color: #223654; }"
        )
        self._online = ctx.online
        self._loaded = False
        self._focus_after_load: str | None = None
        self._haystacks: dict[str, str] = {}  # folded searchable text of each procuration
        self._frame: QWidget | None = None
        self._loader = LatestWins(owner=self)
        self.dialog: QDialog | None = None  # «Assignations», while open

        title, intro = list_heading(
            self,
            self.tr("Procurations reçues"),
            self.tr(
                "Les procurations externes que des entreprises clientes ont données à votre "
                "entreprise, à titre de mandataire. Sélectionnez une procuration, puis "
                "assignez-la à vos utilisateurs, consultez-la ou refusez-la."
            ),
        )

        # ---- search and filters ----
        self.search, search_label = search_field(
            self, "receivedSearch", self.tr("Entreprise, numéro ou description")
        )

        self.state_filter = QComboBox(self)
        self.state_filter.addItem(self.tr("Tous les états"), None)
        for state in ProcurationState:
            self.state_filter.addItem(f"{state.value} – {state_label(state)}", state)
        self.state_filter.setAccessibleName(self.tr("État"))
        state_filter_label = QLabel(self.tr("É&tat"), self)
        state_filter_label.setBuddy(self.state_filter)

        self.assigned_filter = QComboBox(self)
        self.assigned_filter.addItem(self.tr("Assignées ou non"), None)
        self.assigned_filter.addItem(self.tr("Assignées"), True)
        self.assigned_filter.addItem(self.tr("Non assignées"), False)
        self.assigned_filter.setAccessibleName(self.tr("Proc. assignée"))
        assigned_label = QLabel(self.tr("Proc. a&ssignée"), self)
        assigned_label.setBuddy(self.assigned_filter)

        self.ending_filter = QCheckBox(self.tr("Se &termine dans"), self)
        # Preset horizons: a styled spin box draws blank arrows, and these are the usual ones.
        self.ending_days = QComboBox(self)
        for days in ENDING_CHOICES:
            self.ending_days.addItem(self.tr("{0} jours").format(days), days)
        self.ending_days.setCurrentIndex(ENDING_CHOICES.index(DEFAULT_ENDING_DAYS))
        self.ending_days.setAccessibleName(self.tr("Nombre de jours"))
        self.clear_filters_button = QPushButton(self.tr("Effacer les filtres"), self)

        # Two rows: the search gets room; the filters read left to right under it.
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        filters.addSpacing(16)
        filters.addWidget(self.clear_filters_button)
        # Reading order: the search row (search, «Effacer les filtres»), then the filters.
        QWidget.setTabOrder(self.search, self.clear_filters_button)
        filters2 = FlowLayout()  # wraps when the texts are longer (English, large fonts)
        filters2.setSpacing(8)
        filters2.addWidget(state_filter_label)
        filters2.addWidget(self.state_filter)
        filters2.addSpacing(16)
        filters2.addWidget(assigned_label)
        filters2.addWidget(self.assigned_filter)
        filters2.addSpacing(16)
        filters2.addWidget(self.ending_filter)
        filters2.addWidget(self.ending_days)
        filters2.addStretch(1)

        # ---- the list ----
        self.model = ReceivedProcurationModel(ctx.ministry_name, self)
        self.table = set_up_list_table(
            QTableView(self), self.model, self.tr("Liste des procurations reçues"), row_height=26
        )
        self.table.setObjectName("receivedTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setHighlightSections(False)
        # The client and the description are what people read: they share the room left.
        self.column_fit = fit_columns(self.table, stretch=(0, 2), shrink=(3,))

        self.count_label = QLabel(self)
        self.count_label.setObjectName("receivedCount")
        self.loading_label = QLabel(self.tr("Chargement des procurations reçues…"), self)
        self.loading_label.setProperty("legend", True)
        self.loading_label.setVisible(False)
        self.legend = QLabel(
            self.tr("Légende : AC actif · RF refusée · RV révoquée · EC échue"), self
        )
        self.legend.setProperty("legend", True)
        self.legend.setWordWrap(True)
        counts = QHBoxLayout()
        counts.setSpacing(24)
        counts.addWidget(self.count_label)
        counts.addWidget(self.loading_label)
        counts.addWidget(self.legend, 1)  # on one line while it fits

        # ---- the list's own actions, then those on a row, in the original's order ----
        self.refresh_button = QPushButton(self.tr("Actualiser"), self)
        self.export = ListExport(self, self.model, name="procurations-recues")
        self.assign_button = QPushButton(self.tr("A&ssigner"), self)
        self.consult_button = QPushButton(self.tr("&Consulter"), self)
        self.refuse_button = QPushButton(self.tr("Re&fuser"), self)
        self.assignments_button = QPushButton(self.tr("Assi&gnations"), self)
        self.assignments_button.setObjectName("receivedAssignments")
        self.assign_button.setProperty("primary", True)
        for button, name in (
            (self.assign_button, self.tr("Assigner")),
            (self.consult_button, self.tr("Consulter")),
            (self.refuse_button, self.tr("Refuser")),
            (self.assignments_button, self.tr("Assignations")),
            (self.refresh_button, self.tr("Actualiser la liste")),
        ):
            button.setAccessibleName(name)
        self.refresh_button.setToolTip(self.tr("Relire la liste auprès du service"))
        self.action_hint = QLabel(self)
        self.action_hint.setObjectName("actionHint")
        self.action_hint.setProperty("actionHint", True)
        self.action_hint.setWordWrap(True)
        # Right-aligned text over the whole width: a wrapped label needs the layout's width.
        self.action_hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        buttons = FlowLayout()  # wraps when the texts are longer (English, large fonts)
        buttons.setSpacing(8)
        buttons.addWidget(self.refresh_button)
        buttons.addLayout(self.export.button_row())
        buttons.addStretch(1)
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.consult_button)
        buttons.addWidget(self.refuse_button)
        buttons.addWidget(self.assignments_button)

        layout = screen_layout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addLayout(filters2)
        layout.addWidget(self.table, 1)
        layout.addLayout(counts)
        layout.addLayout(buttons)
        layout.addWidget(self.action_hint)

        self.search.textChanged.connect(self._apply_filters)
        self.state_filter.currentIndexChanged.connect(self._apply_filters)
        self.assigned_filter.currentIndexChanged.connect(self._apply_filters)
        self.ending_filter.toggled.connect(self._apply_filters)
        self.ending_days.currentIndexChanged.connect(self._on_ending_days)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.layoutChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.consult())
        self.assign_button.clicked.connect(self.assign)
        self.consult_button.clicked.connect(self.consult)
        self.refuse_button.clicked.connect(self.refuse)
        self.assignments_button.clicked.connect(self.show_assignments)
        self.refresh_button.clicked.connect(self.reload)
        self._update_count()
        self._update_actions()

    # ---- View --------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Procurations reçues")

    async def refresh(self) -> None:
        with busy(self.refresh_button, show=[self.loading_label]):
            # Every page, awaited one after the other: the loop (and the window) stays live.
            procurations = await self.export.read(
                self.ctx.api.all_procurations(received=True, page_size=PAGE_SIZE)
            )
        self.set_procurations(procurations)

    def set_online(self, online: bool) -> None:
        self._online = online
        self.refresh_button.setEnabled(online)
        self._update_actions()

    # ---- reading -----------------------------------------------------------------------------

    def procurations(self) -> list[Procuration]:
        return self.model.rows()

    def selected(self) -> Procuration | None:
        return selected_row(self.table, self.model)

    def current_frame(self) -> QWidget | None:
        """The wizard or consultation this screen opened and that is not closed yet."""
        return self._frame

    # ---- loading and selecting ---------------------------------------------------------------

    def reload(self) -> None:
        self._loader.run(self.refresh(), name="procurations-recues")

    def set_procurations(self, procurations: Sequence[Procuration]) -> None:
        chosen = self.selected()
        self._haystacks = {
            p.id: fold(" ".join(display_text(c.value(p)) for c in self.model.columns()))
            for p in procurations
        }
        self.model.set_rows(procurations)
        self._loaded = True
        wanted = self._focus_after_load or (chosen.id if chosen is not None else None)
        self._focus_after_load = None
        if wanted is not None:
            self.select_procuration(wanted)
        self._update_count()
        self._update_actions()

    def select_procuration(self, procuration_id: str) -> bool:
        """Select the row of `procuration_id`; False when it is not shown (filtered out or
        unknown)."""
        return select_row(
            self.table,
            self.model,
            lambda p: p.id == procuration_id,
            hint=QAbstractItemView.ScrollHint.PositionAtCenter,
        )

    def focus_procuration(self, procuration_id: str) -> None:
        """Select a procuration (clearing filters that hide it), now or after the next load."""
        if not self._loaded:
            self._focus_after_load = procuration_id
            return
        if not self.select_procuration(procuration_id):
            self.clear_filters()
            if not self.select_procuration(procuration_id):
                self._focus_after_load = procuration_id
                self.reload()

    # ---- filters -----------------------------------------------------------------------------

    def clear_filters(self) -> None:
        widgets = (
            self.search,
            self.state_filter,
            self.assigned_filter,
            self.ending_filter,
            self.ending_days,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.state_filter.setCurrentIndex(0)
        self.assigned_filter.setCurrentIndex(0)
        self.ending_filter.setChecked(False)
        self.ending_days.setCurrentIndex(ENDING_CHOICES.index(DEFAULT_ENDING_DAYS))
        for widget in widgets:
            widget.blockSignals(False)
        self._apply_filters()

    def filter_predicate(self) -> Callable[[Procuration], bool] | None:
        """The rows kept by the search and the filters together; None keeps every row."""
        words = fold(self.search.text()).split()
        # Qt hands the combo's data back as plain values (the enum's string, a bool).
        shown_state = self.state_filter.currentData()
        state = ProcurationState(shown_state) if shown_state else None
        wanted = self.assigned_filter.currentData()
        assigned = bool(wanted) if wanted is not None else None
        horizon = (
            today() + timedelta(days=self.ending_within())
            if self.ending_filter.isChecked()
            else None
        )
        if not words and state is None and assigned is None and horizon is None:
            return None
        haystacks = self._haystacks

        def keep(p: Procuration) -> bool:
            if state is not None and p.state is not state:
                return False
            if assigned is not None and p.assigned is not assigned:
                return False
            # As the service's `ending_within_days`: active ones ending by the horizon.
            if horizon is not None and (p.state is not ProcurationState.AC or p.end_date > horizon):
                return False
            if words:
                haystack = haystacks.get(p.id, "")
                return all(w in haystack for w in words)
            return True

        return keep

    def ending_within(self) -> int:
        """The N of «se termine dans N jours»."""
        return int(self.ending_days.currentData() or DEFAULT_ENDING_DAYS)

    def _on_ending_days(self) -> None:
        # Typing a number of days means filtering on it.
        if self.ending_filter.isChecked():
            self._apply_filters()
        else:
            self.ending_filter.setChecked(True)  # → toggled → _apply_filters

    def _apply_filters(self) -> None:
        chosen = self.selected()
        self.model.set_filter(self.filter_predicate())
        if chosen is not None:
            self.select_procuration(chosen.id)
        self._update_count()
        self._update_actions()

    def _update_count(self) -> None:
        shown, total = self.model.visible_count(), self.model.total_count()
        if not self._loaded:
            self.count_label.setText("")
        elif shown == total:
            self.count_label.setText(self.tr("Nombre de procurations : {0}").format(total))
        else:
            self.count_label.setText(
                self.tr("Nombre de procurations : {0} sur {1}").format(shown, total)
            )

    # ---- actions -----------------------------------------------------------------------------

    def _update_actions(self) -> None:
        chosen = self.selected()
        offline = self.tr(
            "Le service est injoignable : cette action sera possible dès le retour de la connexion."
        )
        none = self.tr("Sélectionnez d'abord une procuration dans la liste.")
        assign_why = refuse_why = consult_why = assignments_why = ""
        if chosen is None:
            assign_why = refuse_why = consult_why = assignments_why = none
        else:
            if chosen.state is not ProcurationState.AC:
                ended = self.tr("Cette procuration est « {0} » : ").format(
                    state_label(chosen.state)
                )
                assign_why = ended + self.tr("elle ne peut plus être assignée.")
                refuse_why = ended + self.tr("elle ne peut plus être refusée.")
                assignments_why = ended + self.tr(
                    "ses assignations ont pris fin avec elle (Consulter montre la procuration)."
                )
            if not self._online:
                assign_why = assign_why or offline
                refuse_why = refuse_why or offline
                assignments_why = assignments_why or offline
            elif not self.ctx.is_rse:
                only = self.tr(
                    "Seul le ou la responsable des services électroniques (RSE) peut assigner "
                    "ou refuser une procuration reçue."
                )
                assign_why = assign_why or only
                refuse_why = refuse_why or only
                assignments_why = assignments_why or self.tr(
                    "Seul le ou la responsable des services électroniques (RSE) peut révoquer "
                    "une assignation."
                )
        self._set_action(
            self.assign_button,
            assign_why,
            self.tr(
                "Assigner la procuration à vos utilisateurs (chacun peut détenir une "
                "procuration de chaque entreprise cliente)."
            ),
        )
        self._set_action(
            self.consult_button,
            consult_why,
            self.tr("Voir la procuration, ses droits d'accès et qui la détient."),
        )
        self._set_action(
            self.refuse_button,
            refuse_why,
            self.tr("Refuser la procuration : l'entreprise mandante verra la raison du refus."),
        )
        self._set_action(self.assignments_button, assignments_why, assignments_what())
        if chosen is None:
            hint = none if self._loaded and self.model.visible_count() else ""
        elif not self._online:
            hint = offline
        else:
            hint = assign_why if assign_why == refuse_why else ""
        self.action_hint.setText(hint)
        self.action_hint.setVisible(bool(hint))

    @staticmethod
    def _set_action(button: QPushButton, why_not: str, what: str) -> None:
        button.setEnabled(not why_not)
        button.setToolTip(why_not or what)
        button.setAccessibleDescription(why_not or what)

    def consult(self) -> None:
        """«Consulter»: the procuration with its rights tree and its holders, in the main area."""
        chosen = self.selected()
        if chosen is None or not self.consult_button.isEnabled():
            return
        details = ReceivedProcurationDetails(self.ctx, chosen)
        details.closed.connect(lambda: self._close(details))
        details.assign_requested.connect(lambda: self._from_details(details, self.assign))
        details.refuse_requested.connect(lambda: self._from_details(details, self.refuse))
        details.revoked.connect(lambda _result: self.reload())
        self._frame = details
        self.ctx.open_transaction(details)

    def show_assignments(self) -> QDialog | None:
        """«Assignations»: who holds the procuration; select one, «Révoquer l'assignation»,
        confirm, and the receipt shows in the dialog."""
        chosen = self.selected()
        if chosen is None or not self.assignments_button.isEnabled():
            return None
        dialog = open_received_assignments(self.ctx, chosen, self)
        dialog.revoked.connect(lambda _result: self.reload())
        self.dialog = dialog
        dialog.destroyed.connect(self._forget_dialog)
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def assign(self) -> None:
        """«Assigner»: the assignment wizard, offering the firm's staff who hold no procuration
        of this client yet."""
        chosen = self.selected()
        if chosen is None or not self.assign_button.isEnabled():
            return
        from ui.wizards.assign_procuration import AssignProcurationWizard

        self._open(AssignProcurationWizard(self.ctx, chosen), changed=("received", "assignments"))

    def refuse(self) -> None:
        """«Refuser»: the refusal wizard (a reason is required, the client sees it)."""
        chosen = self.selected()
        if chosen is None or not self.refuse_button.isEnabled():
            return
        from ui.wizards.refuse_procuration import RefuseProcurationWizard

        self._open(RefuseProcurationWizard(self.ctx, chosen), changed=("received", "receipts"))

    def _from_details(self, details: QWidget, action: Callable[[], None]) -> None:
        self._close(details)
        action()

    def _open(self, wizard: QWidget, *, changed: tuple[str, ...]) -> None:
        from ui.widgets.wizard import TransactionWizard

        assert isinstance(wizard, TransactionWizard)
        wizard.transmitted.connect(lambda result: self._after_transmit(result, changed))
        wizard.finished.connect(lambda _result: self._close(wizard))
        wizard.cancelled.connect(lambda: self._close(wizard))
        self._frame = wizard
        self.ctx.open_transaction(wizard)

    def _close(self, frame: QWidget) -> None:
        if self._frame is frame:
            self._frame = None
        self.ctx.close_transaction(frame)

    def _after_transmit(self, result: object, changed: tuple[str, ...]) -> None:
        procuration = getattr(result, "procuration", None)
        if isinstance(procuration, Procuration):
            self._replace(procuration)
        for kind in changed:
            self.ctx.changed(kind)
        self.reload()

    def _replace(self, procuration: Procuration) -> None:
        for index, row in enumerate(self.model.rows()):
            if row.id == procuration.id:
                self.model.update_row(index, procuration)
        self._update_actions()


def assignments_what() -> str:
    return QCoreApplication.translate(
        "ReceivedProcurationsView",
        "Voir qui détient la procuration et révoquer l'assignation de l'un de vos utilisateurs.",
    )


def open_received_assignments(
    ctx: AppContext, procuration: Procuration, parent: QWidget
) -> AssignmentsDialog:
    """The assignments dialog of a received procuration, opened (not exec'd); it deletes
    itself once closed."""
    dialog = AssignmentsDialog(ctx, procuration, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ReceivedProcurationDetails(QWidget):
    """«Consulter» a procuration received: the recap with its rights tree, then the staff who
    hold it («Informations sur l'assignation»), and Assigner / Refuser / Assignations from here
    (a revocation there shows again who holds it).

    Signals: revoked(AssignmentRevokeResult) after an assignment revoked from here."""

    closed = Signal()
    assign_requested = Signal()
    refuse_requested = Signal()
    revoked = Signal(object)

    def __init__(
        self, ctx: AppContext, procuration: Procuration, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.procuration = procuration
        self.setObjectName("receivedDetails")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            LIST_STYLE
            + """
            QWidget#receivedDetails, QWidget#receivedDetailsPage { background: #ffffff; }
            QScrollArea { border: none; background: #ffffff; }
            QFrame#rule { background: #223654; min-height: 2px; max-height: 2px; }
            """
        )
        self.setWindowTitle(self.tr("Consultation d'une procuration reçue"))
        title = QLabel(self.tr("Consultation d'une procuration reçue"), self)
        title.setProperty("viewTitle", True)
        rule = QFrame(self)
        rule.setObjectName("rule")

        page = QWidget()
        page.setObjectName("receivedDetailsPage")
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 12, 0)
        self.recap = ProcurationRecap(procuration, ctx.ministries, received=True)
        page_layout.addWidget(self.recap)
        heading = QLabel(self.tr("Informations sur l'assignation"), page)
        heading.setProperty("viewSubtitle", True)
        heading.setIndent(0)
        page_layout.addWidget(heading)
        self.assignments_table = AssignmentInfoTable(page)
        self.assignments_table.setVisible(False)
        page_layout.addWidget(self.assignments_table)
        self.assignments_note = QLabel(self.tr("Chargement des assignations…"), page)
        self.assignments_note.setObjectName("assignmentsNote")
        self.assignments_note.setProperty("legend", True)
        self.assignments_note.setWordWrap(True)
        page_layout.addWidget(self.assignments_note)
        page_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        scroll.setAccessibleName(self.windowTitle())  # Tab stops on it, to scroll

        active = procuration.state is ProcurationState.AC and ctx.online
        self.back_button = QPushButton(self.tr("&Retour à la liste"), self)
        self.assign_button = QPushButton(self.tr("A&ssigner"), self)
        self.refuse_button = QPushButton(self.tr("Re&fuser"), self)
        self.assignments_button = QPushButton(self.tr("Assi&gnations"), self)
        self.back_button.setProperty("primary", True)
        for button, name in (
            (self.back_button, self.tr("Retour à la liste")),
            (self.assign_button, self.tr("Assigner")),
            (self.refuse_button, self.tr("Refuser")),
            (self.assignments_button, self.tr("Assignations")),
        ):
            button.setAccessibleName(name)
        for button in (self.assign_button, self.refuse_button, self.assignments_button):
            button.setEnabled(active)
            if not active:
                button.setToolTip(
                    self.tr("Seule une procuration active, service joignable, peut l'être.")
                )
        if active:
            self.assignments_button.setToolTip(assignments_what())
        self.dialog: AssignmentsDialog | None = None
        self.back_button.clicked.connect(self.closed.emit)
        self.assign_button.clicked.connect(self.assign_requested.emit)
        self.refuse_button.clicked.connect(self.refuse_requested.emit)
        self.assignments_button.clicked.connect(self.show_assignments_dialog)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.refuse_button)
        buttons.addWidget(self.assignments_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        # Reading order
        QWidget.setTabOrder(self.refuse_button, self.assignments_button)
        QWidget.setTabOrder(self.assignments_button, self.back_button)

        layout = screen_layout(self)
        layout.addWidget(title)
        layout.addWidget(rule)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self._loader = LatestWins(owner=self, on_error=None)
        self.load_task = self._loader.run(self._load_assignments(), name="assignations")

    def show_assignments_dialog(self) -> AssignmentsDialog | None:
        """«Assignations» from the consultation: the same dialog as from the list; after a
        revocation, «Informations sur l'assignation» is read again."""
        if not self.assignments_button.isEnabled():
            return None
        dialog = open_received_assignments(self.ctx, self.procuration, self)
        dialog.revoked.connect(self._on_revoked)
        self.dialog = dialog
        dialog.destroyed.connect(self._forget_dialog)
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _on_revoked(self, result: object) -> None:
        self.load_task = self._loader.run(self._load_assignments(), name="assignations")
        self.revoked.emit(result)

    async def _load_assignments(self) -> None:
        try:
            assignments = await self.ctx.api.assignments(self.procuration.id)
        except ApiError as error:
            # The recap stands on its own: say the holders could not be read, no error box.
            log.info("Assignations illisibles : %s", type(error).__name__)
            if shiboken6.isValid(self):
                self.assignments_note.setText(
                    self.tr("Les assignations n'ont pas pu être lues : réessayez plus tard.")
                )
            return
        self.show_assignments(assignments)

    def show_assignments(self, assignments: Sequence[Assignment]) -> None:
        running = [a for a in assignments if a.active and a.end_date >= today()]
        self.assignments_table.set_assignments(running)
        self.assignments_table.setVisible(bool(running))
        if running:
            self.assignments_note.setText(
                self.tr(
                    "{0} utilisateur(s) de votre entreprise détiennent cette procuration."
                ).format(len(running))
            )
        else:
            self.assignments_note.setText(
                self.tr("Aucun de vos utilisateurs ne détient cette procuration.")
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # Esc goes back, as «Annuler» in the wizards
            self.closed.emit()
            return
        super().keyPressEvent(event)
