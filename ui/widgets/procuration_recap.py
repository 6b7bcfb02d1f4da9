"""A procuration shown read-only as the procedure shows it, with its tree of access rights.

Used wherever a procuration is presented: Consulter, the first step of Assigner, the
verification of Ajouter / Modifier / Révoquer, Renouveler (old and new side by side), and the
«Procurations reçues» screen:

    recap = ProcurationRecap(procuration, ctx.ministries, received=True)

The rights read as in the original:

    Droits d'accès et liste des services offerts
    Ministère de l'Environnement et de la Lutte contre les changements climatiques
    Droits d'accès        Avec restriction
        Gestion des halocarbures
            Transmettre la déclaration annuelle de gestion des halocarbures

`install_verification_widget(wizard, build)` puts such a widget on a wizard's verification
step (rebuilt each time the step is shown, so it reflects what was typed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import catalogue
from app.domain.common import Access, ProcurationType
from app.domain.models import Assignment, Ministry, Procuration, Right, Service, User
from app.receipts.french import spelled_date
from ui.i18n import current_language
from ui.models.procurations import state_label, type_label
from ui.widgets.wizard import StepKind, TransactionWizard

RECAP_STYLE = """
QLabel[recapHeading="true"] { font-weight: bold; font-size: 11pt; color: #223654;
    padding: 8px 0 2px 0; }
