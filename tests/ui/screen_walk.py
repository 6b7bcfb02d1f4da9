"""A walk through every screen a person can reach, for the tests that check them all (layout in
the pseudo-locale, accessibility, contrast, 200 % scale).

`walk_main_window(qtbot, window, role)` yields a `Stop` for each screen of the navigation, then
for each transaction and dialog that screen's action buttons open (each wizard on its first
page, the rights dialog of a procuration, consultation frames and dialogs): the action buttons
are tried on the rows of the screen's table until each has been opened once. Every stop is
closed again before the next. `walk_dialogs(qtbot, ...)` yields the sign-in and password
dialogs and the lock.

Checks read the widgets at each stop; they must not keep references past it.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow

DOCS = Path(__file__).resolve().parents[2] / "docs"


def pictures(tmp_path: Path, sub: str = "") -> Path:
    """Where the walks save their screenshots: docs/ when PROCURA_SCREENSHOTS is set (to
    refresh the committed pictures), else `tmp_path` (a test run leaves the tree as it was)."""
    folder = (DOCS if os.environ.get("PROCURA_SCREENSHOTS") else tmp_path) / sub
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# Buttons of a screen that do not open a transaction or a dialog.
_NOT_ACTIONS = ("refresh", "clear", "open", "print", "save", "retry", "search", "cancel_loading")
WINDOW_SIZE = (1200, 780)


@dataclass
class Stop:
    """One thing on screen to check: `root` is the widget to inspect (the main window, with the
    wizard in its main area, or the dialog); `frame` the wizard or dialog itself."""

    name: str
    kind: str  # "screen", "transaction", "dialog"
    root: QWidget
    frame: QWidget | None = None
    notes: list[str] = field(default_factory=list)


def settle() -> None:
    """Let the layouts finish: a word-wrapped label's new width asks for another pass."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    """Until the screen shown has loaded (its refresh done) and the layout settled."""
    qtbot.waitUntil(lambda: not window.loading_tasks(), timeout=15_000)
    settle()


def wait_frame_loaded(qtbot: QtBot, frame: QWidget) -> None:
    """Until what a frame reads after it opens has come (its `load_task`: the holders of a
    procuration consulted) and the layout has taken it in: the rows shown there can add a
    scroll bar, which narrows the page and re-wraps its labels."""
    task = getattr(frame, "load_task", None)
    if isinstance(task, asyncio.Future):
        qtbot.waitUntil(task.done, timeout=15_000)
    settle()
    settle()


def show_screen(qtbot: QtBot, window: MainWindow, key: str) -> QWidget:
    window.show_view(key)
    qtbot.waitUntil(
        lambda: key in window.pages and window.stack.currentWidget() is window.pages[key],
        timeout=15_000,
    )
    wait_idle(qtbot, window)
    return window.pages[key]


def action_buttons(view: QWidget) -> dict[str, QPushButton]:
    """The buttons of a screen that open a transaction or a dialog, by name."""
    found: dict[str, QPushButton] = {}
    own = getattr(view, "buttons", None)
    if isinstance(own, dict):
        found.update({str(k): b for k, b in own.items() if isinstance(b, QPushButton)})
    for name, value in vars(view).items():
        if name.endswith("_button") and isinstance(value, QPushButton):
            found.setdefault(name.removesuffix("_button"), value)
    return {
        name: button
        for name, button in found.items()
        if not any(word in name for word in _NOT_ACTIONS)
    }


def _dialogs() -> set[QWidget]:
    return {
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and shiboken6.isValid(w)
    }


def _opened(qtbot: QtBot, window: MainWindow, before: set[QWidget], count: int) -> QWidget | None:
    """The transaction or dialog that appeared, or None after a short wait."""
    found: list[QWidget] = []

    def appeared() -> bool:
        if len(window.transactions) > count:
            found.append(window.transactions[-1])
            return True
        new = _dialogs() - before
        if new:
            found.append(next(iter(new)))
            return True
        return False

    try:
        qtbot.waitUntil(appeared, timeout=5000)
    except WaitTimeout:
        return None
    return found[0]


def close_stop(qtbot: QtBot, window: MainWindow | None, frame: QWidget) -> None:
    """Close a transaction or a dialog the walk opened, without transmitting anything."""
    if not shiboken6.isValid(frame):
        return
    if isinstance(frame, QDialog):
        frame.reject()
        frame.close()
        return
    for name in ("cancelled", "closed"):
        signal = getattr(frame, name, None)
        if signal is not None and hasattr(signal, "emit"):
            signal.emit()
            break
    if window is not None and frame in window.transactions:
        window.close_transaction(frame)
    if window is not None:
        qtbot.waitUntil(lambda: frame not in window.transactions, timeout=5000)


def _rows(view: QWidget) -> int:
    table = getattr(view, "table", None)
    return table.model().rowCount() if isinstance(table, QTableView) else 0


def _select(view: QWidget, row: int) -> None:
    table = getattr(view, "table", None)
    if isinstance(table, QTableView):
        table.selectRow(row)
        table.setCurrentIndex(table.model().index(row, 0))
    QApplication.processEvents()


