"""What the main window does with `ctx.open_transaction` / `close_transaction`, for screens
tested on their own: each frame (wizard, consultation) is shown as a window, hidden when closed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.context import AppContext


class Frames:
    """Hosts the frames a screen opens; `current` is the last one opened."""

    def __init__(self, qtbot: QtBot, ctx: AppContext) -> None:
        self.opened: list[QWidget] = []
        self.closed: list[QWidget] = []
        self._qtbot = qtbot
        ctx.events.transaction_opened.connect(self._open)
        ctx.events.transaction_closed.connect(self._close)

    def _open(self, frame: QWidget) -> None:
        self._qtbot.addWidget(frame)
        self.opened.append(frame)
        frame.resize(900, 680)
        frame.show()

    def _close(self, frame: QWidget) -> None:
        self.closed.append(frame)
        frame.hide()

    @property
    def current(self) -> QWidget:
        return self.opened[-1]

    def current_of(self, kind: type) -> QWidget:
        """The last frame opened, checked to be a `kind`."""
        frame = self.current
        assert isinstance(frame, kind), f"{type(frame).__name__} is not a {kind.__name__}"
        return frame
