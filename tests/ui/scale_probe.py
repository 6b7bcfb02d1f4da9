"""The 200 % probe: run by `tests/ui/test_readability.py` in a process of its own, with
QT_SCALE_FACTOR=2 (the scale is fixed when Qt starts).

    python -m tests.ui.scale_probe BASE_URL USER_CODE PICTURE.png   (password in
    PROCURA_PROBE_PASSWORD: never on a command line)

Signs in to the service, shows the main window (Accueil, the users and the procurations
screens) and the create-user wizard, checks each with `tests.ui.screen_checks` (no cut text,
no overlap), saves the users screen as PICTURE.png and prints one JSON line:
{"device_pixel_ratio": 2.0, "checked": 4, "problems": [...]}.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections.abc import Callable

import qasync
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.api.client import ApiClient
from app.settings import Settings
from tests.ui.screen_checks import overlap_problems, text_problems
from ui import style
from ui.app_controller import wait_for_threads
from ui.context import AppContext
from ui.main_window import MainWindow

TIMEOUT_S = 30.0


async def until(condition: Callable[[], bool], what: str) -> None:
    """Let the loop run until `condition()` holds (Qt and asyncio events processed)."""
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.01)


async def settled(window: MainWindow) -> None:
    await until(lambda: not window.loading_tasks(), "the screen's loading")
    # A few turns of the loop (Qt's events with them): the layouts finish their passes. Never
    # processEvents() inside a coroutine: qasync cannot re-enter the running task.
    for _ in range(4):
        await asyncio.sleep(0)


async def probe(base_url: str, user_code: str, password: str, picture: str) -> dict[str, object]:
    api = ApiClient(base_url)
    problems: list[str] = []
    checked = 0
    try:
        await api.login(user_code, password)
        ctx = AppContext(api=api, me=await api.me(), settings=Settings())
        ctx.enterprise = await api.enterprise()
        ctx.ministries = await api.ministries()

        async def verify(_password: str) -> None:
            return None

        window = MainWindow(ctx, verify_password=verify, store_settings=lambda _s: None)
        window.resize(1200, 780)
        window.start()

        def check(name: str, root: QWidget) -> None:
            nonlocal checked
            checked += 1
            problems.extend(f"{name}: {p}" for p in text_problems(root) + overlap_problems(root))
            if window.width() > 1200:
                problems.append(f"{name}: the main window grew to {window.width()} px")

        for key in ("home", "users", "procurations"):
            window.show_view(key)
            await until(
                lambda k=key: k in window.pages and window.stack.currentWidget() is window.pages[k],
                f"the screen {key}",
            )
            await settled(window)
            check(key, window)
            if key == "users":
                image = window.grab().toImage()
                # The top left of the window at full resolution: texts at 200 %, still small.
                part = image.copy(QRect(0, 0, 1500, 1000))
                if not part.save(picture):
                    problems.append(f"could not save {picture}")
        users = window.pages["users"]
        window.show_view("users")
        users.trigger("create")  # type: ignore[attr-defined]
        await until(lambda: bool(window.transactions), "the create-user wizard")
        await settled(window)
        check("users/create", window)
        ratio = window.devicePixelRatioF()
        window.stop()
        window.close()
        await wait_for_threads()
        await api.logout()
    finally:
        await api.aclose()
    return {"device_pixel_ratio": ratio, "checked": checked, "problems": problems}


def main(argv: list[str]) -> int:
    base_url, user_code, picture = argv
    password = os.environ["PROCURA_PROBE_PASSWORD"]
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)  # the probe ends when its coroutine does
    style.apply(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        report = loop.run_until_complete(probe(base_url, user_code, password, picture))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
