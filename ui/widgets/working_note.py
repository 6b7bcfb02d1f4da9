"""A short note («Filtrage en cours…») shown while a screen's work runs in a worker thread.

    self.working = WorkingNote(self.tr("Filtrage en cours…"), parent)
    layout.addWidget(self.working)
    ...
    self.task = self.working.during(self._runner.run(self.filter_later()))

It shows from the request on, and until the last task it was given is done (finished, failed,
or cancelled by a newer one — even before it started).

The note keeps its place, of the size of its text, whether it shows or not: only its text
comes and goes. A label shown or hidden, or whose size changes, makes its screen lay out
again and repaint the whole of it — 20 ms with a table of 100 000 rows, and several times
that while the worker thread holds the interpreter (the table's cells are Python), which is
just when the note shows.
"""

from __future__ import annotations

import asyncio
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

T = TypeVar("T")


class WorkingNote(QLabel):
    """See the module docstring. `note` is the text shown while working."""

    def __init__(self, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = note
        self._running = 0
        self.setProperty("legend", True)
        self._fit()

    def is_working(self) -> bool:
        return self._running > 0

    def during(self, task: asyncio.Task[T]) -> asyncio.Task[T]:
        """Show the note from now until `task` is done; returns `task`."""
        self._running += 1
        self.setText(self.note)
        task.add_done_callback(self._done)
        return task

    def _done(self, _task: asyncio.Task[Any]) -> None:
        if shiboken6.isValid(self):
            self._running -= 1
            if not self._running:
                self.setText("")

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()  # its font is known (the style sheet's) or changed
        return done

    def _fit(self) -> None:
        # A fixed size: a new text then does not ask the layout to run again.
        shown = self.text()
        self.setText(self.note)
        size = self.sizeHint()
        self.setText(shown)
        self.setFixedSize(size)
