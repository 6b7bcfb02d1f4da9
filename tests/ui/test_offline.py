"""Offline, as a person meets it: the service stops mid-session and comes back, and the client
opened while the service is down shows the lists kept on this computer, read-only.

The service is one of this module's own on a fixed port (the shared live service cannot be
stopped), started again on the same database and port to «come back»."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.cache.offline_api import OfflineApi
from app.settings import Settings
from tests.support.live_service import LiveService, start_live_service
from tests.ui.shell_helpers import StartController, sign_in_as, start_controller, wait_for_screen
from ui.offline import OfflineMode, freshness_note

__all__ = ["start_controller"]  # the fixture, imported for pytest


def in_thread(function: Any, *args: Any, **kwargs: Any) -> Any:
    """Starting the service runs asyncio.run (migrations, demo data): not on this thread,
    where the test's qasync loop counts as running."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(function, *args, **kwargs).result()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class Switchable:
    """A service that can be stopped and started again at the same address."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.current: LiveService | None = in_thread(start_live_service, folder, port=self.port)
        self.demo = self.current.demo
        self.base_url = self.current.base_url

    def sign_in(self, role_prefix: str) -> tuple[str, str]:
        return self.current.sign_in(role_prefix) if self.current else ("", "")

    def stop(self) -> None:
        if self.current is not None:
            self.current.stop()
            self.current = None

    def start(self) -> None:
        if self.current is None:
            self.current = in_thread(start_live_service, self.folder, seed=False, port=self.port)
            self.current.demo = self.demo


@pytest.fixture
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Switchable]:
    switchable = Switchable(tmp_path_factory.mktemp("offline-service"))
    try:
        yield switchable
    finally:
        switchable.stop()


def offline_mode(window: Any) -> OfflineMode:
    mode = window.findChild(OfflineMode, "offlineMode")
    assert mode is not None
    return mode


def status_text(window: Any) -> str:
    label = window.findChild(QLabel, "offlineStatus")
    assert label is not None
    return str(label.text())


def wait_synced(qtbot: QtBot, window: Any) -> OfflineMode:
    mode = offline_mode(window)
    qtbot.waitUntil(
        lambda: (
            mode.store is not None
            and mode.store.synced_at is not None
            and (mode._syncing is None or mode._syncing.done())
        ),
        timeout=20_000,
    )
    return mode


def wait_offline_check(qtbot: QtBot, memory_keyring: Any, service_key: str, code: str) -> str:
    """The hash kept for the offline check, once stored (in a worker thread after sign-in)."""
    entry = (f"procura-offline-check:{service_key}", code)
    qtbot.waitUntil(lambda: entry in memory_keyring.passwords, timeout=10_000)
    digest: str = memory_keyring.passwords[entry]
    return digest


def show_procurations(qtbot: QtBot, window: Any) -> Any:
    window.show_view("procurations")
    wait_for_screen(qtbot, window)
    return window.current_page()


def test_the_service_stops_mid_session_and_comes_back(
    qtbot: QtBot, service: Switchable, start_controller: StartController
) -> None:
    code, password = service.sign_in("RSE — Les Champions")
    controller = start_controller(service_url=service.base_url)
    window = sign_in_as(qtbot, controller, code, password)
    ctx = window.ctx
    mode = wait_synced(qtbot, window)
    assert ctx.cache is mode.store and mode.store.persistent
    online_view = show_procurations(qtbot, window)
    shown_online = online_view.model.total_count()
    assert shown_online > 0
    assert status_text(window).startswith("Données hors ligne au ")

    service.stop()
    window.monitor.check_now()
    qtbot.waitUntil(lambda: not ctx.online, timeout=15_000)
    assert window.offline_banner.isVisible()
    assert isinstance(ctx.api, OfflineApi)
    assert status_text(window).startswith("Hors ligne — données au ")
    assert freshness_note(ctx) == status_text(window)
    view = show_procurations(qtbot, window)
    window.refresh_view(view)
    wait_for_screen(qtbot, window)
    assert view.model.total_count() == shown_online  # the cached list, at once
    add = view.buttons["add"]
    assert not add.isEnabled() and add.toolTip()  # disabled, saying why
    window.show_view("users")  # a screen never shown before: its list comes from the cache
    wait_for_screen(qtbot, window)
    users = window.current_page()
    assert users.model.total_count() == len(ctx.cache.users()) > 0

    service.start()
    window.monitor.check_now()
    qtbot.waitUntil(lambda: ctx.online, timeout=15_000)
    assert not isinstance(ctx.api, OfflineApi)
    assert not window.offline_banner.isVisible()
    qtbot.waitUntil(lambda: view.buttons["add"].isEnabled(), timeout=10_000)
    qtbot.waitUntil(
        lambda: status_text(window).startswith("Données hors ligne au "), timeout=20_000
    )


def test_opened_while_the_service_is_down_the_kept_lists_show_read_only(
    qtbot: QtBot, service: Switchable, start_controller: StartController
) -> None:
    code, password = service.sign_in("RSE — Les Champions")
    settings = Settings()
    first = start_controller(service_url=service.base_url, settings=settings)
    dialog = first.sign_in_dialog
    assert dialog is not None
    box = dialog.remember_box
    if not box.isChecked():
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(12, box.height() // 2))
    window = sign_in_as(qtbot, first, code, password)
    wait_synced(qtbot, window)
    kept = len(window.ctx.cache.procurations())
    assert kept > 0
    with qtbot.waitSignal(first.finished, timeout=10_000):
        first.quit()  # the remembered session and the cache stay on this computer

    service.stop()
    again = start_controller(service_url=service.base_url, settings=settings)
    dialog = again.sign_in_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.service_action.isVisible(), timeout=15_000)
    assert dialog.service_action.text() == "Ouvrir hors ligne"
    assert "Avec votre mot de passe" in dialog.service_status_text()
    # No password, then a wrong one: nothing opens, and the dialog says why.
    dialog.password_edit.clear()
    qtbot.mouseClick(dialog.service_action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            dialog.failure_text()
            == "Inscrivez votre mot de passe pour ouvrir les données hors ligne."
        ),
        timeout=5000,
    )
    qtbot.keyClicks(dialog.password_edit, "Pas-le-bon-1")
    qtbot.mouseClick(dialog.service_action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Mot de passe incorrect" in dialog.failure_text(), timeout=10_000)
    assert "n'ont pas été ouvertes" in dialog.failure_text()
    assert again.main_window is None and dialog.password_edit.text() == ""
    qtbot.keyClicks(dialog.password_edit, password)
    with qtbot.waitSignal(again.main_window_shown, timeout=10_000):
        qtbot.mouseClick(dialog.service_action, Qt.MouseButton.LeftButton)
    assert dialog.password_edit.text() == ""
    window = again.main_window
    assert window is not None
    ctx = window.ctx
    qtbot.waitUntil(lambda: not ctx.online, timeout=5000)
    assert window.offline_banner.isVisible()
    assert status_text(window).startswith("Hors ligne — données au ")
    view = show_procurations(qtbot, window)
    assert view.model.total_count() == kept
    assert not view.buttons["add"].isEnabled()

    service.start()  # the remembered session takes over by itself
    window.monitor.check_now()
    qtbot.waitUntil(lambda: ctx.online, timeout=15_000)
    assert again.main_window is window
    qtbot.waitUntil(lambda: view.buttons["add"].isEnabled(), timeout=10_000)


def test_signing_out_with_erase_removes_the_offline_data(
    qtbot: QtBot, service: Switchable, start_controller: StartController, memory_keyring: Any
) -> None:
    from app.cache import CacheOwner, cache_path

    code, password = service.sign_in("RSE — Les Champions")
    controller = start_controller(service_url=service.base_url)
    window = sign_in_as(qtbot, controller, code, password)
    mode = wait_synced(qtbot, window)
    wait_offline_check(qtbot, memory_keyring, service.base_url, code)
    path = mode.store.path
    assert path is not None and path.exists()
    assert path == cache_path(CacheOwner(service.base_url, code))
    with qtbot.waitSignal(controller.signed_out, timeout=10_000):
        mode.wipe_action.trigger()
    qtbot.waitUntil(lambda: not path.exists(), timeout=5000)
    assert not any(k[0].startswith("procura-cache:") for k in memory_keyring.passwords)
    assert not any(k[0].startswith("procura-offline-check:") for k in memory_keyring.passwords)


def test_the_password_is_kept_only_as_an_argon2id_hash_and_never_logged(
    qtbot: QtBot,
    service: Switchable,
    start_controller: StartController,
    memory_keyring: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    code, password = service.sign_in("RSE — Les Champions")
    controller = start_controller(service_url=service.base_url)
    window = sign_in_as(qtbot, controller, code, password)
    digest = wait_offline_check(qtbot, memory_keyring, service.base_url, code)
    assert digest.startswith("$argon2id$") and password not in digest
    assert all(password not in value for value in memory_keyring.passwords.values())
    wait_synced(qtbot, window)
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert password not in everything and digest not in everything
    assert "$argon2" not in everything


def test_the_lock_unlocks_offline_with_the_right_password_only(
    qtbot: QtBot,
    service: Switchable,
    start_controller: StartController,
    memory_keyring: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    code, password = service.sign_in("RSE — Les Champions")
    controller = start_controller(service_url=service.base_url, idle_lock_ms=600_000)
    window = sign_in_as(qtbot, controller, code, password)
    wait_synced(qtbot, window)
    digest = wait_offline_check(qtbot, memory_keyring, service.base_url, code)
    service.stop()
    window.monitor.check_now()
    qtbot.waitUntil(lambda: not window.ctx.online, timeout=15_000)

    overlay = window.lock_overlay
    overlay.lock(idle=False)
    assert window.is_locked
    qtbot.keyClicks(overlay.password, "Pas-le-bon-1")
    qtbot.keyClick(overlay.password, Qt.Key.Key_Return)
    qtbot.waitUntil(overlay.error_label.isVisible, timeout=10_000)
    assert overlay.error_label.text() == "Mot de passe incorrect. Réessayez."
    assert window.is_locked and overlay.password.text() == ""

    qtbot.keyClicks(overlay.password, password)
    with qtbot.waitSignal(overlay.unlocked, timeout=10_000):
        qtbot.keyClick(overlay.password, Qt.Key.Key_Return)
    assert not window.is_locked
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert password not in everything and digest not in everything


def test_a_cache_without_the_offline_check_is_not_opened(
    qtbot: QtBot, service: Switchable, start_controller: StartController, memory_keyring: Any
) -> None:
    """A cache made before the check existed: nothing opens until one sign-in with the service."""
    code, password = service.sign_in("RSE — Les Champions")
    settings = Settings()
    first = start_controller(service_url=service.base_url, settings=settings)
    window = sign_in_as(qtbot, first, code, password)
    wait_synced(qtbot, window)
    wait_offline_check(qtbot, memory_keyring, service.base_url, code)
    with qtbot.waitSignal(first.finished, timeout=10_000):
        first.quit()
    del memory_keyring.passwords[(f"procura-offline-check:{service.base_url}", code)]

    service.stop()
    again = start_controller(service_url=service.base_url, settings=settings)
    dialog = again.sign_in_dialog
    assert dialog is not None
    if not dialog.user_code():
        qtbot.keyClicks(dialog.user_code_edit, code)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "après une connexion avec le service" in dialog.service_status_text(),
        timeout=15_000,
    )
    assert not dialog.service_action.isVisible()
    assert again.main_window is None
