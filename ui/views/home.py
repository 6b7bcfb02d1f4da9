"""Accueil: welcome, the ministries the enterprise is registered to, new messages, the enterprise.

Laid out like the original's home page: on the left «Bienvenue» and the ministries and
organisms whose services the enterprise is registered to (state Actif); on the right the
«Messages» box («Vous n'avez aucun nouveau message.» or the unread count, with a link) and
«Renseignements sur l'entreprise» (NEQ, numéro d'identification, adresse du siège social).
"""

from __future__ import annotations

import asyncio
import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.common import RegistrationState
from app.domain.models import Registration
from ui.context import AppContext
from ui.views.base import View

log = logging.getLogger(__name__)

HOME_STYLE = """
QWidget#homeContent { background: #ffffff; }
QLabel[heading="true"] { font-size: 13pt; font-weight: bold; color: #223654; }
QLabel[subheading="true"] { font-size: 11pt; font-weight: bold; color: #223654;
    padding-bottom: 2px; }
QLabel[boxTitle="true"] { font-size: 11pt; font-weight: bold; color: #ffffff;
    background: #223654; padding: 6px 10px; }
QFrame[box="true"] { background: #ffffff; border: 1px solid #c5cad2; }
QLabel[fieldName="true"] { color: #4e5662; font-weight: bold; }
QLabel[ministry="true"] { color: #223654; padding-left: 6px; }
QLabel[note="true"] { color: #4e5662; }
QLabel#unreadText[unread="true"] { color: #223654; font-weight: bold; }
QLabel[link="true"] { padding: 2px 0; }
QLabel[link="true"]:focus { border: 2px solid #4a98d9; }
"""


class Link(QLabel):
    """A link to another screen that wraps like text (a button would not, and long labels, in
    English or at large font sizes, would be cut). `activated` when clicked, or with the
    keyboard (Tab to it, then Enter)."""

    activated = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(f"<a href='#'>{html.escape(text, quote=False)}</a>")
        self.setProperty("link", True)
        self.setIndent(0)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(text)
        self.linkActivated.connect(lambda _href: self.activated.emit())

    def plain_text(self) -> str:
        return self.accessibleName()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            event.accept()
            self.activated.emit()
            return
        super().keyPressEvent(event)


def _link(text: str, parent: QWidget) -> Link:
    return Link(text, parent)


