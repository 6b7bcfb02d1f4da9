"""«Consultation ou révocation d'une assignation», from a procuration or from a user record.

Two ways in, as in the original's menu:

    AssignmentsDialog(ctx, procuration)          # who holds this procuration (Gestion des
                                                 # procurations › Assignations)
    open_user_assignments(ctx, "EXG97HL", parent) # what this user holds (users screen)

The dialog lists the assignments (in progress first, then ended). «Révoquer l'assignation»
asks for confirmation, transmits, and shows the accusé de réception in the dialog; the user no
longer acts under that procuration and may be given another one of that enterprise.

Whoever assigns revokes: the mandant for an internal procuration, the mandataire for an
external one (its own users hold it). The mandant of an external procuration sees who holds it,
«Révoquer l'assignation» disabled and saying why, as the service would refuse it (403).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.api import new_idempotency_key
from app.domain.common import ProcurationType
from app.domain.models import Assignment, AssignmentRevokeResult, Procuration
from ui.asyncutil import LatestWins, busy, run_task
from ui.context import AppContext
from ui.i18n import current_language
from ui.models.table import Column, TableModel
from ui.receipt_view import ReceiptView

DIALOG_STYLE = """
QDialog#assignmentsDialog { background: #ffffff; }
QLabel#assignmentsTitle { font-size: 14pt; font-weight: bold; color: #223654; }
QLabel#assignmentsSubject { color: #223654; }
QLabel#assignmentsStatus { color: #4e5662; }
QLabel#assignmentsDone { color: #1f6f3f; font-weight: bold; }
QPushButton { min-height: 28px; padding: 2px 16px; border: 1px solid #095797;
    background: #ffffff; color: #095797; font-weight: bold; }
QPushButton:hover { background: #e6ecf4; }
QPushButton:focus { border: 3px solid #4a98d9; }
QPushButton:disabled { color: #8e96a3; border-color: #c5cad2; background: #f1f1f2; }
QHeaderView::section { background: #223654; color: #ffffff; padding: 4px; border: none;
    font-weight: bold; }
"""


class AssignmentTableModel(TableModel[Assignment]):
    """The assignments: by holder (from a procuration) or by procuration (from a user)."""

    def __init__(self, *, by_user: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        state = Column[Assignment](
            self.tr("État"),
            lambda a: self.tr("En cours") if a.active else self.tr("Terminée"),
            alignment=Qt.AlignmentFlag.AlignCenter,
        )
        start = Column[Assignment](
            self.tr("Date de début (AAAA-MM-JJ)"),
            lambda a: a.start_date,
            alignment=Qt.AlignmentFlag.AlignCenter,
        )
        end = Column[Assignment](
            self.tr("Date de fin (AAAA-MM-JJ)"),
            lambda a: a.end_date,
            alignment=Qt.AlignmentFlag.AlignCenter,
        )
        if by_user:
            self.set_columns(
                [
                    Column(self.tr("Procuration"), lambda a: a.procuration_description),
                    Column(
                        self.tr("Entreprise mandante"),
                        lambda a: a.mandant.name if a.mandant else "",
                    ),
                    start,
                    end,
                    state,
                ]
            )
        else:
            self.set_columns(
                [
                    Column(
                        self.tr("Nom de famille et prénom"),
                        lambda a: f"{a.last_name}, {a.first_name}",
                    ),
                    Column(self.tr("Code d'utilisateur"), lambda a: a.user_code),
                    start,
                    end,
                    state,
                ]
            )


class AssignmentsDialog(QDialog):
    """The assignments of a procuration, or (`user_code`) of a user; see the module docstring.

    Signals: loaded() once the list is shown; revoked(AssignmentRevokeResult) after a
    revocation (the receipt is on screen).
    """

    loaded = Signal()
    revoked = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        procuration: Procuration | None = None,
        parent: QWidget | None = None,
        *,
        user_code: str | None = None,
        user_name: str = "",
    ) -> None:
        super().__init__(parent)
        if (procuration is None) == (user_code is None):
            raise ValueError("AssignmentsDialog: a procuration or a user_code, not both")
        self.setObjectName("assignmentsDialog")
        self.setStyleSheet(DIALOG_STYLE)
        self.setWindowTitle(self.tr("Consultation ou révocation d'une assignation"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(820, 460)
        self.ctx = ctx
        self.procuration = procuration
        self.user_code = user_code
        self._keys: dict[str, str] = {}  # assignment id → key of its revocation, until it passes
        self.question: QMessageBox | None = None
        self.receipt_view: ReceiptView | None = None

        title = QLabel(self.tr("Consultation ou révocation d'une assignation"), self)
        title.setObjectName("assignmentsTitle")
        if procuration is not None:
            subject_text = self.tr("Procuration : {0}").format(
                procuration.description or procuration.id
            )
        else:
            who = f"{user_name} ({user_code})" if user_name else str(user_code)
            subject_text = self.tr("Procurations assignées à {0}").format(who)
        subject = QLabel(subject_text, self)
        subject.setObjectName("assignmentsSubject")
        subject.setWordWrap(True)

        self.stack = QStackedWidget(self)
        # -- the list --
        list_page = QWidget(self)
        self.model = AssignmentTableModel(by_user=user_code is not None, parent=self)
        self.table = QTableView(list_page)
        self.table.setObjectName("assignmentsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Assignations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel(self.tr("Chargement…"), list_page)
        self.status.setObjectName("assignmentsStatus")
        self.revoke_button = QPushButton(self.tr("&Révoquer l'assignation"), list_page)
        self.revoke_button.setObjectName("revokeAssignment")
        self.close_button = QPushButton(self.tr("&Fermer"), self)
        self.close_button.clicked.connect(self.accept)
        self.revoke_button.clicked.connect(self.ask_revoke)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.revoke_button)
        list_layout.addLayout(row)
        self.stack.addWidget(list_page)
        # -- the receipt --
        self.receipt_page = QWidget(self)
        receipt_layout = QVBoxLayout(self.receipt_page)
        receipt_layout.setContentsMargins(0, 0, 0, 0)
        self.done_label = QLabel(self.tr("L'assignation est révoquée."), self.receipt_page)
        self.done_label.setObjectName("assignmentsDone")
        receipt_layout.addWidget(self.done_label)
        self.back_button = QPushButton(self.tr("Retour à la &liste"), self.receipt_page)
        self.back_button.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        self.stack.addWidget(self.receipt_page)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(subject)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.stack.currentChanged.connect(self._on_page)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self._on_page(0)

        self._loader = LatestWins(owner=self)
        self.load_task = self._loader.run(self._load(), name="assignations")

    # ---- data --------------------------------------------------------------------------------

    def reload(self) -> None:
        self.load_task = self._loader.run(self._load(), name="assignations")

    async def _load(self) -> None:
        self.status.setText(self.tr("Chargement…"))
        with busy(self.revoke_button):
            if self.procuration is not None:
                items = await self.ctx.api.assignments(self.procuration.id)
            else:
                assert self.user_code is not None
                items = await self.ctx.api.user_assignments(self.user_code)
        self.set_assignments(items)
        self.loaded.emit()

    def set_assignments(self, items: Sequence[Assignment]) -> None:
        self.model.set_rows(items)
        running = sum(1 for a in items if a.active)
        if not items:
            self.status.setText(self.tr("Aucune assignation."))
        else:
            self.status.setText(
                self.tr("{0} assignation(s) en cours, {1} terminée(s)").format(
                    running, len(items) - running
                )
            )
        if items:
            self.table.selectRow(0)
        self._update_actions()

    def selected(self) -> Assignment | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if not rows or not index.isValid():
            return None
        return self.model.row_at(index.row())

    def select_user(self, user_code: str) -> None:
        row = self.model.find(lambda a: a.user_code == user_code and a.active)
        if row < 0:
            row = self.model.find(lambda a: a.user_code == user_code)
        if row >= 0:
            self.table.selectRow(row)

    def manages_assignments(self) -> bool:
        """Whether the signed-in enterprise may revoke these assignments (it assigned them)."""
        p = self.procuration
        if p is None or p.type is not ProcurationType.EXTERNE:
            # A user's own holdings (from the user record) were assigned by their enterprise.
            return True
        return p.mandataire is not None and p.mandataire.id == self.ctx.me.enterprise.id

    def _update_actions(self) -> None:
        chosen = self.selected()
        if not self.manages_assignments():
            enabled, why = (
                False,
                self.tr(
                    "Seul le mandataire gère les assignations d'une procuration externe : ce "
                    "sont ses utilisateurs qui la détiennent, et lui seul peut les révoquer."
                ),
            )
        elif not self.ctx.online:
            enabled, why = (
                False,
                self.tr("Service injoignable : réessayez une fois la connexion rétablie."),
            )
        elif chosen is None:
            enabled, why = False, self.tr("Sélectionnez d'abord une assignation dans la liste.")
        elif not chosen.active:
            enabled, why = False, self.tr("Cette assignation est déjà terminée.")
        else:
            enabled, why = True, ""
        self.revoke_button.setEnabled(enabled)
        self.revoke_button.setToolTip(why)

    def _on_page(self, index: int) -> None:
        self.back_button.setVisible(index == 1)

    # ---- revocation --------------------------------------------------------------------------

    def ask_revoke(self) -> QMessageBox | None:
        """«Révoquer l'assignation»: confirm first (the box is opened, not exec'd)."""
        chosen = self.selected()
        if chosen is None or not chosen.active:
            return None
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("revokeAssignmentQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Révocation d'une assignation"))
        box.setText(
            self.tr("Révoquer l'assignation de {0}, {1} ({2}) ?").format(
                chosen.last_name, chosen.first_name, chosen.user_code
            )
        )
        box.setInformativeText(
            self.tr(
                "Dès la transmission, cet utilisateur n'agira plus avec la procuration « {0} »."
            ).format(chosen.procuration_description or self._description())
        )
        yes = box.addButton(self.tr("&Révoquer"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("&Non"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.finished.connect(lambda _r: self._on_answer(chosen, box.clickedButton() is yes))
        self.question = box
        box.open()
        return box

    def _description(self) -> str:
        return self.procuration.description if self.procuration is not None else ""

    def _on_answer(self, chosen: Assignment, confirmed: bool) -> None:
        self.question = None
        if confirmed:
            self.revoke_task = run_task(self._revoke(chosen), owner=self, name="révoquer")

    async def _revoke(self, chosen: Assignment) -> None:
        key = self._keys.setdefault(chosen.id, new_idempotency_key())
        with busy(self.revoke_button, self.table, self.close_button, cursor=True):
            result: AssignmentRevokeResult = await self.ctx.api.revoke_assignment(
                chosen.id, idempotency_key=key
            )
        self._keys.pop(chosen.id, None)
        self.show_receipt(result)
        self.ctx.changed("assignments")
        self.ctx.changed("procurations")
        self.ctx.changed("users")
        self.revoked.emit(result)
        self.reload()

    def show_receipt(self, result: AssignmentRevokeResult) -> None:
        layout = self.receipt_page.layout()
        assert layout is not None
        if self.receipt_view is not None:
            layout.removeWidget(self.receipt_view)
            self.receipt_view.deleteLater()
        self.receipt_view = ReceiptView(result.receipt, language=current_language())
        layout.addWidget(self.receipt_view)
        self.stack.setCurrentWidget(self.receipt_page)

    def set_online(self, online: bool) -> None:
        self._update_actions()


class UserAssignmentsDialog(AssignmentsDialog):
    """What one user holds (from the user record), with «Révoquer l'assignation»."""

    def __init__(
        self,
        ctx: AppContext,
        user_code: str,
        parent: QWidget | None = None,
        *,
        user_name: str = "",
    ) -> None:
        super().__init__(ctx, None, parent, user_code=user_code, user_name=user_name)


def open_assignments(
    ctx: AppContext, procuration: Procuration, parent: QWidget | None = None
) -> AssignmentsDialog:
    """Open (not exec) the assignments of `procuration`; returns the dialog."""
    dialog = AssignmentsDialog(ctx, procuration, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_user_assignments(
    ctx: AppContext, user_code: str, parent: QWidget | None = None, *, user_name: str = ""
) -> AssignmentsDialog:
    """For the users screen: open (not exec) what `user_code` holds, with «Révoquer»."""
    dialog = UserAssignmentsDialog(ctx, user_code, parent, user_name=user_name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
