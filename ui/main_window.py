"""The main window: navigation through the screens, the screen's header, transactions, menus,
status bar and idle lock.

The screens come from `ui.views.VIEWS`, imported and built on first show (a screen whose module
does not exist yet shows a placeholder saying it is coming). A transaction a screen opens with
`ctx.open_transaction(frame)` replaces the main area until it ends
(`ctx.close_transaction(frame)`, or the wizard's `finished` / `cancelled`); the screen then
comes back and refreshes.

What the main window asks of a screen (`ui.views.base.View`): `title()`, `async refresh()`
(awaited when shown and when `ctx.events.data_changed` names one of its `depends_on`),
`set_online(bool)`. Optional: a `navigate = Signal(str)` signal, to show another screen by its
key (the home page's «Consulter les messages»). The header above the main area shows the
screen's `title()` over a rule; a QLabel of the screen named `screenTitle` and a QFrame named
`screenRule` are hidden, so neither is shown twice. Screens lay themselves out with their own
margins (24 px).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import ModuleType

import shiboken6
from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app import logs
from app.settings import Settings, save_settings
from ui.asyncutil import LatestWins, run_task
from ui.context import AppContext
from ui.errors import show_error
from ui.lock import IdleWatcher, LockOverlay, Verify
from ui.status import ServiceIndicator, ServiceMonitor, enterprise_text, session_text
from ui.views import VIEWS, ViewEntry
from ui.views.base import View

log = logging.getLogger(__name__)

Ping = Callable[[], Awaitable[object]]

UNREAD_POLL_MS = 60_000
# A refresh shows «Chargement…» only past this delay: quick ones do not flicker.
LOADING_DELAY_MS = 300

MAIN_STYLE = """
QMainWindow, QWidget#centralArea { background: #ffffff; }
QFrame#brandBand { background: #223654; }
QLabel#brandName { color: #ffffff; font-size: 16pt; font-weight: bold; }
QLabel#brandEnterprise { color: #dfe6ef; font-size: 10pt; }
QLabel#brandUser { color: #ffffff; }
QPushButton#bandSignOut { color: #ffffff; border: 1px solid #ffffff; background: transparent;
    padding: 3px 12px; font-weight: bold; }
QPushButton#bandSignOut:hover { background: #095797; }
QPushButton#bandSignOut:focus { border: 3px solid #4a98d9; }
QListWidget#navigation { background: #f1f1f2; border: none; border-right: 1px solid #c5cad2;
    font-size: 10pt; outline: 0; }
QListWidget#navigation::item { padding: 10px 14px; color: #223654;
    border-bottom: 1px solid #e0e3e8; }
QListWidget#navigation::item:selected { background: #095797; color: #ffffff; }
QListWidget#navigation::item:hover:!selected { background: #e6ecf4; }
QListWidget#navigation:focus { border: 2px solid #4a98d9; }
QListWidget#navigation:disabled { color: #8e96a3; }
QLabel#screenHeader { font-size: 17pt; font-weight: bold; color: #223654; }
QFrame#screenRule { background: #223654; border: none; min-height: 3px; max-height: 3px; }
QLabel#offlineBanner { color: #223654; background: #fff4e5; border-left: 4px solid #e58a00;
    padding: 6px 8px; }
QLabel#loadingText { color: #4e5662; }
QPushButton#loadingCancel { border: none; background: transparent; color: #095797;
    text-decoration: underline; }
QLabel#placeholderTitle { font-size: 13pt; font-weight: bold; color: #223654; }
QLabel#placeholderText { color: #4e5662; }
QStatusBar { background: #f1f1f2; color: #223654; border-top: 1px solid #c5cad2; }
QStatusBar QLabel { padding: 0 8px; }
QStatusBar QLabel#serviceDot { padding: 0 0 0 8px; }
QStatusBar QLabel#serviceState { padding: 0 8px 0 2px; }
QPushButton#serviceRetry { border: none; color: #095797; text-decoration: underline;
    background: transparent; padding: 0 4px; }
