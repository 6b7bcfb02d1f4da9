"""«Inscription aux services électroniques»: every ministry with the enterprise's registration."""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QKeyEvent, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.api.errors import ApiError
from app.domain.common import RegistrationState
from app.domain.models import Ministry, Registration
from ui.asyncutil import LatestWins, run_task
from ui.context import AppContext
from ui.list_export import ListExport
from ui.models.table import Column, TableModel
from ui.views.base import (
    LIST_STYLE,
    View,
    screen_layout,
    select_row,
    selected_row,
    set_up_list_table,
)
from ui.widgets.flow_layout import FlowLayout

log = logging.getLogger(__name__)

# While a request is «En traitement», the table asks the service this often whether it is
# active yet (the service activates within 24 h in the original, at once in the demo).
POLL_INTERVAL_MS = 5000

PENDING_OR_ACTIVE = (RegistrationState.EN_TRAITEMENT, RegistrationState.ACTIF)


class RadioDelegate(QStyledItemDelegate):
    """The first column of the original's tables: a radio button, checked on the selected row.

    The row is still chosen the Qt way (click, arrows); the radio only shows that one row at a
    time is «the» choice the buttons below act on, as in clicSÉQUR."""

    MARGIN = 6

    def _indicator(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        return int(style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text = opt.text
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        size = self._indicator(opt)
        radio = QStyleOptionButton()
        radio.rect = QRect(rect.left() + self.MARGIN, rect.center().y() - size // 2, size, size)
        radio.state = QStyle.StateFlag.State_Enabled | (
            QStyle.StateFlag.State_On if selected else QStyle.StateFlag.State_Off
        )
        radio.palette = opt.palette
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, radio, painter, widget)
        text_rect = rect.adjusted(size + 2 * self.MARGIN + 2, 0, -self.MARGIN, 0)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        shown = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + self._indicator(option) + 2 * self.MARGIN + 2, hint.height())


class RegistrationTableModel(TableModel[Registration]):
    """Ministères et organismes · Date de la demande · État · Date, as the original lists them."""

    def __init__(self, ministry_name: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._ministry_name = ministry_name
        center = Qt.AlignmentFlag.AlignCenter
        self.set_columns(
            [
                Column(
                    self.tr("Ministères et organismes"),
                    lambda r: self._ministry_name(r.ministry) or r.ministry_name,
                    tooltip=lambda r: r.ministry_name or None,
                ),
                Column(
                    self.tr("Date de la demande\n(AAAA-MM-JJ)"),
                    lambda r: r.requested_on,
                    alignment=center,
                ),
                Column(
                    self.tr("État"),
                    lambda r: self.state_label(r.state),
                    tooltip=lambda r: self.state_help(r.state),
                ),
                Column(self.tr("Date\n(AAAA-MM-JJ)"), lambda r: r.state_on, alignment=center),
            ]
        )

    def state_label(self, state: RegistrationState | None) -> str:
        """The state as the original shows it (the French labels of app.domain.common)."""
        labels = {
            RegistrationState.EN_TRAITEMENT: self.tr("En traitement"),
            RegistrationState.ACTIF: self.tr("Actif"),
            RegistrationState.REFUSE: self.tr("Refusé"),
            RegistrationState.DESACTIVE: self.tr("Désactivé"),
        }
        return labels[state] if state is not None else ""

    def state_help(self, state: RegistrationState | None) -> str | None:
        helps = {
            RegistrationState.EN_TRAITEMENT: self.tr(
                "La demande est en traitement. Vous recevrez un message dès que "
                "l'inscription sera active (dans les 24 heures)."
            ),
            RegistrationState.ACTIF: self.tr(
                "L'inscription est effective : les procurations peuvent accorder des droits "
                "sur les services de ce ministère ou organisme."
            ),
            RegistrationState.REFUSE: self.tr(
                "La demande a été refusée. Vous pouvez présenter une nouvelle demande."
            ),
            RegistrationState.DESACTIVE: self.tr(
                "L'entreprise a été désinscrite. Vous pouvez l'inscrire de nouveau."
            ),
        }
        return helps.get(state) if state is not None else None


class RegistrationsView(View):
    """The table of every ministry and organism, with Inscrire, Consulter and Désinscrire.

    A request stays «En traitement» until the service activates it; while one is pending the
    view asks the service again every `poll_interval_ms` (only while shown and online), so the
    table turns «Actif» without a restart. Signals nothing itself: after a transaction it calls
    `ctx.changed("registrations")` (the procurations' rights editor offers Actif ones only),
    and when a pending request turns active, `ctx.changed("messages")` too (its message came).
    """

    key = "registrations"
    depends_on = ("registrations", "messages")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(LIST_STYLE)
        self.poll_interval_ms = POLL_INTERVAL_MS
        self._online = ctx.online
        self._loaded = False
        self._frame: QWidget | None = None
        self._loader = LatestWins(owner=self)

        title = QLabel(
            self.tr("Inscription à des services offerts par un ministère ou un organisme")
        )
        # Under the main window's header («Inscription aux services électroniques»), the
        # original's page title, one size down.
        title.setProperty("viewSubtitle", True)
        title.setStyleSheet("font-size: 13pt;")
        title.setWordWrap(True)
        title.setIndent(0)
        subtitle = QLabel(self.tr("Liste des ministères et organismes"))
        subtitle.setProperty("viewSubtitle", True)
        subtitle.setIndent(0)
        intro = QLabel(
            self.tr(
                "Sélectionnez un ministère ou un organisme dans la liste ci-dessous. Ensuite, "
                "cliquez sur le bouton Inscrire, Consulter ou Désinscrire, selon vos besoins."
            )
            + "\n"
            + self.tr(
                "L'état de la demande d'inscription ou de l'inscription même est affiché dans "
                "le tableau. Pour que l'inscription soit effective, l'état doit être « Actif »."
            )
        )
        intro.setProperty("viewIntro", True)
        intro.setWordWrap(True)

        self.model = RegistrationTableModel(ctx.ministry_name, self)
        # The list's own actions, on the line of its heading (Alt+I is «Inscrire» here).
        self.export = ListExport(
            self, self.model, name="inscriptions", print_text=self.tr("Im&primer la liste…")
        )
        heading_row = FlowLayout()  # the buttons go under the heading when the line is short
        heading_row.setSpacing(8)
        heading_row.addWidget(subtitle)
        heading_row.addStretch(1)
        heading_row.addLayout(self.export.button_row())
        self.table = set_up_list_table(
            QTableView(self),
            self.model,
            self.tr("Liste des ministères et organismes"),
            row_height=28,
        )
        self.table.setObjectName("registrationsTable")
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(0, RadioDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.consult())

        self.register_button = QPushButton(self.tr("&Inscrire"), self)
        self.consult_button = QPushButton(self.tr("C&onsulter"), self)
        self.unregister_button = QPushButton(self.tr("&Désinscrire"), self)
        self.register_button.setProperty("primary", True)
        self.register_button.setAccessibleName(self.tr("Inscrire"))
        self.consult_button.setAccessibleName(self.tr("Consulter"))
        self.unregister_button.setAccessibleName(self.tr("Désinscrire"))
        self.register_button.clicked.connect(self.register)
        self.consult_button.clicked.connect(self.consult)
        self.unregister_button.clicked.connect(self.unregister)

        self.action_hint = QLabel(self)
        self.action_hint.setProperty("actionHint", True)
        self.action_hint.setWordWrap(True)
        self.action_hint.setObjectName("actionHint")
        self.pending_note = QLabel(self)
        self.pending_note.setProperty("actionHint", True)
        self.pending_note.setWordWrap(True)
        self.pending_note.setObjectName("pendingNote")
        self.pending_note.setVisible(False)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.action_hint, 1)
        buttons.addSpacing(16)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.consult_button)
        buttons.addWidget(self.unregister_button)

        layout = screen_layout(self)
        layout.addWidget(title)
        layout.addLayout(heading_row)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.pending_note)
        layout.addLayout(buttons)

        self._poll_timer = QTimer(self)
        self._poll_timer.setSingleShot(True)
        self._poll_timer.timeout.connect(self._poll_now)
        self._poll_task_running = False
        self._update_actions()

    # ---- View --------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Inscription aux services électroniques")

    async def refresh(self) -> None:
        registrations = await self.export.read(self.ctx.api.registrations())
        self._apply(registrations)

    def set_online(self, online: bool) -> None:
        self._online = online
        self._update_actions()
        self._schedule_poll()

    # ---- reading -----------------------------------------------------------------------------

    def registrations(self) -> list[Registration]:
        return self.model.rows()

    def selected(self) -> Registration | None:
        return selected_row(self.table, self.model)

    def select_ministry(self, code: str) -> bool:
        """Select the row of ministry `code` (as a person would click its radio button)."""
        return select_row(self.table, self.model, lambda r: r.ministry == code)

    def row_of(self, code: str) -> Registration | None:
        return next((r for r in self.model.rows() if r.ministry == code), None)

    def pending(self) -> list[Registration]:
        return [r for r in self.model.rows() if r.state is RegistrationState.EN_TRAITEMENT]

    def is_polling(self) -> bool:
        return self._poll_timer.isActive() or self._poll_task_running

    def ministry(self, code: str, fallback_name: str = "") -> Ministry:
        """The catalogue entry (with its questions) of `code`."""
        for m in self.ctx.ministries:
            if m.code == code:
                return m
        return Ministry(code=code, name=fallback_name or code)

    # ---- actions -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch the table again (errors shown to the person)."""
        self._loader.run(self.refresh())

    def register(self) -> None:
        """«Inscrire»: the wizard with the ministry's questions, in the main area."""
        chosen = self.selected()
        if chosen is None or not self.register_button.isEnabled():
            return
        from ui.wizards.register import RegisterWizard

        wizard = RegisterWizard(
            self.ctx, self.ministry(chosen.ministry, chosen.ministry_name), previous=chosen
        )
        self._open(wizard)

    def unregister(self) -> None:
        """«Désinscrire»: the confirmation wizard, in the main area."""
        chosen = self.selected()
        if chosen is None or not self.unregister_button.isEnabled():
            return
        from ui.wizards.unregister import UnregisterWizard

        wizard = UnregisterWizard(
            self.ctx, chosen, self.ministry(chosen.ministry, chosen.ministry_name)
        )
        self._open(wizard)

    def consult(self) -> None:
        """«Consulter»: the registration and its answers, read-only, in the main area."""
        chosen = self.selected()
        if chosen is None or not self.consult_button.isEnabled():
            return
        details = RegistrationDetails(
            self.ctx, chosen, self.ministry(chosen.ministry, chosen.ministry_name)
        )
        details.closed.connect(lambda: self._close(details))
        self._frame = details
        self.ctx.open_transaction(details)

    def current_frame(self) -> QWidget | None:
        """The wizard or consultation this screen opened and that is not closed yet."""
        return self._frame

    def _open(self, wizard: QWidget) -> None:
        from ui.widgets.wizard import TransactionWizard

        assert isinstance(wizard, TransactionWizard)
        wizard.transmitted.connect(self._on_transmitted)
        wizard.finished.connect(lambda _result: self._close(wizard))
        wizard.cancelled.connect(lambda: self._close(wizard))
        self._frame = wizard
        self.ctx.open_transaction(wizard)

    def _close(self, frame: QWidget) -> None:
        if self._frame is frame:
            self._frame = None
        self.ctx.close_transaction(frame)

    def _on_transmitted(self, result: object) -> None:
        registration = getattr(result, "registration", None)
        if isinstance(registration, Registration):
            self._replace(registration)
        self.ctx.changed("registrations")
        self.ctx.changed("receipts")
        self.reload()

    def _replace(self, registration: Registration) -> None:
        rows = self.model.rows()
        for index, row in enumerate(rows):
            if row.ministry == registration.ministry:
                self.model.update_row(index, registration)
        self._update_actions()
        self._schedule_poll()

    # ---- table and buttons -------------------------------------------------------------------

    def _apply(self, registrations: list[Registration]) -> None:
        before = {r.ministry: r.state for r in self.model.rows()}
        chosen = self.selected()
        self.model.set_rows(registrations)
        self._loaded = True
        if chosen is not None:
            self.select_ministry(chosen.ministry)
        activated = [
            r
            for r in registrations
            if r.state is RegistrationState.ACTIF
            and before.get(r.ministry) is RegistrationState.EN_TRAITEMENT
        ]
        self._update_actions()
        self._schedule_poll()
        if activated:
            log.info("Inscription(s) activée(s) : %s", ", ".join(r.ministry for r in activated))
            # Procurations may now grant rights there; and the activation came as a message.
            self.ctx.changed("registrations")
            self.ctx.changed("messages")

    def _update_actions(self) -> None:
        chosen = self.selected()
        offline = self.tr(
            "Le service est injoignable : cette action sera possible dès le retour de la connexion."
        )
        not_rse = self.tr(
            "Seul le ou la responsable des services électroniques (RSE) peut inscrire ou "
            "désinscrire l'entreprise."
        )
        none = self.tr("Sélectionnez d'abord un ministère ou un organisme dans la liste.")
        register_why = unregister_why = consult_why = ""
        if chosen is None:
            register_why = unregister_why = consult_why = none
        else:
            state = chosen.state
            name = self.ctx.ministry_name(chosen.ministry)
            if state is RegistrationState.ACTIF:
                register_why = self.tr("L'entreprise est déjà inscrite à « {0} ».").format(name)
            elif state is RegistrationState.EN_TRAITEMENT:
                register_why = self.tr(
                    "La demande d'inscription à « {0} » est en traitement : attendez le message "
                    "d'activation."
                ).format(name)
            if state not in PENDING_OR_ACTIVE:
                unregister_why = self.tr(
                    "L'entreprise n'est pas inscrite à « {0} » : il n'y a rien à désinscrire."
                ).format(name)
            if state is None:
                consult_why = self.tr(
                    "L'entreprise n'a jamais demandé à s'inscrire à « {0} » : il n'y a rien à "
                    "consulter."
                ).format(name)
            if not self._online:
                register_why = register_why or offline
                unregister_why = unregister_why or offline
            elif not self.ctx.is_rse:
                register_why = register_why or not_rse
                unregister_why = unregister_why or not_rse
        self._set_action(
            self.register_button,
            register_why,
            self.tr("Inscrire l'entreprise aux services du ministère ou de l'organisme choisi."),
        )
        self._set_action(
            self.consult_button,
            consult_why,
            self.tr("Voir l'inscription et les réponses données aux questions."),
        )
        self._set_action(
            self.unregister_button,
            unregister_why,
            self.tr(
                "Désinscrire l'entreprise : les procurations ne pourront plus accorder de "
                "droits sur ce ministère ou organisme."
            ),
        )
        if chosen is None:
            status = none if self._loaded else ""
        elif not self._online:
            status = offline
        elif not self.ctx.is_rse:
            status = not_rse
        else:
            status = self.status_sentence(chosen)
        self.action_hint.setText(status)
        self.action_hint.setVisible(bool(status))
        pending = self.pending()
        if pending:
            names = ", ".join(f"« {self.ctx.ministry_name(r.ministry)} »" for r in pending)
            self.pending_note.setText(
                self.tr(
                    "Demande en traitement : {0}. L'état passera à « Actif » dès l'activation, "
                    "annoncée par un message (dans les 24 heures)."
                ).format(names)
            )
        self.pending_note.setVisible(bool(pending))

    def status_sentence(self, registration: Registration) -> str:
        """Where the selected registration stands, beside the buttons."""
        name = self.ctx.ministry_name(registration.ministry)
        on = registration.state_on.isoformat() if registration.state_on else ""
        state = registration.state
        if state is None:
            return self.tr(
                "« {0} » : aucune demande d'inscription. Cliquez sur Inscrire pour en présenter "
                "une."
            ).format(name)
        if state is RegistrationState.ACTIF:
            return self.tr("L'inscription à « {0} » est active depuis le {1}.").format(name, on)
        if state is RegistrationState.EN_TRAITEMENT:
            return self.tr(
                "La demande d'inscription à « {0} » est en traitement depuis le {1} : un message "
                "annoncera son activation."
            ).format(name, on)
        if state is RegistrationState.DESACTIVE:
            return self.tr(
                "L'entreprise a été désinscrite de « {0} » le {1}. Vous pouvez l'inscrire de "
                "nouveau."
            ).format(name, on)
        return self.tr(
            "La demande d'inscription à « {0} » a été refusée le {1}. Vous pouvez présenter "
            "une nouvelle demande."
        ).format(name, on)

    @staticmethod
    def _set_action(button: QPushButton, why_not: str, what: str) -> None:
        button.setEnabled(not why_not)
        # Qt shows tooltips on disabled buttons too: that is where the person looks for why.
        button.setToolTip(why_not or what)
        button.setAccessibleDescription(why_not or what)

    # ---- polling while a request is pending --------------------------------------------------

    def _schedule_poll(self) -> None:
        wanted = bool(self.pending()) and self._online and self.isVisible()
        if not wanted:
            self._poll_timer.stop()
        elif not self._poll_timer.isActive() and not self._poll_task_running:
            self._poll_timer.start(self.poll_interval_ms)

    def _poll_now(self) -> None:
        if self._poll_task_running or not shiboken6.isValid(self):
            return
        self._poll_task_running = True
        run_task(self._poll(), owner=self, on_error=None, name="inscriptions-en-traitement")

    async def _poll(self) -> None:
        try:
            registrations = await self.export.read(self.ctx.api.registrations())
        except ApiError as error:
            # A poll is background work: the person did not ask, so no box; try again later.
            log.info("Vérification des inscriptions en traitement impossible : %s", error)
            registrations = None
        finally:
            self._poll_task_running = False
        if registrations is not None:
            self._apply(registrations)
        else:
            self._schedule_poll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._schedule_poll()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._poll_timer.stop()


