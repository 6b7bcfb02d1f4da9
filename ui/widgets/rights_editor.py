"""The access rights of a procuration, one line per ministry, edited as in clicSÉQUR.

The table lists the ministries and organisms to which the enterprise's registration is Actif,
each with its summary («Aucun accès», «Sans restriction», «Avec restriction»). Selecting one
and clicking «Modifier» (or double-clicking it, or Enter) opens `RightsDialog`:

    Droits d'accès*   ○ Sans restriction
                      ● Avec restriction
                      ○ Aucun accès
    ☑ Gestion des halocarbures
        ☑ Transmettre la déclaration annuelle de gestion des halocarbures

`rights()` gives the granted rights (`RightIn`, access other than «none») in table order;
the service's errors on `rights[i]…` are placed back on the line of that ministry by
`show_errors`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import catalogue
from app.domain.common import Access
from app.domain.errors import FieldError, field_error
from app.domain.models import Ministry, Right, RightIn, Service
from ui.errors import FieldErrorLike, field_message
from ui.widgets.form import ChoiceGroup, normalize_field_name
from ui.widgets.procuration_recap import access_label, ministry_index
from ui.widgets.wizard import WIZARD_STYLE

ERROR_BACKGROUND = QColor("#fbe9e7")

EDITOR_STYLE = """
QTableWidget#rightsTable { border: 1px solid #808a9d; gridline-color: #e1e4e8; }
QTableWidget#rightsTable::item:selected { background: #dae6f0; color: #1f1f1f; }
QHeaderView::section { background: #223654; color: #ffffff; padding: 4px; border: none;
    font-weight: bold; }
