"""The shape of async actions: tasks kept and reported, controls busy, the latest request wins."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ui.asyncutil import LatestWins, async_slot, busy, run_task, running_tasks


class Refused(Exception):
    def __init__(self) -> None:
        super().__init__("refused")
        self.message_fr = "Le service a refusé la demande : réessayez plus tard."
        self.message_en = "The service refused the request: try again later."


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_task_runs_on_the_qasync_loop_and_is_kept_until_done(
    qtbot: QtBot, owner: QWidget
) -> None:
    async def answer() -> int:
        await asyncio.sleep(0)
        return 42

    task = run_task(answer(), owner=owner)
    assert task in running_tasks()
    qtbot.waitUntil(task.done)
    assert task.result() == 42
    assert task not in running_tasks()


def test_a_failing_task_is_shown_to_the_person(qtbot: QtBot, owner: QWidget) -> None:
    async def fail() -> None:
        await asyncio.sleep(0)
        raise Refused()

    run_task(fail(), owner=owner)

    def shown() -> QMessageBox:
        boxes = [b for b in owner.findChildren(QMessageBox) if b.isVisible()]
        assert boxes
        return boxes[0]

    qtbot.waitUntil(lambda: bool(shown()))
    box = shown()
    assert box.text() == "Le service a refusé la demande : réessayez plus tard."
    box.done(0)


def test_errors_go_to_the_handler_given(qtbot: QtBot, owner: QWidget) -> None:
    seen: list[tuple[QWidget | None, BaseException]] = []

    async def fail() -> None:
        raise Refused()

    task = run_task(fail(), owner=owner, on_error=lambda p, e: seen.append((p, e)))
    qtbot.waitUntil(task.done)
    assert len(seen) == 1 and seen[0][0] is owner and isinstance(seen[0][1], Refused)


def test_a_cancelled_task_shows_nothing(qtbot: QtBot, owner: QWidget) -> None:
    seen: list[BaseException] = []
    task = run_task(asyncio.sleep(30), owner=owner, on_error=lambda p, e: seen.append(e))
    task.cancel()
    qtbot.waitUntil(task.done)
    assert task.cancelled() and seen == []


def test_closing_the_owner_cancels_its_work(qtbot: QtBot) -> None:
    owner = QObject()
    task = run_task(asyncio.sleep(30), owner=owner)
    shiboken6.delete(owner)
    qtbot.waitUntil(task.done)
    assert task.cancelled()


def test_without_a_running_loop_the_mistake_is_said(
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    asyncio.events._set_running_loop(None)
    try:
        with pytest.raises(RuntimeError, match="qasync"):
            run_task(asyncio.sleep(0))
    finally:
        asyncio.events._set_running_loop(qasync_loop)


def test_busy_disables_then_gives_each_control_its_own_state_back(qtbot: QtBot) -> None:
    save = QPushButton("Enregistrer")
    already_off = QPushButton("Supprimer")
    spinner = QWidget()
    for widget in (save, already_off, spinner):
        qtbot.addWidget(widget)
    already_off.setEnabled(False)

    with pytest.raises(Refused), busy(save, already_off, show=[spinner]):
        assert not save.isEnabled() and not already_off.isEnabled()
        assert not spinner.isHidden()
        with busy(save):  # nested: the outer block still holds it
            pass
        assert not save.isEnabled()
        raise Refused()  # `finally` semantics: restored even on failure
    assert save.isEnabled()
    assert not already_off.isEnabled()
    assert spinner.isHidden()


def test_busy_as_a_decorator_and_an_async_context(
    qtbot: QtBot, run_async: Callable[..., Any]
) -> None:
    class View(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.save_button = QPushButton("Enregistrer", self)
            self.states: list[bool] = []

        @busy("save_button")
        async def save(self) -> str:
            self.states.append(self.save_button.isEnabled())
            async with busy(self.save_button):
                await asyncio.sleep(0)
                self.states.append(self.save_button.isEnabled())
            self.states.append(self.save_button.isEnabled())
            return "ok"

    view = View()
    qtbot.addWidget(view)
    assert run_async(view.save()) == "ok"
    assert view.states == [False, False, False]
    assert view.save_button.isEnabled()


def test_a_newer_request_cancels_the_one_it_supersedes(qtbot: QtBot, owner: QWidget) -> None:
    shown: list[str] = []
    gates = {"ancienne": asyncio.Event(), "nouvelle": asyncio.Event()}

    async def search(text: str) -> None:
        await gates[text].wait()
        shown.append(text)

    latest = LatestWins(owner=owner)
    first = latest.run(search("ancienne"))
    second = latest.run(search("nouvelle"))
    assert latest.task is second and latest.is_running()
    gates["ancienne"].set()
    gates["nouvelle"].set()
    qtbot.waitUntil(second.done)
    assert first.cancelled()
    assert shown == ["nouvelle"]
    assert not latest.is_running()


def test_an_async_slot_drops_the_arguments_it_does_not_take(qtbot: QtBot, owner: QWidget) -> None:
    calls: list[str] = []

    class Panel(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.button = QPushButton("Actualiser", self)
            self.button.clicked.connect(self.refresh)

        @async_slot
        async def refresh(self) -> None:
            await asyncio.sleep(0)
            calls.append("actualisé")

    panel = Panel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)  # clicked(bool) → refresh()
    qtbot.waitUntil(lambda: calls == ["actualisé"])