class RegistrationDetails(QWidget):
    """«Consulter»: the registration to one ministry and the answers given, read-only."""

    closed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        registration: Registration,
        ministry: Ministry,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("registrationDetails")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            LIST_STYLE
            + """
            QWidget#registrationDetails { background: #ffffff; }
            QLabel[recapLabel="true"] { color: #4e5662; }
            QFrame#rule { background: #223654; min-height: 2px; max-height: 2px; }
            """
        )
        self.setWindowTitle(self.tr("Consultation d'une inscription"))
        states = RegistrationTableModel(ctx.ministry_name, self)
        title = QLabel(self.tr("Consultation d'une inscription"), self)
        title.setProperty("viewTitle", True)
        rule = QFrame(self)
        rule.setObjectName("rule")
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setColumnStretch(1, 1)
        self.values: dict[str, str] = {}
        row = 0

        def heading(text: str) -> None:
            nonlocal row
            label = QLabel(text, grid_host)
            label.setProperty("viewSubtitle", True)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0, 1, 2)
            row += 1

        def add(label_text: str, value: str) -> None:
            nonlocal row
            label = QLabel(label_text, grid_host)
            label.setProperty("recapLabel", True)
            label.setWordWrap(True)
            shown = QLabel(value or "—", grid_host)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(label_text)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(shown, row, 1, Qt.AlignmentFlag.AlignTop)
            self.values[label_text] = value
            row += 1

        heading(self.tr("Inscription à des services offerts par un ministère ou un organisme"))
        add(self.tr("Ministère ou organisme"), ministry.name or registration.ministry_name)
        add(
            self.tr("Date de la demande"),
            registration.requested_on.isoformat() if registration.requested_on else "",
        )
        add(self.tr("État"), states.state_label(registration.state))
        add(
            self.tr("Date de l'état"),
            registration.state_on.isoformat() if registration.state_on else "",
        )
        if ministry.questions:
            heading(self.tr("Réponses aux questions"))
            for question in ministry.questions:
                answer = registration.answers.get(question.code, "")
                if question.kind == "yes_no":
                    yes = answer.strip().casefold() in ("oui", "yes")
                    answer = self.tr("Oui") if yes else (self.tr("Non") if answer else "")
                add(question.text, answer)
        note = QLabel(states.state_help(registration.state) or "", self)
        note.setWordWrap(True)
        note.setProperty("viewIntro", True)

        self.back_button = QPushButton(self.tr("&Retour à la liste"), self)
        self.back_button.setProperty("primary", True)
        self.back_button.setAccessibleName(self.tr("Retour à la liste"))
        self.back_button.clicked.connect(self.closed.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)

        layout = screen_layout(self)
        layout.addWidget(title)
        layout.addWidget(rule)
        layout.addWidget(grid_host)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # Esc goes back, as «Annuler» in the wizards
            self.closed.emit()
            return
        super().keyPressEvent(event)
