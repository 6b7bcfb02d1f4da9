"""Signing in as a person does: typing into the dialog, against the real service on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import keyring
from keyring.backends import fail
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.api.client import ApiClient
from app.api.errors import Unauthorized
from app.settings import Settings, normalise_service_url
from tests.conftest import MemoryKeyring
from tests.ui.shell_helpers import (
    StartController,
    new_user,
    sign_in_as,
    start_controller,
    type_sign_in,
)
from ui.sign_in import SignInDialog

__all__ = ["start_controller"]  # the fixture, imported for pytest


def keyring_entry(live_service: Any) -> str:
    return "procura:" + normalise_service_url(live_service.base_url)


def sessions(keyring: MemoryKeyring) -> dict[tuple[str, str], str]:
    """The remembered sessions in the keyring (the offline cache keeps its own key and the
    offline password check beside them, under «procura-cache:…» and
    «procura-offline-check:…», until the person asks to erase the offline data)."""
    offline = ("procura-cache:", "procura-offline-check:")
    return {k: v for k, v in keyring.passwords.items() if not k[0].startswith(offline)}


def test_the_demo_rse_signs_in_and_reaches_the_main_window(
    qtbot: QtBot, live_service: Any, start_controller: StartController
) -> None:
    saved: list[Settings] = []
    controller = start_controller(store_settings=saved.append)
    dialog = controller.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    code, password = live_service.sign_in("RSE — Les Champions")

    window = sign_in_as(qtbot, controller, code, password)

    assert window.isVisible()
    assert not dialog.isVisible()
    assert "François Grégoire (FGR97HL)" in window.user_status.text()
    assert "Les Champions inc. — 1006237700" in window.enterprise_status.text()
    assert window.title_label.text() == "Accueil"
    # The user code is remembered for next time; the password never is.
    assert saved and saved[-1].last_user_code == code
    assert password not in saved[-1].model_dump_json()


def test_the_user_code_is_offered_again_and_enter_signs_in(
    qtbot: QtBot, live_service: Any, start_controller: StartController
) -> None:
    code, password = live_service.sign_in("RSE — Les Champions")
    controller = start_controller(Settings(last_user_code=code))
    dialog = controller.sign_in_dialog
    assert dialog is not None
    assert dialog.user_code_edit.text() == code
    qtbot.waitUntil(lambda: dialog.password_edit.hasFocus() or not dialog.isActiveWindow())

    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000):
        qtbot.keyClicks(dialog.password_edit, password)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_a_wrong_password_is_said_in_the_dialog(
    qtbot: QtBot, live_service: Any, start_controller: StartController
) -> None:
    controller = start_controller()
    dialog = controller.sign_in_dialog
    assert dialog is not None
    code, _password = live_service.sign_in("RSE — Les Champions")

    type_sign_in(qtbot, controller, code, "Pas-le-bon-mot-de-passe")

    qtbot.waitUntil(lambda: bool(dialog.failure_text()), timeout=5000)
    assert "incorrect" in dialog.failure_text()
    assert dialog.isVisible() and controller.main_window is None
    assert dialog.password_edit.text() == ""  # typed again, not edited
    assert dialog.user_code_edit.text() == code
    assert dialog.sign_in_button.isEnabled()


def test_empty_fields_are_said_at_the_fields_without_calling_the_service(
    qtbot: QtBot, start_controller: StartController
) -> None:
    controller = start_controller()
    dialog = controller.sign_in_dialog
    assert dialog is not None
    dialog.user_code_edit.clear()

    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    assert dialog.form.errors() == {
        "user_code": ["Inscrivez votre code d'utilisateur."],
        "password": ["Inscrivez votre mot de passe."],
    }
    assert not dialog.working


def test_too_many_attempts_are_said_in_the_dialog(
    qtbot: QtBot,
    live_service: Any,
    run_async: Callable[..., Any],
    start_controller: StartController,
) -> None:
    code, temporary = new_user(live_service, run_async)

    async def fail_five_times() -> list[str]:
        refused: list[str] = []
        async with ApiClient(live_service.base_url) as api:
            for _ in range(5):
                try:
                    await api.login(code, "Mauvais-mot-de-passe")
                except Unauthorized as exc:
                    refused.append(type(exc).__name__)
        return refused

    assert run_async(fail_five_times(), timeout=10_000) == ["Unauthorized"] * 5
    controller = start_controller()
    dialog = controller.sign_in_dialog
    assert dialog is not None

    # Even the right password is refused now: the person is told to wait, not that it is wrong.
    type_sign_in(qtbot, controller, code, temporary)

    qtbot.waitUntil(lambda: bool(dialog.failure_text()), timeout=5000)
    assert "Trop de tentatives" in dialog.failure_text()
    assert "minute" in dialog.failure_text()
    assert controller.main_window is None and controller.password_dialog is None


def test_a_temporary_password_leads_to_choosing_a_new_one(
    qtbot: QtBot,
    live_service: Any,
    run_async: Callable[..., Any],
    start_controller: StartController,
) -> None:
    code, temporary = new_user(live_service, run_async)
    controller = start_controller()

    type_sign_in(qtbot, controller, code, temporary)
    qtbot.waitUntil(lambda: controller.password_dialog is not None, timeout=5000)
    change = controller.password_dialog
    assert change is not None
    qtbot.waitUntil(change.isVisible)
    qtbot.waitUntil(change.new_edit.hasFocus)  # the current (temporary) password is filled in

    # The rule is checked at the field, as the service would.
    qtbot.keyClicks(change.new_edit, "court")
    qtbot.keyClick(change.new_edit, Qt.Key.Key_Tab)
    assert "8 caractères" in change.error_text("new_password")
    change.new_edit.clear()
    qtbot.keyClicks(change.new_edit, "Coquille-du-Matin-2024")
    qtbot.keyClicks(change.confirmation_edit, "Coquille-du-Soir-2024")
    qtbot.keyClick(change.confirmation_edit, Qt.Key.Key_Tab)
    assert change.error_text("new_password") == ""
    assert "identique" in change.error_text("new_password_confirmation")

    # A wrong current password is the service's to find: its error lands on that field.
    change.confirmation_edit.clear()
    qtbot.keyClicks(change.confirmation_edit, "Coquille-du-Matin-2024")
    change.current_edit.clear()
    qtbot.keyClicks(change.current_edit, "Pas-le-temporaire")
    qtbot.mouseClick(change.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: change.error_text("current_password") != "", timeout=5000)
    assert "incorrect" in change.error_text("current_password")
    assert controller.main_window is None

    change.current_edit.clear()
    qtbot.keyClicks(change.current_edit, temporary)
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000):
        qtbot.mouseClick(change.save_button, Qt.MouseButton.LeftButton)

    # The new password is the one that works from now on.
    async def sign_in_again() -> bool:
        async with ApiClient(live_service.base_url) as api:
            return not (await api.login(code, "Coquille-du-Matin-2024")).password_change_required

    assert run_async(sign_in_again(), timeout=10_000)


def test_giving_up_the_new_password_comes_back_to_sign_in(
    qtbot: QtBot,
    live_service: Any,
    run_async: Callable[..., Any],
    start_controller: StartController,
) -> None:
    code, temporary = new_user(live_service, run_async)
    controller = start_controller()
    dialog = controller.sign_in_dialog
    assert dialog is not None

    type_sign_in(qtbot, controller, code, temporary)
    qtbot.waitUntil(lambda: controller.password_dialog is not None, timeout=5000)
    change = controller.password_dialog
    assert change is not None
    qtbot.mouseClick(change.cancel_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not dialog.working, timeout=5000)
    assert controller.main_window is None
    assert "temporaire doit être remplacé" in dialog.info_label.text()


def test_remember_me_keeps_the_session_in_the_keyring_and_signing_out_wipes_it(
    qtbot: QtBot,
    live_service: Any,
    start_controller: StartController,
    memory_keyring: MemoryKeyring,
) -> None:
    code, password = live_service.sign_in("Utilisatrice — Les Champions")
    controller = start_controller()
    dialog = controller.sign_in_dialog
    assert dialog is not None
    assert dialog.remember_box.isVisible()
    dialog.remember_box.setChecked(False)
    box = dialog.remember_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(12, box.height() // 2))
    assert box.isChecked()

    window = sign_in_as(qtbot, controller, code, password)

    entry = (keyring_entry(live_service), code)
    assert controller.api is not None
    assert sessions(memory_keyring) == {entry: controller.api.token}
    assert controller.settings.remember_me

    with qtbot.waitSignal(controller.signed_out, timeout=10_000):
        window.sign_out_action.trigger()

    assert sessions(memory_keyring) == {}
    assert dialog.isVisible()
    assert "déconnecté" in dialog.info_label.text()


def test_a_remembered_session_opens_without_the_password(
    qtbot: QtBot,
    live_service: Any,
    run_async: Callable[..., Any],
    start_controller: StartController,
    memory_keyring: MemoryKeyring,
) -> None:
    code, password = live_service.sign_in("Utilisatrice — Les Champions")

    async def token() -> str:
        api = ApiClient(live_service.base_url)
        result = await api.login(code, password)
        await api.aclose()
        return result.token

    memory_keyring.passwords[(keyring_entry(live_service), code)] = run_async(token())
    settings = Settings(last_user_code=code, remember_me=True)

    controller = start_controller(settings)
    qtbot.waitSignal(controller.main_window_shown, timeout=10_000).wait()

    assert controller.main_window is not None
    assert "Vanessa Turcotte (EXG97HL)" in controller.main_window.user_status.text()


def test_a_remembered_session_that_ended_asks_for_the_password(
    qtbot: QtBot,
    live_service: Any,
    start_controller: StartController,
    memory_keyring: MemoryKeyring,
) -> None:
    code, _password = live_service.sign_in("Utilisatrice — Les Champions")
    memory_keyring.passwords[(keyring_entry(live_service), code)] = "jeton-qui-n-existe-plus"

    controller = start_controller(Settings(last_user_code=code, remember_me=True))
    dialog = controller.sign_in_dialog
    assert dialog is not None

    qtbot.waitUntil(lambda: "a pris fin" in dialog.info_label.text(), timeout=5000)
    assert controller.main_window is None
    assert memory_keyring.passwords == {}  # the dead token is not kept
    assert dialog.user_code_edit.text() == code


def test_without_a_keyring_remember_me_is_not_offered_and_the_dialog_says_why(
    qtbot: QtBot, live_service: Any, start_controller: StartController
) -> None:
    keyring.set_keyring(fail.Keyring())
    controller = start_controller(Settings(remember_me=True))
    dialog = controller.sign_in_dialog
    assert dialog is not None

    qtbot.waitUntil(lambda: dialog.keyring_note.isVisible(), timeout=5000)
    assert not dialog.remember_box.isVisible()
    assert not dialog.remember()
    assert "trousseau" in dialog.keyring_note.text()
    assert dialog.keyring_note.text().count(".") == 1  # one sentence

    code, password = live_service.sign_in("Utilisatrice — Les Champions")
    sign_in_as(qtbot, controller, code, password)
    assert not controller.settings.remember_me


def test_a_remote_service_must_use_https_except_on_this_computer(qtbot: QtBot) -> None:
    dialog = SignInDialog(user_code="FGR97HL")
    qtbot.addWidget(dialog)
    dialog.show()
    requested: list[bool] = []
    dialog.sign_in_requested.connect(lambda: requested.append(True))
    qtbot.mouseClick(dialog.remote_radio, Qt.MouseButton.LeftButton)
    assert dialog.remote_url_edit.isEnabled()
    qtbot.keyClicks(dialog.remote_url_edit, "http://procura.exemple.qc.ca")
    qtbot.keyClicks(dialog.password_edit, "Halocarbures-Champions")

    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    assert requested == []
    assert "https://" in dialog.remote_url_error.text()
    dialog.remote_url_edit.clear()
    qtbot.keyClicks(dialog.remote_url_edit, "http://127.0.0.1:8765")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert requested == [True]
    assert dialog.service_mode() == "remote"
    assert dialog.remote_url() == "http://127.0.0.1:8765"


def test_the_dialog_is_usable_with_the_keyboard_alone(qtbot: QtBot) -> None:
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for field in (dialog.user_code_edit, dialog.password_edit):
        assert isinstance(field, QLineEdit)
        assert field.accessibleName()
    assert dialog.form.label("user_code").buddy() is dialog.user_code_edit
    assert dialog.password_edit.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.sign_in_button.isDefault()
    assert dialog.remember_box.text().replace("&", "") == "Se souvenir de moi"


def test_an_unsafe_service_address_from_the_command_line_is_never_used(
    qtbot: QtBot, start_controller: StartController, memory_keyring: MemoryKeyring
) -> None:
    # A session remembered for that address must not be sent there in clear either.
    memory_keyring.passwords[("procura:http://procura.exemple.qc.ca", "FGR97HL")] = "jeton"
    controller = start_controller(
        Settings(last_user_code="FGR97HL", remember_me=True),
        service_url="http://procura.exemple.qc.ca",
    )
    dialog = controller.sign_in_dialog
    assert dialog is not None
    assert dialog.service_mode() == "remote"

    qtbot.waitUntil(dialog.remote_url_error.isVisible, timeout=5000)
    assert "https://" in dialog.remote_url_error.text()
    assert controller.api is None  # no client was even made for it
    qtbot.keyClicks(dialog.password_edit, "Halocarbures-Champions")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert not dialog.working and controller.api is None