def _extra_stops(qtbot: QtBot, name: str, frame: QWidget) -> Iterator[Stop]:
    """What a transaction opens on its first page: the rights dialog of a procuration."""
    from ui.widgets.rights_editor import RightsEditor

    for editor in frame.findChildren(RightsEditor):
        if not editor.isVisible() or editor.table.rowCount() == 0:
            continue
        editor.table.selectRow(0)
        editor.modify_button.click()
        qtbot.waitUntil(
            lambda e=editor: e.dialog is not None and e.dialog.isVisible(), timeout=5000
        )
        dialog = editor.dialog
        assert dialog is not None
        yield Stop(f"{name}/rights-dialog", "dialog", dialog, dialog)
        close_stop(qtbot, None, dialog)
        return


def walk_main_window(
    qtbot: QtBot,
    window: MainWindow,
    role: str,
    *,
    screens: list[str] | None = None,
    transactions: bool = True,
) -> Iterator[Stop]:
    """Every screen of `window` (or those of `screens`), and what their buttons open."""
    for key in screens or window.screen_keys():
        view = show_screen(qtbot, window, key)
        yield Stop(f"{role}/{key}", "screen", window, view)
        if not transactions:
            continue
        buttons = action_buttons(view)
        done: set[str] = set()
        rows = _rows(view)
        for row in [-1, *range(min(rows, 60))]:
            if len(done) == len(buttons):
                break
            if row >= 0:
                _select(view, row)
            for action, button in buttons.items():
                if action in done or not (button.isVisible() and button.isEnabled()):
                    continue
                done.add(action)
                before, count = _dialogs(), len(window.transactions)
                button.click()
                frame = _opened(qtbot, window, before, count)
                if frame is None:
                    continue
                if isinstance(frame, QFileDialog):
                    # Qt's own save dialog (an export): not the program's to check.
                    close_stop(qtbot, window, frame)
                    continue
                wait_idle(qtbot, window)
                wait_frame_loaded(qtbot, frame)
                stop_name = f"{role}/{key}/{action}"
                kind = "dialog" if isinstance(frame, QDialog) else "transaction"
                root = frame if kind == "dialog" else window
                stop = Stop(stop_name, kind, root, frame)
                if isinstance(frame, QMessageBox):
                    stop.notes.append(f"a message box opened: {frame.text()}")
                yield stop
                if kind == "transaction":
                    yield from _extra_stops(qtbot, stop_name, frame)
                close_stop(qtbot, window, frame)
                if row >= 0 and shiboken6.isValid(view):
                    _select(view, row)
        missing = sorted(set(buttons) - done)
        if missing:
            yield Stop(f"{role}/{key}", "note", window, view, [f"never enabled: {missing}"])


def walk_lock(qtbot: QtBot, window: MainWindow, role: str) -> Iterator[Stop]:
    """The idle lock over the main window."""
    window.lock()
    qtbot.waitUntil(lambda: window.lock_overlay.isVisible(), timeout=5000)
    yield Stop(f"{role}/lock", "dialog", window, window.lock_overlay)
    window.lock_overlay.unlock()
    qtbot.waitUntil(lambda: not window.is_locked, timeout=5000)


def walk_dialogs(qtbot: QtBot) -> Iterator[Stop]:
    """The sign-in dialog (both service modes), the password change dialog and the comparison
    shown when someone changed a record first."""
    from ui.sign_in import ChangePasswordDialog, SignInDialog

    sign_in = SignInDialog(user_code="FGR97HL", remember=True)
    qtbot.addWidget(sign_in)
    sign_in.show()
    qtbot.waitExposed(sign_in)
    yield Stop("sign-in", "dialog", sign_in, sign_in)
    remote = SignInDialog(service_mode="remote", remote_url="https://procura.example.gouv.qc.ca")
    qtbot.addWidget(remote)
    remote.show()
    qtbot.waitExposed(remote)
    yield Stop("sign-in/remote", "dialog", remote, remote)
    for dialog in (sign_in, remote):
        dialog.close()

    async def change(_old: str, _new: str) -> None:
        return None

    password = ChangePasswordDialog(change, current_password="Temporaire-1", temporary=True)
    qtbot.addWidget(password)
    password.show()
    qtbot.waitExposed(password)
    yield Stop("change-password", "dialog", password, password)
    password.close()

    from ui.widgets.stale_dialog import StaleDialog, compare_fields

    changes = compare_fields(
        [("last_name", "Nom de famille"), ("phone", "Téléphone (travail)")],
        original={"last_name": "McReady", "phone": "514 522-6699"},
        yours={"last_name": "McReady-Tremblay", "phone": "514 522-6699"},
        theirs={"last_name": "McReady", "phone": "418 555-0100"},
    )
    stale = StaleDialog(changes, subject="le dossier de Sharron McReady")
    qtbot.addWidget(stale)
    stale.show()
    qtbot.waitExposed(stale)
    yield Stop("stale-record", "dialog", stale, stale)
    stale.close()


def open_main_window(qtbot: QtBot, ctx: Any, *, size: tuple[int, int] = WINDOW_SIZE) -> MainWindow:
    """A started main window for the signed-in `ctx`, at `size`, on its first screen."""

    async def verify(_password: str) -> None:
        return None

    window = MainWindow(ctx, verify_password=verify, store_settings=lambda _s: None)
    qtbot.addWidget(window)
    window.resize(*size)
    window.start()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.current_page() is not None, timeout=15_000)
    wait_idle(qtbot, window)
    return window


def first_enabled(buttons: dict[str, QAbstractButton]) -> Callable[[], None] | None:
    for button in buttons.values():
        if button.isEnabled():
            return button.click
    return None


def focus_window(widget: QWidget) -> None:
    widget.activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
