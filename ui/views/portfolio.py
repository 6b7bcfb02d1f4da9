"""«Portefeuille des clients»: every client enterprise and the procurations received from it.

For an accounting firm (a mandataire), one list of all its clients' procurations — or of its
own, or both — grouped on the left by client, ministry, service, state, holder, end month or
the firm's own tags, and filtered by the same criteria and a search box, all in Python over
the rows loaded once (`app.portfolio`; 100 000 rows stay fluid: `ui.models.table`). In a list
that long, a filter or a group chosen is looked for in a worker thread, the groups counted
with it, while «Filtrage en cours…» shows and the window stays live; a newer choice
supersedes one still being worked out.

On the right of the list, the firm's own notes on the client chosen (tags and a note, kept on
this computer only: `app.notes`). A second tab, «Qui peut agir pour qui», is the rights matrix
(`ui.widgets.rights_matrix`). Under the list: Consulter; the bulk actions on the rows selected
(Assigner…, Refuser… for procurations received; Prolonger…, Révoquer… for the enterprise's
own — `ui.wizards.bulk`); «Exporter (CSV)…» and «Imprimer la liste…» of the list as filtered
(`ui.list_export`); and, when a bulk run was left unfinished, a banner to resume it or to
abandon it (after a confirmation: the journal is kept, marked abandoned — `app.bulk`).

Where the rows come from is one function, `load_portfolio(ctx)`: the service, or the offline
cache once the shell provides it (`ctx.cache`), in which case lists say «Hors ligne — données
au …».
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import gc_policy
from app.api.errors import Offline
from app.bulk import BulkAction, BulkJournal, ItemStatus, unfinished_journals
from app.cache import CacheCorrupt
from app.domain import catalogue
from app.domain.common import ProcurationState
from app.domain.models import Procuration, User
from app.export import offline_note
from app.notes import ClientNotes, split_tags
from app.portfolio import (
    UNASSIGNED,
    UNTAGGED,
    EndWindow,
    Group,
    GroupBy,
    PortfolioData,
    PortfolioFilter,
    PortfolioRow,
    RightsMatrix,
    Scope,
    build_matrix,
    filter_choices,
    filter_for_group,
    group_rows,
    is_own_active,
    is_received_active,
    leaf_services,
    portfolio_rows,
)
from ui.asyncutil import LatestWins
from ui.context import AppContext
from ui.list_export import ListExport
from ui.models.procurations import state_label
from ui.models.table import Column, FilteredRows, FilterJob, SortedRows, TableModel
from ui.views.base import LIST_STYLE, View, list_heading
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.rights_matrix import RightsMatrixWidget, Shown
from ui.widgets.working_note import WorkingNote
from ui.wizards.create_procuration import today

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
CENTER = Qt.AlignmentFlag.AlignCenter
PAGE_SIZE = 1000  # the service's largest page
PROVENANCE = 4  # the column «Provenance»
TAGS = 9  # the column «Étiquettes»
LARGE = 20_000  # lists this long get the treatment of big lists (see set_data)

STYLE = (
    LIST_STYLE
    + """
QWidget#view-portfolio { background: #ffffff; }
QLabel#portfolioCount { font-weight: bold; color: #223654; }
QLabel#offlineNote { background: #fff4d6; border-left: 4px solid #e0a800; padding: 6px 8px;
    color: #223654; font-weight: bold; }
QLabel#resumeNote { background: #e6ecf4; border-left: 4px solid #095797; padding: 6px 8px;
    color: #223654; }
QListView#groupList { border: 1px solid #c5cad2; background: #ffffff;
    selection-background-color: #095797; selection-color: #ffffff; }