QLabel[rightsNote="true"] { color: #4e5662; }
"""


@dataclass
class MinistryRight:
    """What the editor holds for one line: a ministry, its access, the services ticked."""

    ministry: str
    access: Access = Access.NONE
    services: list[str] = field(default_factory=list)
    active: bool = True  # the registration is Actif (a renewed right may lose it)


def leaf_codes(ministry: Ministry | None, codes: Iterable[str]) -> list[str]:
    """The chosen services as the tree ticks them: a chosen service stands for its blocks."""
    chosen = set(codes)
    if ministry is None:
        return sorted(chosen)
    out: list[str] = []

    def walk(services: Sequence[Service], inherited: bool) -> None:
        for s in services:
            picked = inherited or s.code in chosen
            if s.children:
                walk(s.children, picked)
            elif picked:
                out.append(s.code)

    walk(ministry.services, False)
    return out


# ---- the dialog ------------------------------------------------------------------------------


class RightsDialog(QDialog):
    """«Droits d'accès*» for one ministry: Sans restriction / Avec restriction (tick services
    and functional blocks) / Aucun accès. «Modifier» keeps the choice, «Annuler» drops it.
    Open it with `open()`; read `choice()` once `accepted` is emitted."""

    def __init__(
        self, ministry: Ministry, current: MinistryRight, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rightsDialog")
        self.setWindowTitle(self.tr("Droits d'accès"))
        self.setStyleSheet(
            WIZARD_STYLE
            + EDITOR_STYLE
            + "QDialog#rightsDialog { background: #ffffff; }"
            + "QLabel#rightsError { color: #cb381f; font-weight: bold; }"
        )
        self.ministry = ministry
        self.resize(640, 480)

        title = QLabel(ministry.name, self)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold; font-size: 12pt; color: #223654;")
        legend = QLabel(self.tr("* Champ obligatoire"), self)
        legend.setProperty("rightsNote", True)
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)

        access_label_widget = QLabel(self.tr("&Droits d'accès*"), self)
        self.access = ChoiceGroup(
            [
                (Access.UNRESTRICTED, self.tr("Sans restriction")),
                (Access.RESTRICTED, self.tr("Avec restriction")),
                (Access.NONE, self.tr("Aucun accès")),
            ],
            self,
            vertical=True,
        )
        self.access.setAccessibleName(self.tr("Droits d'accès"))
        access_label_widget.setBuddy(self.access)
        row = QHBoxLayout()
        row.addWidget(access_label_widget, 0, Qt.AlignmentFlag.AlignTop)
        row.addSpacing(16)
        row.addWidget(self.access, 1)

        self.tree_label = QLabel(
            self.tr("&Services et blocs fonctionnels (avec restriction seulement)"), self
        )
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("servicesTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Services et blocs fonctionnels"))
        self.tree_label.setBuddy(self.tree)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._fill(ministry.services, None)
        self.tree.expandAll()

        self.error_label = QLabel(self)
        self.error_label.setObjectName("rightsError")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)

        self.cancel_button = QPushButton(self.tr("&Annuler"), self)
        self.ok_button = QPushButton(self.tr("&Modifier"), self)
        self.ok_button.setDefault(True)
        self.ok_button.setAccessibleDescription(
            self.tr("Garder ces droits et revenir à la procuration")
        )
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self.try_accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(legend)
        layout.addLayout(row)
        layout.addWidget(self.tree_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.access.set_value(current.access)
        for code in leaf_codes(ministry, current.services):
            item = self._items.get(code)
            if item is not None:
                item.setCheckState(0, Qt.CheckState.Checked)
        self.access.changed.connect(self._on_access)
        self.tree.itemChanged.connect(lambda *_: self.error_label.setVisible(False))
        self._on_access(current.access)
        # The keyboard starts on the choice made, as a radio group should.
        self.access.button(current.access).setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, services: Sequence[Service], parent: QTreeWidgetItem | None) -> None:
        for s in services:
            item = QTreeWidgetItem([s.name])
            item.setData(0, Qt.ItemDataRole.UserRole, s.code)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if s.children:
                flags |= Qt.ItemFlag.ItemIsAutoTristate
            item.setFlags(flags)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            self._items[s.code] = item
            self._fill(s.children, item)

    def _on_access(self, access: object) -> None:
        restricted = access is Access.RESTRICTED
        self.tree.setEnabled(restricted)
        self.tree_label.setEnabled(restricted)
        self.error_label.setVisible(False)

    def item(self, code: str) -> QTreeWidgetItem:
        """The tree line of a service or block (tests tick it like a person would)."""
        return self._items[code]

    def checked_codes(self) -> list[str]:
        """The ticked blocks (and services without blocks), in the catalogue's order."""
        return [
            code
            for code, item in self._items.items()
            if item.childCount() == 0 and item.checkState(0) == Qt.CheckState.Checked
        ]

    def choice(self) -> MinistryRight:
        access = self.access.value()
        chosen = access if isinstance(access, Access) else Access.NONE
        services = self.checked_codes() if chosen is Access.RESTRICTED else []
        return MinistryRight(self.ministry.code, chosen, services)

    def try_accept(self) -> None:
        """«Modifier»: with restriction, at least one service must be ticked."""
        access = self.access.value()
        if access is None:
            self._error(field_error("access", "required"))
            self.access.setFocus()
            return
        if access is Access.RESTRICTED and not self.checked_codes():
            self._error(field_error("services", "services_required"))
            self.tree.setFocus()
            return
        self.accept()

    def _error(self, error: FieldError) -> None:
        self.error_label.setText(field_message(error))
        self.error_label.setVisible(True)


# ---- the table -------------------------------------------------------------------------------