QLabel[recapMinistry="true"] { font-weight: bold; color: #223654; padding-top: 4px; }
QLabel[recapName="true"] { color: #4e5662; }
QLabel[recapChanged="true"] { font-weight: bold; color: #095797; }
QLabel[rightsLine="true"] { color: #1f1f1f; }
QFrame#recapRule { background: #c5cad2; border: none; min-height: 1px; max-height: 1px; }
"""


def access_label(access: Access) -> str:
    """«Sans restriction», «Avec restriction», «Aucun accès» in the interface language."""
    return {
        Access.UNRESTRICTED: QCoreApplication.translate("ProcurationRecap", "Sans restriction"),
        Access.RESTRICTED: QCoreApplication.translate("ProcurationRecap", "Avec restriction"),
        Access.NONE: QCoreApplication.translate("ProcurationRecap", "Aucun accès"),
    }[access]


def long_date(day: date) -> str:
    """«20 novembre 2019», as the procedure's recaps spell dates."""
    return spelled_date(day, current_language())


def ministry_index(ministries: Iterable[Ministry]) -> dict[str, Ministry]:
    """The ministries by code; the shipped catalogue fills in when the list is empty."""
    found = {m.code: m for m in ministries}
    return found or dict(catalogue.by_code())


def rights_tree_lines(ministry: Ministry | None, codes: Iterable[str]) -> list[tuple[int, str]]:
    """(depth, name) of the services to show for `codes`: each chosen service or block under
    the services that hold it, in the catalogue's order; a chosen service brings its blocks."""
    chosen = set(codes)
    if ministry is None:
        return [(0, code) for code in sorted(chosen)]
    lines: list[tuple[int, str]] = []

    def walk(services: Sequence[Service], depth: int, inherited: bool) -> None:
        for s in services:
            picked = inherited or s.code in chosen
            before = len(lines)
            lines.append((depth, s.name))
            walk(s.children, depth + 1, picked)
            if not picked and len(lines) == before + 1:
                lines.pop()  # neither chosen nor holding a chosen one

    walk(ministry.services, 0, False)
    return lines


def rights_text(right: Right, ministries: dict[str, Ministry]) -> str:
    """The rights of one ministry as plain text lines (for recaps made of rows)."""
    lines = [access_label(right.access)]
    if right.access is Access.RESTRICTED:
        for depth, name in rights_tree_lines(ministries.get(right.ministry), right.services):
            lines.append("    " * (depth + 1) + name)
    return "\n".join(lines)


class ProcurationRecap(QWidget):
    """One procuration, read-only: Type, Mandataire (or Mandant), dates spelled out,
    Description, Remarque, État, then «Droits d'accès et liste des services offerts».

    `received=True` names the mandant (the client enterprise) instead of the mandataire.
    `show_state=False` leaves out the state (a procuration not yet transmitted).
    `changed` names rows to highlight («end_date» when Modifier moves it).
    `extra_rows` are (label, value) rows shown after the dates (e.g. the current end date).
    """

    def __init__(
        self,
        procuration: Procuration,
        ministries: Iterable[Ministry] = (),
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        received: bool = False,
        show_state: bool = True,
        changed: Iterable[str] = (),
        extra_rows: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("procurationRecap")
        self.setStyleSheet(RECAP_STYLE)
        self.procuration = procuration
        self._ministries = ministry_index(ministries)
        self._changed = set(changed)
        self._values: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnMinimumWidth(0, 190)
        layout.addLayout(self._grid)
        self._row = 0

        p = procuration
        self._heading(title if title is not None else self.tr("Procuration"))
        self.add_row("type", self.tr("Type de procuration"), type_label(p.type))
        if received:
            self.add_row("mandant", self.tr("Mandant"), f"{p.mandant.name} ({p.mandant.id})")
        elif p.type is ProcurationType.EXTERNE and p.mandataire is not None:
            name = p.mandataire.name
            shown = f"{name} ({p.mandataire.id})" if name else p.mandataire.id
            self.add_row("mandataire", self.tr("Mandataire"), shown)
        self.add_row("start_date", self.tr("Date de début"), long_date(p.start_date))
        self.add_row("end_date", self.tr("Date de fin"), long_date(p.end_date))
        for label, value in extra_rows:
            self.add_row(label, label, value)
        self.add_row("description", self.tr("Description"), p.description)
        self.add_row("remark", self.tr("Remarque"), p.remark)
        if show_state:
            self.add_row("state", self.tr("État de la procuration"), state_label(p.state))
            if p.refusal_reason:
                self.add_row("refusal_reason", self.tr("Raison du refus"), p.refusal_reason)

        self._heading(self.tr("Droits d'accès et liste des services offerts"))
        granted = [r for r in p.rights if r.access is not Access.NONE]
        if not granted:
            self.add_row("no_rights", self.tr("Droits d'accès"), self.tr("Aucun accès"))
        for right in granted:
            self._right(right)

    # ---- reading (tests, accessibility) ------------------------------------------------------

    def value(self, key: str) -> str:
        """The text shown for a row (`type`, `end_date`, `state`...), '' when absent."""
        label = self._values.get(key)
        return label.text() if label is not None else ""

    def text(self) -> str:
        """Everything shown, one line per label, in reading order (for tests and copy)."""
        lines: list[str] = []
        for i in range(self._grid.count()):
            item = self._grid.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel) and widget.text():
                lines.append(widget.text())
        return "\n".join(lines)

    # ---- building ----------------------------------------------------------------------------

    def _heading(self, text: str) -> None:
        heading = QLabel(text, self)
        heading.setProperty("recapHeading", True)
        heading.setWordWrap(True)
        heading.setIndent(0)  # a styled label is otherwise indented by its padding
        self._grid.addWidget(heading, self._row, 0, 1, 2)
        self._row += 1

    def add_row(self, key: str, label: str, value: str) -> QLabel:
        name = QLabel(label, self)
        name.setProperty("recapName", True)
        shown = QLabel(value, self)
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setAccessibleName(label)
        if key in self._changed:
            shown.setProperty("recapChanged", True)
        self._grid.addWidget(name, self._row, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(shown, self._row, 1, Qt.AlignmentFlag.AlignTop)
        self._row += 1
        self._values[key] = shown
        return shown

    def _right(self, right: Right) -> None:
        ministry = self._ministries.get(right.ministry)
        name = QLabel(ministry.name if ministry else right.ministry, self)
        name.setProperty("recapMinistry", True)
        name.setWordWrap(True)
        name.setIndent(0)
        self._grid.addWidget(name, self._row, 0, 1, 2)
        self._row += 1
        self.add_row(
            f"rights.{right.ministry}", self.tr("Droits d'accès"), access_label(right.access)
        )
        if right.access is Access.RESTRICTED:
            for depth, text in rights_tree_lines(ministry, right.services):
                line = QLabel(text, self)
                line.setProperty("rightsLine", True)
                line.setWordWrap(True)
                line.setIndent(20 + 22 * depth)
                line.setAccessibleName(self.tr("Service"))
                self._grid.addWidget(line, self._row, 0, 1, 2)
                self._row += 1


def rule(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setObjectName("recapRule")
    line.setStyleSheet(RECAP_STYLE)
    return line


# ---- «Informations sur l'assignation» ---------------------------------------------------------


class AssignmentInfoTable(QTableWidget):
    """The procedure's table: Nom de famille et prénom · Code d'utilisateur · Date de début ·
    Date de fin (AAAA-MM-JJ), read-only, as tall as its rows (no inner scroll bar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("assignmentInfo")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Nom de famille et prénom"),
                self.tr("Code d'utilisateur"),
                self.tr("Date de début (AAAA-MM-JJ)"),
                self.tr("Date de fin (AAAA-MM-JJ)"),
            ]
        )
        self.setAccessibleName(self.tr("Informations sur l'assignation"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(
            "QTableWidget { border: 1px solid #808a9d; gridline-color: #e1e4e8; }"
            "QHeaderView::section { background: #223654; color: #ffffff; padding: 4px;"
            " border: none; border-right: 1px solid #4e5f7a; font-weight: bold; }"
        )
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_rows(self, rows: Sequence[tuple[str, str, date, date]]) -> None:
        """(«Nom, Prénom», code, start, end) per user."""
        self.setRowCount(len(rows))
        for r, (name, code, start, end) in enumerate(rows):
            for c, text in enumerate((name, code, start.isoformat(), end.isoformat())):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(r, c, item)
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height + 2)

    def set_users(self, users: Sequence[User], start: date, end: date) -> None:
        self.set_rows([(f"{u.last_name}, {u.first_name}", u.user_code, start, end) for u in users])

    def set_assignments(self, assignments: Sequence[Assignment]) -> None:
        self.set_rows(
            [
                (f"{a.last_name}, {a.first_name}", a.user_code, a.start_date, a.end_date)
                for a in assignments
            ]
        )

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""


# ---- the verification step -------------------------------------------------------------------


def install_verification_widget(
    wizard: TransactionWizard, build: Callable[[], QWidget]
) -> Callable[[], QWidget | None]:
    """Show `build()` on `wizard`'s verification step, under its recap rows, rebuilt each time
    the step is entered (so it shows what the entry pages hold now). Returns a function giving
    the widget shown (None before the step was first entered)."""
    page = wizard.verification_page
    layout = page.layout()
    assert isinstance(layout, QBoxLayout)
    host = QWidget(page)
    host.setObjectName("verificationExtra")
    host_layout = QVBoxLayout(host)
    host_layout.setContentsMargins(0, 0, 0, 0)
    # After the intro and the rows, before the stretch and the confidentiality note.
    layout.insertWidget(max(0, layout.count() - 2), host)
    shown: list[QWidget] = []

    def on_step(_index: int) -> None:
        if wizard.current_kind() is not StepKind.VERIFICATION:
            return
        for old in shown:
            host_layout.removeWidget(old)
            old.deleteLater()
        shown.clear()
        widget = build()
        host_layout.addWidget(widget)
        shown.append(widget)

    wizard.step_changed.connect(on_step)
    return lambda: shown[0] if shown else None
