"""`make run` on a fresh computer: the client starts its own service, signs in on it, and
stops it on quit. The real path: `ui.app_controller` and `app.embedded`, a child process, an
SQLite database seeded with the demo data in a temporary data folder."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.embedded import STATE_FILE, EmbeddedService, pid_alive
from app.settings import Settings
from tests.conftest import ProcuraDirs
from ui.app_controller import AppController

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX process checks"),
]


@pytest.fixture
def qt_loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop driven by pytest-qt's waits (as tests/ui/conftest.py does for UI tests)."""
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        for _ in range(1000):
            if all(t.done() for t in pending):
                break
            qapp.processEvents()
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)
        loop.close()


def test_the_client_starts_its_own_service_signs_in_on_it_and_stops_it_on_quit(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, procura_dirs: ProcuraDirs
) -> None:
    services: list[EmbeddedService] = []

    def embedded() -> EmbeddedService:
        # The demo's argon2 hashes are the slow part of a first start; tests use a fast hash.
        service = EmbeddedService(
            procura_dirs.data, env={"PROCURA_FAST_HASH_FOR_TESTS": "1"}, startup_timeout=120
        )
        services.append(service)
        return service

    saved: list[Settings] = []
    controller = AppController(Settings(), embedded_factory=embedded, store_settings=saved.append)
    finished: list[int] = []
    controller.finished.connect(finished.append)
    try:
        controller.start()
        dialog = controller.sign_in_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.service_mode() == "embedded"
        # The dialog is there at once; the service's start is shown under the service choice.
        qtbot.waitUntil(lambda: "Démarrage du service" in dialog.service_status_text())
        assert dialog.service_progress.isVisibleTo(dialog)

        # A start can be cancelled (nothing is left running), then tried again.
        assert dialog.service_action.text() == "Annuler"
        qtbot.mouseClick(dialog.service_action, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "annulé" in dialog.service_status_text(), timeout=10_000)
        assert not services or not services[0].owned
        assert dialog.service_action.text() == "Réessayer"
        qtbot.mouseClick(dialog.service_action, Qt.MouseButton.LeftButton)
        assert "Démarrage du service" in dialog.service_status_text()

        qtbot.waitUntil(lambda: "Service prêt" in dialog.service_status_text(), timeout=120_000)
        assert not dialog.service_progress.isVisibleTo(dialog)
        service = services[0]
        pid = service.pid
        assert pid is not None and pid_alive(pid)
        assert service.owned
        assert (procura_dirs.data / "procura.db").exists()

        # The demo data was seeded on this first start: the procedure's RSE signs in.
        qtbot.keyClicks(dialog.user_code_edit, "FGR97HL")
        qtbot.keyClicks(dialog.password_edit, "Halocarbures-Champions")
        with qtbot.waitSignal(controller.main_window_shown, timeout=30_000):
            qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        window = controller.main_window
        assert window is not None
        assert controller.api is not None
        assert controller.api.service_url == service.base_url
        assert service.base_url.startswith("http://127.0.0.1:")
        assert "Les Champions inc." in window.enterprise_status.text()
        assert saved[-1].service_mode == "embedded"
        assert saved[-1].last_user_code == "FGR97HL"

        window.quit_action.trigger()
        qtbot.waitUntil(lambda: finished == [0], timeout=30_000)
        # Quitting stopped the service this client started, and forgot its address.
        qtbot.waitUntil(lambda: not pid_alive(pid), timeout=15_000)
        assert not (procura_dirs.data / STATE_FILE).exists()
    finally:
        if not finished:
            controller.quit()
            qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
        for service in services:
            service.stop_now()
