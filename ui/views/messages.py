"""«Messages»: the enterprise's secure messages, a reading pane, and the unread count.

What arrives here: «Inscription activée», «Procuration reçue», «Procuration refusée»,
«Procuration révoquée», and the reminders of a procuration or an assignment ending within 30
days. A message opened (selected) is marked read on the service; the number of unread ones is
pushed to `ctx.events.unread_changed(n)` so the navigation shows it. A message about a
procuration or a registration offers to open it: `navigate(key)` asks the main window for the
screen, `open_requested(key, id)` says which object, and the screen is asked to select it.
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.api.client import all_pages
from app.api.errors import ApiError, NotFound
from app.domain.common import MessageKind, Page
from app.domain.models import Message
from app.receipts.french import quebec_time
from ui.asyncutil import LatestWins, busy, run_task
from ui.context import AppContext
from ui.list_export import ListExport
from ui.models.table import Column, TableModel, fold
from ui.views.base import (
    LIST_STYLE,
    View,
    list_heading,
    screen_layout,
    search_field,
    select_row,
    selected_row,
    set_up_list_table,
)
from ui.widgets.flow_layout import FlowLayout

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 500
UNREAD_MARK = "●"

# Which screen shows the object a message is about, when the kind alone tells.
SCREEN_OF_KIND = {
    MessageKind.REGISTRATION_ACTIVATED: "registrations",
    MessageKind.PROCURATION_RECEIVED: "received",  # posted to the mandataire
    MessageKind.PROCURATION_REVOKED: "received",  # idem
    MessageKind.PROCURATION_REFUSED: "procurations",  # posted to the mandant
}


def shown_instant(message: Message) -> str:
    """«2024-05-02 10:15», in Québec time, as the lists show dates (AAAA-MM-JJ)."""
    return quebec_time(message.created_at).strftime("%Y-%m-%d %H:%M")


class MessageTableModel(TableModel[Message]):
    """● (unread) · Date · Objet · Type; an unread message is in bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self.set_columns(
            [
                Column(
                    "",
                    lambda m: "" if m.read else UNREAD_MARK,
                    sort_key=lambda m: m.read,
                    alignment=Qt.AlignmentFlag.AlignCenter,
                    tooltip=lambda m: self.tr("Lu") if m.read else self.tr("Non lu"),
                    searchable=False,
                    header_tooltip=self.tr("● : message non lu"),
                ),
                Column(
                    self.tr("Date"),
                    shown_instant,
                    sort_key=lambda m: m.created_at,
                    header_tooltip=self.tr("Date et heure de réception (AAAA-MM-JJ)"),
                ),
                Column(self.tr("Objet"), lambda m: m.subject, tooltip=lambda m: m.subject),
                Column(self.tr("Type"), lambda m: self.kind_label(m.kind)),
            ]
        )
        self._bold = QFont()
        self._bold.setBold(True)

    def kind_label(self, kind: MessageKind) -> str:
        return {
            MessageKind.REGISTRATION_ACTIVATED: self.tr("Inscription activée"),
            MessageKind.PROCURATION_RECEIVED: self.tr("Procuration reçue"),
            MessageKind.PROCURATION_REFUSED: self.tr("Procuration refusée"),
            MessageKind.PROCURATION_REVOKED: self.tr("Procuration révoquée"),
            MessageKind.PROCURATION_ENDING: self.tr("Procuration à échéance"),
            MessageKind.ASSIGNMENT_ENDING: self.tr("Assignation à échéance"),
        }[kind]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            if 0 <= index.row() < self.rowCount():
                return None if self.row_at(index.row()).read else self._bold
            return None
        return super().data(index, role)


