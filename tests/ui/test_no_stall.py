"""Nothing blocks the window: a timer probe ticks every 5 ms while the client signs in, opens
the main window and walks through every screen against the service.

The service here is a separate process on 127.0.0.1 (the one `make run` starts, through
`app.embedded`), as it always is for the client: the `live_service` fixture runs uvicorn in a
thread of the test process, whose work would compete with the Qt thread for the interpreter
lock and show up as stalls the program itself never has.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.embedded import EmbeddedService
from tests.ui.shell_helpers import (
    StallProbe,
    StartController,
    sign_in_as,
    start_controller,
    type_sign_in,
    wait_for_screen,
)

__all__ = ["start_controller"]  # the fixture, imported for pytest

# The requirement is no stall over 50 ms. The probe takes out the time the machine kept the Qt
# thread waiting for a CPU (see StallProbe); what is left is the program's. A margin remains
# for a noisy shared machine (the CPU time of a piece of work grows under load too); where the
# kernel does not report the wait, the clock alone is used with a wider one. A call that
# blocks the loop for real (a synchronous request, a sleep) goes past either limit, as the
# second test proves with 200 ms.
STALL_LIMIT_MS = float(
    os.environ.get("PROCURA_STALL_LIMIT_MS", "75" if StallProbe().corrected else "150")
)


@dataclass(frozen=True)
class ServiceProcess:
    url: str
    user_code: str  # the demo RSE of Les Champions inc.
    password: str


@pytest.fixture(scope="module")
def service_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    """The service in its own process, demo data seeded; its base URL and the demo RSE."""
    from server.demo import SIGN_INS

    code, password = next((c, p) for role, c, p in SIGN_INS if role.startswith("RSE — Les"))
    folder: Path = tmp_path_factory.mktemp("service-process")
    service = EmbeddedService(
        folder,
        log_path=folder / "service.log",
        env={"PROCURA_FAST_HASH_FOR_TESTS": "1"},
    )
    url = asyncio.run(service.start())
    try:
        yield ServiceProcess(url, code, password)
    finally:
        service.stop_now()


def test_signing_in_and_walking_through_every_screen_never_stalls_the_window(
    qtbot: QtBot, service_process: ServiceProcess, start_controller: StartController
) -> None:
    controller = start_controller(service_url=service_process.url)
    probe = StallProbe()
    probe.start("sign-in")
    try:
        window = sign_in_as(qtbot, controller, service_process.user_code, service_process.password)
        for key in window.screen_keys():
            probe.mark(key)
            window.show_view(key)
            wait_for_screen(qtbot, window)
        probe.mark("home again")
        window.show_view("home")
        wait_for_screen(qtbot, window)
    finally:
        probe.stop()
    print(probe.report())
    assert probe.ticks > 20
    assert probe.worst_ms < STALL_LIMIT_MS, probe.report()


def test_the_probe_catches_a_call_that_blocks_the_loop(
    qtbot: QtBot, service_process: ServiceProcess, start_controller: StartController
) -> None:
    controller = start_controller(service_url=service_process.url)
    probe = StallProbe()
    probe.start("sign-in with a blocking call")
    # What a synchronous call to the service would do to the window.
    QTimer.singleShot(30, lambda: time.sleep(0.2))
    try:
        type_sign_in(qtbot, controller, service_process.user_code, service_process.password)
        qtbot.waitSignal(controller.main_window_shown, timeout=10_000).wait()
    finally:
        probe.stop()
    assert probe.worst_ms >= STALL_LIMIT_MS, probe.report()
    assert probe.worst_ms >= 200
