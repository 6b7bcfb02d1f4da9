"""The status bar's parts: who is signed in, for which enterprise, whether the service answers.

`ServiceMonitor` pings the service (`health()`) on a timer and says when it stops or starts
answering; `ServiceIndicator` shows that to the person («Service joignable» / «Service
injoignable — nouvel essai dans 12 s», with «Réessayer maintenant»). The main window copies the
monitor's answer into `ctx.online` and `ctx.events.online_changed`, so the screens disable what
needs the service.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.asyncutil import run_task

log = logging.getLogger(__name__)

Ping = Callable[[], Awaitable[object]]

ONLINE_INTERVAL_MS = 30_000
# After a failed ping, try again sooner, then back off: a service that restarts is seen within
# seconds, one that is down for good is not hammered.
RETRY_STEPS_MS: tuple[int, ...] = (5_000, 10_000, 20_000, 30_000)


class ServiceMonitor(QObject):
    """Pings the service on a timer; `online_changed(bool)` when the answer changes.

    `ping()` is awaited on the qasync loop; it answers (the service is reachable) or raises
    (it is not; the exception is logged at info level, never shown: the indicator says it).
    """

    online_changed = Signal(bool)
    # After each ping: the new state, and the milliseconds until the next one.
    checked = Signal(bool, int)

    def __init__(
        self,
        ping: Ping,
        parent: QObject | None = None,
        *,
        interval_ms: int = ONLINE_INTERVAL_MS,
        retry_steps_ms: Sequence[int] = RETRY_STEPS_MS,
        timeout_s: float = 10.0,
    ) -> None:
        super().__init__(parent)
        self._ping = ping
        self.interval_ms = interval_ms
        self.retry_steps_ms = tuple(retry_steps_ms) or (interval_ms,)
        self.timeout_s = timeout_s
        self._online = True
        self._failures = 0
        self._next_at = 0.0
        self._task: asyncio.Task[None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check_now)

    @property
    def online(self) -> bool:
        return self._online

    def start(self) -> None:
        """Start pinging (the first ping after one interval: the caller just talked to it)."""
        self._schedule(self.interval_ms)

    def stop(self) -> None:
        self._timer.stop()
        if self._task is not None and not self._task.done():
            self._task.cancel()

    def seconds_to_next_check(self) -> int:
        """Whole seconds until the next ping (0 while one is running or none is planned)."""
        if not self._timer.isActive():
            return 0
        return max(0, round(self._next_at - time.monotonic()))

    def check_now(self) -> None:
        """Ping at once (the timer's slot, and «Réessayer maintenant»)."""
        if self._task is not None and not self._task.done():
            return
        self._timer.stop()
        self._task = run_task(self._check(), owner=self, on_error=None, name="service-ping")

    def report_offline(self) -> None:
        """A call elsewhere found the service silent: say so now rather than at the next ping."""
        if self._online:
            self._set(False)
            self._schedule(self.retry_steps_ms[0])

    async def _check(self) -> None:
        try:
            await asyncio.wait_for(self._ping(), self.timeout_s)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # any failure means "not reachable now"
            log.info("Le service ne répond pas : %s", type(exc).__name__)
            self._failures += 1
            step = self.retry_steps_ms[min(self._failures, len(self.retry_steps_ms)) - 1]
            self._set(False)
            self._schedule(step)
            self.checked.emit(False, step)
            return
        self._failures = 0
        self._set(True)
        self._schedule(self.interval_ms)
        self.checked.emit(True, self.interval_ms)

    def _schedule(self, ms: int) -> None:
        self._next_at = time.monotonic() + ms / 1000
        self._timer.start(ms)

    def _set(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            log.info("Service %s", "joignable" if online else "injoignable")
            self.online_changed.emit(online)


class ServiceIndicator(QWidget):
    """«● Service joignable», or «● Service injoignable — nouvel essai dans N s» and a button
    to try again now. The countdown is refreshed every second while the service is silent."""

    def __init__(self, monitor: ServiceMonitor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceIndicator")
        self.monitor = monitor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(2)
        self.dot = QLabel("●", self)
        self.dot.setObjectName("serviceDot")
        self.dot.setAccessibleName(self.tr("État du service"))
        self.label = QLabel(self)
        self.label.setObjectName("serviceState")
        self.retry_button = QPushButton(self.tr("Réessayer maintenant"), self)
        self.retry_button.setObjectName("serviceRetry")
        self.retry_button.setFlat(True)
        self.retry_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.retry_button.setAccessibleName(self.tr("Réessayer de joindre le service maintenant"))
        self.retry_button.clicked.connect(monitor.check_now)
        layout.addWidget(self.dot)
        layout.addWidget(self.label)
        layout.addWidget(self.retry_button)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.refresh)
        monitor.online_changed.connect(lambda _online: self.refresh())
        monitor.checked.connect(lambda _online, _ms: self.refresh())
        self.refresh()

    def text(self) -> str:
        return self.label.text()

    def refresh(self) -> None:
        online = self.monitor.online
        if online:
            self._tick.stop()
            self.label.setText(self.tr("Service joignable"))
            self.dot.setStyleSheet("color: #1f8a3b;")
        else:
            if not self._tick.isActive():
                self._tick.start()
            seconds = self.monitor.seconds_to_next_check()
            if seconds > 0:
                self.label.setText(
                    self.tr("Service injoignable — nouvel essai dans {0} s").format(seconds)
                )
            else:
                self.label.setText(self.tr("Service injoignable — nouvel essai en cours…"))
            self.dot.setStyleSheet("color: #cb381f;")
        self.retry_button.setVisible(not online)
        self.label.setAccessibleName(self.label.text())


def session_text(full_name: str, user_code: str) -> str:
    """«François Grégoire (FGR97HL)»."""
    return f"{full_name} ({user_code})"


def enterprise_text(name: str, enterprise_id: str) -> str:
    """«Les Champions inc. — 1006237700»."""
    return f"{name} — {enterprise_id}"
