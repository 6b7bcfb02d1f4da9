"""The screens of the main window, in the order of the original's menus.

Each entry names its module and class; the main window imports them lazily, so a screen's
import cost is paid when it is first shown.
"""

from __future__ import annotations

from typing import NamedTuple


class ViewEntry(NamedTuple):
    key: str
    module: str
    cls: str
    rse_only: bool = True


VIEWS: tuple[ViewEntry, ...] = (
    ViewEntry("home", "ui.views.home", "HomeView", rse_only=False),
    ViewEntry("enterprise", "ui.views.enterprise", "EnterpriseView"),
    ViewEntry("users", "ui.views.users", "UsersView"),
    ViewEntry("registrations", "ui.views.registrations", "RegistrationsView"),
    ViewEntry("procurations", "ui.views.procurations", "ProcurationsView"),
    ViewEntry("received", "ui.views.received", "ReceivedProcurationsView"),
    ViewEntry("portfolio", "ui.views.portfolio", "PortfolioView"),
    ViewEntry("expiry", "ui.views.expiry", "ExpiryView"),
    ViewEntry("messages", "ui.views.messages", "MessagesView", rse_only=False),
    ViewEntry("receipts", "ui.views.receipts", "ReceiptsView"),
)
