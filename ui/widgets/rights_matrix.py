"""«Qui peut agir pour qui»: the rights matrix, staff member × client × ministry × service.

A grid of people (rows) × ministries (columns). For every client, a cell says for how many
clients the person can act on that ministry; once a client is chosen («Qui peut agir pour
cette entreprise?»), it says «Sans restriction» or «Avec restriction (n)», with the services
in its tooltip. A service narrows it to who can use that one service. Under the grid, the
detail: one line per right (person, client, ministry, access, services, until when), for the
cell or the person chosen, and a sentence answering the question in words.

    widget = RightsMatrixWidget(ministry_name=ctx.ministry_name)
    widget.set_matrix(build_matrix(procurations, assignments, today))
    widget.choose_client("1171035577")

A firm's whole matrix (every client: tens of thousands of grants) never freezes the window:
what a choice shows — the grid's cells, the detail sorted as its table is, the answer — is
worked out in a worker thread (`work_out`) while «Calcul des droits en cours…» shows and the
choosers stay live; a newer choice supersedes the one still being worked out, and a result is
used only for the matrix and the choice it was worked out for. Small choices (one client) are
shown at once.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import catalogue
from app.domain.common import Access
from app.export import write_csv
from app.portfolio import Cell, Grant, MatrixGrid, RightsMatrix, leaf_services
from ui.asyncutil import LatestWins
from ui.errors import show_error
from ui.models.table import Column, SortedRows, TableModel
from ui.widgets.working_note import WorkingNote

Index = QModelIndex | QPersistentModelIndex
CAN_ACT = QColor("#dcebd9")  # a soft green: this person can act here
PARTLY = QColor("#eef4e6")
# A choice that looks through this many grants (every client of a large firm) is worked out in
# a worker thread: 150 ms on the Qt thread for 54 000 grants, cells and sorted detail included.
LARGE = 10_000
Choice = tuple[str | None, str | None, str | None]  # client, ministry, service (None: all)
NO_CELL = Cell((), None, (), ())


@dataclass(frozen=True)
class Shown:
    """What one choice shows, worked out (`RightsMatrixWidget.work_out`): the grid of
    `matrix` for it, and its grants sorted as the detail table is."""

    matrix: RightsMatrix
    grid: MatrixGrid
    detail: SortedRows[Grant]


def access_text(access: Access | None, services: int = 0) -> str:
    from PySide6.QtCore import QCoreApplication

    if access is Access.UNRESTRICTED:
        return QCoreApplication.translate("RightsMatrix", "Sans restriction")
    if access is Access.RESTRICTED:
        return QCoreApplication.translate("RightsMatrix", "Avec restriction ({0})").format(services)
    return ""


class MatrixModel(QAbstractTableModel):
    """People × ministries; `cell(row, column)` is what the grid shows (`show(grid)`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[tuple[str, str]] = []
        self.ministries: list[str] = []
        self.client_id: str | None = None
        self.service: str | None = None
        self.ministry_name = lambda code: code
        self._cells: dict[tuple[int, int], Cell] = {}

    def show(self, grid: MatrixGrid) -> None:
        """Show `grid` (worked out ahead: nothing is computed here)."""
        self.beginResetModel()
        self.client_id = grid.client_id
        self.service = grid.service
        self.people = grid.people
        self.ministries = grid.ministries
        self._cells = grid.cells
        self.endResetModel()

    def cell(self, row: int, column: int) -> Cell:
        return self._cells.get((row, column), NO_CELL)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ministries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if not cell.clients:
                return ""
            if self.client_id is not None:
                return access_text(cell.access, len(cell.services))
            return self.tr("{0} client(s)").format(len(cell.clients))
        if role == Qt.ItemDataRole.BackgroundRole and cell.clients:
            full = self.client_id is None or cell.access is Access.UNRESTRICTED
            return QBrush(CAN_ACT if full else PARTLY)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and cell.clients:
            return self._tooltip(cell, self.ministries[index.column()])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            person = self.people[index.row()][1]
            ministry = self.ministry_name(self.ministries[index.column()])
            shown = self.data(index) or self.tr("aucun droit")
            return f"{person}, {ministry} : {shown}"
        return None

    def _tooltip(self, cell: Cell, ministry: str) -> str:
        if self.client_id is not None:
            if cell.access is Access.UNRESTRICTED:
                return self.tr("Tous les services de {0}").format(self.ministry_name(ministry))
            return "\n".join(catalogue.service_name(ministry, s) for s in cell.services)
        names = sorted({g.client_name for g in cell.grants})
        shown = names[:15]
        more = len(names) - len(shown)
        text = "\n".join(shown)
        if more:
            text += "\n" + self.tr("… et {0} autre(s)").format(more)
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.ministries):
                return self.ministries[section]
            if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.people):
                code, name = self.people[section]
                return f"{name} ({code})"
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.ToolTipRole and horizontal and section < len(self.ministries):
            return self.ministry_name(self.ministries[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class GrantTableModel(TableModel[Grant]):
    """Personne · Entreprise mandante · Ministère · Droits d'accès · Services · Jusqu'au."""

    def __init__(self, ministry_name: Any, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self.set_columns(
            [
                Column(self.tr("Personne"), lambda g: f"{g.user_name} ({g.user_code})"),
                Column(self.tr("Entreprise mandante"), lambda g: g.client_name),
                Column(self.tr("Numéro\nd'identification"), lambda g: g.client_id),
                Column(
                    self.tr("Ministère ou\norganisme"),
                    lambda g: g.ministry,
                    tooltip=lambda g: ministry_name(g.ministry),
                ),
                Column(
                    self.tr("Droits d'accès"),
                    lambda g: access_text(g.access, len(self.leaves(g))),
                ),
                Column(
                    self.tr("Services"),
                    lambda g: (
                        self.tr("Tous")
                        if g.access is Access.UNRESTRICTED
                        else ", ".join(catalogue.service_name(g.ministry, s) for s in g.listed)
                    ),
                    tooltip=lambda g: (
                        "\n".join(catalogue.service_name(g.ministry, s) for s in self.leaves(g))
                        or None
                    ),
                ),
                Column(
                    self.tr("Jusqu'au\n(AAAA-MM-JJ)"),
                    lambda g: g.until,
                    alignment=Qt.AlignmentFlag.AlignCenter,
                ),
                Column(self.tr("Procuration"), lambda g: g.procuration_description),
            ]
        )

    @staticmethod
    def leaves(g: Grant) -> list[str]:
        all_leaves = leaf_services(g.ministry)
        return [s for s in all_leaves if s in g.services] if all_leaves else sorted(g.services)


class RightsMatrixWidget(QWidget):
    """The matrix with its choosers, the detail list and the answer in words.

    Signals: `client_chosen(str)` when a client is chosen here (None → ""), for the
    portfolio to follow.
    """

    client_chosen = Signal(str)

    def __init__(self, ministry_name: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rightsMatrix")
        self.ministry_name = ministry_name or (lambda code: code)
        self.matrix = RightsMatrix([])
        self.refresh_task: asyncio.Task[None] | None = None
        self._refresher = LatestWins(owner=self)
        self._shown: Shown | None = None

        # The clients in a list model filled in one call (a firm's 5 000 clients, one by one
        # through addItem, were 15 ms); their ids beside it, in the same order.
        self._client_ids: list[str | None] = [None]
        self._client_rows: dict[str, int] = {}
        self.client_names = QStringListModel([self.tr("Tous les clients")], self)
        self.client_combo = QComboBox(self)
        self.client_combo.setObjectName("matrixClient")
        self.client_combo.setEditable(True)
        self.client_combo.setModel(self.client_names)
        self.client_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client_combo.setMinimumWidth(320)
        self.client_combo.setAccessibleName(self.tr("Entreprise cliente"))
        completer = self.client_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        client_label = QLabel(self.tr("Pour l'&entreprise"), self)
        client_label.setBuddy(self.client_combo)

        self.ministry_combo = QComboBox(self)
        self.ministry_combo.setObjectName("matrixMinistry")
        self.ministry_combo.setAccessibleName(self.tr("Ministère ou organisme"))
        ministry_label = QLabel(self.tr("&Ministère"), self)
        ministry_label.setBuddy(self.ministry_combo)

        self.service_combo = QComboBox(self)
        self.service_combo.setObjectName("matrixService")
        self.service_combo.setAccessibleName(self.tr("Service"))
        self.service_combo.setMaximumWidth(340)
        service_label = QLabel(self.tr("Se&rvice"), self)
        service_label.setBuddy(self.service_combo)
        self.clear_button = QPushButton(self.tr("Tout afficher"), self)
        self.clear_button.setAccessibleName(self.tr("Afficher toute la matrice"))
        self.export_button = QPushButton(self.tr("E&xporter le détail (CSV)…"), self)
        self.export_button.setObjectName("matrixExport")
        self.export_button.setAccessibleName(self.tr("Exporter le détail des droits"))
        self.export_button.setToolTip(self.tr("Le détail tel qu'affiché, pour Excel"))
        self.file_dialog: QFileDialog | None = None
        self.offline_note: str | None = None  # set by the screen when the data is offline

        choosers = QHBoxLayout()
        choosers.setSpacing(8)
        choosers.addWidget(client_label)
        choosers.addWidget(self.client_combo, 2)
        choosers.addWidget(ministry_label)
        choosers.addWidget(self.ministry_combo, 1)
        choosers.addWidget(service_label)
        choosers.addWidget(self.service_combo, 1)
        choosers.addWidget(self.clear_button)

        self.answer = QLabel(self)
        self.answer.setObjectName("matrixAnswer")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.working_label = WorkingNote(self.tr("Calcul des droits en cours…"), self)
        self.working_label.setObjectName("matrixWorking")

        self.model = MatrixModel(self)
        self.model.ministry_name = self.ministry_name
        self.grid = QTableView(self)
        self.grid.setObjectName("matrixGrid")
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Matrice des droits : personnes et ministères"))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTabKeyNavigation(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumSectionSize(90)
        self.grid.verticalHeader().setDefaultSectionSize(26)

        self.detail_model = GrantTableModel(self.ministry_name, self)
        self.detail = QTableView(self)
        self.detail.setObjectName("matrixDetail")
        self.detail.setModel(self.detail_model)
        self.detail.setAccessibleName(self.tr("Détail des droits"))
        self.detail.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.setSortingEnabled(True)
        self.detail.setTabKeyNavigation(False)
        self.detail.verticalHeader().setVisible(False)
        self.detail.setWordWrap(False)
        header = self.detail.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 200), (1, 220), (2, 110), (3, 100), (4, 150), (5, 220), (6, 110)):
            header.resizeSection(column, width)
        self.detail_label = QLabel(self)
        self.detail_label.setProperty("viewSubtitle", True)

        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        detail_head = QHBoxLayout()
        detail_head.addWidget(self.detail_label, 1)
        detail_head.addWidget(self.export_button)
        bottom_layout.addLayout(detail_head)
        bottom_layout.addWidget(self.detail, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.grid)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([260, 260])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(choosers)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer, 1)
        answer_row.addWidget(self.working_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(answer_row)
        layout.addWidget(splitter, 1)

        self.client_combo.activated.connect(lambda _i: self._on_client())
        self.client_combo.lineEdit().editingFinished.connect(self._on_client_typed)
        self.ministry_combo.currentIndexChanged.connect(self._on_ministry)
        self.service_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.clear_button.clicked.connect(self.clear)
        self.export_button.clicked.connect(self.ask_csv_path)
        self.grid.selectionModel().currentChanged.connect(lambda *_a: self._show_detail())
        self._fill_ministries()

    # ---- public API --------------------------------------------------------------------------

    def set_matrix(self, matrix: RightsMatrix, shown: Shown | None = None) -> None:
        """Show `matrix`, keeping the client, ministry and service chosen when still there.
        `shown`: what the choice shows, worked out ahead (`work_out`, in a worker thread);
        used if it was worked out for this matrix and the choice kept."""
        self.matrix = matrix
        chosen = self.client_id()
        clients = matrix.clients()
        self._client_ids = [None, *(cid for cid, _name in clients)]
        self._client_rows = {cid: row for row, (cid, _name) in enumerate(clients, start=1)}
        self.client_combo.blockSignals(True)
        self.client_names.setStringList(
            [self.tr("Tous les clients"), *(f"{name} ({cid})" for cid, name in clients)]
        )
        self.client_combo.setCurrentIndex(self._client_rows.get(chosen, 0) if chosen else 0)
        self.client_combo.blockSignals(False)
        self._fill_ministries()
        self.refresh(shown)

    def client_id(self) -> str | None:
        row = self.client_combo.currentIndex()
        return self._client_ids[row] if 0 <= row < len(self._client_ids) else None

    def ministry(self) -> str | None:
        data = self.ministry_combo.currentData()
        return str(data) if data else None

    def service(self) -> str | None:
        data = self.service_combo.currentData()
        return str(data) if data else None

    def choice(self) -> Choice:
        """The client, ministry and service chosen (None: all)."""
        return self.client_id(), self.ministry(), self.service()

    def choose_client(self, client_id: str | None) -> None:
        """Answer «who can act for this client» (None: every client)."""
        self.client_combo.setCurrentIndex(self._client_rows.get(client_id, 0) if client_id else 0)
        self._on_client()

    def choose(self, ministry: str | None, service: str | None = None) -> None:
        index = self.ministry_combo.findData(ministry) if ministry else 0
        self.ministry_combo.blockSignals(True)
        self.ministry_combo.setCurrentIndex(max(index, 0))
        self.ministry_combo.blockSignals(False)
        self._fill_services()
        if service:
            self.service_combo.blockSignals(True)
            self.service_combo.setCurrentIndex(max(self.service_combo.findData(service), 0))
            self.service_combo.blockSignals(False)
        self.refresh()

    def clear(self) -> None:
        self.client_combo.setCurrentIndex(0)
        self.ministry_combo.blockSignals(True)
        self.ministry_combo.setCurrentIndex(0)
        self.ministry_combo.blockSignals(False)
        self._fill_ministries()
        self.refresh()
        self.client_chosen.emit("")

    def refresh(self, shown: Shown | None = None) -> None:
        """Show what the current choice shows: `shown` if it was worked out for it, else worked
        out now, or in a worker thread when the choice looks through many grants (the screen
        says it is working meanwhile; a newer choice supersedes it)."""
        choice = self.choice()
        if shown is not None and shown.matrix is self.matrix and shown.grid.choice == choice:
            self._refresher.cancel()
            self._show(shown)
            return
        if self.matrix.concerned(choice[0]) >= LARGE:
            self.refresh_task = self.working_label.during(
                self._refresher.run(
                    self._work_out_later(self.matrix, choice), name="matrice-droits"
                )
            )
            return
        self._refresher.cancel()
        self._show(self.work_out(self.matrix, choice))

    def work_out(self, matrix: RightsMatrix, choice: Choice) -> Shown:
        """What `choice` shows of `matrix`: its grid, and its grants sorted as the detail
        table is. Reads no widget: runs in a worker thread (the detail's columns only read the
        grants and call `tr`, which is thread-safe)."""
        grid = matrix.grid(*choice)
        return Shown(matrix, grid, self.detail_model.sorted_rows(grid.grants))

    def is_working(self) -> bool:
        """True while a choice is being worked out, or the matrix built (the portfolio shows
        `working_label` meanwhile)."""
        return self.working_label.is_working()

    def answer_text(self) -> str:
        return self.answer.text()

    def export_csv(self, path: str | Path, *, separator: str = ";") -> Path:
        """The detail list as shown (filtered, sorted) to CSV for Excel."""
        columns = self.detail_model.columns()
        headers = [" ".join(c.header.split()) for c in columns]
        values = [[c.value(g) for c in columns] for g in self.detail_model.visible_rows()]
        return write_csv(path, headers, values, separator=separator, note=self.offline_note)

    def ask_csv_path(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        excel = self.tr("CSV pour Excel, point-virgule (*.csv)")
        comma = self.tr("CSV, virgule (*.csv)")
        dialog = QFileDialog(
            self, self.tr("Exporter le détail des droits"), str(Path(folder) / "droits.csv")
        )
        dialog.setNameFilters([excel, comma])
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(path: str) -> None:
            try:
                self.export_csv(
                    path, separator="," if dialog.selectedNameFilter() == comma else ";"
                )
            except OSError as error:
                show_error(self, error)

        dialog.fileSelected.connect(chosen)
        dialog.destroyed.connect(self._forget_file_dialog)
        self.file_dialog = dialog
        dialog.open()

    def _forget_file_dialog(self) -> None:
        self.file_dialog = None

    # ---- internals ---------------------------------------------------------------------------

    async def _work_out_later(self, matrix: RightsMatrix, choice: Choice) -> None:
        shown = await asyncio.to_thread(self.work_out, matrix, choice)
        if matrix is self.matrix and choice == self.choice():
            self._show(shown)

    def _show(self, shown: Shown) -> None:
        self._shown = shown
        self.model.show(shown.grid)
        self._show_detail()
        self._answer()

    def _on_client(self) -> None:
        self._fill_ministries()
        self.refresh()
        self.client_chosen.emit(self.client_id() or "")

    def _on_client_typed(self) -> None:
        # Typed text that names a client exactly (or by its number) chooses it.
        text = self.client_combo.currentText().strip().casefold()
        if not text:
            return
        row = self._client_rows.get(text, -1)
        if row < 0:
            labels = self.client_names.stringList()
            row = next((i for i, label in enumerate(labels) if label.casefold() == text), -1)
        if row >= 0 and row != self.client_combo.currentIndex():
            self.client_combo.setCurrentIndex(row)
            self._on_client()

    def _fill_ministries(self) -> None:
        chosen = self.ministry()
        self.ministry_combo.blockSignals(True)
        self.ministry_combo.clear()
        self.ministry_combo.addItem(self.tr("Tous"), None)
        for code in self.matrix.ministries(self.client_id()):
            self.ministry_combo.addItem(f"{code} – {self.ministry_name(code)}", code)
        self.ministry_combo.setCurrentIndex(max(self.ministry_combo.findData(chosen), 0))
        self.ministry_combo.blockSignals(False)
        self._fill_services()

    def _on_ministry(self) -> None:
        self._fill_services()
        self.refresh()

    def _fill_services(self) -> None:
        ministry = self.ministry()
        self.service_combo.blockSignals(True)
        self.service_combo.clear()
        self.service_combo.addItem(self.tr("Tous les services"), None)
        if ministry:
            for code in leaf_services(ministry):
                self.service_combo.addItem(catalogue.service_name(ministry, code), code)
        self.service_combo.setEnabled(ministry is not None)
        self.service_combo.setToolTip(
            "" if ministry else self.tr("Choisissez d'abord un ministère ou organisme.")
        )
        self.service_combo.blockSignals(False)

    def _show_detail(self) -> None:
        """The grants of the cell chosen, else every grant of the choice shown."""
        shown = self._shown
        if shown is None:
            return
        client, ministry, service = shown.grid.choice
        index = self.grid.currentIndex()
        if not (index.isValid() and index.row() < len(self.model.people)):
            self.detail_model.set_rows(shown.detail)
            self.detail_label.setText(
                self.tr("Détail des droits ({0})").format(len(shown.grid.grants))
            )
            return
        person, name = self.model.people[index.row()]
        ministry = self.model.ministries[index.column()]
        self.detail_model.set_rows(
            g
            for g in shown.matrix.clients_of(person, ministry, service)
            if client is None or g.client_id == client
        )
        self.detail_label.setText(
            self.tr("Droits de {0} — {1}").format(name, self.ministry_name(ministry or ""))
        )

    def _answer(self) -> None:
        shown = self._shown
        if shown is None:
            return
        grid = shown.grid
        client, ministry, service = grid.choice
        where = ""
        if ministry:
            where = self.ministry_name(ministry)
            if service:
                where += " › " + catalogue.service_name(ministry, service)
        if client is None:
            text = self.tr("{0} personne(s) peuvent agir pour {1} entreprise(s) cliente(s)").format(
                len(grid.acting), grid.clients
            )
            if where:
                text += self.tr(" ({0})").format(where)
            text += self.tr(". Choisissez une entreprise pour savoir qui peut agir pour elle.")
            self.answer.setText(text)
            return
        name = shown.matrix.client_name(client)
        people = grid.acting
        target = name + (self.tr(" ({0})").format(where) if where else "")
        if not people:
            self.answer.setText(
                self.tr("Personne de votre entreprise ne peut agir pour {0}.").format(target)
            )
            return
        self.answer.setText(
            self.tr("{0} personne(s) peuvent agir pour {1} : {2}.").format(
                len(people), target, "; ".join(n for _c, n in people)
            )
        )
