"""Traitement en lot: extend, revoke, refuse or assign many procurations, one transaction each.

The same walk as every transaction, with a numbered step bar:

1. *Inscription des données* — what to do to the procurations selected: the new end date
   (each capped at its own limit), the reason of a refusal, or the staff member to assign;
   below, every procuration with what will happen to it (or why it will not be sent).
2. *Vérification des données* — how many will be sent, each as its own transaction with its
   own accusé de réception, and those that will not, with the reason; «Transmettre».
3. *Transmission* — a progress bar, item by item; «Arrêter» stops after the item being sent.
   The run is journaled (`app.bulk`) before anything leaves: stopped, interrupted or killed,
   it is resumed («Reprendre») with the same keys, and nothing is done twice.
4. *Accusé de réception* — every item with its reference number or the reason it was not
   done, the combined receipt («Enregistrer en PDF», «Imprimer»: a summary page, then each
   transaction's receipt), «Terminer».

    wizard = BulkWizard(ctx, BulkAction.EXTEND, procurations)
    wizard = BulkWizard.resume(ctx, journal)          # a run left unfinished
    ctx.open_transaction(wizard)
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bulk import (
    BulkAction,
    BulkItem,
    BulkJournal,
    BulkRunner,
    ItemStatus,
    RunOutcome,
    plan_assign,
    plan_extend,
    plan_refuse,
    plan_revoke,
)
from app.domain import rules
from app.domain.common import Role, UserState
from app.domain.models import Procuration, User
from app.receipts.bulk_summary import paint_bulk, write_bulk_pdf
from app.receipts.render import a4_page_layout
from ui.asyncutil import LatestWins, run_task
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import current_language, pick
from ui.models.table import Column, TableModel
from ui.widgets.column_fit import fit_columns
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.step_bar import StepBar
from ui.widgets.wizard import WIZARD_STYLE
from ui.wizards.create_procuration import date_edit, to_date, today

log = logging.getLogger(__name__)

STYLE = (
    WIZARD_STYLE
    + """