class MessagesView(View):
    """The list of messages above the message read; see the module docstring.

    Signals:
        navigate(str): show the screen of that key (the main window connects it).
        open_requested(str, str): (screen key, object id) of the object a message is about.
    """

    key = "messages"
    depends_on = ("messages",)

    navigate = Signal(str)
    open_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            LIST_STYLE
            + """
            QWidget#view-messages, QWidget#readingPane { background: #ffffff; }
            QLabel#messageCount { font-weight: bold; color: #223654; }
            QLabel#messageSubject { font-size: 13pt; font-weight: bold; color: #223654; }
            QLabel#messageMeta { color: #4e5662; }
            QLabel#messageBody { color: #1f1f1f; }
            QLabel#messageEmpty { color: #4e5662; }
            QFrame#readingRule { background: #c5cad2; min-height: 1px; max-height: 1px; }
            QWidget#readingPane { border: 1px solid #c5cad2; }
            """
        )
        self._online = ctx.online
        self._loaded = False
        self._unread = 0
        self._marking: set[str] = set()
        self._haystacks: dict[str, str] = {}  # folded subject and body of each message
        self._loader = LatestWins(owner=self)
        self._opener = LatestWins(owner=self)

        title, intro = list_heading(
            self,
            self.tr("Messages"),
            self.tr(
                "Les messages sécurisés adressés à votre entreprise : inscriptions activées, "
                "procurations reçues, refusées ou révoquées, procurations et assignations qui "
                "se terminent dans les 30 jours. Un message ouvert est marqué comme lu."
            ),
        )

        self.search, search_label = search_field(self, "messageSearch", self.tr("Objet ou contenu"))
        self.show_filter = QComboBox(self)
        self.show_filter.addItem(self.tr("Tous les messages"), False)
        self.show_filter.addItem(self.tr("Non lus seulement"), True)
        self.show_filter.setAccessibleName(self.tr("Afficher"))
        show_label = QLabel(self.tr("A&fficher"), self)
        show_label.setBuddy(self.show_filter)
        self.refresh_button = QPushButton(self.tr("Actualiser"), self)
        self.refresh_button.setAccessibleName(self.tr("Actualiser la liste des messages"))
        self.refresh_button.setToolTip(self.tr("Relire les messages auprès du service"))
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(show_label)
        filters.addWidget(self.show_filter)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)

        # ---- the list ----
        self.model = MessageTableModel(self)
        self.table = set_up_list_table(
            QTableView(self), self.model, self.tr("Liste des messages"), row_height=26
        )
        self.table.setObjectName("messagesTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 28)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("messageCount")
        # The unread mark's column has no heading on screen; in a file or on paper it needs one.
        self.export = ListExport(self, self.model, name="messages", headers={0: self.tr("Non lu")})
        under = FlowLayout()  # wraps when the texts are longer (English, large fonts)
        under.setSpacing(8)
        under.addWidget(self.count_label)
        under.addStretch(1)
        under.addLayout(self.export.button_row())
        list_host = QWidget(self)
        list_layout = QVBoxLayout(list_host)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(under)

        # ---- the message read ----
        self.pane = QWidget(self)
        self.pane.setObjectName("readingPane")
        self.pane.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.subject_label = QLabel(self.pane)
        self.subject_label.setObjectName("messageSubject")
        self.subject_label.setWordWrap(True)
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta_label = QLabel(self.pane)
        self.meta_label.setObjectName("messageMeta")
        self.meta_label.setWordWrap(True)
        rule = QFrame(self.pane)
        rule.setObjectName("readingRule")
        self.body_label = QLabel(self.pane)
        self.body_label.setObjectName("messageBody")
        self.body_label.setWordWrap(True)
        self.body_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body_label.setTextFormat(Qt.TextFormat.PlainText)
        self.body_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.body_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.body_label.setAccessibleName(self.tr("Contenu du message"))
        self.open_button = QPushButton(self.pane)
        self.open_button.setObjectName("openRelated")
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self.open_related)
        self.empty_label = QLabel(
            self.tr("Sélectionnez un message dans la liste pour le lire."), self.pane
        )
        self.empty_label.setObjectName("messageEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pane_layout = QVBoxLayout(self.pane)
        pane_layout.setContentsMargins(16, 14, 16, 14)
        pane_layout.setSpacing(8)
        self.pane.setMinimumHeight(170)
        pane_layout.addWidget(self.empty_label, 1)
        pane_layout.addWidget(self.subject_label)
        pane_layout.addWidget(self.meta_label)
        pane_layout.addWidget(rule)
        pane_layout.addWidget(self.body_label, 1)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(self.open_button)
        pane_layout.addLayout(open_row)
        self._reading_widgets = [
            self.subject_label,
            self.meta_label,
            rule,
            self.body_label,
            self.open_button,
        ]

        # The list above the message read: subjects are long, they get the full width.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(list_host)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 240])

        layout = screen_layout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self._apply_filters)
        self.show_filter.currentIndexChanged.connect(self._apply_filters)
        self.refresh_button.clicked.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._on_selection)
        ctx.events.unread_changed.connect(self._on_unread_pushed)
        self._show(None)
        self._update_count()

    # ---- View --------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Messages")

    async def refresh(self) -> None:
        api = self.ctx.api

        async def fetch(cursor: str | None) -> Page[Message]:
            return await api.messages(limit=PAGE_SIZE, cursor=cursor)

        with busy(self.refresh_button):
            messages = await self.export.read(all_pages(fetch))
            unread = await api.unread_count()
        self.set_messages(messages, unread)

    def set_online(self, online: bool) -> None:
        self._online = online
        self.refresh_button.setEnabled(online)
        self._show(self.selected())

    # ---- reading -----------------------------------------------------------------------------

    def messages(self) -> list[Message]:
        return self.model.rows()

    def unread(self) -> int:
        """The number of unread messages, as last pushed to `ctx.events.unread_changed`."""
        return self._unread

    def selected(self) -> Message | None:
        return selected_row(self.table, self.model)

    def select_message(self, message_id: str) -> bool:
        return select_row(self.table, self.model, lambda m: m.id == message_id)

    # ---- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        self._loader.run(self.refresh(), name="messages")

    def set_messages(self, messages: list[Message], unread: int | None = None) -> None:
        chosen = self.selected()
        self._haystacks = {m.id: fold(f"{m.subject} {m.body}") for m in messages}
        self.model.set_rows(messages)
        self._loaded = True
        if chosen is not None:
            self.select_message(chosen.id)
        self._set_unread(unread if unread is not None else sum(not m.read for m in messages))
        self._update_count()

    def _set_unread(self, count: int) -> None:
        self._unread = max(0, count)
        self.ctx.events.unread_changed.emit(self._unread)

    def _on_unread_pushed(self, count: int) -> None:
        # The main window's poll found another count than the list shows: a message came (or
        # was read elsewhere). Reload while on display; otherwise the next show reloads.
        if count != self._unread and self._loaded and self._online and self.isVisible():
            self.reload()

    def _apply_filters(self) -> None:
        words = fold(self.search.text()).split()
        unread_only = bool(self.show_filter.currentData())
        haystacks = self._haystacks
        chosen = self.selected()
        if not words and not unread_only:
            self.model.set_filter(None)
        else:
            self.model.set_filter(
                lambda m: (
                    (not unread_only or not m.read)
                    and all(w in haystacks.get(m.id, "") for w in words)
                )
            )
        if chosen is not None:
            self.select_message(chosen.id)
        self._update_count()

    def _update_count(self) -> None:
        if not self._loaded:
            self.count_label.setText("")
            return
        total = self.model.total_count()
        if total == 0:
            self.count_label.setText(self.tr("Vous n'avez aucun message."))
            return
        self.count_label.setText(
            self.tr("{0} message(s), dont {1} non lu(s)").format(total, self._unread)
        )

    # ---- the message read --------------------------------------------------------------------

    def _on_selection(self, *_args: object) -> None:
        message = self.selected()
        self._show(message)
        if message is not None and not message.read:
            self._mark_read(message)

    def _show(self, message: Message | None) -> None:
        self.empty_label.setVisible(message is None)
        for widget in self._reading_widgets:
            widget.setVisible(message is not None)
        if message is None:
            return
        self.subject_label.setText(message.subject)
        self.meta_label.setText(
            self.tr("Reçu le {0} · {1}").format(
                shown_instant(message), self.model.kind_label(message.kind)
            )
        )
        self.body_label.setText(message.body)
        target = self.related_screen(message)
        text = {
            "registrations": self.tr("&Voir les inscriptions"),
            "received": self.tr("&Ouvrir la procuration reçue"),
            "procurations": self.tr("&Ouvrir la procuration"),
        }.get(target or "", self.tr("&Ouvrir la procuration"))
        self.open_button.setText(text)
        self.open_button.setAccessibleName(text.replace("&", ""))
        can_open = message.related_id is not None and self.ctx.is_rse
        self.open_button.setVisible(can_open)
        self.open_button.setEnabled(can_open and (target is not None or self._online))
        if not self._online and target is None:
            self.open_button.setToolTip(
                self.tr("Le service est injoignable : la procuration ne peut pas être ouverte.")
            )
        else:
            self.open_button.setToolTip("")

    def _mark_read(self, message: Message) -> None:
        if message.id in self._marking or not self._online:
            return
        self._marking.add(message.id)
        # Marking read is housekeeping: a failure is logged, the message stays unread.
        run_task(self._send_read(message), owner=self, on_error=None, name="message-lu")

    async def _send_read(self, message: Message) -> None:
        try:
            updated = await self.ctx.api.mark_read(message.id)
        except ApiError as error:
            log.info("Message non marqué comme lu : %s", type(error).__name__)
            return
        finally:
            self._marking.discard(message.id)
        if not shiboken6.isValid(self):
            return
        for index, row in enumerate(self.model.rows()):
            if row.id == updated.id:
                was_unread = not row.read
                self.model.update_row(index, updated)
                if was_unread and updated.read:
                    self._set_unread(self._unread - 1)
        self._update_count()

    # ---- opening what a message is about ----------------------------------------------------

    def related_screen(self, message: Message) -> str | None:
        """The screen showing the object of `message` when the kind tells it; None when the
        procuration must be read to know whether the enterprise gave it or received it."""
        return SCREEN_OF_KIND.get(message.kind)

    def open_related(self) -> None:
        message = self.selected()
        if message is None or message.related_id is None:
            return
        self._opener.run(self._open(message), name="ouvrir")

    async def _open(self, message: Message) -> None:
        related = message.related_id
        assert related is not None
        target = self.related_screen(message)
        if target is None:
            # A reminder goes to both parties: the procuration says which one we are.
            try:
                procuration, _etag = await self.ctx.api.procuration(related)
            except NotFound:
                target = "procurations"
            else:
                mine = procuration.mandant.id == self.ctx.me.enterprise.id
                target = "procurations" if mine else "received"
        self.open_requested.emit(target, related)
        self.navigate.emit(target)
        self._focus_in(target, related)

    def _focus_in(self, key: str, object_id: str) -> None:
        """Ask the screen of `key` to select the object, once the main window shows it (its
        module may still be loading: then when it emits `view_shown(key)`)."""
        window = self.window()
        if window is self:
            return
        screen = window.findChild(View, f"view-{key}")
        if screen is not None:
            self._select_in(screen, object_id)
            return
        shown = getattr(window, "view_shown", None)
        if shown is None or not hasattr(shown, "connect"):
            return

        def once(shown_key: str) -> None:
            if shown_key != key:
                return
            shown.disconnect(once)
            found = window.findChild(View, f"view-{key}")
            if found is not None:
                self._select_in(found, object_id)

        shown.connect(once)

    @staticmethod
    def _select_in(screen: QWidget, object_id: str) -> None:
        for name in ("focus_procuration", "select_ministry", "select"):
            method = getattr(screen, name, None)
            if callable(method):
                method(object_id)
                return
