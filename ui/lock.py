"""The idle lock: after some minutes without input, the window hides behind a password prompt.

`IdleWatcher` notices when nobody has typed, clicked or moved the mouse for `timeout_ms`.
`LockOverlay` covers the whole window and asks the signed-in person's password again; the
password is checked with the service (`verify(password)`, which signs in with the same user
code). Nothing under the overlay is touched: the session stays open, an open form keeps what
was typed in it, and the keyboard focus comes back where it was.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.asyncutil import busy, run_task
from ui.errors import error_message, show_error

log = logging.getLogger(__name__)

Verify = Callable[[str], Awaitable[object]]

# What counts as the person being there. Paint, timers and network answers do not.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.ShortcutOverride,
    }
)

LOCK_STYLE = """
QWidget#lockOverlay { background: #223654; }
QFrame#lockCard { background: #ffffff; border: 1px solid #c5cad2; }
QLabel#lockTitle { font-size: 15pt; font-weight: bold; color: #223654; }
QLabel#lockError { color: #cb381f; font-weight: bold; }
QLineEdit { border: 1px solid #808a9d; padding: 4px; min-height: 22px; background: #ffffff; }
QLineEdit:focus { border: 2px solid #4a98d9; }
QPushButton { min-height: 28px; padding: 2px 16px; border: 1px solid #095797;
    background: #ffffff; color: #095797; font-weight: bold; }
QPushButton:hover { background: #e6ecf4; }
QPushButton#unlockButton { background: #095797; color: #ffffff; }
QPushButton#unlockButton:hover { background: #223654; }
QPushButton:focus { border: 3px solid #4a98d9; }
QPushButton:disabled { color: #8e96a3; border-color: #c5cad2; background: #f1f1f2; }
"""


class IdleWatcher(QObject):
    """Emits `idle` once after `timeout_ms` without input in the program's windows.

    It watches the input the windowing system delivers to the program's windows (the
    `QWindow` of the main window, and of each dialog as it takes the focus), where every key
    press and mouse move arrives before it reaches a widget. (Not an event filter on the whole
    application: Python would then see every event of every object, and Qt for Python would
    build the Python types of all of them the first time, a stall of a tenth of a second.)
    `timeout_ms` is injectable so tests lock in a fraction of a second; `pause()` stops the
    clock (while locked), `resume()` restarts it.
    """

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.timeout.connect(self.idle)
        self._running = False
        self._watched: list[QWindow] = []
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self.watch)

    def watch(self, window: QWindow | None) -> None:
        """Count the input of `window` (a widget's `windowHandle()`) from now on."""
        if window is None or not shiboken6.isValid(window):
            return
        self._watched = [w for w in self._watched if shiboken6.isValid(w)]
        if any(w is window for w in self._watched):
            return
        window.installEventFilter(self)
        self._watched.append(window)

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(1, timeout_ms))
        if self._running:
            self._timer.start()

    def resume(self) -> None:
        self._running = True
        self._timer.start()

    def pause(self) -> None:
        self._running = False
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._running

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._running and event.type() in _INPUT_EVENTS:
            self._timer.start()  # restart: the person is here
        return False


class LockOverlay(QWidget):
    """Covers `window` entirely and asks the password of `user_code` to show it again.

    - `lock()` shows the overlay, disables what is under it (so neither Tab nor a shortcut can
      reach a field behind) and hides the window's open dialogs; `unlock()` undoes all that,
      giving the focus back to the widget that had it.
    - «Déverrouiller» awaits `verify(password)`: it returns when the password is right and
      raises otherwise (a wrong password, too many attempts, the service silent): the message
      is shown on the overlay and the password field is cleared.
    - «Se déconnecter» emits `sign_out_requested` (the host signs out and shows the sign-in).

    Signals: `locked()`, `unlocked()`, `sign_out_requested()`.
    """

    locked = Signal()
    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        *,
        user_code: str,
        full_name: str,
        verify: Verify,
        covered: Callable[[], list[QWidget]] | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("lockOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(LOCK_STYLE)
        self._window = window
        self._verify = verify
        self._covered = covered or list
        self._disabled: list[QWidget] = []
        self._hidden_dialogs: list[QWidget] = []
        self._focus: QWidget | None = None
        self.user_code = user_code

        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFixedWidth(480)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        title = QLabel(self.tr("Procura est verrouillé"), card)
        title.setObjectName("lockTitle")
        self.explanation = QLabel(card)
        self.explanation.setObjectName("lockExplanation")
        self.explanation.setWordWrap(True)
        who = QLabel(
            self.tr("Session de {0} ({1})").format(full_name, user_code),
            card,
        )
        who.setObjectName("lockWho")
        label = QLabel(self.tr("&Mot de passe"), card)
        self.password = QLineEdit(card)
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Mot de passe"))
        label.setBuddy(self.password)
        self.error_label = QLabel(card)
        self.error_label.setObjectName("lockError")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.unlock_button = QPushButton(self.tr("&Déverrouiller"), card)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setAutoDefault(True)
        self.sign_out_button = QPushButton(self.tr("&Se déconnecter"), card)
        self.sign_out_button.setObjectName("lockSignOut")
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner.addWidget(title)
        inner.addWidget(self.explanation)
        inner.addWidget(who)
        inner.addSpacing(6)
        inner.addWidget(label)
        inner.addWidget(self.password)
        inner.addWidget(self.error_label)
        inner.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.setVisible(False)
        window.installEventFilter(self)

    # ---- state ---------------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self.isVisible() or bool(self._disabled)

    def lock(self, *, idle: bool = True) -> None:
        """Cover the window; `idle` says why (inactivity, or the person asked for it)."""
        if self.is_locked:
            return
        self.explanation.setText(
            self.tr(
                "Personne n'a utilisé Procura depuis un moment : l'écran a été verrouillé pour "
                "protéger les renseignements. Votre travail est conservé."
            )
            if idle
            else self.tr("Vous avez verrouillé l'écran. Votre travail est conservé.")
        )
        log.info("Écran verrouillé (%s)", "inactivité" if idle else "à la demande")
        app = QApplication.instance()
        focus = QApplication.focusWidget() if app is not None else None
        self._focus = focus if focus is not None and self._window.isAncestorOf(focus) else None
        for widget in self._covered():
            if widget.isEnabled():
                widget.setEnabled(False)
                self._disabled.append(widget)
        # A message box left open over the window would show its text and block the overlay.
        for dialog in self._window.findChildren(QDialog):
            if dialog.isVisible() and dialog.isWindow():
                dialog.hide()
                self._hidden_dialogs.append(dialog)
        self.password.clear()
        self.error_label.setVisible(False)
        self.setGeometry(self._window.rect())
        self.raise_()
        self.show()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.locked.emit()

    def unlock(self) -> None:
        """Show the window again (after a right password)."""
        self.hide()
        self.password.clear()
        for widget in self._disabled:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)
        self._disabled.clear()
        for dialog in self._hidden_dialogs:
            if shiboken6.isValid(dialog):
                dialog.show()
        self._hidden_dialogs.clear()
        if self._focus is not None and shiboken6.isValid(self._focus):
            self._focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus = None
        log.info("Écran déverrouillé")
        self.unlocked.emit()

    # ---- unlocking -----------------------------------------------------------------------------

    def try_unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        password = self.password.text()
        if not password:
            self._fail(self.tr("Inscrivez votre mot de passe."))
            return
        run_task(self._unlock(password), owner=self, name="déverrouiller")

    async def _unlock(self, password: str) -> None:
        with busy(self.unlock_button, self.password, self.sign_out_button):
            try:
                await self._verify(password)
            except Exception as exc:
                if getattr(exc, "message_fr", None) is None and not isinstance(
                    exc, ConnectionError | TimeoutError
                ):
                    # Not something the person can fix here: the one error display says it.
                    show_error(self, exc)
                    return
                self._fail(self._failure_text(exc))
                return
        self.unlock()

    def _failure_text(self, exc: Exception) -> str:
        status = getattr(exc, "status", None)
        if status == 401:
            return self.tr("Mot de passe incorrect. Réessayez.")
        return error_message(exc)

    def _fail(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- staying on top ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._window.rect())
            self.raise_()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys never fall through to the window under the overlay.
        event.accept()
