"""The one shape of every async action in the UI: qasync loop, busy controls, errors shown.

STYLE.md: disable the controls, `await` the service, show the outcome, re-enable in `finally`;
a newer request cancels the one it supersedes; errors reach the person through `show_error`.

    class UsersView(QWidget):
        def __init__(self, service, parent=None):
            ...
            self._load = LatestWins(owner=self)
            self.refresh_button.clicked.connect(self.refresh)

        def refresh(self) -> None:
            self._load.run(self._refresh())

        async def _refresh(self) -> None:
            async with busy(self.refresh_button, self.table, show=[self.spinner]):
                users = await self.service.list_users()   # errors go to show_error
            self.model.set_rows(users)

`run_task` needs a running asyncio loop: the qasync `QEventLoop` in the application (ui.main)
and the autouse `qasync_loop` fixture in tests/ui.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
import logging
from collections.abc import Callable, Coroutine, Iterable
from types import TracebackType
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui.errors import show_error

log = logging.getLogger(__name__)

T = TypeVar("T")
ErrorHandler = Callable[[QWidget | None, BaseException], object]

# asyncio keeps only weak references to tasks: a task nobody holds can vanish mid-flight.
_running: set[asyncio.Task[Any]] = set()


def running_tasks() -> frozenset[asyncio.Task[Any]]:
    """The tasks `run_task` started that have not finished yet (for tests and shutdown)."""
    return frozenset(_running)


def run_task(
    coro: Coroutine[Any, Any, T],
    *,
    owner: QObject | None = None,
    on_error: ErrorHandler | None = show_error,
    name: str | None = None,
) -> asyncio.Task[T]:
    """Schedule `coro` on the running (qasync) loop and return its task, kept alive until done.

    - If the task raises, `on_error(parent, exception)` is called, `parent` being `owner` when
      it is a live QWidget (default: `ui.errors.show_error`, so the person sees it). With
      `on_error=None` the exception is only logged: pass None only when the coroutine shows
      its own errors.
    - Cancellation is not an error: nothing is shown.
    - When `owner` is destroyed (its window closed and deleted), the task is cancelled.

    Call it from Qt slots: `button.clicked.connect(lambda: run_task(self.save(), owner=self))`.
    Raises RuntimeError when no asyncio loop is running.
    """
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        coro.close()
        raise RuntimeError(
            "run_task a besoin de la boucle qasync en marche (QEventLoop.run_forever, ou la "
            "fixture qasync_loop dans les tests)."
        ) from None
    task = loop.create_task(coro, name=name)
    _running.add(task)

    def cancel(*_args: object) -> None:
        task.cancel()

    if owner is not None:
        owner.destroyed.connect(cancel)

    def done(finished: asyncio.Task[T]) -> None:
        _running.discard(finished)
        if owner is not None and shiboken6.isValid(owner):
            with contextlib.suppress(RuntimeError, TypeError):
                owner.destroyed.disconnect(cancel)
        if finished.cancelled():
            return
        error = finished.exception()
        if error is None:
            return
        if on_error is None:
            log.error("La tâche %s a échoué", finished.get_name(), exc_info=error)
            return
        parent = owner if isinstance(owner, QWidget) and shiboken6.isValid(owner) else None
        try:
            on_error(parent, error)
        except Exception:
            # The error display itself failed: the log is the last place left to say it.
            log.exception("Impossible d'afficher l'erreur de la tâche %s", finished.get_name())
            log.error("Erreur d'origine", exc_info=error)

    task.add_done_callback(done)
    return task


def async_slot(
    method: Callable[..., Coroutine[Any, Any, Any]],
) -> Callable[..., asyncio.Task[Any]]:
    """Turn `async def on_x(self, ...)` into a slot that runs it with `run_task(owner=self)`.

    Extra arguments a signal sends (`clicked(checked)`) are dropped when the method does not
    take them, as Qt does for C++ slots.
    """
    params = list(inspect.signature(method).parameters.values())[1:]
    takes_varargs = any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in params)
    positional = sum(
        p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        for p in params
    )

    @functools.wraps(method)
    def slot(self: QObject, *args: Any) -> asyncio.Task[Any]:
        kept = args if takes_varargs else args[:positional]
        return run_task(method(self, *kept), owner=self)

    return slot


# ---- busy ------------------------------------------------------------------------------------

_BUSY_COUNT = "_procuraBusyCount"
_BUSY_WAS_ENABLED = "_procuraBusyWasEnabled"


class busy:  # lowercase: used like a function, `with busy(button):`
    """Disable controls while an action runs, and give each back its own state afterwards.

    Three ways to use it:

        with busy(self.save_button, self.form):          # inside a coroutine, or plain code
            await self.service.save(...)
        async with busy(self.save_button, show=[self.spinner]):
            ...
        @busy("save_button", "form")                      # on a coroutine method: attribute
        async def save(self) -> None: ...                 # names are looked up on `self`

    A widget that was disabled before stays disabled after; nested or overlapping `busy`
    blocks on the same widget re-enable it only when the last one ends. Widgets deleted in the
    meantime are skipped. `show` widgets (a spinner, «Transmission en cours…») are shown while
    busy and hidden after. `cursor=True` also shows the application's busy cursor.
    """

    def __init__(
        self, *widgets: QWidget | str, show: Iterable[QWidget] = (), cursor: bool = False
    ) -> None:
        self._widgets = widgets
        self._show = list(show)
        self._cursor = cursor
        self._entered: list[QWidget] = []

    # -- context manager --
    def __enter__(self) -> busy:
        for widget in self._widgets:
            if isinstance(widget, str):
                raise TypeError("busy(): a name of attribute only works as a method decorator")
            count = int(widget.property(_BUSY_COUNT) or 0)
            if count == 0:
                # The widget's own setting, not one inherited from a disabled parent.
                was_enabled = not widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
                widget.setProperty(_BUSY_WAS_ENABLED, was_enabled)
            widget.setProperty(_BUSY_COUNT, count + 1)
            widget.setEnabled(False)
            self._entered.append(widget)
        for widget in self._show:
            widget.setVisible(True)
        if self._cursor:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._cursor:
            QApplication.restoreOverrideCursor()
        for widget in self._show:
            if shiboken6.isValid(widget):
                widget.setVisible(False)
        for widget in self._entered:
            if not shiboken6.isValid(widget):
                continue
            count = int(widget.property(_BUSY_COUNT) or 1) - 1
            widget.setProperty(_BUSY_COUNT, count)
            if count == 0:
                widget.setEnabled(bool(widget.property(_BUSY_WAS_ENABLED)))
        self._entered.clear()

    async def __aenter__(self) -> busy:
        return self.__enter__()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.__exit__(exc_type, exc, tb)

    # -- decorator --
    def __call__(
        self, method: Callable[..., Coroutine[Any, Any, T]]
    ) -> Callable[..., Coroutine[Any, Any, T]]:
        names = self._widgets

        @functools.wraps(method)
        async def wrapper(owner: Any, *args: Any, **kwargs: Any) -> T:
            widgets = [getattr(owner, n) if isinstance(n, str) else n for n in names]
            with busy(*widgets, show=self._show, cursor=self._cursor):
                return await method(owner, *args, **kwargs)

        return wrapper


# ---- latest wins -----------------------------------------------------------------------------


class LatestWins:
    """One slot of work where a newer request cancels the one it supersedes.

    For searches, filters, refreshes and the loading of the selected item: only the answer to
    the last request reaches the screen. `run()` cancels the pending task (its `finally`
    blocks still run, so `busy` re-enables its controls) and starts the new one through
    `run_task` with this object's `owner` and `on_error`.
    """

    def __init__(
        self, *, owner: QObject | None = None, on_error: ErrorHandler | None = show_error
    ) -> None:
        self._owner = owner
        self._on_error = on_error
        self._task: asyncio.Task[Any] | None = None

    @property
    def task(self) -> asyncio.Task[Any] | None:
        """The latest task started, finished or not (None before the first `run`)."""
        return self._task

    def is_running(self) -> bool:
        return self._task is not None and not self._task.done()

    def run(self, coro: Coroutine[Any, Any, T], *, name: str | None = None) -> asyncio.Task[T]:
        """Cancel the pending request, if any, and start `coro` in its place."""
        self.cancel()
        task = run_task(coro, owner=self._owner, on_error=self._on_error, name=name)
        self._task = task
        return task

    def cancel(self) -> None:
        """Cancel the pending request (no-op when none is running)."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