QListView#groupList:focus { border: 2px solid #4a98d9; }
QFrame#notesPanel { background: #f6f7f9; border: 1px solid #c5cad2; }
QPlainTextEdit { border: 1px solid #808a9d; background: #ffffff; }
QTabWidget::pane { border: none; }
QTabBar::tab { padding: 6px 14px; color: #223654; background: #f1f1f2;
    border: 1px solid #c5cad2; border-bottom: none; }
QTabBar::tab:selected { background: #ffffff; font-weight: bold; border-top: 3px solid #095797; }
"""
)


# ---- where the rows come from ------------------------------------------------------------------


FirstRows = Callable[[PortfolioData, int], None]
FIRST_BATCH = 2000


async def load_portfolio(ctx: AppContext, on_first: FirstRows | None = None) -> PortfolioData:
    """The lists the portfolio is computed from: the ONE place that chooses their source.

    Online: the service (the four lists at once). Offline — or when the service does not
    answer — and the shell gives the screens an offline cache (`ctx.cache`, an
    `app.cache.store.CacheStore`): its lists, read in a worker thread (decryption), with the
    time of the last sync. From the cache, `on_first(partial, total)` is called as soon as the
    first rows are ready (the list's manifest checked against the cache's header, the first
    2 000 rows checked against it, decrypted and parsed: `CacheStore.batches`), so a list of
    100 000 is on screen before it is all read; should a later row fail its checks, the cache
    is discarded and `CacheCorrupt` raised (the screen then takes the first rows back off).
    (To paint from the cache even online, once the shell's sync keeps it current after each
    transaction, this is the one place to change.)
    """
    enterprise_id = ctx.me.enterprise.id
    cache = getattr(ctx, "cache", None)
    if cache is not None and not ctx.online:
        return await _from_cache(cache, enterprise_id, on_first)
    api = ctx.api
    try:
        own, received, assignments, users = await asyncio.gather(
            api.all_procurations(page_size=PAGE_SIZE),
            api.all_procurations(received=True, page_size=PAGE_SIZE),
            api.all_current_assignments(page_size=PAGE_SIZE),
            api.all_users(page_size=PAGE_SIZE),
        )
    except Offline:
        if cache is None:
            raise
        # The service went silent before the shell noticed: the last synced lists.
        return await _from_cache(cache, enterprise_id, on_first)
    return PortfolioData(
        enterprise_id=enterprise_id,
        own=own,
        received=received,
        assignments=assignments,
        users=users,
        as_of=datetime.now().astimezone(),
    )


async def _from_cache(cache: Any, enterprise_id: str, on_first: FirstRows | None) -> PortfolioData:
    from app.domain.changes import ChangeKind

    synced = cache.synced_at
    batches = getattr(cache, "batches", None)
    if on_first is None or batches is None:
        return await asyncio.to_thread(_all_from_cache, cache, enterprise_id, synced)
    received_batches = batches(ChangeKind.RECEIVED, FIRST_BATCH)
    first = await asyncio.to_thread(next, received_batches, [])
    total = cache.count(ChangeKind.RECEIVED)
    if len(first) < total:
        on_first(
            PortfolioData(enterprise_id=enterprise_id, received=first, as_of=synced, offline=True),
            total,
        )
        # Let the window paint those rows before the reading of the rest (which holds the
        # interpreter in long stretches) starts.
        await asyncio.sleep(0.03)

    def rest() -> PortfolioData:
        received = list(first)
        for batch in received_batches:
            received.extend(batch)
        return PortfolioData(
            enterprise_id=enterprise_id,
            own=cache.procurations(),
            received=received,
            assignments=cache.assignments(),
            users=cache.users(),
            as_of=synced,
            offline=True,
        )

    return await asyncio.to_thread(rest)


def _all_from_cache(cache: Any, enterprise_id: str, synced: datetime | None) -> PortfolioData:
    return PortfolioData(
        enterprise_id=enterprise_id,
        own=cache.procurations(),
        received=cache.received(),
        assignments=cache.assignments(),
        users=cache.users(),
        as_of=synced,
        offline=True,
    )


# ---- the models ----------------------------------------------------------------------------------


Choices = tuple[list[str], list[tuple[str, str]]]  # ministries, (user code, name) of holders


@dataclass(frozen=True)
class _Counted:
    """The groups with how many rows the filters keep, as counted for `counted_for`."""

    counted_for: tuple[GroupBy, PortfolioFilter]
    groups: list[Group]
    shown: int


@dataclass(frozen=True)
class _Filtered:
    """What a filter or a group chosen keeps, worked out in a worker thread
    (`PortfolioView._filter_rows`): the table's rows (`table`, for the group chosen) and, when
    the filters changed, the groups counted over what the filters keep (`base`)."""

    table: FilteredRows[PortfolioRow]
    base: FilteredRows[PortfolioRow]
    counted: _Counted | None


@dataclass(frozen=True)
class _Prepared:
    """What showing a long list costs, worked out in a worker thread before it is shown
    (`PortfolioView._prepare_rows`): the rows of `scope` sorted as the table is and filtered
    for the filters and the group chosen (`group_key`), the filters' choices, and the groups
    with how many rows the filters keep, as counted for `counted_for`."""

    rows: SortedRows[PortfolioRow]
    choices: Choices
    counted_for: tuple[GroupBy, PortfolioFilter]
    groups: list[Group]
    shown: int
    scope: Scope = Scope.RECEIVED
    group_key: str | None = None


class PortfolioTableModel(TableModel[PortfolioRow]):
    """Entreprise mandante · Numéro d'identification · Nom ou description · Droits d'accès ·
    Provenance · État · Détenteurs · Date de fin · Jours · Étiquettes."""

    def __init__(
        self,
        ministry_name: Callable[[str], str],
        tags_of: Callable[[str], Sequence[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent=parent)
        self.today = today()
        self.set_columns(
            [
                Column(
                    self.tr("Entreprise mandante"),
                    lambda r: r.client_name,
                    tooltip=lambda r: r.client_name,
                ),
                Column(
                    self.tr("Numéro\nd'identification"),
                    lambda r: r.client_id,
                    alignment=CENTER,
                ),
                Column(
                    self.tr("Nom ou description"),
                    lambda r: r.description,
                    tooltip=lambda r: r.description or None,
                ),
                Column(
                    self.tr("Droits\nd'accès"),
                    lambda r: ", ".join(r.ministries),
                    tooltip=lambda r: "\n".join(ministry_name(m) for m in r.ministries) or None,
                ),
                Column(
                    self.tr("Provenance"),
                    lambda r: self.tr("Reçue") if r.received else self.tr("Mon entreprise"),
                    header_tooltip=self.tr(
                        "Reçue d'une entreprise cliente, ou donnée par votre entreprise"
                    ),
                ),
                Column(
                    self.tr("État"),
                    lambda r: r.state.value,
                    alignment=CENTER,
                    tooltip=lambda r: state_label(r.state),
                    header_tooltip=self.tr(
                        "AC : actif · RF : refusée · RV : révoquée · EC : échue"
                    ),
                ),
                Column(self.tr("Détenteurs"), lambda r: r.holder_names(), tooltip=self._holders),
                Column(
                    self.tr("Date de fin\n(AAAA-MM-JJ)"), lambda r: r.end_date, alignment=CENTER
                ),
                Column(
                    self.tr("Jours\nrestants"),
                    lambda r: r.days_left(self.today),
                    alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    searchable=False,
                    header_tooltip=self.tr("Jours d'ici la date de fin (négatif : déjà passée)"),
                ),
                Column(self.tr("Étiquettes"), lambda r: ", ".join(tags_of(r.client_id))),
            ]
        )

    def _holders(self, row: PortfolioRow) -> str | None:
        return (
            "\n".join(f"{h.name} ({h.user_code}) — {h.end_date.isoformat()}" for h in row.holders)
            or None
        )


class GroupListModel(QAbstractListModel):
    """«Tous (n)», then each group with its count; `key(row)` is the group's key (None: all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[Group] = []
        self.total = 0

    def set_groups(self, groups: list[Group], total: int) -> None:
        self.beginResetModel()
        self.groups, self.total = groups, total
        self.endResetModel()

    def key(self, row: int) -> str | None:
        return None if row <= 0 or row > len(self.groups) else self.groups[row - 1].key

    def row_of(self, key: str | None) -> int:
        if key is None:
            return 0
        for i, g in enumerate(self.groups, start=1):
            if g.key == key:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.groups) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if row == 0:
                return self.tr("Tous ({0})").format(self.total)
            g = self.groups[row - 1]
            return f"{g.label} ({g.count})"
        if role == Qt.ItemDataRole.ToolTipRole and row > 0:
            g = self.groups[row - 1]
            return g.label if not g.key or g.key in g.label else f"{g.label} ({g.key})"
        return None


# ---- the screen ----------------------------------------------------------------------------------


class PortfolioView(View):
    """See the module docstring. `data` holds the lists shown; `notes` the firm's notes."""

    key = "portfolio"
    depends_on = ("received", "procurations", "assignments", "users")
    navigate = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.data = PortfolioData(enterprise_id=ctx.me.enterprise.id)
        self.notes = ClientNotes.for_user(ctx.me.user_code, ctx.me.enterprise.id)
        self.current_wizard: QWidget | None = None
        self.dialog: QWidget | None = None
        self.abandon_question: QMessageBox | None = None
        self.unfinished: list[BulkJournal] = []
        self._loaded = False
        self._partial: int | None = None
        self._rows_by_scope: dict[Scope, list[PortfolioRow]] = {}
        self._group_key: str | None = None
        self._counted_for: tuple[GroupBy, PortfolioFilter] | None = None  # the groups shown
        self._predicate: Callable[[PortfolioRow], bool] | None = None
        self._loader = LatestWins(owner=self)
        self._preparer = LatestWins(owner=self, on_error=None)
        self._filterer = LatestWins(owner=self)
        self._rows_builder = LatestWins(owner=self)  # a scope's rows, or rows sorted again
        self._matrix_builder = LatestWins(owner=self)
        self.filter_task: asyncio.Task[None] | None = None
        self.scope_task: asyncio.Task[None] | None = None
        self._scope_chosen = False  # the person chose a scope: the screen keeps it
        self.notes_task: asyncio.Task[None] | None = None
        self.matrix_task: asyncio.Task[None] | None = None
        self._notes_client: str | None = None

        title, intro = list_heading(
            self,
            self.tr("Portefeuille des clients"),
            self.tr(
                "Toutes vos entreprises clientes et les procurations reçues d'elles. Regroupez "
                "ou filtrez par client, ministère, service, état, détenteur, date de fin ou "
                "étiquette; sélectionnez plusieurs lignes pour les traiter en lot."
            ),
        )
        self.offline_label = QLabel(self)
        self.offline_label.setObjectName("offlineNote")
        self.offline_label.setVisible(False)
        self.resume_label = QLabel(self)
        self.resume_label.setObjectName("resumeNote")
        self.resume_label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Re&prendre le traitement en lot"), self)
        self.resume_button.setAccessibleName(self.tr("Reprendre le traitement en lot"))
        self.abandon_button = QPushButton(self.tr("A&bandonner le traitement en lot…"), self)
        self.abandon_button.setAccessibleName(self.tr("Abandonner le traitement en lot"))
        self.abandon_button.setToolTip(
            self.tr("Ne plus transmettre les éléments restants; ceux déjà faits restent faits.")
        )
        resume = QHBoxLayout()
        resume.addWidget(self.resume_label, 1)
        resume.addWidget(self.resume_button)
        resume.addWidget(self.abandon_button)
        self.resume_label.setVisible(False)
        self.resume_button.setVisible(False)
        self.abandon_button.setVisible(False)

        # ---- search and filters ----
        # Every widget of the tab is made in the tab that shows it, itself made in the tab
        # widget: moved there afterwards, each would have its style worked out again (the
        # screen's first show is one turn of the event loop, to keep under 50 ms).
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("portfolioTabs")
        tab = QWidget(self.tabs)
        self.tabs.addTab(tab, self.tr("&Procurations"))
        self.scope = self._combo("portfolioScope", self.tr("Procurations"), tab)
        self.scope.addItem(self.tr("Reçues des clients"), Scope.RECEIVED.value)
        self.scope.addItem(self.tr("De mon entreprise"), Scope.OWN.value)
        self.scope.addItem(self.tr("Toutes"), Scope.ALL.value)
        scope_label = self._buddy(self.tr("Pro&curations"), self.scope)
        self.search = QLineEdit(tab)
        self.search.setObjectName("portfolioSearch")
        self.search.setPlaceholderText(self.tr("Entreprise, numéro, description, détenteur…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Rechercher"))
        search_label = self._buddy(self.tr("Rec&hercher"), self.search)
        self.clear_button = QPushButton(self.tr("Effacer les filtres"), tab)
        self.clear_button.setAccessibleName(self.tr("Effacer les filtres"))

        self.ministry_filter = self._combo(
            "portfolioMinistry", self.tr("Ministère ou organisme"), tab
        )
        self.service_filter = self._combo("portfolioService", self.tr("Service"), tab)
        self.service_filter.setMaximumWidth(260)
        self.ministry_filter.setMinimumWidth(190)
        self.service_filter.setMinimumWidth(120)
        self.state_filter = self._combo("portfolioState", self.tr("État"), tab)
        self.state_filter.addItem(self.tr("Tous les états"), None)
        for state in ProcurationState:
            self.state_filter.addItem(f"{state.value} – {state_label(state)}", state.value)
        self.holder_filter = self._combo("portfolioHolder", self.tr("Détenteur"), tab)
        self.holder_filter.setMinimumWidth(170)
        self.holder_filter.setMaximumWidth(240)
        self.end_filter = self._combo("portfolioEnd", self.tr("Date de fin"), tab)
        self.end_filter.addItem(self.tr("Toutes les dates"), None)
        for window, text in (
            (EndWindow.ENDED, self.tr("Échues")),
            (EndWindow.D1, self.tr("D'ici 1 jour")),
            (EndWindow.D7, self.tr("D'ici 7 jours")),
            (EndWindow.D14, self.tr("D'ici 14 jours")),
            (EndWindow.D30, self.tr("D'ici 30 jours")),
            (EndWindow.D90, self.tr("D'ici 90 jours")),
            (EndWindow.LATER, self.tr("Dans plus de 90 jours")),
        ):
            self.end_filter.addItem(text, window.value)
        self.tag_filter = self._combo("portfolioTag", self.tr("Étiquette"), tab)

        row1 = QHBoxLayout()
        row1.setSpacing(8)
        row1.addWidget(scope_label)
        row1.addWidget(self.scope)
        row1.addSpacing(12)
        row1.addWidget(search_label)
        row1.addWidget(self.search, 1)
        row1.addWidget(self.clear_button)
        row2 = FlowLayout()  # wraps when the texts are longer (English, large fonts)
        row2.setSpacing(8)
        for text, combo in (
            (self.tr("&Ministère"), self.ministry_filter),
            (self.tr("Ser&vice"), self.service_filter),
            (self.tr("É&tat"), self.state_filter),
            (self.tr("&Détenteur"), self.holder_filter),
            (self.tr("Date de &fin"), self.end_filter),
            (self.tr("Éti&quette"), self.tag_filter),
        ):
            row2.addWidget(self._buddy(text, combo))
            row2.addWidget(combo)
        row2.addStretch(1)

        # ---- groups | list | notes ----
        self.group_by = self._combo("portfolioGroupBy", self.tr("Regrouper par"), tab)
        for by, text in (
            (GroupBy.CLIENT, self.tr("Client")),
            (GroupBy.MINISTRY, self.tr("Ministère")),
            (GroupBy.SERVICE, self.tr("Service")),
            (GroupBy.STATE, self.tr("État")),
            (GroupBy.HOLDER, self.tr("Détenteur")),
            (GroupBy.END_MONTH, self.tr("Mois de fin")),
            (GroupBy.TAG, self.tr("Étiquette")),
        ):
            self.group_by.addItem(text, by.value)
        group_label = self._buddy(self.tr("Re&grouper par"), self.group_by)
        self.group_model = GroupListModel(self)
        self.group_list = QListView(tab)
        self.group_list.setObjectName("groupList")
        self.group_list.setModel(self.group_model)
        self.group_list.setAccessibleName(self.tr("Groupes"))
        self.group_list.setUniformItemSizes(True)
        self.group_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        groups = QWidget(tab)
        groups_layout = QVBoxLayout(groups)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        group_head = QHBoxLayout()
        group_head.addWidget(group_label)
        group_head.addWidget(self.group_by, 1)
        groups_layout.addLayout(group_head)
        groups_layout.addWidget(self.group_list, 1)

        self.model = PortfolioTableModel(ctx.ministry_name, self.notes.tags_of, self)
        self.table = QTableView(tab)
        self.table.setObjectName("portfolioTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Procurations du portefeuille"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (0, 190),
            (1, 112),
            (2, 160),
            (3, 75),
            (4, 95),
            (5, 44),
            (6, 150),
            (7, 92),
            (8, 60),
        ):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.setColumnHidden(PROVENANCE, True)

        self.notes_panel = QFrame(tab)
        self.notes_panel.setObjectName("notesPanel")
        self.notes_title = QLabel(self.tr("Notes du cabinet"), self.notes_panel)
        self.notes_title.setProperty("viewSubtitle", True)
        self.notes_title.setWordWrap(True)
        self.notes_client_label = QLabel(self.notes_panel)
        self.notes_client_label.setWordWrap(True)
        self.tags_edit = QLineEdit(self.notes_panel)
        self.tags_edit.setObjectName("clientTags")
        self.tags_edit.setPlaceholderText(self.tr("TPS trimestrielle, À relancer"))
        self.tags_edit.setAccessibleName(self.tr("Étiquettes du client"))
        tags_label = self._buddy(self.tr("É&tiquettes (séparées par des virgules)"), self.tags_edit)
        tags_label.setWordWrap(True)
        self.note_edit = QPlainTextEdit(self.notes_panel)
        self.note_edit.setObjectName("clientNote")
        self.note_edit.setAccessibleName(self.tr("Note sur le client"))
        note_label = self._buddy(self.tr("N&ote"), self.note_edit)
        self.save_notes_button = QPushButton(self.tr("En&registrer la note"), self.notes_panel)
        self.save_notes_button.setAccessibleName(self.tr("Enregistrer les étiquettes et la note"))
        privacy = QLabel(
            self.tr(
                "Gardées sur cet ordinateur seulement; le service et vos clients ne les voient pas."
            ),
            self.notes_panel,
        )
        privacy.setProperty("legend", True)
        privacy.setWordWrap(True)
        notes_layout = QVBoxLayout(self.notes_panel)
        notes_layout.setContentsMargins(10, 8, 10, 8)
        notes_layout.addWidget(self.notes_title)
        notes_layout.addWidget(self.notes_client_label)
        notes_layout.addWidget(tags_label)
        notes_layout.addWidget(self.tags_edit)
        notes_layout.addWidget(note_label)
        notes_layout.addWidget(self.note_edit, 1)
        notes_layout.addWidget(self.save_notes_button, 0, Qt.AlignmentFlag.AlignRight)
        notes_layout.addWidget(privacy)

        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        splitter.addWidget(groups)
        splitter.addWidget(self.table)
        # In a scroll area: wrapped texts (English, large fonts) may need more height than
        # the list leaves; they scroll instead of being drawn over one another.
        notes_scroll = QScrollArea(tab)
        notes_scroll.setWidgetResizable(True)
        notes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        notes_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus
        notes_scroll.setWidget(self.notes_panel)
        # The pane's width, not the panel's: a panel held narrower than its texts would cut them.
        notes_scroll.setMinimumWidth(210)
        notes_scroll.setMaximumWidth(300)
        splitter.addWidget(notes_scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 860, 220])
        splitter.setChildrenCollapsible(False)

        self.count_label = QLabel(tab)
        self.count_label.setObjectName("portfolioCount")
        self.working_label = WorkingNote(self.tr("Filtrage en cours…"), tab)
        self.working_label.setObjectName("portfolioWorking")
        self.selection_label = QLabel(tab)
        self.selection_label.setProperty("legend", True)
        self.selection_label.setWordWrap(True)
        counts = QHBoxLayout()
        counts.setSpacing(24)
        counts.addWidget(self.count_label)
        counts.addWidget(self.working_label)
        counts.addWidget(self.selection_label)
        counts.addStretch(1)

        self.buttons: dict[str, QPushButton] = {}
        actions = FlowLayout()
        actions.setSpacing(8)
        for name, text, what in (
            ("consult", self.tr("&Consulter"), self.tr("Voir la procuration sélectionnée")),
            (
                "assign",
                self.tr("A&ssigner…"),
                self.tr("Assigner les procurations reçues sélectionnées à un utilisateur"),
            ),
            (
                "refuse",
                self.tr("Re&fuser…"),
                self.tr("Refuser les procurations reçues sélectionnées"),
            ),
            (
                "extend",
                self.tr("Pro&longer…"),
                self.tr(
                    "Reporter la date de fin des procurations de votre entreprise sélectionnées"
                ),
            ),
            (
                "revoke",
                self.tr("Ré&voquer…"),
                self.tr("Révoquer les procurations de votre entreprise sélectionnées"),
            ),
            ("refresh", self.tr("Actualiser"), self.tr("Relire les listes auprès du service")),
        ):
            if name == "refresh":
                # «Exporter (CSV)…» and «Imprimer la liste…» (`ui.list_export`), made here:
                # Tab reaches them here. The columns the table hides are left out.
                self.export = ListExport(
                    self, self.model, name="portefeuille", view=self.table, parent=tab
                )
                self.buttons["export"], self.buttons["print"] = self.export.buttons
                actions.addStretch(1)
                actions.addLayout(self.export.button_row())
            button = QPushButton(text, tab)
            button.setObjectName(f"portfolio_{name}")
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.setAccessibleDescription(what)
            button.setToolTip(what)
            self.buttons[name] = button
            actions.addWidget(button)
        self.buttons["consult"].setProperty("primary", True)

        tab_layout = QVBoxLayout(tab)
        tab_layout.setContentsMargins(0, 6, 0, 0)
        tab_layout.setSpacing(8)
        tab_layout.addLayout(row1)
        tab_layout.addLayout(row2)
        tab_layout.addWidget(splitter, 1)
        tab_layout.addLayout(counts)
        tab_layout.addLayout(actions)
        # The matrix is built the first time its tab is shown (`matrix()`): most visits are
        # for the list, and a firm's matrix is a pass over every assignment.
        self.matrix_widget: RightsMatrixWidget | None = None
        self._matrix_stale = True
        self._matrix_for: PortfolioData | None = None  # the data of the matrix being built
        self.matrix_tab = QWidget(self.tabs)
        self.matrix_tab_layout = QVBoxLayout(self.matrix_tab)
        self.matrix_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.matrix_tab, self.tr("&Qui peut agir pour qui"))
        self.tabs.currentChanged.connect(self._on_tab)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.offline_label)
        layout.addLayout(resume)
        layout.addWidget(self.tabs, 1)

        # ---- wiring ----
        self.scope.currentIndexChanged.connect(lambda _i: self._on_scope_chosen())
        self.search.textChanged.connect(lambda _t: self._apply_search())
        for combo in (
            self.state_filter,
            self.holder_filter,
            self.end_filter,
            self.tag_filter,
            self.service_filter,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.ministry_filter.currentIndexChanged.connect(lambda _i: self._on_ministry())
        self.group_by.currentIndexChanged.connect(lambda _i: self._on_group_by())
        self.group_list.selectionModel().currentChanged.connect(
            lambda current, _previous: self._on_group(current.row())
        )
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._on_selection())
        self.model.modelReset.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _i: self.consult())
        self.save_notes_button.clicked.connect(self.save_notes)
        self.buttons["consult"].clicked.connect(self.consult)
        self.buttons["assign"].clicked.connect(lambda: self.bulk(BulkAction.ASSIGN))
        self.buttons["refuse"].clicked.connect(lambda: self.bulk(BulkAction.REFUSE))
        self.buttons["extend"].clicked.connect(lambda: self.bulk(BulkAction.EXTEND))
        self.buttons["revoke"].clicked.connect(lambda: self.bulk(BulkAction.REVOKE))
        self.buttons["refresh"].clicked.connect(self.reload)
        self.resume_button.clicked.connect(self.resume_bulk)
        self.abandon_button.clicked.connect(self.ask_abandon_bulk)
        self._fill_filters()
        self._show_notes(None)
        self._update_count()
        self._on_selection()
        # Last: set first, every widget made and laid out after it would have its style worked
        # out again and again (10 ms of the screen's first show).
        self.setStyleSheet(STYLE)

    # ---- small builders ----------------------------------------------------------------------

    def _combo(self, name: str, accessible: str, parent: QWidget | None = None) -> QComboBox:
        combo = QComboBox(parent or self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, widget.parentWidget() or self)
        label.setBuddy(widget)
        return label

    # ---- View --------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Portefeuille des clients")

    async def refresh(self) -> None:
        scope = self.scope_value()

        def first_rows(partial: PortfolioData, total: int) -> None:
            # The first rows of a long list read from the cache: on screen at once, the rest
            # follows (nothing can be done to them while offline anyway).
            self.set_data(partial, {scope: portfolio_rows(partial, scope, today())}, total=total)

        try:
            data = await load_portfolio(self.ctx, on_first=first_rows)
        except CacheCorrupt:
            if self._partial is not None:
                # The first rows shown had passed their checks, but the file they came from
                # turned out altered further on: nothing of it stays on screen.
                self.set_data(PortfolioData(enterprise_id=self.ctx.me.enterprise.id, offline=True))
            raise
        scope = self._first_scope(data)
        # 100 000 rows take a moment to build, sort, filter and count in groups: in a worker
        # thread, the window stays live (and shows the first rows, when they came first).
        while True:
            state, group_key = self._group_state(), self._group_key
            prepared = await asyncio.to_thread(self._prepare_rows, data, scope, state, group_key)
            if scope is self.scope_value():
                break
            scope = self.scope_value()  # another scope chosen meanwhile: its rows
        self.set_data(data, {scope: prepared.rows.rows}, prepared=prepared)
        self.unfinished = unfinished_journals(self.ctx.me.user_code, self.ctx.me.enterprise.id)
        self._show_unfinished()

    def reload(self) -> None:
        self._loader.run(self.refresh(), name="portefeuille")

    def set_online(self, online: bool) -> None:
        self._on_selection()

    # ---- data --------------------------------------------------------------------------------

    def set_data(
        self,
        data: PortfolioData,
        rows: dict[Scope, list[PortfolioRow]] | None = None,
        *,
        total: int | None = None,
        prepared: _Prepared | None = None,
    ) -> None:
        """Show `data` (from the service or the cache), keeping filters and selection.
        `rows`: the portfolio rows already built for a scope (else built here). `total`: the
        first rows of a longer list still loading (how many there will be). `prepared`: the
        scope's rows sorted, the filters' choices and the groups worked out ahead
        (`_prepare_rows`): what still fits the screen's filters is taken from there."""
        chosen = {r.id for r in self.selected_rows()}
        self._rows_builder.cancel()  # rows of the data replaced: not shown
        self.data = data
        self.model.today = today()
        self._rows_by_scope = dict(rows or {})
        self._loaded = True
        self._partial = total
        self.export.rows_read(offline=data.offline, as_of=data.as_of)
        self.offline_label.setVisible(data.offline)
        self.offline_label.setText(offline_note(data.as_of) if data.offline else "")
        if total is None and len(data.received) + len(data.own) >= LARGE:
            # These lists live until the next refresh: keep the cyclic collector from walking
            # their million objects again and again (each pass stalls the window for
            # hundreds of ms); replaced lists are still freed by reference counting.
            gc_policy.settle()
        self._fill_filters(prepared.choices if prepared is not None else None)
        if prepared is not None:
            self._filterer.cancel()  # looking through rows that are no longer shown
            self.model.set_rows(prepared.rows)  # filtered ahead: its predicate the model's
            self._predicate = prepared.rows.predicate
        else:
            self.model.set_rows(self.rows_for_scope())
        self.apply_filters(counted=prepared)
        if chosen:
            self.select_ids(chosen)
        self._matrix_stale = True
        if total is not None:
            return  # the whole list follows: matrix and search index then
        if self.tabs.currentIndex() == 1:
            self._fill_matrix()
        self._prepare_model()

    def _matrix_widget(self) -> RightsMatrixWidget:
        widget = self.matrix_widget
        if widget is None:
            widget = RightsMatrixWidget(self.ctx.ministry_name, self.matrix_tab)
            widget.client_chosen.connect(self._on_matrix_client)
            self.matrix_tab_layout.addWidget(widget)
            self.matrix_widget = widget
        widget.offline_note = offline_note(self.data.as_of) if self.data.offline else None
        return widget

    def matrix(self) -> RightsMatrixWidget:
        """The rights matrix tab's widget, built and filled now with the data shown (on this
        thread: the tab itself builds a large one in a worker thread, `_fill_matrix`)."""
        widget = self._matrix_widget()
        if self._matrix_stale:
            self._matrix_builder.cancel()
            self._matrix_stale = False
            data = self.data
            widget.set_matrix(build_matrix(data.procurations(), data.assignments, today()))
        return widget

    def show_matrix(self, client_id: str | None = None) -> RightsMatrixWidget:
        """Show «Qui peut agir pour qui» (for `client_id`)."""
        self.tabs.setCurrentIndex(1)
        widget = self.matrix()
        if client_id is not None:
            widget.choose_client(client_id)
        return widget

    def _on_tab(self, index: int) -> None:
        if index == 1:
            self._fill_matrix()

    def _fill_matrix(self) -> None:
        """The matrix of the data shown in its tab, unless it is there already or being built.
        A firm's 100 000 assignments: the grants, and what the choice shows, worked out in a
        worker thread (600 ms), the tab saying so meanwhile."""
        widget = self._matrix_widget()
        data = self.data
        if not self._matrix_stale or (
            self._matrix_builder.is_running() and self._matrix_for is data
        ):
            return
        if len(data.assignments) < LARGE:
            self.matrix()
            return
        self._matrix_for = data
        self.matrix_task = widget.working_label.during(
            self._matrix_builder.run(self._build_matrix(widget, data), name="matrice")
        )

    async def _build_matrix(self, widget: RightsMatrixWidget, data: PortfolioData) -> None:
        choice = widget.choice()

        def work() -> tuple[RightsMatrix, Shown]:
            built = build_matrix(data.procurations(), data.assignments, today())
            return built, widget.work_out(built, choice)

        # The tab painted first (its note included): a worker thread running Python slows
        # every paint of the window's thread several times over.
        await asyncio.sleep(0.03)
        built, shown = await asyncio.to_thread(work)
        if not shiboken6.isValid(self) or data is not self.data:
            return
        self._matrix_stale = False
        widget.set_matrix(built, shown)

    def _prepare_model(self) -> None:
        # The search text and sort keys, built in a worker thread once the list is shown: the
        # first keystroke and the first click on a header do not pay for them.
        self.prepare_task = self._preparer.run(self.model.prepare(), name="portefeuille-index")

    def scope_value(self) -> Scope:
        return Scope(self.scope.currentData() or Scope.RECEIVED.value)

    def rows_for_scope(self) -> list[PortfolioRow]:
        scope = self.scope_value()
        rows = self._rows_by_scope.get(scope)
        if rows is None:
            rows = portfolio_rows(self.data, scope, today())
            self._rows_by_scope[scope] = rows
        return rows

    def _on_scope_chosen(self) -> None:
        self._scope_chosen = True
        self._on_scope()

    def _first_scope(self, data: PortfolioData) -> Scope:
        """The scope the screen opens on: the procurations received from clients, as a firm
        wants; an enterprise that received none (most are no mandataire) sees its own instead
        of an empty list — until the person chooses one."""
        scope = self.scope_value()
        if self._scope_chosen or scope is not Scope.RECEIVED or data.received or not data.own:
            return scope
        with QSignalBlocker(self.scope):
            self.scope.setCurrentIndex(self.scope.findData(Scope.OWN.value))
        return Scope.OWN

    def _on_scope(self) -> None:
        # «Provenance» says something only when both kinds are listed.
        self.table.setColumnHidden(PROVENANCE, self.scope_value() is not Scope.ALL)
        self._group_key = None
        if len(self.data.received) + len(self.data.own) >= LARGE:
            self._rows_later()
            return
        self._rows_builder.cancel()
        self.model.set_rows(self.rows_for_scope())
        self._fill_filters()
        self.apply_filters()
        self._prepare_model()

    def _rows_later(self) -> asyncio.Task[None]:
        """The rows of the scope chosen built (unless they were), sorted as the table is,
        filtered, the filters' choices and the groups, in a worker thread (a scope of 100 000
        rows: 0.5 to 1 s), then shown with the selection kept — if the data, the scope, the
        filters and the group are still those they were worked out for (else what is still
        right of them, the rest looked for again). Meanwhile the list shows what it showed and
        says it is working; a newer scope chosen supersedes this one."""
        data, scope = self.data, self.scope_value()
        state, group_key = self._group_state(), self._group_key
        rows = self._rows_by_scope.get(scope)
        self._filterer.cancel()  # what it looks for is looked for with the rows
        self.scope_task = self.working_label.during(
            self._rows_builder.run(
                self._show_rows_later(data, scope, state, group_key, rows),
                name="portefeuille-lignes",
            )
        )
        return self.scope_task

    async def _show_rows_later(
        self,
        data: PortfolioData,
        scope: Scope,
        state: tuple[GroupBy, PortfolioFilter],
        group_key: str | None,
        rows: list[PortfolioRow] | None,
    ) -> None:
        prepared = await asyncio.to_thread(self._prepare_rows, data, scope, state, group_key, rows)
        if data is not self.data or scope is not self.scope_value():
            return  # other data or another scope shown meanwhile: nothing of this fits
        chosen = {r.id for r in self.selected_rows()}
        self._filterer.cancel()  # chosen meanwhile, looking through the rows replaced
        self._rows_by_scope[scope] = prepared.rows.rows
        self._fill_filters(prepared.choices)
        self.model.set_rows(prepared.rows)  # filtered ahead: its predicate the model's
        self._predicate = prepared.rows.predicate
        self.apply_filters(counted=prepared)
        if chosen:
            self.select_ids(chosen)
        self._prepare_model()

    # ---- filters and groups ------------------------------------------------------------------

    def _fill_filters(self, choices: Choices | None = None) -> None:
        """The choices of the filters from the rows loaded (keeping what was chosen), or from
        `choices` worked out ahead for them."""
        if choices is None:
            choices = filter_choices(self.rows_for_scope() if self._loaded else [])
        ministries, holders = choices
        self._refill(
            self.ministry_filter,
            [(None, self.tr("Tous"))]
            + [(m, f"{m} – {self.ctx.ministry_name(m)}") for m in ministries],
        )
        self._refill(
            self.holder_filter,
            [(None, self.tr("Tous")), (UNASSIGNED, self.tr("Aucun (non assignées)"))]
            + [(code, f"{name} ({code})") for code, name in holders],
        )
        self._fill_tags()
        self._fill_services()

    def _fill_tags(self) -> None:
        self._refill(
            self.tag_filter,
            [(None, self.tr("Toutes")), (UNTAGGED, self.tr("Sans étiquette"))]
            + [(t.casefold(), t) for t in self.notes.all_tags()],
        )

    def _fill_services(self) -> None:
        ministry = self.ministry_filter.currentData()
        choices: list[tuple[str | None, str]] = [(None, self.tr("Tous"))]
        if ministry:
            choices += [(s, catalogue.service_name(ministry, s)) for s in leaf_services(ministry)]
        self._refill(self.service_filter, choices)
        self.service_filter.setEnabled(bool(ministry))

    @staticmethod
    def _refill(combo: QComboBox, choices: list[tuple[str | None, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, text in choices:
            combo.addItem(text, value)
        index = combo.findData(chosen) if chosen is not None else 0
        if chosen == "":  # «Aucun» / «Sans étiquette»: findData("") matches
            index = combo.findData("")
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _on_ministry(self) -> None:
        self._fill_services()
        self.apply_filters()

    def current_filter(self, *, with_group: bool = True) -> PortfolioFilter:
        state = self.state_filter.currentData()
        window = self.end_filter.currentData()
        base = PortfolioFilter(
            ministry=self.ministry_filter.currentData() or None,
            service=self.service_filter.currentData() or None,
            states=frozenset({ProcurationState(state)}) if state else None,
            holder=self.holder_filter.currentData(),
            end_window=EndWindow(window) if window else None,
            tag=self.tag_filter.currentData(),
        )
        if with_group and self._group_key is not None:
            return filter_for_group(base, self.group_by_value(), self._group_key)
        return base

    def group_by_value(self) -> GroupBy:
        return GroupBy(self.group_by.currentData() or GroupBy.CLIENT.value)

    def apply_filters(self, *, counted: _Prepared | None = None) -> None:
        """The filters changed: new predicate, new groups; the search text stays. `counted`:
        rows filtered and groups counted ahead (given to the model with `set_rows`), used if
        they were worked out for these filters and this group. In a long list the rows kept
        are otherwise looked for, and the groups counted, in a worker thread (`_refilter`)."""
        self._update_clear_button()
        fits = (
            counted is not None
            and counted.rows.filtered
            and (counted.counted_for, counted.group_key) == (self._group_state(), self._group_key)
        )
        if not fits and self.model.total_count() >= LARGE:
            self._refilter(count=True)
            return
        self._filterer.cancel()
        chosen = {r.id for r in self.selected_rows()}
        if counted is not None and fits:
            self._predicate = counted.rows.predicate  # what the model filtered ahead with
        else:
            self._predicate = self.current_filter().predicate(today(), tags_of=self.notes.tags_of)
        self.model.set_filters(self._predicate, self.search.text())
        self._update_groups(counted)
        if chosen:
            self.select_ids(chosen)
        self._update_count()

    def _apply_search(self) -> None:
        # Only the text changed: the same predicate object, so it is not run again.
        self.model.set_filters(self._predicate, self.search.text())
        self._update_count()
        self._update_clear_button()

    def _update_clear_button(self) -> None:
        self.clear_button.setEnabled(
            not self.current_filter().is_empty() or bool(self.search.text().strip())
        )

    def _refilter(self, *, count: bool) -> None:
        """Look for the rows the filters and the group chosen keep in a worker thread, and count
        the groups again when `count` (or when those shown were counted for other filters).
        Until they come in, the list shows what it showed and says it is working; a newer
        choice supersedes this one, and what is found is shown only if the screen's filters
        and group are still those it was found for."""
        state = self._group_state()
        count = count or self._counted_for != state
        base = state[1].predicate(today(), tags_of=self.notes.tags_of)
        group_key = self._group_key
        table = (
            base
            if group_key is None
            else self.current_filter().predicate(today(), tags_of=self.notes.tags_of)
        )
        table_job = self.model.filter_job(table)
        base_job = None
        if count:
            base_job = table_job if group_key is None else self.model.filter_job(base)
        self.filter_task = self.working_label.during(
            self._filterer.run(
                self._filter_later(table_job, base_job, state, group_key),
                name="portefeuille-filtre",
            )
        )

    async def _filter_later(
        self,
        table_job: FilterJob[PortfolioRow],
        base_job: FilterJob[PortfolioRow] | None,
        state: tuple[GroupBy, PortfolioFilter],
        group_key: str | None,
    ) -> None:
        try:
            found = await asyncio.to_thread(
                self._filter_rows, table_job, base_job, state, group_key
            )
        except asyncio.CancelledError:
            # Superseded: the worker thread stops at its next slice of rows.
            table_job.cancel()
            if base_job is not None:
                base_job.cancel()
            raise
        if (self._group_state(), self._group_key) != (state, group_key):
            return  # the screen changed without a newer filter: nothing of this fits it
        chosen = {r.id for r in self.selected_rows()}
        counted = found.counted
        if counted is not None and all(g.key != group_key for g in counted.groups):
            self._group_key = None  # the group chosen is gone with these filters
        self._predicate = found.table.predicate
        self.model.set_filters(self._predicate, self.search.text(), ahead=found.table)
        if counted is not None:
            self._update_groups(counted)
        if chosen:
            self.select_ids(chosen)
        self._update_count()

    def _filter_rows(
        self,
        table_job: FilterJob[PortfolioRow],
        base_job: FilterJob[PortfolioRow] | None,
        state: tuple[GroupBy, PortfolioFilter],
        group_key: str | None,
    ) -> _Filtered:
        """In a worker thread: what the filters keep (`base_job`, when the groups are to be
        counted again) and the groups over it, and what the table shows (`table_job`: the
        group chosen, or the filters' rows when that group is gone)."""
        if base_job is None:
            table = table_job.run()
            return _Filtered(table, table, None)
        base = base_job.run()
        groups, shown = self._count_groups(base.rows, state, kept=base.kept_rows())
        counted = _Counted(state, groups, shown)
        if base_job is table_job or all(g.key != group_key for g in groups):
            return _Filtered(base, base, counted)
        return _Filtered(table_job.run(), base, counted)

    def is_working(self) -> bool:
        """True while a filter or a group chosen is being looked for in a worker thread."""
        return self.working_label.is_working()

    def _group_state(self) -> tuple[GroupBy, PortfolioFilter]:
        """What the groups on the left are counted for: the grouping and the filters (the
        group chosen aside)."""
        return self.group_by_value(), self.current_filter(with_group=False)

    def _count_groups(
        self,
        rows: list[PortfolioRow],
        state: tuple[GroupBy, PortfolioFilter],
        *,
        kept: list[PortfolioRow] | None = None,
    ) -> tuple[list[Group], int]:
        """The groups of `rows` under `state`, and how many rows its filters keep (`kept`:
        those rows, found already). Reads nothing of the widgets: runs in a worker thread too
        (`_prepare_rows`)."""
        by, base = state
        shown = kept
        if shown is None:
            keep = base.predicate(today(), tags_of=self.notes.tags_of)
            shown = rows if keep is None else [r for r in rows if keep(r)]
        groups = group_rows(
            shown,
            by,
            ministry_name=self.ctx.ministry_name,
            state_name=state_label,
            unassigned_label=self.tr("(aucun détenteur)"),
            untagged_label=self.tr("(sans étiquette)"),
            tags_of=self.notes.tags_of,
        )
        return groups, len(shown)

    def _prepare_rows(
        self,
        data: PortfolioData,
        scope: Scope,
        state: tuple[GroupBy, PortfolioFilter],
        group_key: str | None = None,
        rows: list[PortfolioRow] | None = None,
    ) -> _Prepared:
        """In a worker thread: the rows of `scope` built (unless given) and sorted as the
        table is, what the filters of `state` and the group `group_key` keep of them, the
        filters' choices, and the groups for `state` (what set_data or a scope chosen would
        otherwise do on the Qt thread: 200 ms to 1 s at 100 000 rows)."""
        on = today()
        if rows is None:
            rows = portfolio_rows(data, scope, on)
        by, base = state
        shown = base if group_key is None else filter_for_group(base, by, group_key)
        keep = shown.predicate(on, tags_of=self.notes.tags_of)
        ahead = self.model.sorted_rows(rows, filtered=True, predicate=keep)
        kept = None
        if group_key is None and ahead.mask is not None:
            kept = list(itertools.compress(rows, ahead.mask))  # what the filters keep
        groups, count = self._count_groups(rows, state, kept=kept)
        return _Prepared(ahead, filter_choices(rows), state, groups, count, scope, group_key)

    def _update_groups(self, counted: _Prepared | _Counted | None = None) -> None:
        state = self._group_state()
        self._counted_for = state
        if counted is not None and counted.counted_for == state:
            groups, shown = counted.groups, counted.shown
        else:
            # No group chosen, the table's filter is these filters: the rows it keeps are
            # those to count (not looked for a second time: 50 ms at 100 000 rows).
            kept = self.model.kept_rows() if self._group_key is None else None
            groups, shown = self._count_groups(self.rows_for_scope(), state, kept=kept)
        self.group_list.selectionModel().blockSignals(True)
        self.group_model.set_groups(groups, shown)
        row = self.group_model.row_of(self._group_key)
        if row < 0:  # the group chosen is gone with these filters
            self._group_key = None
            row = 0
            self.model.set_filters(
                self.current_filter().predicate(today(), tags_of=self.notes.tags_of),
                self.search.text(),
            )
        self.group_list.setCurrentIndex(self.group_model.index(row, 0))
        self.group_list.selectionModel().blockSignals(False)

    def _on_group_by(self) -> None:
        self._group_key = None
        self.apply_filters()

    def _on_group(self, row: int) -> None:
        self._group_key = self.group_model.key(row)
        if self.model.total_count() >= LARGE:
            self._refilter(count=False)
        else:
            self._filterer.cancel()
            self._predicate = self.current_filter().predicate(today(), tags_of=self.notes.tags_of)
            self.model.set_filters(self._predicate, self.search.text())
            self._update_count()
        if self.group_by_value() is GroupBy.CLIENT:
            self._show_notes(self._group_key)

    def choose_group(self, by: GroupBy, key: str | None) -> None:
        """Group by `by` and show the group `key` (None: all)."""
        self.group_by.setCurrentIndex(self.group_by.findData(by.value))
        row = self.group_model.row_of(key)
        if row >= 0:
            self.group_list.setCurrentIndex(self.group_model.index(row, 0))

    def clear_filters(self) -> None:
        for combo in (
            self.ministry_filter,
            self.service_filter,
            self.state_filter,
            self.holder_filter,
            self.end_filter,
            self.tag_filter,
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._group_key = None
        self._fill_services()
        self.apply_filters()

    def _update_count(self) -> None:
        shown, total = self.model.visible_count(), self.model.total_count()
        if not self._loaded:
            self.count_label.setText("")
        elif self._partial is not None:
            self.count_label.setText(
                self.tr("Chargement des données hors ligne… {0} sur {1}").format(
                    total, self._partial
                )
            )
        elif shown == total:
            self.count_label.setText(self.tr("Nombre de procurations : {0}").format(total))
        else:
            self.count_label.setText(
                self.tr("Nombre de procurations : {0} sur {1}").format(shown, total)
            )

    # ---- selection ---------------------------------------------------------------------------

    def selected_rows(self) -> list[PortfolioRow]:
        model = self.table.selectionModel()
        if model is None:
            return []
        return [self.model.row_at(i.row()) for i in model.selectedRows()]

    def selected_procurations(self) -> list[Procuration]:
        return [r.procuration for r in self.selected_rows()]

    def select_ids(self, ids: set[str]) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        last = self.model.columnCount() - 1
        # The rows looked through in the order they were given, which is their order in
        # memory, with map (no Python frame per row): 20 ms at 100 000 rows, 100 ms through
        # `row.id` in the order shown. One range per run of rows next to each other.
        rows = self.model.rows()
        wanted = map(ids.__contains__, map(attrgetter("procuration.id"), rows))
        found = self.model.view_rows_of(itertools.compress(range(len(rows)), wanted))
        start = 0
        for n, view_row in enumerate(found):
            if n + 1 == len(found) or found[n + 1] != view_row + 1:
                top = self.model.index(found[start], 0)
                selection.select(top, self.model.index(view_row, last))
                start = n + 1
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        if found:
            self.table.scrollTo(self.model.index(found[0], 0))

    def _on_selection(self) -> None:
        rows = self.selected_rows()
        eid = self.ctx.me.enterprise.id
        received = [r for r in rows if is_received_active(r.procuration, eid)]
        own = [r for r in rows if is_own_active(r.procuration, eid)]
        online, rse = self.ctx.online, self.ctx.is_rse
        offline = self.tr("Service injoignable : cette action reprendra avec la connexion.")
        none = self.tr("Sélectionnez d'abord des procurations dans la liste.")

        def state(count: int, none_fit: str) -> tuple[bool, str]:
            if not rows:
                return False, none
            if not online:
                return False, offline
            if not rse:
                return False, self.tr("Seul le ou la RSE peut faire cette action.")
            if not count:
                return False, none_fit
            return True, ""

        states = {
            "consult": (len(rows) == 1, none if not rows else self.tr("Une seule à la fois.")),
            "assign": state(
                len(received),
                self.tr("Aucune procuration reçue active parmi les lignes sélectionnées."),
            ),
            "refuse": state(
                len(received),
                self.tr("Aucune procuration reçue active parmi les lignes sélectionnées."),
            ),
            "extend": state(
                len(own),
                self.tr(
                    "Seule l'entreprise mandante peut prolonger une procuration : aucune des "
                    "lignes sélectionnées n'est une procuration active de votre entreprise."
                ),
            ),
            "revoke": state(
                len(own),
                self.tr(
                    "Aucune procuration active de votre entreprise parmi les lignes "
                    "sélectionnées : une procuration reçue se refuse, elle ne se révoque pas."
                ),
            ),
            "export": (self._loaded, ""),
            "print": (self._loaded, ""),
            "refresh": (online, "" if online else offline),
        }
        for name, (enabled, why) in states.items():
            button = self.buttons[name]
            button.setEnabled(enabled)
            button.setToolTip(why if not enabled and why else button.accessibleDescription())
        if rows:
            self.selection_label.setText(
                self.tr(
                    "{0} sélectionnée(s) : {1} reçue(s) active(s), {2} de votre entreprise "
                    "active(s)"
                ).format(len(rows), len(received), len(own))
            )
        else:
            self.selection_label.setText(
                self.tr("Maj+clic ou Ctrl+clic pour en sélectionner plusieurs; Ctrl+A : toutes.")
            )
        clients = {r.client_id for r in rows}
        if len(clients) == 1:
            self._show_notes(next(iter(clients)))
        elif self._group_key is None or self.group_by_value() is not GroupBy.CLIENT:
            self._show_notes(None)

    # ---- notes -------------------------------------------------------------------------------

    def _client_name(self, client_id: str) -> str:
        # The rows shown, then those of the other scopes built: never built here (a scope
        # chosen may have its rows still being built in a worker thread).
        for rows in (self.model.rows(), *self._rows_by_scope.values()):
            for r in rows:
                if r.client_id == client_id:
                    return r.client_name
        return client_id

    def _show_notes(self, client_id: str | None) -> None:
        self._notes_client = client_id
        enabled = client_id is not None
        for widget in (self.tags_edit, self.note_edit, self.save_notes_button):
            widget.setEnabled(enabled)
        if client_id is None:
            self.notes_client_label.setText(
                self.tr("Choisissez un client (une ligne, ou un client à gauche).")
            )
            self.tags_edit.clear()
            self.note_edit.clear()
            return
        note = self.notes.get(client_id)
        self.notes_client_label.setText(f"{self._client_name(client_id)} ({client_id})")
        self.tags_edit.setText(", ".join(note.tags))
        self.note_edit.setPlainText(note.note)

    def notes_client(self) -> str | None:
        return self._notes_client

    def save_notes(self) -> None:
        client = self._notes_client
        if client is None:
            return
        # What reads the tags: the tag filter, the groups by tag, the sort on «Étiquettes».
        by_tags = self.tag_filter.currentData() is not None or self.group_by_value() is GroupBy.TAG
        self.notes.set(
            client, tags=split_tags(self.tags_edit.text()), note=self.note_edit.toPlainText()
        )
        self._fill_tags()
        # The client's rows only, in place (their «Étiquettes» and search text): the order,
        # the filters and the selection stay, without going through the whole list again.
        rows = self.model.rows()
        mine = map(client.__eq__, map(attrgetter("client_id"), rows))
        self.model.rows_changed(itertools.compress(range(len(rows)), mine), [TAGS])
        sorted_on_tags = self.model.sort_column() == TAGS
        self.notes_task = None
        if self.model.total_count() < LARGE:
            if sorted_on_tags:
                self.model.sort(TAGS, self.model.sort_order())
            if by_tags:
                self.apply_filters()
        elif sorted_on_tags or self._rows_builder.is_running():
            # The whole order changes (or rows being worked out read the tags before):
            # sorted, filtered and counted again in a worker thread, the selection kept.
            self.notes_task = self._rows_later()
        elif by_tags:
            self._refilter(count=True)  # a new predicate: the tags it read have changed
            self.notes_task = self.filter_task
        self._update_count()
        self._show_notes(client)
        if self._preparer.is_running():  # it read the tags before: done again
            self._prepare_model()

    def _on_matrix_client(self, client_id: str) -> None:
        if client_id:
            self._show_notes(client_id)

    # ---- actions -----------------------------------------------------------------------------

    def consult(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        if row.received:
            from ui.views.received import ReceivedProcurationDetails

            details = ReceivedProcurationDetails(self.ctx, row.procuration)
            details.assign_button.setVisible(False)
            details.refuse_button.setVisible(False)
            details.closed.connect(lambda: self._close(details))
            self.current_wizard = details
            self.ctx.open_transaction(details)
            return
        from ui.views.procurations import ConsultDialog

        dialog = ConsultDialog(self.ctx, row.procuration, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(self._forget_dialog)
        dialog.open()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def bulk(self, action: BulkAction) -> None:
        """Open the bulk wizard on the rows selected that the action fits."""
        if not self.buttons[action.value].isEnabled():
            return
        eid = self.ctx.me.enterprise.id
        rows = self.selected_procurations()
        if action in (BulkAction.ASSIGN, BulkAction.REFUSE):
            chosen = [p for p in rows if is_received_active(p, eid)]
        else:
            chosen = [p for p in rows if is_own_active(p, eid)]
        staff = self._staff() if action is BulkAction.ASSIGN else None
        from ui.wizards.bulk import BulkWizard

        self._open(BulkWizard(self.ctx, action, chosen, staff=staff))

    def _staff(self) -> list[User] | None:
        return list(self.data.users) or None

    def resume_bulk(self) -> None:
        if not self.unfinished:
            return
        from ui.wizards.bulk import BulkWizard

        self._open(BulkWizard.resume(self.ctx, self.unfinished[0]))

    def ask_abandon_bulk(self) -> QMessageBox | None:
        """«Abandonner le traitement en lot»: confirm first (the box is opened, not exec'd),
        saying what stays done, what will not be sent and what may have been done."""
        if not self.unfinished or self.abandon_question is not None:
            return None
        journal = self.unfinished[0]
        from app.receipts.french import quebec_time

        started = quebec_time(journal.created_at)
        done = len(journal.with_status(ItemStatus.DONE))
        not_sent = len(journal.with_status(ItemStatus.PLANNED))
        unknown = len(journal.outcome_unknown())
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("abandonBulkQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Abandon d'un traitement en lot"))
        box.setText(
            self.tr("Abandonner le traitement en lot commencé le {0} ?").format(
                f"{started:%Y-%m-%d %H:%M}"
            )
        )
        details = [
            self.tr(
                "Les {0} élément(s) déjà faits restent faits : leurs accusés de réception sont "
                "conservés."
            ).format(done),
            self.tr("Les {0} élément(s) pas encore transmis ne le seront pas.").format(not_sent),
        ]
        if unknown:
            details.append(
                self.tr(
                    "Attention : {0} élément(s) ont été transmis sans que la réponse du service "
                    "soit reçue. Ils ont peut-être été faits : leur accusé de réception se "
                    "trouve alors dans « Accusés de réception »."
                ).format(unknown)
            )
        box.setInformativeText("\n\n".join(details))
        yes = box.addButton(self.tr("&Abandonner"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("&Non"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.finished.connect(
            lambda _r: self._on_abandon_answer(journal, box.clickedButton() is yes)
        )
        self.abandon_question = box
        box.open()
        return box

    def _on_abandon_answer(self, journal: BulkJournal, confirmed: bool) -> None:
        self.abandon_question = None
        if not shiboken6.isValid(self):
            return
        if confirmed and journal.path is not None:
            try:
                # As it stands on disk now (a run may have moved it on since it was read).
                latest = BulkJournal.load(journal.path)
                if not latest.finished:
                    latest.abandon()
            except (OSError, ValueError, KeyError, TypeError):
                log.exception("Impossible d'abandonner le traitement en lot %s", journal.id)
        self.unfinished = unfinished_journals(self.ctx.me.user_code, self.ctx.me.enterprise.id)
        self._show_unfinished()

    def _open(self, wizard: Any) -> None:
        wizard.finished.connect(lambda: self._close(wizard))
        wizard.cancelled.connect(lambda: self._close(wizard))
        wizard.transmitted.connect(lambda _j: self.reload())
        self.current_wizard = wizard
        self.ctx.open_transaction(wizard)

    def _close(self, frame: QWidget) -> None:
        if self.current_wizard is frame:
            self.current_wizard = None
        self.ctx.close_transaction(frame)
        if shiboken6.isValid(self):
            self.unfinished = unfinished_journals(self.ctx.me.user_code, self.ctx.me.enterprise.id)
            self._show_unfinished()

    def _show_unfinished(self) -> None:
        if not self.unfinished:
            self.resume_label.setVisible(False)
            self.resume_button.setVisible(False)
            self.abandon_button.setVisible(False)
            return
        journal = self.unfinished[0]
        from app.receipts.french import quebec_time

        started = quebec_time(journal.created_at)
        self.resume_label.setText(
            self.tr(
                "Un traitement en lot commencé le {0} n'est pas terminé : {1} élément(s) "
                "restent à transmettre. Le reprendre ne refait rien de ce qui a été fait."
            ).format(f"{started:%Y-%m-%d %H:%M}", len(journal.pending()))
        )
        self.resume_label.setVisible(True)
        self.resume_button.setVisible(True)
        self.resume_button.setEnabled(self.ctx.online)
        self.abandon_button.setVisible(True)  # nothing is sent: offline too

    # ---- export and print ----------------------------------------------------------------------

    def export_rows(self) -> tuple[list[str], list[list[object]]]:
        """Headers and values of the list as shown: filtered, sorted, its visible columns (what
        the CSV and the printed list hold)."""
        return self.export.table()

    def export_csv(self, path: str | Path, *, separator: str = ";") -> Path:
        return self.export.export_csv(path, separator=separator)
