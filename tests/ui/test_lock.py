"""The idle lock: the window hides behind a password prompt, and gives everything back after."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.shell_helpers import StartController, sign_in_as, start_controller
from ui.lock import IdleWatcher
from ui.main_window import MainWindow
from ui.widgets import EntryPage, TransactionWizard

__all__ = ["start_controller"]  # the fixture, imported for pytest


def open_form(window: MainWindow) -> tuple[TransactionWizard, QLineEdit]:
    """A transaction with one field, opened in the main area as a screen would."""

    async def submit(_key: str) -> None:
        return None

    wizard = TransactionWizard("Création du dossier d'un utilisateur", submit)
    page = EntryPage(heading="Renseignements sur l'utilisateur")
    last_name = QLineEdit()
    page.form.add_field("last_name", "&Nom de famille", last_name, required=True)
    wizard.add_entry_page(page)
    window.ctx.open_transaction(wizard)
    return wizard, last_name


def signed_in_window(
    qtbot: QtBot, live_service: Any, start_controller: StartController
) -> tuple[Any, MainWindow, str]:
    # A long delay while signing in: the test decides when idleness starts to count.
    controller = start_controller(idle_lock_ms=600_000)
    code, password = live_service.sign_in("RSE — Les Champions")
    window = sign_in_as(qtbot, controller, code, password)
    return controller, window, password


def test_after_idle_time_the_window_locks_and_a_form_keeps_what_was_typed(
    qtbot: QtBot, live_service: Any, start_controller: StartController
) -> None:
    controller, window, password = signed_in_window(qtbot, live_service, start_controller)
    token = controller.api.token
    wizard, last_name = open_form(window)
    last_name.setFocus()
    qtbot.keyClicks(last_name, "McReady")

    window.idle.set_timeout_ms(200)
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)

    overlay = window.lock_overlay
    assert overlay.isVisible()
    assert "depuis un moment" in overlay.explanation.text()
    assert overlay.geometry() == window.rect()
    assert "FGR97HL" in overlay.findChild(QLabel, "lockWho").text()
    # Nothing behind the overlay can be reached, neither by mouse nor keyboard.
    assert not window.centralWidget().isEnabled()
    assert not window.menuBar().isEnabled()
    qtbot.keyClicks(last_name, "XYZ")
    assert last_name.text() == "McReady"

    qtbot.keyClicks(overlay.password, "Pas-le-bon")
    qtbot.mouseClick(overlay.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(overlay.error_label.isVisible, timeout=5000)
    assert overlay.error_label.text() == "Mot de passe incorrect. Réessayez."
    assert window.is_locked
    assert overlay.password.text() == ""

    window.idle.set_timeout_ms(600_000)
    qtbot.keyClicks(overlay.password, password)
    with qtbot.waitSignal(overlay.unlocked, timeout=5000):
        qtbot.keyClick(overlay.password, Qt.Key.Key_Return)

    assert not overlay.isVisible()
    assert window.centralWidget().isEnabled()
    assert window.stack.currentWidget() is wizard
    assert last_name.text() == "McReady"
    assert last_name.isEnabled()
    # The session went on: same token, no sign-in dialog, the service still answers to it.
    assert controller.api.token == token
    assert controller.main_window is window
    assert not controller.sign_in_dialog.isVisible()
    assert window.idle.running


def test_the_lock_can_be_asked_for_and_left_by_signing_out(
    qtbot: QtBot, live_service: Any, start_controller: StartController
) -> None:
    controller, window, _password = signed_in_window(qtbot, live_service, start_controller)
    window.activateWindow()

    window.lock_action.trigger()  # Fichier › Verrouiller l'écran (Ctrl+L)
    assert window.is_locked
    assert window.lock_overlay.explanation.text().startswith("Vous avez verrouillé l'écran.")
    assert not window.idle.running  # locked: the idle clock stops

    with qtbot.waitSignal(controller.signed_out, timeout=10_000):
        qtbot.mouseClick(window.lock_overlay.sign_out_button, Qt.MouseButton.LeftButton)
    assert controller.main_window is None
    assert controller.sign_in_dialog.isVisible()


def test_an_open_message_box_is_hidden_while_locked_and_back_after(
    qtbot: QtBot, live_service: Any, start_controller: StartController
) -> None:
    _controller, window, password = signed_in_window(qtbot, live_service, start_controller)
    window.about_action.trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None and box.isVisible()

    window.lock()
    assert not box.isVisible()  # its text is not left on screen, nor does it block the prompt

    qtbot.keyClicks(window.lock_overlay.password, password)
    with qtbot.waitSignal(window.lock_overlay.unlocked, timeout=5000):
        qtbot.mouseClick(window.lock_overlay.unlock_button, Qt.MouseButton.LeftButton)
    assert box.isVisible()
    box.close()


def test_input_in_a_watched_window_restarts_the_idle_clock(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    watcher = IdleWatcher(400)
    watcher.watch(field.windowHandle())
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.resume()
    qtbot.waitUntil(lambda: watcher._timer.remainingTime() < 250, timeout=2000)

    # As the windowing system delivers a key press: to the window, which hands it to the field.
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(field.windowHandle(), press)

    assert field.text() == "a"
    assert watcher._timer.remainingTime() > 300
    assert fired == []
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    watcher.pause()
    watcher.deleteLater()
