"""The sign-in dialog (user code, password, «Se souvenir de moi», which service) and the
change-password dialog a temporary password leads to.

Both only lay out and check what can be checked here; `ui.app_controller` does the signing in.
The sign-in dialog tells the controller through `sign_in_requested`; the controller reads the
values, calls the service and reports back with `show_failure`, `set_working`,
`set_service_status`. The change-password dialog is given the coroutine that changes the
password and places the service's field errors itself.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Literal

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import field_error
from ui.asyncutil import busy, run_task
from ui.errors import field_errors, field_message, show_error

if TYPE_CHECKING:
    from ui.widgets.form import Form

log = logging.getLogger(__name__)

ServiceMode = Literal["embedded", "remote"]

DIALOG_STYLE = """
QDialog { background: #ffffff; }
QFrame#brandBand { background: #223654; }
QLabel#brandName { color: #ffffff; font-size: 18pt; font-weight: bold; }
QLabel#brandTagline { color: #dfe6ef; }
QLabel#dialogHeading { font-size: 14pt; font-weight: bold; color: #223654; }
QLabel[intro="true"] { color: #223654; }
QLabel#failure { color: #cb381f; background: #fbe9e7; border-left: 4px solid #cb381f;
    padding: 8px; font-weight: bold; }
QLabel#info { color: #223654; background: #e6ecf4; border-left: 4px solid #095797; padding: 8px; }
QLabel#keyringNote, QLabel#serviceStatus, QLabel[note="true"] { color: #4e5662; }
QLabel#serviceHeading { font-weight: bold; color: #223654; }
QFrame#rule { background: #c5cad2; border: none; min-height: 1px; max-height: 1px; }
QPushButton { min-height: 28px; padding: 2px 16px; border: 1px solid #095797;
    background: #ffffff; color: #095797; font-weight: bold; }
QPushButton:hover { background: #e6ecf4; }
QPushButton[primary="true"] { background: #095797; color: #ffffff; }
QPushButton[primary="true"]:hover { background: #223654; }
QPushButton:focus { border: 3px solid #4a98d9; }
QPushButton:disabled { color: #8e96a3; border-color: #c5cad2; background: #f1f1f2; }
QPushButton#linkButton { border: none; background: transparent; color: #095797;
    text-decoration: underline; padding: 0 4px; font-weight: normal; min-height: 0; }
QLineEdit { border: 1px solid #808a9d; padding: 4px; background: #ffffff; min-height: 22px; }
QLineEdit:focus { border: 2px solid #4a98d9; }
QLineEdit:disabled { background: #f1f1f2; color: #8e96a3; }
QCheckBox, QRadioButton { padding: 2px; border: 2px solid transparent; }
QLabel[fieldError="true"] { color: #cb381f; font-weight: bold; }
QLineEdit[invalid="true"] { border: 2px solid #cb381f; }
QCheckBox:focus, QRadioButton:focus { border: 2px solid #4a98d9; }
"""


def _brand_band(parent: QWidget, tagline: str) -> QFrame:
    band = QFrame(parent)
    band.setObjectName("brandBand")
    band.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    band.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    layout = QVBoxLayout(band)
    layout.setContentsMargins(24, 14, 24, 14)
    layout.setSpacing(2)
    name = QLabel("Procura", band)
    name.setObjectName("brandName")
    line = QLabel(tagline, band)
    line.setObjectName("brandTagline")
    line.setWordWrap(True)
    layout.addWidget(name)
    layout.addWidget(line)
    return band


def fit_height(dialog: QWidget) -> None:
    """Fit `dialog` to the height its content needs at its width, after a message or an error
    line appeared or went (Qt does not resize a window for word-wrapped labels by itself)."""

    def fit(again: bool) -> None:
        if not shiboken6.isValid(dialog):
            return
        layout = dialog.layout()
        if layout is not None:
            layout.activate()
        needed = dialog.heightForWidth(dialog.width())
        if needed < 0:
            needed = dialog.sizeHint().height()
        if needed != dialog.height():
            dialog.resize(dialog.width(), needed)
        if again:
            # A label that got wider (a button beside it hidden) wraps into fewer lines only
            # once the layout has given it its new width: look once more after that.
            QTimer.singleShot(0, dialog, lambda: fit(False))

    QTimer.singleShot(0, dialog, lambda: fit(True))


def _rule(parent: QWidget) -> QFrame:
    rule = QFrame(parent)
    rule.setObjectName("rule")
    return rule


class SignInFields(QWidget):
    """The sign-in's two labelled fields, each with its error line.

    (`ui.widgets.form.Form` does this for every other screen; importing it brings the whole
    wizard package, a tenth of a second the sign-in dialog does not wait for.)
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(1, 1)
        self._rows: dict[str, tuple[QLabel, QLineEdit, QLabel]] = {}
        self._errors: dict[str, list[str]] = {}

    def add_field(self, name: str, label: str, field: QLineEdit) -> QLineEdit:
        row = len(self._rows) * 2
        label_widget = QLabel(label, self)
        label_widget.setBuddy(field)
        field.setMinimumWidth(280)
        field.setAccessibleName(label.replace("&", ""))
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setProperty("fieldError", True)
        error.setWordWrap(True)
        error.setVisible(False)
        self._grid.addWidget(label_widget, row, 0)
        self._grid.addWidget(field, row, 1)
        self._grid.addWidget(error, row + 1, 1)
        self._rows[name] = (label_widget, field, error)
        return field

    def label(self, name: str) -> QLabel:
        return self._rows[name][0]

    def set_error(self, name: str, message: str) -> None:
        self._errors.setdefault(name, []).append(message)
        self._refresh(name)

    def clear_errors(self) -> None:
        names = list(self._errors)
        self._errors.clear()
        for name in names:
            self._refresh(name)

    def errors(self) -> dict[str, list[str]]:
        return {name: list(m) for name, m in self._errors.items() if m}

    def focus_first_error(self) -> bool:
        for name, (_label, field, _error) in self._rows.items():
            if self._errors.get(name):
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def _refresh(self, name: str) -> None:
        _label, field, error = self._rows[name]
        text = "\n".join(self._errors.get(name, []))
        error.setText(text)
        error.setVisible(bool(text))
        field.setAccessibleDescription(text)
        field.setProperty("invalid", bool(text))
        field.style().unpolish(field)
        field.style().polish(field)
        fit_height(self.window())


class SignInDialog(QDialog):
    """«Authentification»: Code d'utilisateur, Mot de passe, Se souvenir de moi, the service.

    Signals:
        sign_in_requested(): «Se connecter» (or Enter) with the fields filled in and valid.
        quit_requested(): «Quitter», Esc or the window's close button.
        service_changed(): the person picked the other service, or edited its address.
        cancel_service_start(): «Annuler» while the local service starts.
        retry_service_start(): «Réessayer» after the local service failed to start.

    `keyring_available` says whether «Se souvenir de moi» can be offered; without a keyring the
    box is hidden and one sentence says why (`set_keyring_available` can change it later).
    """

    sign_in_requested = Signal()
    quit_requested = Signal()
    service_changed = Signal()
    cancel_service_start = Signal()
    retry_service_start = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        user_code: str = "",
        remember: bool = False,
        keyring_available: bool = True,
        service_mode: ServiceMode = "embedded",
        remote_url: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Procura — Connexion"))
        self.setStyleSheet(DIALOG_STYLE)
        self._working = False
        self._keyring_available = keyring_available

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(
            _brand_band(self, self.tr("Accès délégués des entreprises aux services en ligne"))
        )
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(10)
        outer.addWidget(body)

        heading = QLabel(self.tr("Authentification"), body)
        heading.setObjectName("dialogHeading")
        # A comfortable width, held by a leaf of the layout: longer labels (another language)
        # then widen the dialog instead of pushing the fields out of it.
        heading.setMinimumWidth(464)
        intro = QLabel(
            self.tr(
                "Inscrivez votre code d'utilisateur et votre mot de passe, puis cliquez sur "
                "« Se connecter »."
            ),
            body,
        )
        intro.setWordWrap(True)
        intro.setProperty("intro", True)
        layout.addWidget(heading)
        layout.addWidget(intro)

        self.failure_label = QLabel(body)
        self.failure_label.setObjectName("failure")
        self.failure_label.setWordWrap(True)
        self.failure_label.setVisible(False)
        self.failure_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_label = QLabel(body)
        self.info_label.setObjectName("info")
        self.info_label.setWordWrap(True)
        self.info_label.setVisible(False)
        layout.addWidget(self.failure_label)
        layout.addWidget(self.info_label)

        self.form = SignInFields(body)
        self.user_code_edit = QLineEdit(body)
        self.user_code_edit.setObjectName("userCode")
        self.user_code_edit.setMaxLength(64)
        self.user_code_edit.setText(user_code)
        self.password_edit = QLineEdit(body)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(1024)
        self.form.add_field("user_code", self.tr("&Code d'utilisateur"), self.user_code_edit)
        self.form.add_field("password", self.tr("&Mot de passe"), self.password_edit)
        layout.addWidget(self.form)

        self.remember_box = QCheckBox(self.tr("Se so&uvenir de moi"), body)
        self.remember_box.setObjectName("rememberMe")
        self.remember_box.setChecked(remember)
        self.remember_box.setToolTip(
            self.tr(
                "Votre session est gardée dans le trousseau de clés du système : Procura "
                "l'ouvre sans mot de passe au prochain démarrage. « Se déconnecter » l'efface."
            )
        )
        self.keyring_note = QLabel(
            self.tr(
                "« Se souvenir de moi » n'est pas offert : aucun trousseau de clés du système "
                "n'est disponible pour garder votre session en sécurité sur cet ordinateur."
            ),
            body,
        )
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        layout.addWidget(self.remember_box)
        layout.addWidget(self.keyring_note)

        layout.addWidget(_rule(body))
        layout.addWidget(self._build_service_section(body, service_mode, remote_url))

        self.sign_in_button = QPushButton(self.tr("Se &connecter"), body)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setProperty("primary", True)
        self.sign_in_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("&Quitter"), body)
        self.quit_button.setObjectName("quitButton")
        self.quit_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        layout.addStretch(1)  # room a taller window leaves goes here, not into the band
        layout.addSpacing(4)
        layout.addLayout(buttons)

        self.sign_in_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.quit_requested)
        self.set_keyring_available(keyring_available)
        self.setTabOrder(self.user_code_edit, self.password_edit)
        self.setTabOrder(self.password_edit, self.remember_box)
        self.setTabOrder(self.quit_button, self.sign_in_button)  # reading order, left to right

    def _build_service_section(self, parent: QWidget, mode: ServiceMode, url: str) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        heading = QLabel(self.tr("Service"), box)
        heading.setObjectName("serviceHeading")
        layout.addWidget(heading)
        self.embedded_radio = QRadioButton(self.tr("Sur cet &ordinateur (service intégré)"), box)
        self.embedded_radio.setObjectName("serviceEmbedded")
        self.remote_radio = QRadioButton(self.tr("Service &distant, à l'adresse :"), box)
        self.remote_radio.setObjectName("serviceRemote")
        self.remote_url_edit = QLineEdit(url, box)
        self.remote_url_edit.setObjectName("remoteUrl")
        self.remote_url_edit.setPlaceholderText("https://procura.exemple.qc.ca")
        self.remote_url_edit.setAccessibleName(self.tr("Adresse du service distant"))
        self.remote_url_error = QLabel(box)
        self.remote_url_error.setObjectName("error_remote_url")
        self.remote_url_error.setProperty("fieldError", True)
        self.remote_url_error.setStyleSheet("color: #cb381f; font-weight: bold;")
        self.remote_url_error.setWordWrap(True)
        self.remote_url_error.setVisible(False)
        layout.addWidget(self.embedded_radio)
        row = QHBoxLayout()
        row.addWidget(self.remote_radio)
        row.addWidget(self.remote_url_edit, 1)
        layout.addLayout(row)
        layout.addWidget(self.remote_url_error)
        (self.remote_radio if mode == "remote" else self.embedded_radio).setChecked(True)
        self.remote_url_edit.setEnabled(mode == "remote")

        status = QHBoxLayout()
        status.setSpacing(8)
        self.service_progress = QProgressBar(box)
        self.service_progress.setRange(0, 0)
        self.service_progress.setMaximumWidth(90)
        self.service_progress.setMaximumHeight(12)
        self.service_progress.setTextVisible(False)
        self.service_progress.setAccessibleName(self.tr("Démarrage du service"))
        self.service_status = QLabel(box)
        self.service_status.setObjectName("serviceStatus")
        self.service_status.setWordWrap(True)
        self.service_action = QPushButton(box)
        self.service_action.setObjectName("linkButton")
        self.service_action.setAutoDefault(False)
        self.service_action.setCursor(Qt.CursorShape.PointingHandCursor)
        status.addWidget(self.service_progress)
        status.addWidget(self.service_status, 1)
        status.addWidget(self.service_action)
        layout.addLayout(status)
        self._service_action: Callable[[], None] | None = None
        self.service_action.clicked.connect(self._on_service_action)
        self.set_service_status("")

        self.embedded_radio.toggled.connect(self._on_mode_toggled)
        self.remote_url_edit.editingFinished.connect(self._check_url_field)
        self.remote_url_edit.textEdited.connect(lambda _t: self._clear_url_error())
        return box

    # ---- values ----------------------------------------------------------------------------------

    def user_code(self) -> str:
        return self.user_code_edit.text().strip().upper()

    def password(self) -> str:
        return self.password_edit.text()

    def remember(self) -> bool:
        return self._keyring_available and self.remember_box.isChecked()

    def service_mode(self) -> ServiceMode:
        return "remote" if self.remote_radio.isChecked() else "embedded"

    def remote_url(self) -> str:
        return self.remote_url_edit.text().strip()

    def set_service(self, mode: ServiceMode, url: str = "") -> None:
        (self.remote_radio if mode == "remote" else self.embedded_radio).setChecked(True)
        if url:
            self.remote_url_edit.setText(url)

    # ---- checks ----------------------------------------------------------------------------------

    def validate(self) -> bool:
        """Check what needs no service: both fields filled in, a safe remote address."""
        from app.settings import check_service_url

        self.form.clear_errors()
        self._clear_url_error()
        if not self.user_code():
            self.form.set_error("user_code", self.tr("Inscrivez votre code d'utilisateur."))
        if not self.password():
            self.form.set_error("password", self.tr("Inscrivez votre mot de passe."))
        ok = not self.form.errors()
        if self.service_mode() == "remote":
            error = check_service_url(self.remote_url())
            if error is not None:
                self._show_url_error(field_message(error))
                ok = False
        if not ok and not self.form.focus_first_error():
            self.remote_url_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return ok

    def _check_url_field(self) -> None:
        if self.check_remote_url():
            self.service_changed.emit()

    def check_remote_url(self) -> bool:
        """Check the remote address at its field (`app.settings.check_service_url`); True
        when it is acceptable or not in use."""
        from app.settings import check_service_url

        if self.service_mode() != "remote" or not self.remote_url():
            return True
        error = check_service_url(self.remote_url())
        if error is not None:
            self._show_url_error(field_message(error))
            return False
        self._clear_url_error()
        return True

    def _show_url_error(self, text: str) -> None:
        self.remote_url_error.setText(text)
        self.remote_url_error.setVisible(True)
        self.remote_url_edit.setAccessibleDescription(text)
        self.remote_url_edit.setStyleSheet("border: 2px solid #cb381f;")
        fit_height(self)

    def _clear_url_error(self) -> None:
        self.remote_url_error.setVisible(False)
        self.remote_url_error.clear()
        self.remote_url_edit.setAccessibleDescription("")
        self.remote_url_edit.setStyleSheet("")

    def _on_mode_toggled(self, _checked: bool) -> None:
        remote = self.service_mode() == "remote"
        self.remote_url_edit.setEnabled(remote and not self._working)
        self._clear_url_error()
        if remote:
            self.remote_url_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.service_changed.emit()

    # ---- what the controller reports -------------------------------------------------------------

    def submit(self) -> None:
        """«Se connecter»: check the fields, then ask the controller to sign in."""
        if self._working:
            return
        self.clear_messages()
        if self.validate():
            self.sign_in_requested.emit()

    @property
    def working(self) -> bool:
        return self._working

    def set_working(self, working: bool, text: str = "") -> None:
        """Disable the form while the service is asked; `text` says what is happening."""
        self._working = working
        for widget in (
            self.user_code_edit,
            self.password_edit,
            self.remember_box,
            self.embedded_radio,
            self.remote_radio,
            self.sign_in_button,
        ):
            widget.setEnabled(not working)
        self.remote_url_edit.setEnabled(not working and self.service_mode() == "remote")
        self.sign_in_button.setText(
            self.tr("Connexion en cours…") if working else self.tr("Se &connecter")
        )
        if working and text:
            self.show_info(text)
        elif not working:
            self.info_label.setVisible(False)

    def show_failure(self, text: str, *, clear_password: bool = True) -> None:
        """Say in the dialog why signing in failed (wrong password, too many attempts…)."""
        self.info_label.setVisible(False)
        self.failure_label.setText(text)
        self.failure_label.setVisible(True)
        self.failure_label.setAccessibleName(text)
        fit_height(self)
        if clear_password:
            self.password_edit.clear()
        target = self.password_edit if self.user_code() else self.user_code_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_info(self, text: str) -> None:
        self.info_label.setText(text)
        self.info_label.setVisible(bool(text))
        fit_height(self)

    def clear_messages(self) -> None:
        self.failure_label.setVisible(False)
        self.failure_label.clear()
        self.info_label.setVisible(False)

    def failure_text(self) -> str:
        return self.failure_label.text() if self.failure_label.isVisible() else ""

    def set_keyring_available(self, available: bool) -> None:
        self._keyring_available = available
        self.remember_box.setVisible(available)
        self.remember_box.setEnabled(available and not self._working)
        self.keyring_note.setVisible(not available)
        fit_height(self)

    def set_service_status(
        self,
        text: str,
        *,
        busy: bool = False,
        action: str = "",
        on_action: Callable[[], None] | None = None,
    ) -> None:
        """The line under the service choice: «Démarrage du service…» with a progress bar and
        «Annuler», «Service prêt», or a failure with «Réessayer»."""
        self.service_status.setText(text)
        self.service_status.setVisible(bool(text))
        self.service_progress.setVisible(busy)
        self.service_action.setText(action)
        self.service_action.setVisible(bool(action))
        self.service_action.setAccessibleName(action)
        self._service_action = on_action
        fit_height(self)

    def service_status_text(self) -> str:
        return self.service_status.text()

    def _on_service_action(self) -> None:
        if self._service_action is not None:
            self._service_action()

    # ---- window ----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        target = self.password_edit if self.user_code_edit.text() else self.user_code_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        # Esc and the close button: the controller decides (quit the program).
        self.quit_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous():
            event.ignore()
            self.quit_requested.emit()
            return
        super().closeEvent(event)


class ChangePasswordDialog(QDialog):
    """«Changement du mot de passe»: Mot de passe actuel, Nouveau mot de passe, Confirmation.

    `change(current, new)` is awaited by «Enregistrer»; the dialog is accepted when it
    returns. The new password is checked at the field with `app.domain.rules.check_password`
    (the service's own rule); the service's field errors (`current_password`, `new_password`)
    land on their fields. «Annuler» rejects the dialog.
    """

    def __init__(
        self,
        change: Callable[[str, str], Awaitable[object]],
        parent: QWidget | None = None,
        *,
        current_password: str = "",
        temporary: bool = True,
    ) -> None:
        from ui.widgets.form import Form

        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Procura — Changement du mot de passe"))
        self.setStyleSheet(DIALOG_STYLE)
        self._change = change
        self._task: asyncio.Task[None] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Changement du mot de passe"), self)
        heading.setObjectName("dialogHeading")
        heading.setMinimumWidth(480)  # the dialog's width, held by its layout
        intro = QLabel(
            self.tr("Votre mot de passe est temporaire : choisissez-en un nouveau pour continuer.")
            if temporary
            else self.tr("Choisissez votre nouveau mot de passe."),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("intro", True)
        rule_text = QLabel(
            self.tr(
                "Il doit contenir au moins 8 caractères. Une phrase facile à retenir convient "
                "bien ; les mots de passe trop courants sont refusés."
            ),
            self,
        )
        rule_text.setWordWrap(True)
        rule_text.setProperty("note", True)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(rule_text)

        self.form: Form = Form(self)
        self.current_edit = QLineEdit(self)
        self.current_edit.setObjectName("currentPassword")
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_edit.setText(current_password)
        self.new_edit = QLineEdit(self)
        self.new_edit.setObjectName("newPassword")
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation_edit = QLineEdit(self)
        self.confirmation_edit.setObjectName("newPasswordConfirmation")
        self.confirmation_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_field(
            "current_password",
            self.tr("Mot de passe &actuel"),
            self.current_edit,
            required=True,
        )
        self.form.add_field(
            "new_password", self.tr("&Nouveau mot de passe"), self.new_edit, required=True
        )
        self.form.add_field(
            "new_password_confirmation",
            self.tr("Con&firmation du nouveau mot de passe"),
            self.confirmation_edit,
            required=True,
        )
        layout.addWidget(self.form)

        self.save_button = QPushButton(self.tr("&Enregistrer le mot de passe"), self)
        self.save_button.setObjectName("savePassword")
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("A&nnuler"), self)
        self.cancel_button.setObjectName("cancelPassword")
        self.cancel_button.setAutoDefault(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(90)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Enregistrement en cours"))
        self.progress.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.setTabOrder(self.cancel_button, self.save_button)  # reading order, left to right
        self.new_edit.editingFinished.connect(self._check_new)
        self.confirmation_edit.editingFinished.connect(self._check_confirmation)
        # A message about what is being retyped goes away; it is checked again on leaving.
        self.current_edit.textEdited.connect(lambda _t: self._clear("current_password"))
        self.new_edit.textEdited.connect(lambda _t: self._clear("new_password"))
        self.confirmation_edit.textEdited.connect(
            lambda _t: self._clear("new_password_confirmation")
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The list of common passwords takes a few tens of ms to load: not on the Qt thread.
        from app.domain import rules
        from ui.app_controller import in_thread

        run_task(in_thread(rules.common_passwords), owner=self, on_error=None)
        target = self.new_edit if self.current_edit.text() else self.current_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- checks at the field ---------------------------------------------------------------------

    def _rule_errors(self) -> list[object]:
        from app.domain import rules

        errors: list[object] = []
        new = self.new_edit.text()
        errors.extend(rules.check_password(new, "new_password"))
        if new and new == self.current_edit.text():
            errors.append(field_error("new_password", "password_same_as_current"))
        return errors

    def _check_new(self) -> None:
        if not self.new_edit.text():
            return
        self._clear("new_password")
        self.form.show_errors(self._rule_errors())  # type: ignore[arg-type]
        if self.confirmation_edit.text():
            self._check_confirmation()
        fit_height(self)

    def _check_confirmation(self) -> None:
        if not self.confirmation_edit.text():
            return
        self._clear("new_password_confirmation")
        if self.confirmation_edit.text() != self.new_edit.text():
            self.form.set_error("new_password_confirmation", self._mismatch())
        fit_height(self)

    def _mismatch(self) -> str:
        return self.tr("La confirmation doit être identique au nouveau mot de passe.")

    def _clear(self, name: str) -> None:
        # Form.clear_errors clears every row: keep the others' messages.
        kept = {n: m for n, m in self.form.errors().items() if n != name}
        self.form.clear_errors()
        for field_name, messages in kept.items():
            for message in messages:
                self.form.set_error(field_name, message)

    def validate(self) -> bool:
        self.form.clear_errors()
        self.form.show_errors(self.form.missing_required())
        if self.new_edit.text():
            self.form.show_errors(self._rule_errors())  # type: ignore[arg-type]
        if self.confirmation_edit.text() and self.confirmation_edit.text() != self.new_edit.text():
            self.form.set_error("new_password_confirmation", self._mismatch())
        if self.form.errors():
            self.form.focus_first_error()
            fit_height(self)
            return False
        return True

    # ---- saving ----------------------------------------------------------------------------------

    def submit(self) -> None:
        if self._task is not None and not self._task.done():
            return
        if not self.validate():
            return
        self._task = run_task(self._save(), owner=self, name="changer-mot-de-passe")

    async def _save(self) -> None:
        async with busy(self.save_button, self.cancel_button, self.form, show=[self.progress]):
            try:
                await self._change(self.current_edit.text(), self.new_edit.text())
            except Exception as exc:
                items = field_errors(exc)
                if items:
                    unplaced = self.form.show_errors(items)
                    fit_height(self)
                    if unplaced:
                        show_error(self, exc)
                    self.form.focus_first_error()
                    return
                show_error(self, exc)
                return
        log.info("Mot de passe changé")
        self.accept()

    def error_text(self, name: str) -> str:
        """The message under field `name` (for tests and screen readers)."""
        return "\n".join(self.form.errors().get(name, []))
