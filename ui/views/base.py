"""The base of every screen of the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class View(QWidget):
    """A screen shown in the main area, reached from the navigation.

    Subclasses set `key`, build their widgets in `__init__(ctx)`, load their data in
    `refresh()` (awaited on the qasync loop when the screen is shown and when
    `ctx.events.data_changed` names one of `depends_on`), and disable what needs the service in
    `set_online(False)`, with a tooltip saying why.
    """

    key: str = ""
    depends_on: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"view-{self.key}")

    def title(self) -> str:
        """The translated title shown in the navigation and the window header."""
        raise NotImplementedError

    async def refresh(self) -> None:
        """Fetch what the screen shows. Errors propagate to the caller, which shows them."""

    def set_online(self, online: bool) -> None:
        """Enable or disable the actions that need the service."""
