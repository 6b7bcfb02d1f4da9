"""How errors reach the person: `show_error` by shape, the crash dialog, the language."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app import logs
from app.domain.errors import RuleViolation, field_error
from tests.conftest import ProcuraDirs
from ui import errors, i18n
from ui.errors import install_excepthook, show_crash, show_error
from ui.widgets import TransactionWizard, WizardButton


class Refused(Exception):
    """Shaped like app.api.errors.ApiError: a sentence in each language, a request id."""

    def __init__(self) -> None:
        super().__init__("refused")
        self.message_fr = "Ce dossier a été modifié par quelqu'un d'autre : revoyez-le."
        self.message_en = "This record was changed by someone else: review it."
        self.request_id = "req-42"


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    i18n.install_translator(qapp, "en")
    yield
    i18n.install_translator(qapp, "fr")


def close(box: QMessageBox | None) -> None:
    assert box is not None
    box.done(0)


def test_an_error_with_its_own_sentence_is_shown_as_it_says(parent: QWidget) -> None:
    box = show_error(parent, Refused())
    assert box.isVisible()
    # open(): modal to its window only, and the call did not wait for an answer.
    assert box.windowModality() == Qt.WindowModality.WindowModal
    assert box.text() == "Ce dossier a été modifié par quelqu'un d'autre : revoyez-le."
    assert "req-42" in box.informativeText()
    assert box.parent() is parent
    close(box)


def test_field_errors_are_listed_with_what_to_do(parent: QWidget) -> None:
    error = RuleViolation(
        [
            field_error("phone_extension", "phone_extension_too_long"),
            field_error("email_confirmation", "email_mismatch"),
        ]
    )
    box = show_error(parent, error)
    assert box.text() == "Des renseignements sont à corriger."
    assert "Le poste ne peut contenir plus de 4 chiffres." in box.informativeText()
    assert "La confirmation du courriel doit être identique" in box.informativeText()
    assert "Corrigez" in box.informativeText()
    close(box)


def test_a_timeout_says_the_data_is_kept_and_to_retry(parent: QWidget) -> None:
    box = show_error(parent, TimeoutError())
    assert "pas répondu à temps" in box.text()
    assert "conservées" in box.text() and "réessayez" in box.text()
    close(box)


def test_anything_else_is_unexpected_logged_and_names_the_log(
    parent: QWidget, procura_dirs: ProcuraDirs
) -> None:
    path = logs.setup_logging()
    try:
        try:
            raise KeyError("internal detail")
        except KeyError as exc:
            box = show_error(parent, exc)
        assert box.text() == "Une erreur inattendue est survenue."
        assert str(path) in box.informativeText()
        assert box.icon() == QMessageBox.Icon.Critical
        close(box)
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "KeyError: 'internal detail'" in path.read_text(encoding="utf-8")
    finally:
        logs.close_logging()


def test_messages_follow_the_interface_language(parent: QWidget, english: None) -> None:
    assert i18n.current_language() == "en"
    box = show_error(parent, Refused())
    assert box.text() == "This record was changed by someone else: review it."
    close(box)
    box = show_error(parent, RuleViolation([field_error("phone", "phone_invalid")]))
    assert "The phone number must have 10 digits." in box.informativeText()
    close(box)


def test_the_translation_file_of_the_language_is_loaded(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    ts = tmp_path / "procura_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        '<TS version="2.1" language="en" sourcelanguage="fr"><context>'
        "<name>TransactionWizard</name><message><source>&amp;Annuler</source>"
        "<translation>&amp;Cancel</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)
    try:
        assert i18n.install_translator(qapp, "en", translations_dir=tmp_path)
        wizard = TransactionWizard("Test", lambda key: None)  # type: ignore[arg-type, return-value]
        qtbot.addWidget(wizard)
        assert wizard.button(WizardButton.CANCEL).text() == "&Cancel"
        # A string the file does not translate stays in French, the source language.
        assert wizard.button(WizardButton.NEXT).text() == "&Continuer"
    finally:
        i18n.install_translator(qapp, "fr")
    assert i18n.current_language() == "fr"
    again = TransactionWizard("Test", lambda key: None)  # type: ignore[arg-type, return-value]
    qtbot.addWidget(again)
    assert again.button(WizardButton.CANCEL).text() == "&Annuler"


def test_an_uncaught_exception_opens_the_crash_dialog_with_the_log_path(
    qtbot: QtBot, parent: QWidget, procura_dirs: ProcuraDirs, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(errors, "_log_path", None)
    path = logs.setup_logging()
    try:
        install_excepthook(path)
        try:
            raise RuntimeError("boom: password='Hunter2-Motdepasse!'")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)

        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "procuraCrashBox")
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert "Une erreur inattendue est survenue" in box.text()
        assert str(path) in box.informativeText()
        assert "RuntimeError" in box.detailedText()
        assert "Hunter2-Motdepasse!" not in box.detailedText()
        # A second crash while the dialog is open is logged, not shown again.
        assert show_crash(parent, ValueError("again")) is None
        close(box)
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
        assert "Exception non traitée" in text and "RuntimeError: boom" in text
        assert "Hunter2-Motdepasse!" not in text
    finally:
        logs.close_logging()


def test_the_crash_dialog_is_not_modal_blocking(qtbot: QtBot, parent: QWidget) -> None:
    box = show_crash(parent, ValueError("x"))
    assert box is not None
    # open(), not exec(): the call returned while the box is up, and the box stays usable.
    assert box.isVisible()
    ok = box.button(QMessageBox.StandardButton.Ok)
    assert isinstance(ok, QPushButton)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