class _RightsTable(QTableWidget):
    """Enter on a line opens its editor, as «Modifier» does."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.activated_row.emit(self.currentRow())
            event.accept()
            return
        super().keyPressEvent(event)


class RightsEditor(QWidget):
    """«Ministères et organismes | Droits d'accès» with «Modifier»; see the module docstring.

    Signals: changed() after a line's rights change; dialog_opened(RightsDialog).
    """

    changed = Signal()
    dialog_opened = Signal(QDialog)

    def __init__(self, ministries: Iterable[Ministry] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rightsEditor")
        self.setStyleSheet(EDITOR_STYLE)
        self.setAccessibleName(self.tr("Droits d'accès"))
        self._ministries = ministry_index(ministries)
        self._lines: list[MinistryRight] = []
        self._row_errors: dict[int, list[str]] = {}
        self.dialog: RightsDialog | None = None

        self.table = _RightsTable(0, 2, self)
        self.table.setObjectName("rightsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Ministères et organismes"), self.tr("Droits d'accès")]
        )
        self.table.setAccessibleName(self.tr("Droits d'accès par ministère ou organisme"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(180)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTabKeyNavigation(False)
        self.table.itemDoubleClicked.connect(lambda item: self.edit_row(item.row()))
        self.table.activated_row.connect(self.edit_row)
        self.table.itemSelectionChanged.connect(self._update_button)

        self.empty_label = QLabel(
            self.tr(
                "Votre entreprise n'est inscrite aux services d'aucun ministère ou organisme "
                "(inscription à l'état Actif). Inscrivez-la d'abord : menu « Inscription aux "
                "services électroniques »."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("rightsNote", True)
        self.empty_label.setVisible(False)

        self.modify_button = QPushButton(self.tr("&Modifier"), self)
        self.modify_button.setObjectName("modifyRights")
        self.modify_button.setAccessibleDescription(
            self.tr("Choisir les droits d'accès du ministère ou organisme sélectionné")
        )
        self.modify_button.clicked.connect(lambda: self.edit_row(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.modify_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self._update_button()

    # ---- content -----------------------------------------------------------------------------

    def set_ministries(
        self,
        active: Sequence[str],
        rights: Iterable[Right | RightIn | MinistryRight] = (),
    ) -> None:
        """One line per ministry of `active` (codes whose registration is Actif), in the
        catalogue's order, with `rights` pre-filled. A right on a ministry not in `active`
        (renewing an old procuration) gets its own line, marked «inscription non active»."""
        given: dict[str, MinistryRight] = {}
        for r in rights:
            access = Access(r.access)
            if access is not Access.NONE:
                given[r.ministry] = MinistryRight(r.ministry, access, list(r.services))
        codes = set(active) | set(given)
        order = {code: i for i, code in enumerate(self._ministries)}
        lines = []
        for code in sorted(codes, key=lambda c: order.get(c, len(order))):
            line = given.get(code, MinistryRight(code))
            line.active = code in active
            lines.append(line)
        self._lines = lines
        self._row_errors.clear()
        self._render()
        self.changed.emit()

    def lines(self) -> list[MinistryRight]:
        return list(self._lines)

    def row_of(self, ministry: str) -> int:
        return next((i for i, line in enumerate(self._lines) if line.ministry == ministry), -1)

    def ministry_name(self, code: str) -> str:
        m = self._ministries.get(code)
        return (m.short_name or m.name) if m else code

    def set_right(self, ministry: str, access: Access, services: Sequence[str] = ()) -> None:
        """Set one line's rights (what the dialog's «Modifier» does)."""
        row = self.row_of(ministry)
        if row < 0:
            raise KeyError(ministry)
        line = self._lines[row]
        line.access = access
        line.services = list(services) if access is Access.RESTRICTED else []
        self._row_errors.pop(row, None)
        self._render()
        self.changed.emit()

    def rights(self) -> list[RightIn]:
        """The granted rights, in table order (what the service receives)."""
        return [
            RightIn(ministry=line.ministry, access=line.access.value, services=list(line.services))
            for line in self._lines
            if line.access is not Access.NONE
        ]

    def value(self) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
        """A comparable picture of the rights (the wizard's snapshot)."""
        return tuple((r.ministry, r.access, tuple(r.services)) for r in self.rights())

    def display_text(self) -> str:
        parts = [
            f"{self.ministry_name(r.ministry)} : {access_label(Access(r.access))}"
            for r in self.rights()
        ]
        return "; ".join(parts) or access_label(Access.NONE)

    def summary(self, ministry: str) -> str:
        """The text of the «Droits d'accès» cell of a ministry's line."""
        row = self.row_of(ministry)
        item = self.table.item(row, 1) if row >= 0 else None
        return item.text() if item is not None else ""

    # ---- errors ------------------------------------------------------------------------------

    def show_errors(
        self, errors: Iterable[FieldErrorLike]
    ) -> tuple[list[str], list[FieldErrorLike]]:
        """Place the errors on `rights[i]…` on the line of the i-th granted right (the order of
        `rights()`); return (the messages, each prefixed by its ministry, the other errors)."""
        granted = [self.row_of(r.ministry) for r in self.rights()]
        messages: list[str] = []
        others: list[FieldErrorLike] = []
        for error in errors:
            parts = normalize_field_name(error.field).split(".")
            if parts[0] != "rights":
                others.append(error)
                continue
            text = field_message(error)
            if len(parts) > 1 and parts[1].isdigit() and int(parts[1]) < len(granted):
                row = granted[int(parts[1])]
                self._row_errors.setdefault(row, []).append(text)
                text = f"{self.ministry_name(self._lines[row].ministry)} : {text}"
            messages.append(text)
        self._render()
        return messages, others

    def clear_errors(self) -> None:
        self._row_errors.clear()
        self._render()

    def row_errors(self, ministry: str) -> list[str]:
        return list(self._row_errors.get(self.row_of(ministry), []))

    # ---- editing -----------------------------------------------------------------------------

    def select(self, ministry: str) -> None:
        row = self.row_of(ministry)
        if row < 0:
            raise KeyError(ministry)
        self.table.selectRow(row)
        self.table.setCurrentCell(row, 0)

    def edit_row(self, row: int) -> RightsDialog | None:
        """«Modifier»: open the rights of the line `row` (None when no line is selected)."""
        if not 0 <= row < len(self._lines):
            return None
        line = self._lines[row]
        ministry = self._ministries.get(line.ministry) or catalogue.by_code().get(line.ministry)
        if ministry is None:
            return None
        dialog = RightsDialog(ministry, line, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_accepted(dialog))
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _on_accepted(self, dialog: RightsDialog) -> None:
        choice = dialog.choice()
        self.set_right(choice.ministry, choice.access, choice.services)
        row = self.row_of(choice.ministry)
        self.table.selectRow(row)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- display -----------------------------------------------------------------------------

    def _render(self) -> None:
        current = self.table.currentRow()
        self.table.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            name = self.ministry_name(line.ministry)
            if not line.active:
                name += " " + self.tr("(inscription non active)")
            summary = access_label(line.access)
            if line.access is Access.RESTRICTED and line.services:
                count = len(line.services)
                summary += " " + (
                    self.tr("(1 service)")
                    if count == 1
                    else self.tr("({0} services)").format(count)
                )
            name_item = QTableWidgetItem(name)
            access_item = QTableWidgetItem(summary)
            errors = self._row_errors.get(row)
            for item in (name_item, access_item):
                if errors:
                    item.setBackground(QBrush(ERROR_BACKGROUND))
                    item.setToolTip("\n".join(errors))
                elif not line.active:
                    item.setToolTip(
                        self.tr(
                            "L'inscription de l'entreprise à ce ministère ou organisme n'est "
                            "pas active : aucun droit ne peut y être accordé."
                        )
                    )
            self.table.setItem(row, 0, name_item)
            self.table.setItem(row, 1, access_item)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height + 2)
        self.table.setVisible(bool(self._lines))
        self.empty_label.setVisible(not self._lines)
        if 0 <= current < len(self._lines):
            self.table.selectRow(current)
        self._update_button()

    def _update_button(self) -> None:
        selected = self.table.currentRow() >= 0 and bool(self.table.selectedItems())
        self.modify_button.setEnabled(selected)
        self.modify_button.setToolTip(
            ""
            if selected
            else self.tr("Sélectionnez d'abord un ministère ou organisme dans la liste.")
        )