class _Box(QFrame):
    """A titled box of the right column, as on the original's home page."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("box", True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.title_label = QLabel(title, self)
        self.title_label.setProperty("boxTitle", True)
        outer.addWidget(self.title_label)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(12, 10, 12, 12)
        self.body.setSpacing(6)
        outer.addLayout(self.body)


class HomeView(View):
    """Accueil. `navigate(key)` asks the main window to show another screen («Consulter les
    messages», «Inscription à des services offerts par un ministère ou un organisme»)."""

    key = "home"
    depends_on = ("registrations", "messages", "enterprise")
    navigate = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(HOME_STYLE)
        self.registrations: list[Registration] = []
        self.unread: int | None = None

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.title())  # Tab stops on it, to scroll with the keys
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        content.setObjectName("homeContent")
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        columns = QHBoxLayout(content)
        columns.setContentsMargins(24, 16, 24, 16)
        columns.setSpacing(28)

        # -- left: welcome and ministries --
        left = QVBoxLayout()
        left.setSpacing(8)
        self.welcome = QLabel(self.tr("Bienvenue, {0}").format(ctx.full_name), content)
        self.welcome.setProperty("heading", True)
        self.welcome.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Vous trouverez ci-dessous la liste des ministères et organismes qui offrent "
                "les services auxquels l'entreprise est inscrite."
            ),
            content,
        )
        intro.setWordWrap(True)
        self.ministries_label = QLabel(self.tr("Chargement…"), content)
        self.ministries_label.setObjectName("ministries")
        self.ministries_label.setProperty("ministry", True)
        self.ministries_label.setWordWrap(True)
        self.pending_label = QLabel(content)
        self.pending_label.setProperty("note", True)
        self.pending_label.setWordWrap(True)
        self.pending_label.setVisible(False)
        self.register_link = _link(
            self.tr("Inscription à des services offerts par un ministère ou un organisme"),
            content,
        )
        self.register_link.setObjectName("registerLink")
        self.register_link.setVisible(ctx.is_rse)
        self.register_link.activated.connect(lambda: self.navigate.emit("registrations"))
        left.addWidget(self.welcome)
        left.addWidget(intro)
        left.addSpacing(4)
        left.addWidget(self.ministries_label)
        left.addWidget(self.pending_label)
        left.addSpacing(8)
        left.addWidget(self.register_link)
        left.addSpacing(18)
        self.shortcuts = self._shortcuts(content) if ctx.is_rse else None
        if self.shortcuts is not None:
            left.addWidget(self.shortcuts)
        left.addStretch(1)
        note = QLabel(
            self.tr(
                "Veuillez prendre toutes les mesures à votre portée pour protéger la "
                "confidentialité des renseignements que vous consultez et transmettez."
            ),
            content,
        )
        note.setWordWrap(True)
        note.setProperty("note", True)
        left.addWidget(note)

        # -- right: messages and the enterprise --
        right = QVBoxLayout()
        right.setSpacing(16)
        messages = _Box(self.tr("Messages"), content)
        self.unread_label = QLabel(self.tr("Chargement…"), messages)
        self.unread_label.setObjectName("unreadText")
        self.unread_label.setWordWrap(True)
        self.messages_link = _link(self.tr("Consulter les messages"), messages)
        self.messages_link.setObjectName("messagesLink")
        self.messages_link.activated.connect(lambda: self.navigate.emit("messages"))
        messages.body.addWidget(self.unread_label)
        messages.body.addWidget(self.messages_link)

        enterprise = _Box(self.tr("Renseignements sur l'entreprise"), content)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(1)
        self.name_value = self._info_row(grid, 0, self.tr("Nom"), enterprise)
        self.neq_value = self._info_row(
            grid, 2, self.tr("Numéro d'entreprise du Québec (NEQ)"), enterprise
        )
        self.id_value = self._info_row(grid, 4, self.tr("Numéro d'identification"), enterprise)
        self.address_value = self._info_row(
            grid, 6, self.tr("Adresse du siège social de l'entreprise"), enterprise
        )
        enterprise.body.addLayout(grid)
        right.addWidget(messages)
        right.addWidget(enterprise)
        right.addStretch(1)

        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        ctx.events.unread_changed.connect(self.set_unread)
        self.show_enterprise()

    def _shortcuts(self, parent: QWidget) -> QWidget:
        """«Accès rapide»: the RSE's everyday tasks, one click away."""
        box = QWidget(parent)
        box.setObjectName("shortcuts")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        heading = QLabel(self.tr("Accès rapide"), box)
        heading.setProperty("subheading", True)
        heading.setIndent(0)  # a styled label is indented otherwise, out of line with links
        layout.addWidget(heading)
        for key, text in (
            ("users", self.tr("Créer, modifier ou suspendre le dossier d'un utilisateur")),
            ("procurations", self.tr("Ajouter, assigner ou révoquer une procuration")),
            ("received", self.tr("Procurations reçues d'autres entreprises")),
            ("enterprise", self.tr("Dossier de l'entreprise et code express clicSÉQUR")),
            ("receipts", self.tr("Retrouver un accusé de réception")),
        ):
            link = _link(text, box)
            link.setObjectName(f"shortcut_{key}")
            link.activated.connect(lambda k=key: self.navigate.emit(k))
            layout.addWidget(link)
        return box

    @staticmethod
    def _info_row(grid: QGridLayout, row: int, name: str, parent: QWidget) -> QLabel:
        label = QLabel(name, parent)
        label.setProperty("fieldName", True)
        label.setWordWrap(True)
        value = QLabel("—", parent)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setAccessibleName(name)
        grid.addWidget(label, row, 0)
        grid.addWidget(value, row + 1, 0)
        # Air between one piece of information and the next label.
        grid.setRowMinimumHeight(row + 1, value.sizeHint().height() + 8)
        return value

    def title(self) -> str:
        return self.tr("Accueil")

    # ---- data --------------------------------------------------------------------------------

    async def refresh(self) -> None:
        api = self.ctx.api
        registrations, unread, enterprise = await asyncio.gather(
            api.registrations(), api.unread_count(), api.enterprise()
        )
        self.ctx.enterprise = enterprise
        self.show_enterprise()
        self.show_registrations(registrations)
        if unread != self.unread:
            # Other screens (the navigation's badge) hear of the new count too.
            self.ctx.events.unread_changed.emit(unread)
        self.set_unread(unread)

    def show_enterprise(self) -> None:
        e = self.ctx.enterprise
        if e is None:
            self.name_value.setText(self.ctx.me.enterprise.name)
            self.id_value.setText(self.ctx.me.enterprise.id)
            return
        self.name_value.setText(e.name)
        self.neq_value.setText(e.neq or self.tr("Sans objet (entreprise hors Québec)"))
        self.id_value.setText(e.id)
        self.address_value.setText(e.address or "—")

    def show_registrations(self, registrations: list[Registration]) -> None:
        self.registrations = registrations
        names = self.active_ministries()
        if names:
            items = "".join(f"<li>{html.escape(name, quote=False)}</li>" for name in names)
            self.ministries_label.setText(f"<ul style='margin-left: -16px'>{items}</ul>")
            self.ministries_label.setAccessibleName("; ".join(names))
        else:
            self.ministries_label.setText(
                self.tr(
                    "L'entreprise n'est encore inscrite aux services d'aucun ministère ou "
                    "organisme."
                )
            )
            self.ministries_label.setAccessibleName(self.ministries_label.text())
        pending = [r for r in registrations if r.state is RegistrationState.EN_TRAITEMENT]
        if pending:
            listed = ", ".join(
                r.ministry_name or self.ctx.ministry_name(r.ministry) for r in pending
            )
            self.pending_label.setText(
                self.tr("Demandes d'inscription en traitement : {0}.").format(listed)
            )
        self.pending_label.setVisible(bool(pending))

    def active_ministries(self) -> list[str]:
        """The names listed under «Bienvenue» (what a person reads there)."""
        return [
            r.ministry_name or self.ctx.ministry_name(r.ministry)
            for r in self.registrations
            if r.state is RegistrationState.ACTIF
        ]

    def set_unread(self, count: int) -> None:
        self.unread = count
        if count <= 0:
            text = self.tr("Vous n'avez aucun nouveau message.")
        elif count == 1:
            text = self.tr("Vous avez 1 nouveau message.")
        else:
            text = self.tr("Vous avez {0} nouveaux messages.").format(count)
        self.unread_label.setText(text)
        self.unread_label.setProperty("unread", count > 0)
        self.unread_label.style().unpolish(self.unread_label)
        self.unread_label.style().polish(self.unread_label)
