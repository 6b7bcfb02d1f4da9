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
    qtbot.waitUntil(lambda: not window.loading_tasks(), timeout=10_000)
    return window


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
