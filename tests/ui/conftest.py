"""UI test fixtures: a qasync loop that Qt drives, and a way to await a coroutine from a plain test.

UI tests are plain (non-async) functions. They click, type and wait with `qtbot.waitUntil` /
`qtbot.waitSignal`; while pytest-qt spins Qt's event loop, the qasync loop below runs the tasks
that clicks started (`ui.asyncutil.run_task`). pytest-asyncio (asyncio_mode=auto) only handles
`async def` tests, which get its own loop: the autouse `qasync_loop` stands aside for those.

- `qasync_loop` (autouse): a `qasync.QEventLoop` on the test's QApplication, set as the current
  and running asyncio loop for the test; pending tasks are cancelled and it is closed after.
- `run_async(coro, timeout=5000)`: run a coroutine to completion while Qt processes events,
  return its result (or raise its exception).
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Coroutine, Iterator
from typing import Any, TypeVar

import pytest
import qasync
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

T = TypeVar("T")
RunAsync = Callable[..., Any]


@pytest.fixture(autouse=True)
def qasync_loop(request: pytest.FixtureRequest) -> Iterator[asyncio.AbstractEventLoop | None]:
    """The qasync loop of this test (None for an `async def` test, which pytest-asyncio runs)."""
    if inspect.iscoroutinefunction(getattr(request, "function", None)):
        yield None
        return
    app = request.getfixturevalue("qapp")
    assert isinstance(app, QApplication)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    # Marked running without entering QApplication.exec(): pytest-qt's waits process the Qt
    # events, and with them the loop's callbacks. (qasync's own `already_running=True` would
    # later call QApplication.exit(), which poisons every following QEventLoop.exec().)
    asyncio.events._set_running_loop(loop)
    try:
        yield loop
    finally:
        _cancel_pending(app, loop)
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)
        loop.close()
        # qasync's timer object keeps the timers of cancelled callbacks (httpx timeouts) running
        # after close; left to the garbage collector, it may be destroyed in the live service's
        # thread («Timers cannot be stopped from another thread»). Delete it in Qt's thread.
        timer = getattr(loop, "_timer", None)
        if timer is not None and shiboken6.isValid(timer):
            shiboken6.delete(timer)


def _cancel_pending(app: QApplication, loop: asyncio.AbstractEventLoop) -> None:
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    # A cancelled task needs a few loop turns to unwind its `finally` blocks.
    for _ in range(1000):
        if all(task.done() for task in pending):
            break
        app.processEvents()
    still = [task for task in pending if not task.done()]
    assert not still, f"tasks still running after the test: {still}"


@pytest.fixture
def run_async(qtbot: QtBot, qasync_loop: asyncio.AbstractEventLoop | None) -> Callable[..., Any]:
    """`run_async(coro, timeout=5000)`: the coroutine's result, Qt events processed meanwhile."""
    assert qasync_loop is not None, "run_async is for plain (non-async) tests"

    def run(coro: Coroutine[Any, Any, T], timeout: int = 5000) -> T:
        task = qasync_loop.create_task(coro)
        try:
            qtbot.waitUntil(task.done, timeout=timeout)
        except BaseException:
            task.cancel()
            raise
        return task.result()

    return run


# ---- the real service for client tests ----------------------------------------------------------


@pytest.fixture(scope="session")
def live_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The real service on 127.0.0.1 with the demo data, shared by the session's UI tests.

    Tests that change data create their own objects (new users, new procurations) so that the
    order of tests does not matter."""
    from tests.support.live_service import start_live_service

    service = start_live_service(tmp_path_factory.mktemp("live-service"))
    try:
        yield service
    finally:
        service.stop()


@pytest.fixture
def signed_in(live_service: Any, run_async: Callable[..., Any]) -> Iterator[Callable[..., Any]]:
    """`signed_in("RSE — Les Champions")` → an `AppContext` signed in as that demo person, with
    the enterprise and the catalogue loaded. Clients are closed after the test."""
    from app.api.client import ApiClient
    from app.settings import Settings
    from ui.context import AppContext

    clients: list[ApiClient] = []

    def make(role_prefix: str = "RSE — Les Champions") -> AppContext:
        user_code, password = live_service.sign_in(role_prefix)
        api = ApiClient(live_service.base_url)
        clients.append(api)

        async def open_session() -> AppContext:
            await api.login(user_code, password)
            me = await api.me()
            ctx = AppContext(api=api, me=me, settings=Settings())
            ctx.enterprise = await api.enterprise()
            ctx.ministries = await api.ministries()
            return ctx

        ctx: AppContext = run_async(open_session())
        return ctx

    yield make
    for api in clients:
        run_async(api.aclose())


def _shown_and_loaded(qtbot: QtBot, run_async: RunAsync, view: Any, width: int, height: int) -> Any:
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    run_async(view.refresh(), timeout=20000)
    return view


@pytest.fixture
def open_portfolio(qtbot: QtBot, run_async: RunAsync) -> Callable[[Any], Any]:
    """`open_portfolio(ctx)` → the firm's portfolio screen shown, its lists loaded."""
    from ui.views.portfolio import PortfolioView

    return lambda ctx: _shown_and_loaded(qtbot, run_async, PortfolioView(ctx), 1400, 800)


@pytest.fixture
def open_expiry(qtbot: QtBot, run_async: RunAsync) -> Callable[[Any], Any]:
    """`open_expiry(ctx)` → the expiry board shown, its lists loaded."""
    from ui.views.expiry import ExpiryView

    return lambda ctx: _shown_and_loaded(qtbot, run_async, ExpiryView(ctx), 1300, 760)
