"""Helpers of the user, enterprise and receipt screen tests: a stand-in main window, clicks, faults.

- `Host`: what the main window does with `ctx.open_transaction` (show the frame, hide it when
  closed) and with `ctx.changed` (refresh the views that depend on it).
- `new_user(...)`: a user record made through the API, with a name no other test uses.
- `DropFirstAnswer`: an httpx transport that forwards a request to the real service and then
  drops its answer as a read timeout — the one fault a real server cannot be made to produce.
- `StallProbe`: a 5 ms timer that records the longest gap between its ticks.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.api.client import ApiClient, new_idempotency_key
from app.domain.models import User, UserCreate
from app.settings import Settings
from ui.asyncutil import LatestWins
from ui.context import AppContext
from ui.views.base import View


class Host:
    """Shows the frames a screen opens, one window each; refreshes views on `ctx.changed`."""

    def __init__(self, qtbot: QtBot, ctx: AppContext, *views: View) -> None:
        self.opened: list[QWidget] = []
        self.closed: list[QWidget] = []
        self.changed: list[str] = []
        self._qtbot = qtbot
        self._views = list(views)
        self._loads = {id(v): LatestWins(owner=v) for v in views}
        ctx.events.transaction_opened.connect(self._open)
        ctx.events.transaction_closed.connect(self._close)
        ctx.events.data_changed.connect(self._changed)

    def _open(self, frame: QWidget) -> None:
        self._qtbot.addWidget(frame)
        self.opened.append(frame)
        frame.resize(900, 680)
        frame.show()

    def _close(self, frame: QWidget) -> None:
        self.closed.append(frame)
        frame.hide()

    def _changed(self, kind: str) -> None:
        self.changed.append(kind)
        for view in self._views:
            if kind in view.depends_on:
                self._loads[id(view)].run(view.refresh())

    def watch(self, view: View) -> None:
        """Refresh `view` too when a frame says its data changed."""
        self._views.append(view)
        self._loads[id(view)] = LatestWins(owner=view)

    def refreshing(self) -> bool:
        return any(load.is_running() for load in self._loads.values())

    @property
    def current(self) -> QWidget:
        assert self.opened, "no frame was opened"
        return self.opened[-1]

    def is_open(self, frame: QWidget) -> bool:
        return frame in self.opened and frame not in self.closed


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isVisible(), f"{button.objectName() or button} is not visible"
    assert button.isEnabled(), f"{button.objectName() or button} is disabled: {button.toolTip()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def message_box(qtbot: QtBot, name: str | None = None, timeout: int = 5000) -> QMessageBox:
    """The visible message box (of object name `name`), once it is there."""
    found: list[QMessageBox] = []

    def there() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox)
            and w.isVisible()
            and (name is None or w.objectName() == name)
        ]
        return bool(found)

    qtbot.waitUntil(there, timeout=timeout)
    return found[-1]


def press(qtbot: QtBot, box: QMessageBox, text_start: str) -> None:
    """Click the box's button whose text (without `&`) starts with `text_start`."""
    for button in box.buttons():
        if button.text().replace("&", "").startswith(text_start):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError(f"no button «{text_start}» in {[b.text() for b in box.buttons()]}")


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


async def new_user(
    api: ApiClient,
    *,
    last_name: str | None = None,
    first_name: str = "Test",
    role: str = "utilisateur",
) -> User:
    """A user record created through the API (not through the screens under test)."""
    last = last_name or unique("Essai")
    email = f"{first_name}.{last}@example.com".lower()
    created = await api.create_user(
        UserCreate(
            last_name=last,
            first_name=first_name,
            email=email,
            email_confirmation=email,
            phone="418 555-0100",
            phone_extension=None,
            role=role,
        ),
        idempotency_key=new_idempotency_key(),
    )
    return created.user


# ---- a transport that loses an answer ----------------------------------------------------------


class DropFirstAnswer(httpx.AsyncBaseTransport):
    """Forward every request to the service; the first POST whose path ends with `suffix` is
    done by the service, but its answer is dropped and a read timeout raised instead."""

    def __init__(self, suffix: str) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._suffix = suffix
        self.dropped = 0
        self.posts = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if request.method == "POST" and request.url.path.endswith(self._suffix):
            self.posts += 1
            if self.dropped == 0:
                await response.aread()
                await response.aclose()
                self.dropped += 1
                raise httpx.ReadTimeout("answer dropped by the test", request=request)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def context_with_transport(
    live_service: Any,
    run_async: Callable[..., Any],
    transport: httpx.AsyncBaseTransport,
    role_prefix: str = "RSE — Les Champions",
) -> AppContext:
    """An `AppContext` signed in as a demo person, whose client goes through `transport`."""
    user_code, password = live_service.sign_in(role_prefix)
    api = ApiClient(live_service.base_url, transport=transport)

    async def open_session() -> AppContext:
        await api.login(user_code, password)
        ctx = AppContext(api=api, me=await api.me(), settings=Settings())
        ctx.enterprise = await api.enterprise()
        ctx.ministries = await api.ministries()
        return ctx

    ctx: AppContext = run_async(open_session())
    return ctx


# ---- the no-stall probe -----------------------------------------------------------------------


def _run_queue_wait() -> float:
    """Seconds this thread has spent ready to run but waiting for a CPU (Linux; else 0)."""
    try:
        with open(f"/proc/self/task/{threading.get_native_id()}/schedstat") as stats:
            return int(stats.read().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return 0.0


class StallProbe:
    """A timer every 5 ms; `longest` is the longest gap between two ticks (seconds) while it
    runs. `resume()` before an action, `pause()` after: the test's own typing is not counted.

    A gap is the time the event loop did not come back: the thread was busy, or blocked (a
    synchronous call). Time the thread spent ready but waiting for a CPU that other processes
    held (a loaded machine: the tests share two cores) is not the program's doing; on Linux it
    is read from the thread's scheduler statistics and taken out. `longest_wall` keeps the raw
    gap for the message.
    """

    def __init__(self, interval_ms: int = 5) -> None:
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self._last_wait = 0.0
        self.longest = 0.0
        self.longest_wall = 0.0
        self.where = ""
        self.ticks = 0
        self.by_label: dict[str, float] = {}
        self._label = ""

    def resume(self, label: str = "") -> None:
        self._label = label
        self.ticks = 0
        self._last = time.perf_counter()
        self._last_wait = _run_queue_wait()
        self._timer.start()

    def pause(self) -> None:
        self._tick()
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        wait = _run_queue_wait()
        wall = now - self._last
        gap = max(0.0, wall - (wait - self._last_wait))
        self.by_label[self._label] = max(self.by_label.get(self._label, 0.0), gap)
        self.longest_wall = max(self.longest_wall, wall)
        if gap > self.longest:
            self.longest, self.where = gap, self._label
        self._last, self._last_wait = now, wait
        self.ticks += 1

    def settle(self, qtbot: QtBot, ticks: int = 4) -> None:
        """Let a few ticks pass (the work an action queued runs meanwhile), then pause."""
        qtbot.waitUntil(lambda: self.ticks >= ticks, timeout=5000)
        self.pause()

    def report(self) -> str:
        phases = ", ".join(f"{k}: {v * 1000:.0f} ms" for k, v in self.by_label.items())
        return f"{phases} (raw longest gap {self.longest_wall * 1000:.0f} ms)"
