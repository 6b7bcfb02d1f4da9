"""What every screen of a signed-in session shares: the service, who is signed in, events."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.domain.common import Role
from app.domain.models import Enterprise, Me, Ministry
from app.settings import Settings

if TYPE_CHECKING:
    from app.api.client import ApiClient
    from app.cache.store import CacheStore


class AppEvents(QObject):
    """Signals that cross screens, so one screen's change refreshes the others."""

    # kind: "users", "procurations", "received", "registrations", "messages", "receipts",
    # "enterprise", "assignments"
    data_changed = Signal(str)
    unread_changed = Signal(int)
    online_changed = Signal(bool)
    # A transaction frame to show in the main area (a wizard), and its end.
    transaction_opened = Signal(QWidget)
    transaction_closed = Signal(QWidget)


@dataclass
class AppContext:
    """Handed to every view and wizard in its constructor (views never build their own)."""

    api: ApiClient
    me: Me
    settings: Settings
    events: AppEvents = field(default_factory=AppEvents)
    enterprise: Enterprise | None = None
    ministries: list[Ministry] = field(default_factory=list)
    online: bool = True
    # The offline cache of this session (`ui.offline.OfflineMode` opens it), or None: while
    # `online` is False the screens' reads through `api` come from it.
    cache: CacheStore | None = None

    @property
    def is_rse(self) -> bool:
        return self.me.role is Role.RSE

    @property
    def full_name(self) -> str:
        return f"{self.me.first_name} {self.me.last_name}"

    def ministry_name(self, code: str) -> str:
        for m in self.ministries:
            if m.code == code:
                return m.short_name or m.name
        return code

    def open_transaction(self, frame: QWidget) -> None:
        """Show a wizard in the main area, in place of the current screen, as the original does."""
        self.events.transaction_opened.emit(frame)

    def close_transaction(self, frame: QWidget) -> None:
        self.events.transaction_closed.emit(frame)

    def changed(self, kind: str) -> None:
        self.events.data_changed.emit(kind)
