"""«Assignation d'une procuration»: the procuration, then the users who hold none of its mandant.

As in the procedure (section 4): the procuration to assign is shown first («Continuer»); then
only the users holding no procuration of that enterprise are offered, several at once
(checkboxes), with the assignment's Date de début and Date de fin; Vérification shows the
procuration and the table «Informations sur l'assignation» (Nom de famille et prénom, Code
d'utilisateur, Date de début, Date de fin); Transmettre; Accusé de réception.

It works for the two sides that assign:

- the mandant's RSE, for an internal procuration: candidates are the enterprise's active users
  without a procuration of the enterprise (`GET /users?has_procuration=false`);
- a mandataire's RSE, for an external procuration received: candidates are the firm's own
  active users without a procuration of that CLIENT (a staff member may hold one procuration
  of each client), found from the assignments of the procurations received from that client.

    wizard = AssignProcurationWizard(ctx, procuration)
    ctx.open_transaction(wizard)      # candidates load in the background (`candidates_loaded`)
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import validation
from app.domain.common import ProcurationState, Role, UserState
from app.domain.errors import FieldError, field_error
from app.domain.models import (
    AssignmentCreate,
    AssignmentResult,
    Procuration,
    User,
)
from ui.asyncutil import LatestWins
from ui.context import AppContext
from ui.errors import FieldErrorLike, field_message
from ui.i18n import current_language
from ui.models.table import Column, TableModel, fold
from ui.receipt_view import ReceiptView
from ui.widgets.form import normalize_field_name
from ui.widgets.procuration_recap import (
    AssignmentInfoTable,
    ProcurationRecap,
    install_verification_widget,
)
from ui.widgets.wizard import EntryPage, RecapSection, TransactionWizard
from ui.wizards.create_procuration import date_edit, to_date, to_qdate, today

Index = QModelIndex | QPersistentModelIndex

TABLE_STYLE = """
QTableView { border: 1px solid #808a9d; gridline-color: #e1e4e8; background: #ffffff;
    selection-background-color: #dae6f0; selection-color: #1f1f1f; }
QTableView:focus { border: 2px solid #4a98d9; }
QHeaderView::section { background: #223654; color: #ffffff; padding: 4px; border: none;
    border-right: 1px solid #4e5f7a; font-weight: bold; }
"""


def role_label(role: Role) -> str:
    return {
        Role.RSE: QCoreApplication.translate("AssignProcuration", "RSE"),
        Role.RA: QCoreApplication.translate("AssignProcuration", "Représentant(e) autorisé(e)"),
        Role.UTILISATEUR: QCoreApplication.translate("AssignProcuration", "Utilisateur"),
    }[role]


def is_received(ctx: AppContext, procuration: Procuration) -> bool:
    """Whether the caller holds `procuration` as mandataire (not as mandant)."""
    return procuration.mandant.id != ctx.me.enterprise.id


async def assignable_users(ctx: AppContext, procuration: Procuration) -> list[User]:
    """The caller's active users who hold no procuration of `procuration`'s mandant."""
    api = ctx.api
    if not is_received(ctx, procuration):
        return await api.all_users(state=UserState.ACTIF, has_procuration=False, sort="last_name")
    # A mandataire's staff: `has_procuration` speaks of the caller's own enterprise, so the
    # holders of this client's procurations are gathered from their assignments.
    users_task = api.all_users(state=UserState.ACTIF, sort="last_name")
    received_task = api.all_procurations(
        received=True, search=procuration.mandant.id, state=ProcurationState.AC
    )
    users, received = await asyncio.gather(users_task, received_task)
    same_client = [p for p in received if p.mandant.id == procuration.mandant.id]
    lists = await asyncio.gather(*(api.assignments(p.id) for p in same_client))
    holders = {a.user_code for assignments in lists for a in assignments if a.active}
    return [u for u in users if u.user_code not in holders]


class CandidateModel(TableModel[User]):
    """The users offered, with a checkbox in the first column (several may be chosen)."""

    checked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._checked: set[str] = set()
        self.set_columns(
            [
                Column(
                    self.tr("Nom de famille et prénom"), lambda u: f"{u.last_name}, {u.first_name}"
                ),
                Column(self.tr("Code d'utilisateur"), lambda u: u.user_code),
                Column(self.tr("Rôle"), lambda u: role_label(u.role)),
                Column(self.tr("Courriel"), lambda u: u.email),
            ]
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            code = self.row_at(index.row()).user_code
            return Qt.CheckState.Checked if code in self._checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        code = self.row_at(index.row()).user_code
        state = Qt.CheckState(value) if isinstance(value, int) else value
        self.set_checked(code, state == Qt.CheckState.Checked)
        return True

    def set_checked(self, user_code: str, checked: bool) -> None:
        if checked:
            self._checked.add(user_code)
        else:
            self._checked.discard(user_code)
        row = self.find(lambda u: u.user_code == user_code)
        if row >= 0:
            self.dataChanged.emit(
                self.index(row, 0), self.index(row, 0), [Qt.ItemDataRole.CheckStateRole]
            )
        self.checked_changed.emit()

    def set_rows(self, rows: Any) -> None:
        super().set_rows(rows)
        known = {u.user_code for u in self.rows()}
        self._checked &= known

    def checked_users(self) -> list[User]:
        """The users ticked, in the order of the list as loaded (last names)."""
        return [u for u in self.rows() if u.user_code in self._checked]


class CandidateTable(QTableView):
    """The table of users offered; Space ticks the current line."""

    def __init__(self, model: CandidateModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.candidates = model
        self.setObjectName("candidateUsers")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.verticalHeader().setVisible(False)
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumHeight(200)
        self.setStyleSheet(TABLE_STYLE)

    # Read by the Form like any field («user_codes»).
    def value(self) -> list[str]:
        return [u.user_code for u in self.candidates.checked_users()]

    def display_text(self) -> str:
        return ", ".join(self.value())


class ProcurationShownPage(EntryPage):
    """Step 1: «La procuration à assigner est présentée»; nothing to type."""

    def __init__(self, ctx: AppContext, procuration: Procuration) -> None:
        super().__init__(
            step_title=self.tr("Procuration à assigner"),
            intro=self.tr(
                "Voici la procuration à assigner. Vérifiez qu'elle accorde les droits d'accès "
                "dont les utilisateurs auront besoin, puis cliquez sur « Continuer »."
            ),
        )
        if self.form.legend is not None:
            self.form.legend.setVisible(False)
        self.recap_widget = ProcurationRecap(
            procuration, ctx.ministries, received=is_received(ctx, procuration)
        )
        self.body.addWidget(self.recap_widget)

    def validate(self) -> list[FieldErrorLike]:
        return []

    def recap(self) -> list[RecapSection]:
        return []


class UsersPage(EntryPage):
    """Step 2: the users to whom the procuration is assigned, and the assignment's period."""

    def __init__(self, ctx: AppContext, procuration: Procuration) -> None:
        super().__init__(
            heading=self.tr("Utilisateurs"),
            intro=self.tr(
                "Les utilisateurs présentés sont ceux à qui aucune procuration de cette "
                "entreprise n'a été assignée. Un utilisateur ne pouvant avoir plus d'une "
                "procuration d'une même entreprise, la procuration doit contenir tous les droits "
                "d'accès dont il aura besoin. Cochez les utilisateurs, puis continuez."
            ),
        )
        self.ctx = ctx
        self.procuration = procuration
        self._sent: list[str] = []
        self.loaded = False
        form = self.form
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Nom ou code d'utilisateur"))
        self.search.setClearButtonEnabled(True)
        form.add_field("search", self.tr("Rec&hercher"), self.search, in_recap=False)
        self.model = CandidateModel(self)
        self.table = CandidateTable(self.model)
        self.table.setAccessibleName(self.tr("Utilisateurs à qui assigner la procuration"))
        form.add_widget(self.table, name="user_codes")
        self.count_label = QLabel(self.tr("Chargement des utilisateurs…"))
        self.count_label.setObjectName("candidateCount")
        self.count_label.setProperty("fieldHint", True)
        form.add_widget(self.count_label)

        start = max(procuration.start_date, today())
        self.start_date = date_edit(value=start)
        self.end_date = date_edit(value=procuration.end_date)
        period = self.tr("du {0} au {1}").format(
            procuration.start_date.isoformat(), procuration.end_date.isoformat()
        )
        form.add_field(
            "start_date",
            self.tr("Date de &début"),
            self.start_date,
            required=True,
            hint=self.tr("(AAAA-MM-JJ)"),
        )
        form.add_field(
            "end_date",
            self.tr("Date de &fin"),
            self.end_date,
            required=True,
            hint=self.tr("(AAAA-MM-JJ) — la procuration est valide {0}").format(period),
        )
        self.search.textChanged.connect(self._on_search)
        self.model.checked_changed.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)

    # ---- data --------------------------------------------------------------------------------

    def set_candidates(self, users: Sequence[User]) -> None:
        self.model.set_rows(users)
        self.loaded = True
        self._update_count()

    def chosen(self) -> list[User]:
        return self.model.checked_users()

    def check(self, user_code: str, checked: bool = True) -> None:
        self.model.set_checked(user_code, checked)

    def period(self) -> tuple[date, date]:
        return to_date(self.start_date.date()), to_date(self.end_date.date())

    def payload(self) -> AssignmentCreate:
        start, end = self.period()
        self._sent = [u.user_code for u in self.chosen()]
        return AssignmentCreate(user_codes=list(self._sent), start_date=start, end_date=end)

    def set_period(self, start: date, end: date) -> None:
        self.start_date.setDate(to_qdate(start))
        self.end_date.setDate(to_qdate(end))

    # ---- the wizard's calls ------------------------------------------------------------------

    def validate(self) -> list[FieldErrorLike]:
        if not self.loaded:
            return [
                FieldError(
                    "user_codes",
                    "loading",
                    "La liste des utilisateurs est en cours de chargement : patientez.",
                    "The list of users is loading: please wait.",
                )
            ]
        start, end = self.period()
        body = AssignmentCreate(
            user_codes=[u.user_code for u in self.chosen()], start_date=start, end_date=end
        )
        p = self.procuration
        errors: list[FieldErrorLike] = list(
            validation.check_assignment(
                body, proc_start=p.start_date, proc_end=p.end_date, today=today()
            )
        )
        if not errors and end < today():
            errors.append(field_error("end_date", "end_date_in_past"))
        return errors

    def recap(self) -> list[RecapSection]:
        return []

    def snapshot(self) -> object:
        start, end = self.period()
        return (tuple(u.user_code for u in self.chosen()), start, end)

    def show_errors(self, errors: Sequence[FieldErrorLike]) -> list[FieldErrorLike]:
        """The service's errors on `user_codes[i]` name the user concerned."""
        named: list[FieldErrorLike] = []
        names = {
            u.user_code: f"{u.last_name}, {u.first_name} ({u.user_code})" for u in self.model.rows()
        }
        for error in errors:
            parts = normalize_field_name(error.field).split(".")
            if parts[0] == "user_codes" and len(parts) > 1 and parts[1].isdigit():
                i = int(parts[1])
                code = self._sent[i] if i < len(self._sent) else ""
                who = names.get(code, code)
                message = f"{who} : {field_message(error)}"
                named.append(FieldError("user_codes", error.code, message, message))
            else:
                named.append(error)
        return super().show_errors(named)

    # ---- display -----------------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        words = fold(text).split()
        if not words:
            self.model.set_filter(None)
            return
        self.model.set_filter(
            lambda u: all(
                w in fold(f"{u.last_name} {u.first_name} {u.user_code} {u.email}") for w in words
            )
        )

    def _update_count(self) -> None:
        if not self.loaded:
            return
        total = self.model.total_count()
        chosen = len(self.chosen())
        if total == 0:
            self.count_label.setText(
                self.tr(
                    "Aucun utilisateur n'est disponible : chacun détient déjà une procuration de "
                    "cette entreprise. Créez un dossier d'utilisateur, ou révoquez une "
                    "assignation."
                )
            )
            return
        self.count_label.setText(
            self.tr("{0} utilisateur(s) offert(s) · {1} sélectionné(s)").format(total, chosen)
        )


class AssignProcurationWizard(TransactionWizard):
    """Assigner `procuration` to users of the caller's enterprise; see the module docstring.

    Signals (besides the frame's): candidates_loaded() once the users offered are known.
    """

    candidates_loaded = Signal()

    def __init__(
        self, ctx: AppContext, procuration: Procuration, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Assignation d'une procuration"),
            self._submit,
            parent,
            receipt=lambda r: ReceiptView(r.receipt, language=current_language()),
        )
        self.ctx = ctx
        self.procuration = procuration
        self.procuration_page = ProcurationShownPage(ctx, procuration)
        self.users_page = UsersPage(ctx, procuration)
        self.add_entry_page(self.procuration_page)
        self.add_entry_page(self.users_page)
        self.verification_widget = install_verification_widget(self, self._verification)
        self._loader = LatestWins(owner=self)
        self.load_task = self._loader.run(self._load(), name="utilisateurs offerts")

    async def _load(self) -> None:
        users = await assignable_users(self.ctx, self.procuration)
        self.users_page.set_candidates(users)
        self.mark_pristine()
        self.candidates_loaded.emit()

    async def _submit(self, idempotency_key: str) -> AssignmentResult:
        body = self.users_page.payload()
        return await self.ctx.api.assign(
            self.procuration.id,
            body.user_codes,
            body.start_date,
            body.end_date,
            idempotency_key=idempotency_key,
        )

    def _verification(self) -> QWidget:
        start, end = self.users_page.period()
        return AssignmentVerification(
            self.ctx, self.procuration, self.users_page.chosen(), start, end
        )


class AssignmentVerification(QWidget):
    """The verification of Assigner: the procuration, then «Informations sur l'assignation»."""

    def __init__(
        self,
        ctx: AppContext,
        procuration: Procuration,
        users: Sequence[User],
        start: date,
        end: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assignmentVerification")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.recap = ProcurationRecap(
            procuration, ctx.ministries, received=is_received(ctx, procuration)
        )
        layout.addWidget(self.recap)
        heading = QLabel(self.tr("Informations sur l'assignation"), self)
        heading.setObjectName("assignmentHeading")
        heading.setIndent(0)
        heading.setStyleSheet(
            "font-weight: bold; font-size: 11pt; color: #223654; padding-top: 8px;"
        )
        layout.addWidget(heading)
        self.table = AssignmentInfoTable(self)
        self.table.set_users(users, start, end)
        layout.addWidget(self.table)