QWidget#bulkWizard, QWidget[bulkPage="true"] { background: #ffffff; }
QTableView { border: 1px solid #c5cad2; gridline-color: #e0e3e8; background: #ffffff;
    selection-background-color: #d6e4f3; selection-color: #223654; }
QHeaderView::section { background: #223654; color: #ffffff; font-weight: bold;
    padding: 4px 6px; border: none; border-right: 1px solid #4e5f7a; }
QLabel#bulkError { color: #cb381f; font-weight: bold; }
QLabel#bulkNote { background: #e6ecf4; border-left: 4px solid #095797; padding: 6px 8px;
    color: #223654; }
QLabel#bulkWarning { background: #fbe9e7; border-left: 4px solid #cb381f; padding: 6px 8px;
    color: #223654; }
QLabel#bulkDone { background: #e3f0e0; border-left: 4px solid #4f8a3c; padding: 8px;
    color: #223654; font-weight: bold; }
"""
)

STEP_ENTRY, STEP_VERIFY, STEP_SEND, STEP_RESULT = range(4)


def titles() -> dict[BulkAction, str]:
    from PySide6.QtCore import QCoreApplication

    # Literal calls: lupdate finds the texts only there.
    return {
        BulkAction.EXTEND: QCoreApplication.translate(
            "BulkWizard", "Prolongation de procurations en lot"
        ),
        BulkAction.REVOKE: QCoreApplication.translate(
            "BulkWizard", "Révocation de procurations en lot"
        ),
        BulkAction.REFUSE: QCoreApplication.translate(
            "BulkWizard", "Refus de procurations reçues en lot"
        ),
        BulkAction.ASSIGN: QCoreApplication.translate(
            "BulkWizard", "Assignation de procurations en lot"
        ),
    }


class ItemTableModel(TableModel[BulkItem]):
    """Procuration · Entreprise mandante · Date de fin actuelle · Nouvelle date de fin ·
    Résultat · Numéro de référence ou raison."""

    def __init__(self, action: BulkAction, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        columns: list[Column[BulkItem]] = [
            Column(self.tr("Procuration"), lambda i: i.description),
            Column(self.tr("Entreprise mandante"), lambda i: f"{i.client_name} ({i.client_id})"),
            Column(
                self.tr("Date de fin\nactuelle"),
                lambda i: i.previous_end,
                alignment=Qt.AlignmentFlag.AlignCenter,
            ),
        ]
        if action is BulkAction.EXTEND:
            columns.append(
                Column(
                    self.tr("Nouvelle\ndate de fin"),
                    lambda i: i.end_date if i.status is not ItemStatus.SKIPPED else None,
                    alignment=Qt.AlignmentFlag.AlignCenter,
                )
            )
        columns += [
            Column(
                self.tr("Résultat"),
                self.result_text,
                decoration=lambda i: QColor(
                    {
                        ItemStatus.DONE: "#4f8a3c",
                        ItemStatus.FAILED: "#cb381f",
                        ItemStatus.SKIPPED: "#8e96a3",
                        ItemStatus.SENDING: "#e0a800",
                    }.get(i.status, "#c5cad2")
                ),
            ),
            Column(
                self.tr("Numéro de référence ou raison"),
                lambda i: i.reference or pick(i.message_fr, i.message_en),
                tooltip=lambda i: pick(i.message_fr, i.message_en) or None,
            ),
        ]
        self.set_columns(columns)

    def result_text(self, item: BulkItem) -> str:
        return {
            ItemStatus.PLANNED: self.tr("À transmettre"),
            ItemStatus.SENDING: self.tr("En cours…"),
            ItemStatus.DONE: self.tr("Fait"),
            ItemStatus.FAILED: self.tr("Refusé par le service"),
            ItemStatus.SKIPPED: self.tr("Non transmis"),
        }[item.status]

    def refresh_item(self, item: BulkItem) -> None:
        for index, row in enumerate(self.rows()):
            if row is item:
                self.update_row(index, item)
                return


class BulkWizard(QWidget):
    """See the module docstring. Signals: `finished` («Terminer», or «Fermer» on a run left
    to resume), `cancelled` («Annuler» before anything was sent), `transmitted(journal)`
    after each run (the screens reload)."""

    finished = Signal()
    cancelled = Signal()
    transmitted = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        action: BulkAction,
        procurations: Sequence[Procuration],
        *,
        staff: Sequence[User] | None = None,
        journal: BulkJournal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action = action
        self.procurations = list(procurations)
        self.journal: BulkJournal | None = journal
        self.runner: BulkRunner | None = None
        self.outcome: RunOutcome | None = None
        self.file_dialog: QFileDialog | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self._printer: QPrinter | None = None
        self._loader = LatestWins(owner=self)
        self.setObjectName("bulkWizard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setWindowTitle(titles()[action])

        title = QLabel(titles()[action], self)
        title.setObjectName("wizardTitle")
        rule = QFrame(self)
        rule.setObjectName("wizardRule")
        self.step_bar = StepBar(self)
        self.step_bar.set_steps(
            [
                self.tr("Inscription des données"),
                self.tr("Vérification des données"),
                self.tr("Transmission"),
                self.tr("Accusé de réception"),
            ]
        )
        self.pages = QStackedWidget(self)
        self.model = ItemTableModel(action, self)
        self._build_entry(staff)
        self._build_verify()
        self._build_send()
        self._build_result()

        self.cancel_button = QPushButton(self.tr("&Annuler"), self)
        self.back_button = QPushButton(self.tr("&Précédente"), self)
        self.next_button = QPushButton(self.tr("&Continuer"), self)
        self.submit_button = QPushButton(self.tr("&Transmettre"), self)
        self.stop_button = QPushButton(self.tr("A&rrêter"), self)
        self.resume_button = QPushButton(self.tr("&Reprendre"), self)
        self.close_button = QPushButton(self.tr("&Fermer"), self)
        self.pdf_button = QPushButton(self.tr("Enregistrer en &PDF"), self)
        self.print_button = QPushButton(self.tr("&Imprimer"), self)
        self.done_button = QPushButton(self.tr("T&erminer"), self)
        for button, name, what in (
            (self.cancel_button, self.tr("Annuler"), self.tr("Quitter sans rien transmettre")),
            (self.back_button, self.tr("Précédente"), self.tr("Revenir à l'étape précédente")),
            (self.next_button, self.tr("Continuer"), self.tr("Vérifier les données")),
            (
                self.submit_button,
                self.tr("Transmettre"),
                self.tr("Transmettre chaque procuration, une transaction à la fois"),
            ),
            (
                self.stop_button,
                self.tr("Arrêter"),
                self.tr("Arrêter après l'élément en cours; le reste pourra être repris"),
            ),
            (
                self.resume_button,
                self.tr("Reprendre"),
                self.tr(
                    "Transmettre ce qui reste, avec les mêmes clés : rien n'est fait deux fois"
                ),
            ),
            (
                self.close_button,
                self.tr("Fermer"),
                self.tr("Fermer; le traitement pourra être repris depuis le portefeuille"),
            ),
            (
                self.pdf_button,
                self.tr("Enregistrer en PDF"),
                self.tr("Enregistrer le sommaire et chaque accusé de réception en PDF"),
            ),
            (
                self.print_button,
                self.tr("Imprimer"),
                self.tr("Imprimer le sommaire et chaque accusé de réception"),
            ),
            (self.done_button, self.tr("Terminer"), self.tr("Revenir à la liste")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(what)
            button.setAutoDefault(False)
        for button in (self.next_button, self.submit_button, self.done_button):
            button.setProperty("primary", True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for button in (
            self.back_button,
            self.stop_button,
            self.close_button,
            self.resume_button,
            self.pdf_button,
            self.print_button,
            self.next_button,
            self.submit_button,
            self.done_button,
        ):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(rule)
        layout.addWidget(self.step_bar)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.cancel_button.clicked.connect(self.cancelled.emit)
        self.back_button.clicked.connect(lambda: self.go(STEP_ENTRY))
        self.next_button.clicked.connect(self.continue_)
        self.submit_button.clicked.connect(self.submit)
        self.stop_button.clicked.connect(self.stop)
        self.resume_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.finished.emit)
        self.done_button.clicked.connect(self.finished.emit)
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        self.print_button.clicked.connect(self.open_print_preview)

        if journal is not None:
            self.model.set_rows(journal.items)
            self._show_run_state()
        else:
            self.update_plan()
            self.go(STEP_ENTRY)

    @classmethod
    def resume(cls, ctx: AppContext, journal: BulkJournal) -> BulkWizard:
        """The wizard of a run left unfinished, at its transmission step, ready to resume."""
        return cls(ctx, journal.action, [], journal=journal)

    # ---- pages -------------------------------------------------------------------------------

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        page.setProperty("bulkPage", True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(8)
        self.pages.addWidget(page)
        return page, layout

    def _table(self, parent: QWidget, name: str) -> QTableView:
        table = QTableView(parent)
        table.setObjectName(name)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Procurations du traitement en lot"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        # The procuration and its client take the room the dates and the result leave; the
        # reference or the reason gives way first (its tooltip holds the whole reason).
        last = self.model.columnCount() - 1
        fit_columns(table, stretch=(0, 1), shrink=(last,))
        return table

    def _build_entry(self, staff: Sequence[User] | None) -> None:
        page, layout = self._page()
        intro = QLabel(page)
        intro.setWordWrap(True)
        intro.setProperty("pageIntro", True)
        self.entry_error = QLabel(page)
        self.entry_error.setObjectName("bulkError")
        self.entry_error.setWordWrap(True)
        self.entry_error.setVisible(False)
        fields = FlowLayout()  # wraps when the texts are longer (English, large fonts)
        fields.setSpacing(8)
        self.end_date = date_edit(page, today() + timedelta(days=365))
        self.end_date.setAccessibleName(self.tr("Nouvelle date de fin"))
        self.max_dates = QCheckBox(self.tr("Date &maximale de chacune"), page)
        self.max_dates.setAccessibleDescription(
            self.tr("Chaque procuration prend sa propre date maximale : début + 3 ans − 1 jour")
        )
        self.reason = QPlainTextEdit(page)
        self.reason.setObjectName("bulkReason")
        self.reason.setAccessibleName(self.tr("Raison du refus"))
        self.reason.setMaximumHeight(80)
        self.reason.setTabChangesFocus(True)  # Tab leaves the reason (no keyboard trap)
        self.assignee = QComboBox(page)
        self.assignee.setObjectName("bulkAssignee")
        self.assignee.setAccessibleName(self.tr("Utilisateur"))
        self.assignee.setMinimumWidth(320)
        if self.action is BulkAction.EXTEND:
            intro.setText(
                self.tr(
                    "Choisissez la nouvelle date de fin des procurations sélectionnées. Une "
                    "procuration ne peut être valide plus de trois ans moins un jour : chacune "
                    "est ramenée au besoin à sa propre limite. Chacune sera modifiée par sa "
                    "propre transaction, avec son propre accusé de réception."
                )
            )
            label = QLabel(self.tr("&Nouvelle date de fin*"), page)
            label.setBuddy(self.end_date)
            fields.addWidget(label)
            fields.addWidget(self.end_date)
            fields.addWidget(QLabel(self.tr("(AAAA-MM-JJ)"), page))
            fields.addSpacing(16)
            fields.addWidget(self.max_dates)
            fields.addStretch(1)
            self.end_date.dateChanged.connect(lambda _d: self.update_plan())
            self.max_dates.toggled.connect(self._on_max_dates)
        elif self.action is BulkAction.REFUSE:
            intro.setText(
                self.tr(
                    "Les entreprises mandantes verront la raison du refus. Chaque procuration "
                    "sera refusée par sa propre transaction, avec son propre accusé de réception."
                )
            )
            label = QLabel(self.tr("&Raison du refus*"), page)
            label.setBuddy(self.reason)
            fields.addWidget(label)
            fields.addWidget(self.reason, 1)
        elif self.action is BulkAction.ASSIGN:
            intro.setText(
                self.tr(
                    "Choisissez l'utilisateur de votre entreprise qui détiendra les procurations "
                    "sélectionnées. Un utilisateur détient au plus une procuration de chaque "
                    "entreprise : une procuration d'un client dont il en détient déjà une sera "
                    "refusée par le service, avec la raison."
                )
            )
            label = QLabel(self.tr("&Utilisateur*"), page)
            label.setBuddy(self.assignee)
            fields.addWidget(label)
            fields.addWidget(self.assignee)
            fields.addStretch(1)
            self.assignee.currentIndexChanged.connect(lambda _i: self.update_plan())
        else:
            intro.setText(
                self.tr(
                    "Les procurations sélectionnées seront révoquées : leurs assignations prennent "
                    "fin et les mandataires en sont avisés. Chacune sera révoquée par sa propre "
                    "transaction, avec son propre accusé de réception."
                )
            )
        self.entry_count = QLabel(page)
        self.entry_count.setProperty("recapSection", True)
        self.entry_count.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(fields)
        layout.addWidget(self.entry_error)
        layout.addWidget(self.entry_count)
        self.entry_table = self._table(page, "bulkEntryTable")
        layout.addWidget(self.entry_table, 1)
        # The fields of the other actions have no place in this page's layout: hidden, they are
        # neither drawn over the intro nor reached by Tab.
        for widget, used_by in (
            (self.end_date, BulkAction.EXTEND),
            (self.max_dates, BulkAction.EXTEND),
            (self.reason, BulkAction.REFUSE),
            (self.assignee, BulkAction.ASSIGN),
        ):
            if self.action is not used_by:
                widget.hide()
        if self.action is BulkAction.ASSIGN:
            if staff is not None:
                self.set_staff(staff)
            else:
                self.assignee.addItem(self.tr("Chargement des utilisateurs…"), None)
                self.load_task = self._loader.run(self._load_staff(), name="utilisateurs")

    def _build_verify(self) -> None:
        page, layout = self._page()
        self.verify_text = QLabel(page)
        self.verify_text.setWordWrap(True)
        self.verify_text.setObjectName("bulkNote")
        self.verify_skipped = QLabel(page)
        self.verify_skipped.setWordWrap(True)
        self.verify_skipped.setObjectName("bulkWarning")
        layout.addWidget(self.verify_text)
        layout.addWidget(self.verify_skipped)
        self.verify_table = self._table(page, "bulkVerifyTable")
        layout.addWidget(self.verify_table, 1)

    def _build_send(self) -> None:
        page, layout = self._page()
        self.progress = QProgressBar(page)
        self.progress.setObjectName("bulkProgress")
        self.progress.setAccessibleName(self.tr("Progression du traitement"))
        self.progress.setFormat(self.tr("%v sur %m"))
        self.current_label = QLabel(page)
        self.current_label.setWordWrap(True)
        self.stopped_label = QLabel(page)
        self.stopped_label.setObjectName("bulkWarning")
        self.stopped_label.setWordWrap(True)
        self.stopped_label.setVisible(False)
        layout.addWidget(self.progress)
        layout.addWidget(self.current_label)
        layout.addWidget(self.stopped_label)
        self.send_table = self._table(page, "bulkSendTable")
        layout.addWidget(self.send_table, 1)

    def _build_result(self) -> None:
        page, layout = self._page()
        self.result_text = QLabel(page)
        self.result_text.setObjectName("bulkDone")
        self.result_text.setWordWrap(True)
        self.failed_text = QLabel(page)
        self.failed_text.setObjectName("bulkWarning")
        self.failed_text.setWordWrap(True)
        self.failed_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_text)
        layout.addWidget(self.failed_text)
        self.result_table = self._table(page, "bulkResultTable")
        layout.addWidget(self.result_table, 1)

    # ---- the steps ---------------------------------------------------------------------------

    def current_step(self) -> int:
        return self.pages.currentIndex()

    def go(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        self.step_bar.set_current(step)
        sending = self.runner is not None
        left = self.journal is not None and not self.journal.finished
        visible = {
            STEP_ENTRY: {self.cancel_button, self.next_button},
            STEP_VERIFY: {self.cancel_button, self.back_button, self.submit_button},
            STEP_SEND: (
                {self.stop_button}
                if sending
                else ({self.close_button, self.resume_button} if left else set())
            ),
            STEP_RESULT: {self.pdf_button, self.print_button, self.done_button},
        }[step]
        for button in (
            self.cancel_button,
            self.back_button,
            self.next_button,
            self.submit_button,
            self.stop_button,
            self.resume_button,
            self.close_button,
            self.pdf_button,
            self.print_button,
            self.done_button,
        ):
            button.setVisible(button in visible)
        self.stop_button.setEnabled(True)
        main = {
            STEP_ENTRY: self.next_button,
            STEP_VERIFY: self.submit_button,
            STEP_SEND: self.resume_button,
            STEP_RESULT: self.done_button,
        }[step]
        if main.isVisible():
            main.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_staff(self, staff: Sequence[User]) -> None:
        self.assignee.blockSignals(True)
        self.assignee.clear()
        self.assignee.addItem(self.tr("Choisissez un utilisateur"), None)
        people = [u for u in staff if u.state is UserState.ACTIF and u.role is not Role.RA]
        people.sort(key=lambda u: (u.last_name.casefold(), u.first_name.casefold()))
        for u in people:
            self.assignee.addItem(f"{u.last_name}, {u.first_name} ({u.user_code})", u.user_code)
        self.assignee.blockSignals(False)
        self.update_plan()

    async def _load_staff(self) -> None:
        users = await self.ctx.api.all_users(state=UserState.ACTIF)
        if shiboken6.isValid(self):
            self.set_staff(users)

    def _on_max_dates(self, on: bool) -> None:
        self.end_date.setEnabled(not on)
        self.update_plan()

    def target(self) -> date:
        if self.max_dates.isChecked():
            return max(
                (rules.latest_end_date(p.start_date) for p in self.procurations),
                default=to_date(self.end_date.date()),
            )
        return to_date(self.end_date.date())

    def plan(self) -> BulkJournal:
        """The plan for what the entry step holds now (not saved)."""
        me, eid = self.ctx.me.user_code, self.ctx.me.enterprise.id
        if self.action is BulkAction.EXTEND:
            return plan_extend(
                self.procurations, self.target(), user_code=me, enterprise_id=eid, today=today()
            )
        if self.action is BulkAction.REVOKE:
            return plan_revoke(self.procurations, user_code=me, enterprise_id=eid)
        if self.action is BulkAction.REFUSE:
            return plan_refuse(
                self.procurations, self.reason.toPlainText(), user_code=me, enterprise_id=eid
            )
        code = self.assignee.currentData()
        name = self.assignee.currentText().rsplit(" (", 1)[0] if code else ""
        return plan_assign(
            self.procurations,
            str(code or ""),
            name,
            user_code=me,
            enterprise_id=eid,
            today=today(),
        )

    def update_plan(self) -> None:
        if self.journal is not None and self.current_step() >= STEP_SEND:
            return
        planned = self.plan()
        self.journal = planned
        self.model.set_rows(planned.items)
        sending = len(planned.pending())
        skipped = len(planned.with_status(ItemStatus.SKIPPED))
        self.entry_count.setText(
            self.tr(
                "{0} procuration(s) sélectionnée(s) : {1} à transmettre, {2} non transmise(s)"
            ).format(len(planned.items), sending, skipped)
        )

    def validate(self) -> list[str]:
        errors: list[str] = []
        extend = self.action is BulkAction.EXTEND and not self.max_dates.isChecked()
        if extend and self.target() < today():
            errors.append(self.tr("La nouvelle date de fin ne peut pas être passée."))
        if self.action is BulkAction.REFUSE and not self.reason.toPlainText().strip():
            errors.append(self.tr("Indiquez la raison du refus : les clients la verront."))
        if self.action is BulkAction.ASSIGN and not self.assignee.currentData():
            errors.append(self.tr("Choisissez l'utilisateur qui détiendra les procurations."))
        if not errors and self.journal is not None and not self.journal.pending():
            errors.append(
                self.tr(
                    "Aucune des procurations sélectionnées ne peut être traitée : voyez "
                    "la raison de chacune ci-dessous."
                )
            )
        return errors

    def continue_(self) -> None:
        self.update_plan()
        errors = self.validate()
        self.entry_error.setText("\n".join(errors))
        self.entry_error.setVisible(bool(errors))
        if errors:
            return
        journal = self.journal
        assert journal is not None
        sending = journal.pending()
        skipped = journal.with_status(ItemStatus.SKIPPED)
        text = self.tr(
            "{0} procuration(s) seront traitées, chacune par sa propre transaction, avec son "
            "propre accusé de réception."
        ).format(len(sending))
        if self.action is BulkAction.EXTEND:
            text += " " + self.tr("Date de fin demandée : {0}.").format(self.target().isoformat())
        elif self.action is BulkAction.ASSIGN:
            text += " " + self.tr("Utilisateur : {0}.").format(self.assignee.currentText())
        elif self.action is BulkAction.REFUSE:
            text += " " + self.tr("Raison du refus : « {0} ».").format(journal.reason)
        self.verify_text.setText(text)
        self.verify_skipped.setText(
            self.tr("{0} ne le seront pas ; la raison de chacune est dans la liste.").format(
                len(skipped)
            )
        )
        self.verify_skipped.setVisible(bool(skipped))
        self.go(STEP_VERIFY)

    # ---- transmission ------------------------------------------------------------------------

    def submit(self) -> None:
        """«Transmettre» (or «Reprendre»): journal saved, then the unfinished items sent."""
        journal = self.journal
        if journal is None or self.runner is not None:
            return
        if not self.ctx.online:
            self.stopped_label.setText(
                self.tr("Le service est injoignable : reprenez dès le retour de la connexion.")
            )
            self.stopped_label.setVisible(True)
            return
        self.runner = BulkRunner(self.ctx.api, journal, on_item=self._on_item)
        self.progress.setRange(0, len(journal.items))
        self._update_progress()
        self.stopped_label.setVisible(False)
        self.go(STEP_SEND)
        self.run_task = run_task(self._run(), owner=self, name="traitement-en-lot")

    async def _run(self) -> None:
        runner = self.runner
        assert runner is not None
        try:
            self.outcome = await runner.run()
        finally:
            self.runner = None
        if not shiboken6.isValid(self):
            return
        self.transmitted.emit(self.journal)
        for kind in ("procurations", "received", "assignments", "users", "receipts"):
            self.ctx.changed(kind)
        self._show_run_state()

    def stop(self) -> None:
        """«Arrêter»: the item being sent finishes, the rest waits for «Reprendre»."""
        if self.runner is not None:
            self.runner.cancel()
            self.stop_button.setEnabled(False)
            self.current_label.setText(self.tr("Arrêt après l'élément en cours…"))

    def _on_item(self, journal: BulkJournal, item: BulkItem) -> None:
        if not shiboken6.isValid(self):
            return
        self.model.refresh_item(item)
        self._update_progress()
        if item.status is ItemStatus.SENDING:
            self.current_label.setText(
                self.tr("Transmission : {0} — {1}").format(item.description, item.client_name)
            )
            row = self.model.find(lambda i: i is item)
            if row >= 0:
                self.send_table.scrollTo(self.model.index(row, 0))

    def _update_progress(self) -> None:
        journal = self.journal
        if journal is None:
            return
        self.progress.setRange(0, len(journal.items))
        self.progress.setValue(len(journal.items) - len(journal.pending()))

    def _show_run_state(self) -> None:
        journal = self.journal
        assert journal is not None
        self.model.set_rows(journal.items)
        self._update_progress()
        if journal.finished:
            self._show_result()
            return
        self.go(STEP_SEND)
        why = pick(journal.interrupted_fr, journal.interrupted_en) or self.tr(
            "Le traitement a été interrompu avant la fin."
        )
        left = len(journal.pending())
        self.stopped_label.setText(
            why
            + " "
            + self.tr(
                "{0} élément(s) restent à transmettre : « Reprendre » les transmet avec les mêmes "
                "clés, rien n'est fait deux fois."
            ).format(left)
        )
        self.stopped_label.setVisible(True)
        self.current_label.setText("")

    def _show_result(self) -> None:
        journal = self.journal
        assert journal is not None
        counts = journal.counts()
        self.result_text.setText(
            self.tr(
                "Traitement terminé : {0} fait(s), {1} refusé(s) par le service, {2} non "
                "transmis. Chaque élément fait a son accusé de réception et son numéro de "
                "référence."
            ).format(counts[ItemStatus.DONE], counts[ItemStatus.FAILED], counts[ItemStatus.SKIPPED])
        )
        undone = [i for i in journal.items if i.status in (ItemStatus.FAILED, ItemStatus.SKIPPED)]
        lines = [
            f"• {i.description} — {i.client_name} : {pick(i.message_fr, i.message_en)}"
            for i in undone
        ]
        self.failed_text.setText(
            self.tr("Éléments non traités ({0}) :").format(len(undone)) + "\n" + "\n".join(lines)
        )
        self.failed_text.setVisible(bool(undone))
        self.pdf_button.setEnabled(True)
        self.go(STEP_RESULT)

    # ---- the combined receipt ----------------------------------------------------------------

    def default_pdf_name(self) -> str:
        journal = self.journal
        return f"traitement-en-lot-{journal.id if journal else 'procura'}.pdf"

    def save_pdf(self, path: str | Path) -> Path | None:
        journal = self.journal
        if journal is None:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            return write_bulk_pdf(
                journal, target, by=self.ctx.full_name, language=current_language()
            )
        except OSError as error:
            show_error(self, error)
            return None

    def ask_pdf_path(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        dialog = QFileDialog(
            self,
            self.tr("Enregistrer l'accusé de réception du traitement en lot"),
            str(Path(folder) / self.default_pdf_name()),
            self.tr("Documents PDF (*.pdf)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save_pdf)
        dialog.destroyed.connect(self._forget_file_dialog)
        self.file_dialog = dialog
        dialog.open()

    def open_print_preview(self) -> None:
        journal = self.journal
        if journal is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_page_layout())
        self._printer = printer
        by, language = self.ctx.full_name, current_language()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Aperçu de l'accusé de réception du traitement en lot"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paintRequested.connect(
            lambda device: paint_bulk(journal, device, by=by, language=language)
        )
        dialog.destroyed.connect(self._forget_preview)
        self.preview_dialog = dialog
        dialog.open()

    def _forget_file_dialog(self) -> None:
        self.file_dialog = None

    def _forget_preview(self) -> None:
        self.preview_dialog = None
        self._printer = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.current_step() in (STEP_ENTRY, STEP_VERIFY):
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