"""


def _nav_labels() -> dict[str, str]:
    # The navigation shows every entry before its module is imported: titles live here.
    return {
        "home": QCoreApplication.translate("MainWindow", "Accueil"),
        "enterprise": QCoreApplication.translate("MainWindow", "Dossier de l'entreprise"),
        "users": QCoreApplication.translate("MainWindow", "Gestion des dossiers des utilisateurs"),
        "registrations": QCoreApplication.translate(
            "MainWindow", "Inscription aux services électroniques"
        ),
        "procurations": QCoreApplication.translate("MainWindow", "Gestion des procurations"),
        "received": QCoreApplication.translate("MainWindow", "Procurations reçues"),
        "portfolio": QCoreApplication.translate("MainWindow", "Portefeuille des clients"),
        "expiry": QCoreApplication.translate("MainWindow", "Échéances"),
        "messages": QCoreApplication.translate("MainWindow", "Messages"),
        "receipts": QCoreApplication.translate("MainWindow", "Accusés de réception"),
    }


class ScreenPlaceholder(QWidget):
    """Stands where a screen will be: «Cet écran arrive bientôt», or why it could not open."""

    def __init__(self, title: str, *, failed: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("screenPlaceholder")
        self.failed = failed
        self._title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        heading = QLabel(
            self.tr("Cet écran n'a pas pu être ouvert")
            if failed
            else self.tr("Cet écran arrive bientôt"),
            self,
        )
        heading.setObjectName("placeholderTitle")
        self.heading = heading
        if failed:
            path = logs.log_file()
            text = self.tr(
                "Une erreur est survenue à l'ouverture de « {0} ». Les autres écrans restent "
                "utilisables. Les détails sont dans le journal : {1}"
            ).format(title, str(path) if path else self.tr("(journal non configuré)"))
        else:
            text = self.tr(
                "L'écran « {0} » est en préparation et sera offert dans une prochaine version. "
                "Les autres écrans restent utilisables."
            ).format(title)
        self.text_label = QLabel(text, self)
        self.text_label.setObjectName("placeholderText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        layout.addWidget(self.text_label)
        layout.addStretch(1)

    def title(self) -> str:
        return self._title


class MainWindow(QMainWindow):
    """Procura's main window for one signed-in session (`ctx`).

    Args:
        ctx: the session every screen shares.
        verify_password: `await verify_password(password)` returns when `password` is the
            signed-in person's (the idle lock's check); raises otherwise.
        ping: `await ping()` answers when the service is reachable (default `ctx.api.health`).
        idle_lock_ms: idle time before the lock (default: `settings.idle_lock_minutes`).
        store_settings: saves the settings (language, window size); default `save_settings`.

    Signals: `sign_out_requested()`, `quit_requested()` (the window was closed: the program
    ends), `view_shown(str)` (a screen's key, once it is on screen and its refresh started).
    """

    sign_out_requested = Signal()
    quit_requested = Signal()
    view_shown = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        *,
        verify_password: Verify,
        ping: Ping | None = None,
        idle_lock_ms: int | None = None,
        store_settings: Callable[[Settings], None] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self._store_settings = store_settings or save_settings
        self._closing_for_sign_out = False
        self._quit_confirmed = False
        self._labels = _nav_labels()
        self.entries: list[ViewEntry] = [e for e in VIEWS if ctx.is_rse or not e.rse_only]
        self.pages: dict[str, QWidget] = {}
        self._importing: set[str] = set()
        self._loads: dict[str, LatestWins] = {}
        self._current_key = ""
        self.transactions: list[QWidget] = []
        self.unread = 0

        self.setWindowTitle(self.tr("Procura — {0}").format(ctx.me.enterprise.name))
        self.setStyleSheet(MAIN_STYLE)
        self._build_chrome()
        self._build_menus()
        self._build_status_bar(ping)

        geometry = ctx.settings.geometry_bytes()
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1200, 780)

        events = ctx.events
        events.transaction_opened.connect(self.open_transaction)
        events.transaction_closed.connect(self.close_transaction)
        events.data_changed.connect(self._on_data_changed)
        events.unread_changed.connect(self.set_unread)

        self._unread_timer = QTimer(self)
        self._unread_timer.setInterval(UNREAD_POLL_MS)
        self._unread_timer.timeout.connect(self.poll_unread)
        self._unread_task: asyncio.Task[None] | None = None

        minutes = ctx.settings.idle_lock_minutes
        self.idle = IdleWatcher(
            idle_lock_ms if idle_lock_ms is not None else minutes * 60_000, self
        )
        self.lock_overlay = LockOverlay(
            self,
            user_code=ctx.me.user_code,
            full_name=ctx.full_name,
            verify=verify_password,
            covered=lambda: [
                w for w in (self.centralWidget(), self.menuBar(), self.statusBar()) if w
            ],
        )
        self.idle.idle.connect(self.lock)
        self.lock_overlay.locked.connect(self.idle.pause)
        self.lock_overlay.unlocked.connect(self.idle.resume)
        self.lock_overlay.sign_out_requested.connect(self.sign_out_requested)

    # ---- building ------------------------------------------------------------------------------

    def _build_chrome(self) -> None:
        central = QWidget(self)
        central.setObjectName("centralArea")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        band = QFrame(central)
        band.setObjectName("brandBand")
        band.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        band_layout = QHBoxLayout(band)
        band_layout.setContentsMargins(20, 10, 20, 10)
        brand = QVBoxLayout()
        brand.setSpacing(0)
        name = QLabel("Procura", band)
        name.setObjectName("brandName")
        self.enterprise_band = QLabel(
            enterprise_text(self.ctx.me.enterprise.name, self.ctx.me.enterprise.id), band
        )
        self.enterprise_band.setObjectName("brandEnterprise")
        brand.addWidget(name)
        brand.addWidget(self.enterprise_band)
        band_layout.addLayout(brand)
        band_layout.addStretch(1)
        user = QLabel(self.ctx.full_name, band)
        user.setObjectName("brandUser")
        self.sign_out_button = QPushButton(self.tr("Se déconnecter"), band)
        self.sign_out_button.setObjectName("bandSignOut")
        self.sign_out_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        band_layout.addWidget(user)
        band_layout.addSpacing(12)
        band_layout.addWidget(self.sign_out_button)
        outer.addWidget(band)

        body = QHBoxLayout()
        body.setSpacing(0)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setFixedWidth(290)
        self.navigation.setWordWrap(True)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for entry in self.entries:
            item = QListWidgetItem(self.label(entry.key))
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        body.addWidget(self.navigation)

        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(0)
        header_box = QVBoxLayout()
        # Screens lay themselves out with 24 px margins: the header lines up with them.
        header_box.setContentsMargins(24, 14, 24, 0)
        header_box.setSpacing(6)
        header = QHBoxLayout()
        self.title_label = QLabel(central)
        self.title_label.setObjectName("screenHeader")
        self.title_label.setWordWrap(True)
        header.addWidget(self.title_label, 1)
        self.loading = QWidget(central)
        loading_layout = QHBoxLayout(self.loading)
        loading_layout.setContentsMargins(0, 0, 0, 0)
        bar = QProgressBar(self.loading)
        bar.setRange(0, 0)
        bar.setMaximumWidth(90)
        bar.setMaximumHeight(10)
        bar.setTextVisible(False)
        bar.setAccessibleName(self.tr("Chargement en cours"))
        loading_text = QLabel(self.tr("Chargement…"), self.loading)
        loading_text.setObjectName("loadingText")
        self.loading_cancel = QPushButton(self.tr("Annuler"), self.loading)
        self.loading_cancel.setObjectName("loadingCancel")
        self.loading_cancel.setAccessibleName(self.tr("Annuler le chargement"))
        self.loading_cancel.clicked.connect(self._cancel_loading)
        loading_layout.addWidget(bar)
        loading_layout.addWidget(loading_text)
        loading_layout.addWidget(self.loading_cancel)
        self.loading.setVisible(False)
        header.addWidget(self.loading)
        header_box.addLayout(header)
        rule = QFrame(central)
        rule.setObjectName("screenRule")
        header_box.addWidget(rule)
        self.offline_banner = QLabel(
            self.tr(
                "Le service ne répond pas : les renseignements affichés peuvent ne pas être à "
                "jour, et les transactions sont suspendues jusqu'à son retour."
            ),
            central,
        )
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setVisible(False)
        header_box.addWidget(self.offline_banner)
        main.addLayout(header_box)
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("mainArea")
        self.loading_page = QLabel(self.tr("Chargement de l'écran…"), self.stack)
        self.loading_page.setObjectName("loadingPage")
        self.loading_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading_page)
        main.addWidget(self.stack, 1)
        body.addLayout(main, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self._fit_navigation()  # once under the window's style sheet (its font)

        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(LOADING_DELAY_MS)
        self._loading_timer.timeout.connect(self._show_loading_if_busy)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        self.lock_action = QAction(self.tr("&Verrouiller l'écran"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock(idle=False))
        self.sign_out_action = QAction(self.tr("Se &déconnecter"), self)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.quit_action = QAction(self.tr("&Quitter"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("&Affichage"))
        language_menu = view_menu.addMenu(self.tr("&Langue"))
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, text in (("fr", "Français"), ("en", "English")):
            action = QAction(text, self)  # each language's own name: not translated
            action.setCheckable(True)
            action.setChecked(self.ctx.settings.language == code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = bar.addMenu(self.tr("Aid&e"))
        self.about_action = QAction(self.tr("À &propos de Procura"), self)
        self.about_action.triggered.connect(self.show_about)
        self.log_action = QAction(self.tr("&Journal du programme"), self)
        self.log_action.triggered.connect(self.show_log_folder)
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.log_action)

    def _build_status_bar(self, ping: Ping | None) -> None:
        status = self.statusBar()
        status.setSizeGripEnabled(False)
        me = self.ctx.me
        self.user_status = QLabel(
            self.tr("Connecté : {0}").format(session_text(self.ctx.full_name, me.user_code)),
            status,
        )
        self.user_status.setObjectName("statusUser")
        self.enterprise_status = QLabel(status)
        self.enterprise_status.setObjectName("statusEnterprise")
        self._show_enterprise_status()
        status.addWidget(self.user_status)
        status.addWidget(self.enterprise_status)
        self.monitor = ServiceMonitor(ping or (lambda: self.ctx.api.health()), self)
        self.service_indicator = ServiceIndicator(self.monitor, status)
        status.addPermanentWidget(self.service_indicator)
        self.monitor.online_changed.connect(self.set_online)

    def _show_enterprise_status(self) -> None:
        e = self.ctx.enterprise
        name, number = (
            (e.name, e.id) if e else (self.ctx.me.enterprise.name, self.ctx.me.enterprise.id)
        )
        self.enterprise_status.setText(
            self.tr("Entreprise : {0}").format(enterprise_text(name, number))
        )

    # ---- life --------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the window on Accueil, start the service checks, the unread poll, the lock."""
        self.show()
        self.idle.watch(self.windowHandle())
        self.idle.resume()
        # The first screen is built on the next turn of the loop: the window paints first.
        first = self.entries[0].key
        QTimer.singleShot(0, self, lambda: self._current_key or self.show_view(first))
        self.monitor.start()
        self._unread_timer.start()

    def stop(self) -> None:
        """Stop the timers and what is running (before closing for sign-out or quit)."""
        self.monitor.stop()
        self._unread_timer.stop()
        self.idle.pause()
        for load in self._loads.values():
            load.cancel()
        if self._unread_task is not None and not self._unread_task.done():
            self._unread_task.cancel()

    def close_for_sign_out(self) -> None:
        """Close without ending the program (the controller shows the sign-in again)."""
        self._closing_for_sign_out = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if (
            not self._closing_for_sign_out
            and not self._quit_confirmed
            and self.transactions
            and event.spontaneous()
        ):
            event.ignore()
            self._ask_quit()
            return
        self.stop()
        self.ctx.settings.set_geometry_bytes(bytes(self.saveGeometry().data()))
        try:
            self._store_settings(self.ctx.settings)
        except OSError:
            log.warning("Les paramètres n'ont pas pu être enregistrés", exc_info=True)
        super().closeEvent(event)
        if not self._closing_for_sign_out:
            self.quit_requested.emit()

    def _ask_quit(self) -> None:
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("quitQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Quitter Procura"))
        box.setText(self.tr("Une transaction est en cours. Voulez-vous vraiment quitter ?"))
        box.setInformativeText(self.tr("Les données non transmises seront perdues."))
        yes = box.addButton(self.tr("&Quitter"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("&Rester"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)

        def answered(_result: int) -> None:
            if box.clickedButton() is yes:
                self._quit_confirmed = True
                self.close()

        box.finished.connect(answered)
        box.open()

    # ---- navigation --------------------------------------------------------------------------

    def _fit_navigation(self) -> None:
        # Qt wraps an entry's text to the list's width, not to that width less the style
        # sheet's padding (14 px each side, 10 px above and below): a long title (English, a
        # large font) would end in «…». Each entry gets the height of its wrapped text.
        nav = self.navigation
        nav.ensurePolished()
        margin = nav.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, nav) + 1
        # Less the right border, the padding, and the margins Qt keeps around item texts.
        width = nav.width() - 1 - 2 * 14 - 2 * margin
        metrics = nav.fontMetrics()
        for row in range(nav.count()):
            item = nav.item(row)
            text = metrics.boundingRect(
                QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text()
            )
            item.setSizeHint(QSize(width, text.height() + 2 * 10 + 1))

    def label(self, key: str) -> str:
        return self._labels.get(key, key.capitalize())

    def screen_keys(self) -> list[str]:
        """The screens this person can reach, in the navigation's order."""
        return [e.key for e in self.entries]

    def show_view(self, key: str) -> QWidget:
        """Show the screen `key` and select it in the navigation. Returns the screen, or, on
        its first visit while its module loads, the loading page (`view_shown(key)` follows
        once the screen itself is on display)."""
        row = self.screen_keys().index(key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)  # → _on_row_changed → _activate
        elif self._current_key != key:
            self._activate(key)
        return self.pages.get(key, self.loading_page)

    def current_key(self) -> str:
        return self._current_key

    def current_page(self) -> QWidget | None:
        """The screen selected in the navigation (None while its module still loads)."""
        return self.pages.get(self._current_key)

    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self._activate(self.entries[row].key)

    def _activate(self, key: str) -> None:
        self._current_key = key
        page = self.pages.get(key)
        if page is None:
            entry = self._entry(key)
            if entry.module not in sys.modules:
                # First visit: the module is imported in a worker thread, the screen built
                # when it is there; meanwhile the main area says it is loading.
                self._show_page(self.loading_page)
                self._import_and_show(key)
                return
            page = self._build(key, self._import(entry.module))
        self._show_page(page)
        if isinstance(page, View):
            self.refresh_view(page)
        self.view_shown.emit(key)

    def _show_page(self, page: QWidget) -> None:
        if not self.transactions:
            self.stack.setCurrentWidget(page)
        self._update_title()

    def _entry(self, key: str) -> ViewEntry:
        return next(e for e in self.entries if e.key == key)

    @staticmethod
    def _import(name: str) -> ModuleType | BaseException:
        try:
            return importlib.import_module(name)
        except Exception as exc:  # reported on the Qt thread, with the screen's name
            return exc

    def _import_and_show(self, key: str) -> None:
        if key in self._importing:
            return
        self._importing.add(key)

        async def load() -> None:
            from ui.app_controller import in_thread

            try:
                found = await in_thread(self._import, self._entry(key).module)
            finally:
                self._importing.discard(key)
            if key not in self.pages:
                self._build(key, found)
            if self._current_key == key:
                self._activate(key)

        run_task(load(), owner=self, name=f"écran-{key}")

    def _build(self, key: str, found: ModuleType | BaseException) -> QWidget:
        entry = self._entry(key)
        page: QWidget
        if isinstance(found, ModuleNotFoundError) and (
            found.name is not None and entry.module.startswith(found.name)
        ):
            log.info("Écran %s pas encore offert (%s absent)", key, entry.module)
            return self._add_page(key, ScreenPlaceholder(self.label(key)))
        if isinstance(found, BaseException):
            log.error("L'écran %s n'a pas pu être importé", key, exc_info=found)
            return self._add_page(key, ScreenPlaceholder(self.label(key), failed=True))
        cls = getattr(found, entry.cls, None)
        if cls is None:
            log.info("Écran %s : la classe %s n'existe pas encore", key, entry.cls)
            return self._add_page(key, ScreenPlaceholder(self.label(key)))
        try:
            # Built in the stack it goes into: added afterwards, every widget of the screen
            # would have its style worked out again for its new parent (12 ms of the 50 the
            # portfolio's first show took, in one turn of the event loop).
            page = cls(self.ctx, self.stack)
            if isinstance(page, View):
                page.set_online(self.ctx.online)
        except Exception:
            log.exception("L'écran %s n'a pas pu être construit", key)
            return self._add_page(key, ScreenPlaceholder(self.label(key), failed=True))
        # The header above shows the title and its rule: a screen's own would repeat them.
        for label in page.findChildren(QLabel, "screenTitle"):
            label.setVisible(False)
        for rule in page.findChildren(QFrame, "screenRule"):
            rule.setVisible(False)
        navigate = getattr(page, "navigate", None)
        if navigate is not None and hasattr(navigate, "connect"):
            navigate.connect(self.show_view)
        return self._add_page(key, page)

    def _add_page(self, key: str, page: QWidget) -> QWidget:
        self.pages[key] = page
        self.stack.addWidget(page)
        return page

    def _update_title(self) -> None:
        page = self.pages.get(self._current_key)
        text = self.label(self._current_key)
        if isinstance(page, View):
            with contextlib.suppress(NotImplementedError):
                text = page.title()
        self.title_label.setText(text)
        self.setWindowTitle(
            self.tr("Procura — {0} — {1}").format(text, self.ctx.me.enterprise.name)
        )

    # ---- refreshing ----------------------------------------------------------------------------

    def refresh_view(self, view: View) -> asyncio.Task[None]:
        """Run `view.refresh()` on the qasync loop; a newer refresh cancels the pending one."""
        load = self._loads.get(view.key)
        if load is None:
            load = LatestWins(owner=view, on_error=self._refresh_failed)
            self._loads[view.key] = load
        task = load.run(view.refresh(), name=f"refresh-{view.key}")
        task.add_done_callback(lambda _t: self._loading_done())
        self._loading_timer.start()
        return task

    def loading_tasks(self) -> list[asyncio.Task[object]]:
        return [
            load.task
            for load in self._loads.values()
            if load.task is not None and load.is_running()
        ]

    def _show_loading_if_busy(self) -> None:
        self.loading.setVisible(bool(self.loading_tasks()))

    def _loading_done(self) -> None:
        if shiboken6.isValid(self) and not self.loading_tasks():
            self.loading.setVisible(False)
            self._loading_timer.stop()

    def _cancel_loading(self) -> None:
        for load in self._loads.values():
            load.cancel()
        self.loading.setVisible(False)

    def _refresh_failed(self, parent: QWidget | None, error: BaseException) -> None:
        from app.api.errors import Offline, SessionExpired

        if isinstance(error, SessionExpired):
            return  # the controller goes back to the sign-in and says why
        if isinstance(error, Offline):
            self.monitor.report_offline()
            return  # the banner and the status bar say it; no box per screen shown
        show_error(parent or self, error)

    def _on_data_changed(self, kind: str) -> None:
        if kind == "messages":
            self.poll_unread()
        if kind == "enterprise":
            self._show_enterprise_status()
        page = self.current_page()
        if isinstance(page, View) and kind in page.depends_on and not self.transactions:
            self.refresh_view(page)
        # Screens not on display refresh when next shown.

    # ---- transactions --------------------------------------------------------------------------

    def open_transaction(self, frame: QWidget) -> None:
        """Show `frame` (a wizard) in the main area until it ends."""
        if frame in self.transactions:
            return
        self.transactions.append(frame)
        self.stack.addWidget(frame)
        self.stack.setCurrentWidget(frame)
        self.navigation.setEnabled(False)
        self.navigation.setToolTip(
            self.tr("Terminez ou annulez la transaction en cours pour changer d'écran.")
        )
        for name in ("finished", "cancelled"):
            signal = getattr(frame, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(lambda *_args, f=frame: self.close_transaction(f))
        focus = QApplication.focusWidget()
        if focus is None or not frame.isAncestorOf(focus):
            # The frame put the focus on its first field as it was shown: keep it there.
            frame.setFocus(Qt.FocusReason.OtherFocusReason)
        log.info("Transaction ouverte : %s", frame.windowTitle() or type(frame).__name__)

    def close_transaction(self, frame: QWidget) -> None:
        """Remove `frame`; the screen under it comes back and refreshes."""
        if frame not in self.transactions:
            return
        self.transactions.remove(frame)
        if shiboken6.isValid(frame):
            self.stack.removeWidget(frame)
            frame.hide()
            frame.deleteLater()
        if self.transactions:
            self.stack.setCurrentWidget(self.transactions[-1])
            return
        self.navigation.setEnabled(True)
        self.navigation.setToolTip("")
        page = self.current_page()
        if page is not None:
            self.stack.setCurrentWidget(page)
            if isinstance(page, View):
                self.refresh_view(page)

    # ---- service, messages, session ------------------------------------------------------------

    def set_online(self, online: bool) -> None:
        self.ctx.online = online
        self.offline_banner.setVisible(not online)
        for page in self.pages.values():
            if isinstance(page, View):
                page.set_online(online)
        self.ctx.events.online_changed.emit(online)
        current = self.current_page()
        if online and isinstance(current, View) and not self.transactions:
            self.refresh_view(current)

    def poll_unread(self) -> None:
        if self._unread_task is not None and not self._unread_task.done():
            return
        self._unread_task = run_task(self._poll_unread(), owner=self, on_error=None)

    async def _poll_unread(self) -> None:
        from app.api.errors import ApiError

        try:
            count = await self.ctx.api.unread_count()
        except ApiError as exc:
            log.info("Nombre de messages non lus indisponible : %s", type(exc).__name__)
            return
        if count != self.unread:
            self.ctx.events.unread_changed.emit(count)

    def set_unread(self, count: int) -> None:
        self.unread = count
        for row, entry in enumerate(self.entries):
            if entry.key == "messages":
                item = self.navigation.item(row)
                text = self.label("messages")
                if count > 0:
                    text = self.tr("{0} ({1} non lus)").format(text, count)
                item.setText(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                self._fit_navigation()

    # ---- lock --------------------------------------------------------------------------------

    def lock(self, *, idle: bool = True) -> None:
        self.lock_overlay.lock(idle=idle)

    @property
    def is_locked(self) -> bool:
        return self.lock_overlay.is_locked

    # ---- menus -------------------------------------------------------------------------------

    def choose_language(self, language: str) -> None:
        settings = self.ctx.settings
        if settings.language == language:
            return
        settings.language = language  # type: ignore[assignment]
        try:
            self._store_settings(settings)
        except OSError:
            log.warning("La langue choisie n'a pas pu être enregistrée", exc_info=True)
        box = self._message_box(
            QMessageBox.Icon.Information,
            self.tr("Langue"),
            self.tr("La langue choisie sera appliquée au prochain démarrage de Procura."),
            "languageNotice",
        )
        box.open()

    def show_about(self) -> None:
        from app.version import version

        number = version()
        box = self._message_box(
            QMessageBox.Icon.Information,
            self.tr("À propos de Procura"),
            self.tr("Procura, version {0}").format(number),
            "aboutBox",
        )
        box.setInformativeText(
            self.tr(
                "Administration des accès délégués des entreprises aux services en ligne "
                "gouvernementaux : dossiers des utilisateurs, procurations, inscriptions aux "
                "services des ministères et organismes, accusés de réception."
            )
        )
        box.open()

    def log_folder(self) -> Path:
        path = logs.log_file()
        if path is not None:
            return path.parent
        from app import paths

        return paths.log_dir()

    def show_log_folder(self) -> None:
        folder = self.log_folder()
        box = self._message_box(
            QMessageBox.Icon.Information,
            self.tr("Journal du programme"),
            self.tr("Le journal de Procura est enregistré dans ce dossier :"),
            "logBox",
        )
        box.setInformativeText(
            str(folder)
            + "\n\n"
            + self.tr(
                "Si le soutien technique vous le demande, joignez-lui le fichier procura.log "
                "de ce dossier. Il ne contient aucun mot de passe."
            )
        )
        open_button = box.addButton(
            self.tr("&Ouvrir le dossier"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        )
        box.open()

    def _message_box(self, icon: QMessageBox.Icon, title: str, text: str, name: str) -> QMessageBox:
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName(name)
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(text)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return box
