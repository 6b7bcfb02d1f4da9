"""The transaction wizard, driven like a person would: typing, clicking, and the keyboard alone."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.domain.errors import FieldError, RuleViolation, field_error
from ui.widgets import Confirmation, EntryPage, StepKind, TransactionWizard, WizardButton


class UserPage(EntryPage):
    """Two fields, one rule: «Nom de famille*» and a «Poste» of at most four digits."""

    def __init__(self) -> None:
        super().__init__(
            heading="Renseignements sur l'utilisateur",
            intro="Inscrivez les renseignements demandés sur l'utilisateur.",
        )
        self.last_name = QLineEdit()
        self.extension = QLineEdit()
        self.extension.setMaximumWidth(80)
        self.form.add_field("last_name", "&Nom de famille", self.last_name, required=True)
        self.form.add_field(
            "phone_extension", "P&oste", self.extension, hint="(4 chiffres au plus)"
        )

    def validate(self) -> list[FieldError]:
        errors = self.form.missing_required()
        if len(self.extension.text().strip()) > 4:
            errors.append(field_error("phone_extension", "phone_extension_too_long"))
        return errors


@dataclass
class Service:
    """The `submit` the wizard is given: records the keys, fails as told, may hold an answer."""

    failures: list[BaseException] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    gate: asyncio.Event | None = None

    async def submit(self, idempotency_key: str) -> SimpleNamespace:
        self.keys.append(idempotency_key)
        if self.gate is not None:
            await self.gate.wait()
        if self.failures:
            raise self.failures.pop(0)
        return SimpleNamespace(receipt=SimpleNamespace(reference="002909985"))


@pytest.fixture
def service() -> Service:
    return Service()


@pytest.fixture
def wizard(qtbot: QtBot, service: Service) -> TransactionWizard:
    widget = TransactionWizard("Création du dossier d'un utilisateur", service.submit)
    widget.add_entry_page(UserPage())
    qtbot.addWidget(widget)
    widget.resize(760, 520)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def page_of(wizard: TransactionWizard) -> UserPage:
    page = wizard.entry_pages()[0]
    assert isinstance(page, UserPage)
    return page


def click(qtbot: QtBot, wizard: TransactionWizard, which: WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{which} cannot be clicked now"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def fill(qtbot: QtBot, wizard: TransactionWizard, last_name: str, extension: str) -> None:
    page = page_of(wizard)
    qtbot.keyClicks(page.last_name, last_name)
    qtbot.keyClicks(page.extension, extension)


def to_verification(qtbot: QtBot, wizard: TransactionWizard) -> None:
    fill(qtbot, wizard, "McReady", "1234")
    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.current_kind() is StepKind.VERIFICATION


# ---- entry -----------------------------------------------------------------------------------


def test_the_first_step_shows_the_step_bar_and_its_buttons(wizard: TransactionWizard) -> None:
    assert wizard.step_bar.titles() == [
        "Inscription des données",
        "Vérification des données",
        "Accusé de réception",
    ]
    assert wizard.step_bar.current() == 0
    assert wizard.step_bar.number_state(0) == "current"
    assert wizard.step_bar.title_label.text() == "Inscription des données"
    shown = [b for b in WizardButton if wizard.button(b).isVisible()]
    assert shown == [WizardButton.CANCEL, WizardButton.NEXT]
    assert page_of(wizard).form.label("last_name").text() == "&Nom de famille*"
    assert page_of(wizard).last_name.hasFocus()


def test_an_extension_longer_than_four_digits_is_refused(
    qtbot: QtBot, wizard: TransactionWizard
) -> None:
    fill(qtbot, wizard, "McReady", "12345")
    click(qtbot, wizard, WizardButton.NEXT)

    page = page_of(wizard)
    assert wizard.current_index() == 0
    assert "4 chiffres" in page.form.error_label("phone_extension").text()
    assert page.form.error_label("phone_extension").isVisible()
    assert not page.form.error_label("last_name").isVisible()
    assert page.extension.hasFocus()
    assert "4 chiffres" in page.extension.accessibleDescription()
    assert page.last_name.text() == "McReady"
    assert page.extension.text() == "12345"


def test_a_required_field_left_empty_is_refused_then_accepted_once_filled(
    qtbot: QtBot, wizard: TransactionWizard
) -> None:
    click(qtbot, wizard, WizardButton.NEXT)
    page = page_of(wizard)
    assert wizard.current_index() == 0
    assert page.form.error_label("last_name").text() == "Ce champ est obligatoire."
    assert page.summary_label.isVisible()

    qtbot.keyClicks(page.last_name, "McReady")
    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.current_kind() is StepKind.VERIFICATION
    assert not page.form.error_label("last_name").isVisible()


def test_the_verification_step_recaps_what_was_typed(
    qtbot: QtBot, wizard: TransactionWizard
) -> None:
    to_verification(qtbot, wizard)
    assert wizard.verification_page.rows() == {"Nom de famille": "McReady", "Poste": "1234"}
    assert wizard.step_bar.title_label.text() == "Vérification des données"
    assert wizard.step_bar.number_state(0) == "done"
    shown = [b for b in WizardButton if wizard.button(b).isVisible()]
    assert shown == [
        WizardButton.CANCEL,
        WizardButton.BACK,
        WizardButton.CORRECT,
        WizardButton.SUBMIT,
    ]


def test_correct_and_previous_go_back_with_every_value(
    qtbot: QtBot, wizard: TransactionWizard
) -> None:
    to_verification(qtbot, wizard)
    click(qtbot, wizard, WizardButton.CORRECT)
    assert wizard.current_index() == 0
    assert page_of(wizard).last_name.text() == "McReady"
    click(qtbot, wizard, WizardButton.NEXT)
    click(qtbot, wizard, WizardButton.BACK)
    assert wizard.current_index() == 0
    assert page_of(wizard).extension.text() == "1234"


# ---- cancelling ------------------------------------------------------------------------------


def test_escape_asks_before_dropping_typed_data(qtbot: QtBot, wizard: TransactionWizard) -> None:
    fill(qtbot, wizard, "McReady", "")
    qtbot.keyClick(focus(), Qt.Key.Key_Escape)

    box = wizard.cancel_question()
    assert box is not None and box.isVisible()
    assert "annuler" in box.text().lower()
    # Esc in the question means «Non»: the data stays.
    with qtbot.assertNotEmitted(wizard.cancelled):
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: wizard.cancel_question() is None)
    assert page_of(wizard).last_name.text() == "McReady"

    click(qtbot, wizard, WizardButton.CANCEL)
    box = wizard.cancel_question()
    assert box is not None
    yes = next(b for b in box.buttons() if "Oui" in b.text())
    with qtbot.waitSignal(wizard.cancelled):
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)


def test_cancelling_with_nothing_typed_asks_nothing(
    qtbot: QtBot, wizard: TransactionWizard
) -> None:
    with qtbot.waitSignal(wizard.cancelled):
        qtbot.keyClick(focus(), Qt.Key.Key_Escape)
    assert wizard.cancel_question() is None


# ---- the keyboard alone ----------------------------------------------------------------------


def test_a_transaction_can_be_done_with_the_keyboard_alone(
    qtbot: QtBot, wizard: TransactionWizard, service: Service
) -> None:
    page = page_of(wizard)
    qtbot.keyClicks(focus(), "McReady")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is page.extension
    qtbot.keyClicks(focus(), "12345")
    qtbot.keyClick(focus(), Qt.Key.Key_Return)  # Enter = Continuer: refused, focus on the field
    assert wizard.current_index() == 0
    assert focus() is page.extension
    qtbot.keyClick(focus(), Qt.Key.Key_Backspace)
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    assert wizard.current_kind() is StepKind.VERIFICATION

    assert focus() is wizard.button(WizardButton.SUBMIT)
    qtbot.keyClick(focus(), Qt.Key.Key_Return)  # Transmettre
    qtbot.waitUntil(lambda: wizard.current_kind() is StepKind.RECEIPT)
    assert "002909985" in wizard.receipt_page.content.text()  # type: ignore[union-attr]
    assert len(service.keys) == 1

    with qtbot.waitSignal(wizard.finished) as finished:
        qtbot.keyClick(focus(), Qt.Key.Key_Return)  # Terminer
    assert finished.args[0].receipt.reference == "002909985"


def test_tab_follows_the_reading_order(qtbot: QtBot, wizard: TransactionWizard) -> None:
    page = page_of(wizard)
    visited = [focus()]
    for _ in range(4):
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        visited.append(focus())
    assert visited == [
        page.last_name,
        page.extension,
        wizard.button(WizardButton.CANCEL),
        wizard.button(WizardButton.NEXT),
        page.last_name,
    ]


def test_alt_mnemonics_reach_the_buttons_and_the_fields(
    qtbot: QtBot, wizard: TransactionWizard
) -> None:
    page = page_of(wizard)
    qtbot.keyClick(focus(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # P&oste
    assert focus() is page.extension
    qtbot.keyClick(focus(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &Nom de famille
    assert focus() is page.last_name
    qtbot.keyClicks(focus(), "McReady")
    # A button's mnemonic "animates" the click: it lands a moment later.
    qtbot.keyClick(focus(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &Continuer
    qtbot.waitUntil(lambda: wizard.current_kind() is StepKind.VERIFICATION)
    qtbot.keyClick(focus(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Co&rriger
    qtbot.waitUntil(lambda: wizard.current_index() == 0)


# ---- transmitting ----------------------------------------------------------------------------


def test_a_timeout_then_a_retry_uses_the_same_key_and_keeps_the_data(
    qtbot: QtBot, wizard: TransactionWizard, service: Service
) -> None:
    service.failures.append(TimeoutError("no answer"))
    service.gate = asyncio.Event()
    to_verification(qtbot, wizard)

    click(qtbot, wizard, WizardButton.SUBMIT)
    # While the service works: every button off, the busy indicator on.
    qtbot.waitUntil(lambda: len(service.keys) == 1)
    assert wizard.is_transmitting()
    assert wizard.busy_indicator.isVisible()
    assert not any(wizard.button(b).isEnabled() for b in WizardButton)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Esc does nothing while transmitting
    assert wizard.cancel_question() is None
    service.gate.set()

    qtbot.waitUntil(lambda: wizard.error_box is not None and wizard.error_box.isVisible())
    box = wizard.error_box
    assert box is not None
    assert "pas répondu" in box.text()
    assert wizard.current_kind() is StepKind.VERIFICATION
    assert not wizard.busy_indicator.isVisible()
    assert wizard.button(WizardButton.SUBMIT).isEnabled()
    assert page_of(wizard).last_name.text() == "McReady"
    assert page_of(wizard).extension.text() == "1234"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())

    with qtbot.waitSignal(wizard.transmitted) as transmitted:
        click(qtbot, wizard, WizardButton.SUBMIT)
    assert transmitted.args[0].receipt.reference == "002909985"
    assert len(service.keys) == 2
    assert service.keys[0] == service.keys[1] == wizard.idempotency_key
    assert wizard.current_kind() is StepKind.RECEIPT
    assert [b for b in WizardButton if wizard.button(b).isVisible()] == [WizardButton.FINISH]


def test_data_changed_after_a_failure_gets_a_new_key(
    qtbot: QtBot, wizard: TransactionWizard, service: Service
) -> None:
    service.failures.append(ConnectionError("dropped"))
    to_verification(qtbot, wizard)
    click(qtbot, wizard, WizardButton.SUBMIT)
    qtbot.waitUntil(lambda: wizard.error_box is not None and wizard.error_box.isVisible())
    assert wizard.error_box is not None
    wizard.error_box.done(0)

    click(qtbot, wizard, WizardButton.CORRECT)
    qtbot.keyClick(page_of(wizard).extension, Qt.Key.Key_Backspace)
    click(qtbot, wizard, WizardButton.NEXT)
    with qtbot.waitSignal(wizard.transmitted):
        click(qtbot, wizard, WizardButton.SUBMIT)
    assert len(service.keys) == 2
    assert service.keys[0] != service.keys[1]


def test_field_errors_from_the_service_are_placed_on_the_entry_page(
    qtbot: QtBot, wizard: TransactionWizard, service: Service
) -> None:
    service.failures.append(
        RuleViolation([field_error("phone_extension", "phone_extension_too_long")])
    )
    to_verification(qtbot, wizard)
    click(qtbot, wizard, WizardButton.SUBMIT)

    qtbot.waitUntil(lambda: wizard.current_index() == 0)
    page = page_of(wizard)
    assert "4 chiffres" in page.form.error_label("phone_extension").text()
    assert "refusé" in page.summary_label.text()
    assert page.extension.hasFocus()
    assert page.last_name.text() == "McReady"
    assert wizard.error_box is None  # the page says it; no box on top


def test_a_double_click_on_transmit_sends_once(
    qtbot: QtBot, wizard: TransactionWizard, service: Service
) -> None:
    to_verification(qtbot, wizard)
    first = wizard.transmit()
    assert first is not None
    assert wizard.transmit() is None
    qtbot.waitUntil(first.done)
    assert len(service.keys) == 1


def test_final_pages_follow_the_receipt(qtbot: QtBot, service: Service) -> None:
    wizard = TransactionWizard("Création du dossier d'un utilisateur", service.submit)
    qtbot.addWidget(wizard)
    wizard.add_entry_page(UserPage())
    wizard.add_final_page("Code d'utilisateur", lambda result: QLineEdit("EXG97HL"))
    assert wizard.step_bar.count() == 4
    wizard.show()
    qtbot.waitExposed(wizard)
    to_verification(qtbot, wizard)
    with qtbot.waitSignal(wizard.transmitted):
        click(qtbot, wizard, WizardButton.SUBMIT)
    assert [b for b in WizardButton if wizard.button(b).isVisible()] == [WizardButton.NEXT]
    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.step_bar.current_title() == "Code d'utilisateur"
    assert [b for b in WizardButton if wizard.button(b).isVisible()] == [WizardButton.FINISH]


def test_a_wizard_without_entry_page_offers_no_correct(qtbot: QtBot, service: Service) -> None:
    wizard = TransactionWizard("Suspension du dossier d'un utilisateur", service.submit)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.current_kind() is StepKind.VERIFICATION
    shown = [b for b in WizardButton if wizard.button(b).isVisible()]
    assert shown == [WizardButton.CANCEL, WizardButton.SUBMIT]


def test_a_transaction_that_cannot_be_undone_asks_before_sending_once(
    qtbot: QtBot, service: Service
) -> None:
    service.failures.append(TimeoutError("no answer"))
    question = Confirmation(
        "revokeQuestion",
        "Révoquer le dossier",
        "Voulez-vous vraiment révoquer le dossier de Rosalie McReady ?",
        "La révocation est définitive.",
        "&Oui, révoquer",
    )
    wizard = TransactionWizard("Révocation", service.submit, confirm=question)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)

    click(qtbot, wizard, WizardButton.SUBMIT)
    box = wizard.transmit_question()
    assert box is not None and box.objectName() == "revokeQuestion"
    assert box.text() == question.text
    assert wizard.transmit() is None  # a second click while it waits opens no second box
    # Esc means «Non»: nothing is sent.
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: wizard.transmit_question() is None)
    assert service.keys == []

    click(qtbot, wizard, WizardButton.SUBMIT)
    box = wizard.transmit_question()
    assert box is not None
    yes = next(b for b in box.buttons() if "Oui" in b.text())
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.error_box is not None and wizard.error_box.isVisible())
    assert len(service.keys) == 1
    error_box = wizard.error_box
    assert error_box is not None
    error_box.done(0)
    qtbot.waitUntil(lambda: not error_box.isVisible())

    # The retry after a failure was already confirmed: it sends at once.
    with qtbot.waitSignal(wizard.transmitted):
        click(qtbot, wizard, WizardButton.SUBMIT)
    assert wizard.transmit_question() is None
    assert len(service.keys) == 2


class NotePage(EntryPage):
    """A second entry page with a push button of its own."""

    def __init__(self) -> None:
        super().__init__(step_title="Droits d'accès", heading="Remarque")
        self.remark = self.form.add_field("remark", "Re&marque", QLineEdit())
        self.add_button = QPushButton("A&jouter une remarque type")
        self.added = 0
        self.add_button.clicked.connect(self._add)
        self.form.add_widget(self.add_button)

    def _add(self) -> None:
        self.added += 1


def test_several_entry_pages_walk_forward_and_back(qtbot: QtBot, service: Service) -> None:
    wizard = TransactionWizard("Création d'une procuration", service.submit)
    qtbot.addWidget(wizard)
    first = wizard.add_entry_page(UserPage())
    second = wizard.add_entry_page(NotePage())
    assert isinstance(second, NotePage)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    assert wizard.step_bar.titles()[:2] == ["Inscription des données", "Droits d'accès"]

    qtbot.keyClicks(first.last_name, "McReady")
    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.current_page() is second
    assert wizard.button(WizardButton.BACK).isVisible()
    # Enter on a page's own button presses that button, not «Continuer».
    second.add_button.setFocus()
    qtbot.keyClick(second.add_button, Qt.Key.Key_Return)
    assert second.added == 1 and wizard.current_page() is second

    qtbot.keyClicks(second.remark, "Gestion des halocarbures")
    click(qtbot, wizard, WizardButton.NEXT)
    assert wizard.verification_page.rows() == {
        "Nom de famille": "McReady",
        "Poste": "",
        "Remarque": "Gestion des halocarbures",
    }
    click(qtbot, wizard, WizardButton.BACK)
    assert wizard.current_page() is second
    click(qtbot, wizard, WizardButton.BACK)
    assert wizard.current_page() is first
    click(qtbot, wizard, WizardButton.NEXT)
    click(qtbot, wizard, WizardButton.NEXT)
    click(qtbot, wizard, WizardButton.CORRECT)
    assert wizard.current_page() is first


def test_values_filled_in_before_showing_are_not_typed_data(qtbot: QtBot, service: Service) -> None:
    wizard = TransactionWizard("Modification d'un dossier", service.submit)
    qtbot.addWidget(wizard)
    page = UserPage()
    wizard.add_entry_page(page)
    page.last_name.setText("McReady")  # the record being modified
    wizard.show()
    qtbot.waitExposed(wizard)
    assert not wizard.has_changes()
    with qtbot.waitSignal(wizard.cancelled):
        click(qtbot, wizard, WizardButton.CANCEL)
