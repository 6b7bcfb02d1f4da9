"""The one wizard frame of every transaction: entry pages, verification, transmission, receipt.

As in clicSÉQUR – Entreprises, every transaction is the same walk, shown by a numbered step bar:

1. *Inscription des données* — one or more `EntryPage`s; «Annuler», «Précédente» (after the
   first), «Continuer». Continuer runs the page's `validate()` and stays, errors shown at their
   fields, while it returns anything.
2. *Vérification des données* — a read-only recap built from the entry pages' `recap()`;
   «Annuler», «Précédente» (last entry page), «Corriger» (first entry page; not shown when
   the wizard has none), «Transmettre». With `confirm=Confirmation(...)`, «Transmettre»
   first asks that question (a transaction that cannot be undone) and sends once answered yes.
3. *Accusé de réception* — the widget `receipt(result)` builds (e.g. `ui.receipt_view`);
   «Imprimer» when printable, then «Continuer» towards the final pages or «Terminer».
4. optional final pages (`add_final_page`), e.g. the new user code and temporary password;
   the last one has «Terminer».

A screen gives the wizard its entry pages and one `submit` coroutine function:

    async def submit(idempotency_key: str) -> UserCreated:
        return await service.create_user(page.body(), idempotency_key=idempotency_key)

    wizard = TransactionWizard(self.tr("Création du dossier d'un utilisateur"), submit,
                               receipt=lambda result: ReceiptView(result.receipt))
    wizard.add_entry_page(UserEntryPage())
    wizard.add_final_page(self.tr("Code d'utilisateur"), lambda result: CodePage(result))
    wizard.finished.connect(...)     # «Terminer»: the host closes the wizard
    wizard.cancelled.connect(...)    # «Annuler», confirmed: the host closes and drops it

Idempotency key: one uuid4 per wizard, sent with every «Transmettre». A retry after a failure
(timeout, dropped connection, 5xx, a 409 "still running") sends the SAME key, so a transaction
the service already recorded is answered from its store instead of being done twice. The key is
renewed only when the data to transmit differs from what was sent with it (compared with the
entry pages' `snapshot()`), because the service refuses a known key with another body (422).

A failed «Transmettre» keeps every typed value. Field errors in the failure (an object with an
`errors` list, as `app.api.errors.ValidationFailed`) are placed at their fields and the wizard
returns to the first entry page holding one; any other failure is shown by
`ui.errors.show_error` and the wizard stays on the verification step, ready to retry.

Keyboard: Tab follows reading order (fields, then buttons left to right); Enter activates the
step's main button (Continuer / Transmettre / Terminer) — or the focused push button; Esc is
«Annuler»; buttons have Alt mnemonics: &Annuler, &Précédente, Co&rriger, &Imprimer,
&Continuer, &Transmettre, T&erminer. Entry pages should not use Alt+A, Alt+C (nor Alt+P after
the first page), which those buttons take while visible.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.asyncutil import busy, run_task
from ui.errors import FieldErrorLike, field_errors, field_message, show_error
from ui.widgets.form import Form
from ui.widgets.step_bar import StepBar

log = logging.getLogger(__name__)

SubmitFunction = Callable[[str], Awaitable[Any]]
WidgetFactory = Callable[[Any], QWidget]

WIZARD_STYLE = """
QWidget#transactionWizard { background: #ffffff; }
QWidget[wizardPage="true"] { background-color: #ffffff; }
QScrollArea#wizardPageScroll, QWidget#wizardPageViewport { background: #ffffff; border: none; }
QScrollArea#wizardPageScroll { border: 2px solid transparent; }
QScrollArea#wizardPageScroll:focus { border-color: #4a98d9; }
QLabel#wizardTitle { font-size: 16pt; font-weight: bold; color: #223654; }
QFrame#wizardRule { background: #223654; border: none; min-height: 2px; max-height: 2px; }
QLabel[pageIntro="true"] { color: #223654; }
QLabel#errorSummary { color: #cb381f; background: #fbe9e7; border-left: 4px solid #cb381f;
    padding: 8px; font-weight: bold; }
QLabel[recapSection="true"] { font-weight: bold; font-size: 11pt; color: #223654;
    padding: 6px 0 2px 0; }
QLabel[recapLabel="true"] { color: #4e5662; }
QLabel[confidential="true"] { color: #4e5662; font-size: 8pt; }
QPushButton { min-height: 28px; padding: 2px 16px; border: 1px solid #095797;
    background: #ffffff; color: #095797; font-weight: bold; }
QPushButton:hover { background: #e6ecf4; }
QPushButton[primary="true"] { background: #095797; color: #ffffff; }
QPushButton[primary="true"]:hover { background: #223654; }
QPushButton:focus { border: 3px solid #4a98d9; }
QPushButton:disabled { color: #8e96a3; border-color: #c5cad2; background: #f1f1f2; }
QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QSpinBox { border: 1px solid #808a9d;
    padding: 3px; background: #ffffff; min-height: 22px; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus {
    border: 2px solid #4a98d9; }
QRadioButton, QCheckBox { padding: 2px; border: 2px solid transparent; }
QRadioButton:focus, QCheckBox:focus { border: 2px solid #4a98d9; }
"""


class StepKind(Enum):
    ENTRY = "entry"
    VERIFICATION = "verification"
    RECEIPT = "receipt"
    FINAL = "final"


class WizardButton(StrEnum):
    """The wizard's buttons, in their left-to-right (and Tab) order."""

    CANCEL = "cancel"  # «Annuler»
    BACK = "back"  # «Précédente»
    CORRECT = "correct"  # «Corriger»
    PRINT = "print"  # «Imprimer»
    NEXT = "next"  # «Continuer»
    SUBMIT = "submit"  # «Transmettre»
    FINISH = "finish"  # «Terminer»


@dataclass(frozen=True)
class Confirmation:
    """The question «Transmettre» asks before the first sending, for a transaction that cannot
    be undone: `text` and `detail` in a warning box titled `title`, whose `yes` button (with its
    Alt mnemonic, «&Oui, révoquer») sends and whose «Non» (the default, and Esc) does not.
    `name` is the box's object name."""

    name: str
    title: str
    text: str
    detail: str
    yes: str


@dataclass
class RecapSection:
    """One block of the verification recap: a heading and its (label, value) rows."""

    title: str
    rows: list[tuple[str, str]] = field(default_factory=list)


# ---- pages -----------------------------------------------------------------------------------


class EntryPage(QWidget):
    """A page of *Inscription des données*: intro text, a `Form`, and the rules of the page.

    Use it directly (`page.form.add_field(...)`, `validator=`) or subclass it and override
    `validate()`, `recap()`, `snapshot()`. The defaults read `self.form`:

    - `validate()` → `validator()` if given, else the required fields left empty;
    - `recap()` → one section titled `heading` with the form's rows;
    - `snapshot()` → `form.values()` (what "the data changed" means for the wizard).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        step_title: str | None = None,
        heading: str = "",
        intro: str = "",
        validator: Callable[[], Sequence[FieldErrorLike]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.step_title = step_title or self.tr("Inscription des données")
        self.heading = heading
        self._validator = validator
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.intro_label = QLabel(intro, self)
        self.intro_label.setWordWrap(True)
        self.intro_label.setProperty("pageIntro", True)
        self.intro_label.setVisible(bool(intro))
        layout.addWidget(self.intro_label)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("errorSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setVisible(False)
        layout.addWidget(self.summary_label)
        self.form = Form(self)
        if heading:
            self.form.add_section(heading)
        layout.addWidget(self.form)
        self.body = QVBoxLayout()  # room for what is not a form row (tables, notes)
        layout.addLayout(self.body)
        layout.addStretch(1)

    # -- what the wizard calls --
    def validate(self) -> Sequence[FieldErrorLike]:
        """The rules this page breaks now; Continuer advances only when the list is empty."""
        if self._validator is not None:
            return list(self._validator())
        return list(self.form.missing_required())

    def recap(self) -> list[RecapSection]:
        """What the verification page shows for this page."""
        return [RecapSection(self.heading, self.form.recap())]

    def snapshot(self) -> object:
        """A comparable picture of the data typed on this page."""
        return self.form.values()

    def show_errors(self, errors: Sequence[FieldErrorLike]) -> list[FieldErrorLike]:
        """Place `errors` at their fields; return those this page has no field for."""
        return self.form.show_errors(errors)

    def clear_errors(self) -> None:
        self.form.clear_errors()
        self.show_summary("")

    def show_summary(self, text: str, messages: Sequence[str] = ()) -> None:
        """The red box at the top of the page: `text` and the `messages` no field could take."""
        lines = [text, *("• " + m for m in messages)] if text else list(messages)
        self.summary_label.setText("\n".join(lines))
        self.summary_label.setVisible(bool(lines))

    def focus_first_error(self) -> bool:
        return self.form.focus_first_error()

    def focus_widgets(self) -> list[QWidget]:
        """The widgets Tab visits on this page, in reading order."""
        return [
            w
            for w in self.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
        ]


class VerificationPage(QWidget):
    """*Vérification des données*: the read-only recap of the entry pages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_title = self.tr("Vérification des données")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Vérifiez si les données inscrites ci-dessous sont exactes avant de les "
                "transmettre."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("pageIntro", True)
        layout.addWidget(intro)
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(24)
        self._grid.setColumnStretch(1, 1)
        layout.addWidget(self._grid_host)
        note = QLabel(
            self.tr(
                "Tous les renseignements sont confidentiels. Ils seront transmis de façon "
                "sécurisée afin de garantir leur confidentialité et leur intégrité."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("confidential", True)
        layout.addStretch(1)
        layout.addWidget(note)
        self._sections: list[RecapSection] = []

    def set_sections(self, sections: Sequence[RecapSection]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._sections = list(sections)
        row = 0
        for section in self._sections:
            if section.title:
                title = QLabel(section.title, self._grid_host)
                title.setProperty("recapSection", True)
                title.setIndent(0)
                self._grid.addWidget(title, row, 0, 1, 2)
                row += 1
            for label, value in section.rows:
                name = QLabel(label, self._grid_host)
                name.setProperty("recapLabel", True)
                shown = QLabel(value, self._grid_host)
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                shown.setAccessibleName(label)
                self._grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
                self._grid.addWidget(shown, row, 1, Qt.AlignmentFlag.AlignTop)
                row += 1

    def sections(self) -> list[RecapSection]:
        return list(self._sections)

    def rows(self) -> dict[str, str]:
        """Label → value of every recap row (for tests and accessibility checks)."""
        return {label: value for s in self._sections for label, value in s.rows}


class _Slot(QWidget):
    """A page whose content is built after transmission (receipt, final pages)."""

    def __init__(self, step_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_title = step_title
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def set_content(self, widget: QWidget) -> None:
        layout = self.layout()
        assert layout is not None
        if self.content is not None:
            layout.removeWidget(self.content)
            self.content.deleteLater()
        self.content = widget
        layout.addWidget(widget)


def default_receipt(result: object) -> QWidget:
    """The receipt shown when the wizard has no `receipt` factory: the sentence and reference."""
    receipt = getattr(result, "receipt", result)
    reference = getattr(receipt, "reference", None)
    label = QLabel()
    text = QCoreApplication.translate(
        "TransactionWizard", "Vos données ont été transmises avec succès."
    )
    if reference:
        text += " " + QCoreApplication.translate(
            "TransactionWizard", "Votre numéro de référence est : {0}."
        ).format(reference)
    label.setText(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


# ---- the wizard ------------------------------------------------------------------------------


class TransactionWizard(QWidget):
    """The frame of every transaction; see the module docstring for the walk and the keys.

    Signals:
        transmitted(object): «Transmettre» succeeded; the argument is `submit`'s result
            (refresh lists here). The receipt is on screen.
        finished(object): «Terminer» clicked; the same result. The host closes the wizard.
        cancelled(): «Annuler» confirmed (or nothing was typed). The host closes the wizard
            and drops it with its data.
        step_changed(int): the step shown changed (0-based index in the step bar).
    """

    transmitted = Signal(object)
    finished = Signal(object)
    cancelled = Signal()
    step_changed = Signal(int)

    def __init__(
        self,
        title: str,
        submit: SubmitFunction,
        parent: QWidget | None = None,
        *,
        receipt: WidgetFactory | None = None,
        printer: Callable[[QWidget], object] | None = None,
        confirm: Confirmation | None = None,
    ) -> None:
        """`submit(idempotency_key)` is awaited by «Transmettre» and returns the result (or
        raises). `receipt(result)` builds the receipt widget (default: `default_receipt`).
        `printer(receipt_widget)` prints it; without one, «Imprimer» is offered only when the
        receipt widget has a `print_receipt()` method. `confirm`: the question «Transmettre»
        asks first (once: a retry after a failure does not ask again)."""
        super().__init__(parent)
        self.setObjectName("transactionWizard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(WIZARD_STYLE)
        self._submit = submit
        self._receipt_factory = receipt
        self._printer = printer
        self._confirmation = confirm
        self._confirmed = confirm is None
        self._entries: list[EntryPage] = []
        self._finals: list[tuple[_Slot, WidgetFactory]] = []
        self._index = 0
        self._key = str(uuid.uuid4())
        self._sent_snapshot: object | None = None
        self._baseline: object | None = None
        self._baseline_taken_on_show = False
        self._result: Any = None
        self._transmitted = False
        self._transmitting = False
        self._task: asyncio.Task[None] | None = None
        self._cancel_box: QMessageBox | None = None
        self._confirm_box: QMessageBox | None = None
        self.error_box: QMessageBox | None = None
        self.last_error: BaseException | None = None

        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("wizardTitle")
        self.title_label.setWordWrap(True)
        self.setWindowTitle(title)
        self.step_bar = StepBar(self)
        rule = QFrame(self)
        rule.setObjectName("wizardRule")
        self._stack = QStackedWidget(self)
        self.verification_page = VerificationPage()
        self.receipt_page = _Slot(self.tr("Accusé de réception"))

        self.busy_indicator = QWidget(self)
        busy_layout = QHBoxLayout(self.busy_indicator)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        bar = QProgressBar(self.busy_indicator)
        bar.setRange(0, 0)
        bar.setMaximumWidth(120)
        bar.setTextVisible(False)
        bar.setAccessibleName(self.tr("Transmission en cours"))
        busy_layout.addWidget(bar)
        busy_layout.addWidget(QLabel(self.tr("Transmission en cours…"), self.busy_indicator))
        self.busy_indicator.setVisible(False)

        texts = {
            WizardButton.CANCEL: self.tr("&Annuler"),
            WizardButton.BACK: self.tr("&Précédente"),
            WizardButton.CORRECT: self.tr("Co&rriger"),
            WizardButton.PRINT: self.tr("&Imprimer"),
            WizardButton.NEXT: self.tr("&Continuer"),
            WizardButton.SUBMIT: self.tr("&Transmettre"),
            WizardButton.FINISH: self.tr("T&erminer"),
        }
        actions: dict[WizardButton, Callable[[], object]] = {
            WizardButton.CANCEL: self.cancel,
            WizardButton.BACK: self.back,
            WizardButton.CORRECT: self.correct,
            WizardButton.PRINT: self.print_receipt,
            WizardButton.NEXT: self.next,
            WizardButton.SUBMIT: self.transmit,
            WizardButton.FINISH: self.finish,
        }
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.busy_indicator)
        buttons.addStretch(1)
        self._buttons: dict[WizardButton, QPushButton] = {}
        for which in WizardButton:
            button = QPushButton(texts[which], self)
            button.setObjectName(f"wizardButton_{which.value}")
            # In a plain QWidget only autoDefault buttons take Enter themselves; then Enter on
            # a focused «Annuler» cancels instead of running the step's main action.
            button.setAutoDefault(True)
            button.clicked.connect(lambda _checked=False, act=actions[which]: act())
            buttons.addWidget(button)
            self._buttons[which] = button

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.step_bar)
        layout.addWidget(rule)
        layout.addWidget(self._stack, 1)
        layout.addLayout(buttons)

        self._wrap(self.verification_page, focusable=True)
        self._wrap(self.receipt_page, focusable=False)
        self._refresh_steps()
        self._show_step(0)

    # ---- building ----------------------------------------------------------------------------

    def add_entry_page(self, page: EntryPage) -> EntryPage:
        """Append an entry page (before verification). Returns `page`."""
        self._entries.append(page)
        self._wrap(page, focusable=False, at=len(self._entries) - 1)
        self._refresh_steps()
        self._show_step(self._index)
        self.mark_pristine()
        return page

    def add_final_page(self, step_title: str, factory: WidgetFactory) -> None:
        """Append a page after the receipt, built by `factory(result)` once transmitted."""
        slot = _Slot(step_title)
        self._finals.append((slot, factory))
        self._wrap(slot, focusable=False)
        self._refresh_steps()
        self._show_step(self._index)

    def mark_pristine(self) -> None:
        """Take the current data as "nothing typed yet" (after pre-filling the pages)."""
        self._baseline = self.snapshot()

    def _wrap(self, page: QWidget, *, focusable: bool, at: int | None = None) -> None:
        scroll = QScrollArea()
        scroll.setObjectName("wizardPageScroll")
        # Named for screen readers: the verification step's page takes the focus, to scroll.
        scroll.setAccessibleName(str(getattr(page, "step_title", "")))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.viewport().setObjectName("wizardPageViewport")
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus if focusable else Qt.FocusPolicy.NoFocus)
        # White paper, as the government's forms (a scroll area fills its page's background).
        page.setProperty("wizardPage", True)
        scroll.setWidget(page)
        if at is None:
            self._stack.addWidget(scroll)
        else:
            self._stack.insertWidget(at, scroll)

    def _pages(self) -> list[tuple[StepKind, QWidget]]:
        pages: list[tuple[StepKind, QWidget]] = [(StepKind.ENTRY, p) for p in self._entries]
        pages.append((StepKind.VERIFICATION, self.verification_page))
        pages.append((StepKind.RECEIPT, self.receipt_page))
        pages.extend((StepKind.FINAL, slot) for slot, _factory in self._finals)
        return pages

    def _refresh_steps(self) -> None:
        self.step_bar.set_steps([str(getattr(p, "step_title", "")) for _k, p in self._pages()])

    # ---- state -------------------------------------------------------------------------------

    @property
    def idempotency_key(self) -> str:
        """The key the next «Transmettre» sends (see the module docstring)."""
        return self._key

    @property
    def result(self) -> Any:
        """What `submit` returned, None before a successful transmission."""
        return self._result

    def is_transmitting(self) -> bool:
        return self._transmitting

    def entry_pages(self) -> list[EntryPage]:
        return list(self._entries)

    def current_index(self) -> int:
        return self._index

    def current_kind(self) -> StepKind:
        return self._pages()[self._index][0]

    def current_page(self) -> QWidget:
        return self._pages()[self._index][1]

    def button(self, which: WizardButton) -> QPushButton:
        return self._buttons[which]

    def cancel_question(self) -> QMessageBox | None:
        """The «Voulez-vous vraiment annuler ?» box while it is open, else None."""
        box = self._cancel_box
        if box is not None and shiboken6.isValid(box) and box.isVisible():
            return box
        return None

    def transmit_question(self) -> QMessageBox | None:
        """The `confirm` question of «Transmettre» while it is open, else None."""
        box = self._confirm_box
        if box is not None and shiboken6.isValid(box) and box.isVisible():
            return box
        return None

    def snapshot(self) -> tuple[object, ...]:
        """The data of every entry page, comparable with ==."""
        return tuple(page.snapshot() for page in self._entries)

    def has_changes(self) -> bool:
        """Whether the person typed something since the wizard opened (or `mark_pristine`)."""
        return not self._transmitted and self.snapshot() != self._baseline

    # ---- navigation --------------------------------------------------------------------------

    def next(self) -> bool:
        """«Continuer». On an entry page: validate, then go on; False when the page refused."""
        kind = self.current_kind()
        if kind is StepKind.ENTRY:
            page = self._entries[self._index]
            page.clear_errors()
            errors = page.validate()
            if errors:
                unplaced = page.show_errors(errors)
                page.show_summary(
                    self.tr(
                        "Des renseignements sont à corriger : voyez les messages sous les champs."
                    ),
                    [field_message(e) for e in unplaced],
                )
                if not page.focus_first_error():
                    page.summary_label.setFocus()
                return False
            if self._index + 1 < len(self._entries):
                self._show_step(self._index + 1)
            else:
                self._enter_verification()
            return True
        if kind in (StepKind.RECEIPT, StepKind.FINAL) and self._index + 1 < len(self._pages()):
            self._show_step(self._index + 1)
            return True
        return False

    def back(self) -> None:
        """«Précédente»: one step back (entry pages and verification only)."""
        if self.current_kind() in (StepKind.ENTRY, StepKind.VERIFICATION) and self._index > 0:
            self._show_step(self._index - 1)

    def correct(self) -> None:
        """«Corriger»: back to the (first) entry page, every value kept."""
        if self._entries and self.current_kind() is StepKind.VERIFICATION:
            self._show_step(0)

    def cancel(self) -> None:
        """«Annuler». Asks first when data was typed; emits `cancelled` once confirmed."""
        if self._transmitting or self.current_kind() not in (
            StepKind.ENTRY,
            StepKind.VERIFICATION,
        ):
            return
        if self.cancel_question() is not None:
            return
        if not self.has_changes():
            self.cancelled.emit()
            return
        self._cancel_box = self._ask(
            Confirmation(
                "cancelQuestion",
                self.tr("Annuler la transaction"),
                self.tr("Voulez-vous vraiment annuler ?"),
                self.tr("Les données que vous avez inscrites seront perdues."),
                self.tr("&Oui, annuler"),
            ),
            QMessageBox.Icon.Question,
            self.tr("&Non, poursuivre"),
            self._on_cancel_answer,
        )

    def _ask(
        self,
        question: Confirmation,
        icon: QMessageBox.Icon,
        no_text: str,
        answered: Callable[[bool], None],
    ) -> QMessageBox:
        """Open (never exec) a yes/no box whose «no» is the default and Esc's answer;
        `answered(yes)` once it closes."""
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName(question.name)
        box.setIcon(icon)
        box.setWindowTitle(question.title)
        box.setText(question.text)
        box.setInformativeText(question.detail)
        yes = box.addButton(question.yes, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.finished.connect(lambda _result: answered(box.clickedButton() is yes))
        box.open()
        return box

    def _on_cancel_answer(self, confirmed: bool) -> None:
        self._cancel_box = None
        if confirmed:
            log.info("Transaction annulée : %s", self.windowTitle())
            self.cancelled.emit()

    def transmit(self) -> asyncio.Task[None] | None:
        """«Transmettre»: run `submit` on the verification step; None when not possible now
        (also while the `confirm` question waits for its answer)."""
        if self._transmitting or self.current_kind() is not StepKind.VERIFICATION:
            return None
        if not self._confirmed:
            if self._confirm_box is None and self._confirmation is not None:
                self._confirm_box = self._ask(
                    self._confirmation,
                    QMessageBox.Icon.Warning,
                    self.tr("&Non"),
                    self._on_transmit_answer,
                )
            return None
        self._transmitting = True  # before any await: a double click sends once
        self._task = run_task(self._transmit(), owner=self, name="transmettre")
        return self._task

    def _on_transmit_answer(self, confirmed: bool) -> None:
        self._confirm_box = None
        if confirmed:
            self._confirmed = True
            self.transmit()

    async def _transmit(self) -> None:
        failure: Exception | None = None
        result: Any = None
        try:
            snapshot = self.snapshot()
            if self._sent_snapshot is not None and snapshot != self._sent_snapshot:
                # The service refuses a known key with another body: new data, new key.
                self._key = str(uuid.uuid4())
                log.info("Données modifiées depuis l'essai précédent : nouvelle clé")
            self._sent_snapshot = snapshot
            self.last_error = None
            with busy(*self._buttons.values(), show=[self.busy_indicator]):
                try:
                    result = await self._submit(self._key)
                except Exception as error:  # CancelledError is not an Exception: it passes
                    failure = error
        finally:
            self._transmitting = False
        # The buttons are enabled again here: focus can go back to them.
        if failure is not None:
            log.info("Transmission refusée ou échouée : %s", type(failure).__name__)
            self.last_error = failure
            self._on_failed(failure)
        else:
            self._on_transmitted(result)

    def _on_failed(self, error: BaseException) -> None:
        items = field_errors(error)
        if items:
            for page in self._entries:
                page.clear_errors()
            remaining: list[FieldErrorLike] = list(items)
            target: int | None = None
            for index, page in enumerate(self._entries):
                before = len(remaining)
                remaining = page.show_errors(remaining)
                if target is None and len(remaining) < before:
                    target = index
            if target is not None:
                page = self._entries[target]
                page.show_summary(
                    self.tr(
                        "Le service a refusé certains renseignements : corrigez les champs "
                        "indiqués, puis continuez."
                    ),
                    [field_message(e) for e in remaining],
                )
                self._show_step(target)
                page.focus_first_error()
                return
        # Enter retries once the box is closed: the focus waits on «Transmettre».
        self._buttons[WizardButton.SUBMIT].setFocus(Qt.FocusReason.OtherFocusReason)
        self.error_box = show_error(self, error)

    def _on_transmitted(self, result: Any) -> None:
        self._result = result
        self._transmitted = True
        factory = self._receipt_factory or default_receipt
        self.receipt_page.set_content(factory(result))
        for slot, build in self._finals:
            slot.set_content(build(result))
        self._show_step(len(self._entries) + 1)
        log.info("Transaction transmise : %s", self.windowTitle())
        self.transmitted.emit(result)

    def print_receipt(self) -> None:
        """«Imprimer»: the `printer`, or the receipt widget's own `print_receipt()`."""
        content = self.current_page()
        if isinstance(content, _Slot) and content.content is not None:
            content = content.content
        if self._printer is not None:
            self._printer(content)
            return
        own = getattr(content, "print_receipt", None)
        if callable(own):
            own()

    def finish(self) -> None:
        """«Terminer»: emits `finished(result)`."""
        if self._transmitted:
            self.finished.emit(self._result)

    # ---- display -----------------------------------------------------------------------------

    def _enter_verification(self) -> None:
        sections = [section for page in self._entries for section in page.recap()]
        self.verification_page.set_sections(sections)
        self._show_step(len(self._entries))

    def _printable(self) -> bool:
        page = self.current_page()
        content = page.content if isinstance(page, _Slot) else None
        if content is None:
            return False
        return self._printer is not None or callable(getattr(content, "print_receipt", None))

    def _show_step(self, index: int) -> None:
        pages = self._pages()
        index = max(0, min(index, len(pages) - 1))
        self._index = index
        kind, page = pages[index]
        scroll = page.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:
            self._stack.setCurrentWidget(scroll)
        self.step_bar.set_current(index)
        more = index + 1 < len(pages)
        visible = {
            StepKind.ENTRY: {WizardButton.CANCEL, WizardButton.NEXT}
            | ({WizardButton.BACK} if index > 0 else set()),
            # «Corriger» goes back to the first entry page: none, nothing to correct.
            StepKind.VERIFICATION: {WizardButton.CANCEL, WizardButton.SUBMIT}
            | ({WizardButton.CORRECT} if self._entries else set())
            | ({WizardButton.BACK} if index > 0 else set()),
            StepKind.RECEIPT: {WizardButton.NEXT if more else WizardButton.FINISH},
            StepKind.FINAL: {WizardButton.NEXT if more else WizardButton.FINISH},
        }[kind]
        if kind in (StepKind.RECEIPT, StepKind.FINAL) and self._printable():
            visible = visible | {WizardButton.PRINT}
        primary = self.primary_button_kind()
        for which, button in self._buttons.items():
            button.setVisible(which in visible)
            button.setProperty("primary", which is primary)
            button.style().unpolish(button)
            button.style().polish(button)
        self._update_tab_order(page)
        if self.isVisible():
            self._focus_step(kind, page)
        self.step_changed.emit(index)

    def primary_button_kind(self) -> WizardButton:
        """The button Enter activates on this step."""
        kind = self.current_kind()
        if kind is StepKind.ENTRY:
            return WizardButton.NEXT
        if kind is StepKind.VERIFICATION:
            return WizardButton.SUBMIT
        more = self._index + 1 < len(self._pages())
        return WizardButton.NEXT if more else WizardButton.FINISH

    def _visible_buttons(self) -> list[QPushButton]:
        return [b for b in self._buttons.values() if not b.isHidden()]

    def _update_tab_order(self, page: QWidget) -> None:
        chain: list[QWidget] = []
        if isinstance(page, EntryPage):
            chain.extend(page.focus_widgets())
        elif page is self.verification_page:
            scroll = page.parentWidget()
            while scroll is not None and not isinstance(scroll, QScrollArea):
                scroll = scroll.parentWidget()
            if scroll is not None:
                chain.append(scroll)
        elif isinstance(page, _Slot) and page.content is not None:
            chain.extend(
                w
                for w in [page.content, *page.content.findChildren(QWidget)]
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
            )
        chain.extend(self._visible_buttons())
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _focus_step(self, kind: StepKind, page: QWidget) -> None:
        if isinstance(page, EntryPage):
            if page.focus_first_error():
                return
            widgets = page.focus_widgets()
            if widgets:
                widgets[0].setFocus(Qt.FocusReason.TabFocusReason)
                return
        self._buttons[self.primary_button_kind()].setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- events ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Put into a window (the main window's area), the wizard's widgets were relinked into
        # the window's Tab chain in creation order: set the step's order again.
        self._update_tab_order(self.current_page())
        if not self._baseline_taken_on_show:
            # Screens pre-fill pages before showing the wizard: that is not "typed data".
            self._baseline_taken_on_show = True
            self.mark_pristine()
            kind, page = self._pages()[self._index]
            self._focus_step(kind, page)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and modifiers == Qt.KeyboardModifier.NoModifier
        ):
            focus = QApplication.focusWidget()
            if isinstance(focus, QPushButton) and self.isAncestorOf(focus):
                focus.click()  # a page's own push button («Modifier» in a table of rights)
            else:
                button = self._buttons[self.primary_button_kind()]
                if button.isVisible() and button.isEnabled():
                    button.click()
            event.accept()
            return
        if key == Qt.Key.Key_Escape and modifiers == Qt.KeyboardModifier.NoModifier:
            button = self._buttons[WizardButton.CANCEL]
            if button.isVisible() and button.isEnabled():
                button.click()
            event.accept()
            return
        super().keyPressEvent(event)
