"""What the tests of the client's shell share: a controller on the live service, signing in by
typing into the dialog, and new users of one's own (the live database is shared)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.api.client import ApiClient, new_idempotency_key
from app.domain.models import UserCreate
from app.settings import Settings
from ui.app_controller import AppController

StartController = Callable[..., AppController]


@pytest.fixture
def start_controller(qtbot: QtBot, live_service: Any) -> Iterator[StartController]:
    """`start_controller(settings=None, **options)`: an `AppController` on the live service,
    started, its sign-in dialog on screen. Every one started is quit after the test, and the
    test waits until it has finished (sessions logged out, clients closed)."""
    started: list[AppController] = []
    ended: set[int] = set()

    def start(settings: Settings | None = None, **options: Any) -> AppController:
        options.setdefault("service_url", live_service.base_url)
        options.setdefault("store_settings", lambda _s: None)
        controller = AppController(settings or Settings(), **options)
        controller.finished.connect(lambda _code, c=controller: ended.add(id(c)))
        started.append(controller)
        with qtbot.waitSignal(controller.sign_in_shown, timeout=5000):
            controller.start()
        return controller

    yield start
    for controller in started:
        controller.quit()
        qtbot.waitUntil(lambda c=controller: id(c) in ended, timeout=10_000)


def type_sign_in(qtbot: QtBot, controller: AppController, user_code: str, password: str) -> None:
    """Type the user code and password into the dialog, as a person would, and click
    «Se connecter»."""
    dialog = controller.sign_in_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.working, timeout=5000)
    dialog.user_code_edit.clear()
    qtbot.keyClicks(dialog.user_code_edit, user_code)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def sign_in_as(qtbot: QtBot, controller: AppController, user_code: str, password: str) -> Any:
    """Sign in through the dialog and return the main window once it is on screen with its
    first screen loaded."""
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000):
        type_sign_in(qtbot, controller, user_code, password)
    window = controller.main_window
    assert window is not None
    wait_for_screen(qtbot, window)
    return window


def wait_for_screen(qtbot: QtBot, window: Any) -> None:
    """Until the screen selected in the navigation is built, shown and loaded."""
    qtbot.waitUntil(
        lambda: (
            window.current_page() is not None
            and window.stack.currentWidget() is window.current_page()
            and not window.loading_tasks()
        ),
        timeout=10_000,
    )


def new_user(
    live_service: Any, run_async: Callable[..., Any], *, role: str = "utilisateur"
) -> tuple[str, str]:
    """A user of Les Champions created for this test through the API: (user code, temporary
    password)."""
    rse_code, rse_password = live_service.sign_in("RSE — Les Champions")
    tag = uuid.uuid4().hex[:8]

    async def create() -> tuple[str, str]:
        async with ApiClient(live_service.base_url) as api:
            await api.login(rse_code, rse_password)
            created = await api.create_user(
                UserCreate(
                    last_name=f"Essai-{tag}",
                    first_name="Coquille",
                    email=f"coquille.{tag}@leschampions.com",
                    email_confirmation=f"coquille.{tag}@leschampions.com",
                    phone="5145226699",
                    phone_extension=None,
                    role=role,
                ),
                idempotency_key=new_idempotency_key(),
            )
            await api.logout()
            return created.user_code, created.temporary_password

    result: tuple[str, str] = run_async(create(), timeout=10_000)
    return result


def change_password(
    live_service: Any, run_async: Callable[..., Any], user_code: str, old: str, new: str
) -> None:
    """Replace a temporary password through the API (for users a test signs in with)."""

    async def change() -> None:
        async with ApiClient(live_service.base_url) as api:
            await api.login(user_code, old)
            await api.change_password(old, new)
            await api.logout()

    run_async(change(), timeout=10_000)


def _runqueue_wait_ms() -> float | None:
    """How long the calling thread has waited for a CPU while ready to run, in ms (Linux:
    /proc/thread-self/schedstat); None where the kernel does not say."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as f:
            return int(f.read().split()[1]) / 1e6
    except (OSError, ValueError, IndexError):
        return None


class StallProbe:
    """A QTimer that ticks every `interval_ms` on the Qt thread and records the longest stall.

    While the Qt loop runs freely the gaps between ticks stay near the interval; a call that
    blocks the loop (a synchronous request, a `time.sleep`, a long computation on the Qt
    thread, a worker thread holding the interpreter lock) shows up as one long gap. A busy
    machine also delays ticks, by keeping the ready thread waiting for a CPU: where the kernel
    reports that wait (Linux schedstat), it is taken out of the gap, so the probe measures the
    program, not the other programs. `phase` names what the test was doing, so a failure says
    where it stalled.

        probe = StallProbe()
        probe.start("sign-in")
        ...                      # drive the program with qtbot
        probe.stop()
        assert probe.worst_ms < 50, probe.report()
    """

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import QTimer

        self.interval_ms = interval_ms
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.phase = ""
        self.ticks = 0
        self.worst_ms = 0.0  # the longest gap, less the wait for a CPU
        self.worst_phase = ""
        self.worst_wall_ms = 0.0  # the longest gap on the clock
        self.corrected = _runqueue_wait_ms() is not None
        self.gaps_over: dict[str, list[tuple[int, int]]] = {}
        self._last = 0.0
        self._last_wait = 0.0

    def start(self, phase: str = "") -> None:
        import time

        self.phase = phase
        self._last = time.perf_counter()
        self._last_wait = _runqueue_wait_ms() or 0.0
        self.timer.start()

    def mark(self, phase: str) -> None:
        """Name what comes next (shown with the worst gap)."""
        self.phase = phase

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        import time

        now, waited = time.perf_counter(), _runqueue_wait_ms() or 0.0
        wall = (now - self._last) * 1000
        stall = wall - (waited - self._last_wait)
        self._last, self._last_wait = now, waited
        self.ticks += 1
        self.worst_wall_ms = max(self.worst_wall_ms, wall)
        if wall > 20:
            self.gaps_over.setdefault(self.phase, []).append((round(wall), round(stall)))
        if stall > self.worst_ms:
            self.worst_ms = stall
            self.worst_phase = self.phase

    def report(self) -> str:
        return (
            f"longest stall {self.worst_ms:.0f} ms during {self.worst_phase!r} "
            f"(longest gap on the clock {self.worst_wall_ms:.0f} ms, {self.ticks} ticks, "
            f"CPU wait {'taken out' if self.corrected else 'not known: clock only'}); "
            f"gaps over 20 ms (clock, stall) by phase: {self.gaps_over}"
        )
