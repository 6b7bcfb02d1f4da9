"""Création du dossier d'un utilisateur: entry, verification, receipt, new code and password.

The walk of the procedure (seed 003, section 2): 1 *Inscription des données* (Nom de famille*,
Prénom*, Courriel*, Confirmation du courriel*, Téléphone (travail)* «(10 chiffres)» + poste,
Rôle*) → 2 *Vérification des données* → 3 *Accusé de réception* → 4 the new user's code and
temporary password, shown once and printable, then «Terminer».

Every rule is checked at its field before anything is sent, with `app.domain.validation` (the
same functions the service runs); what the service still refuses comes back to its field.
`UserEntryPage` also serves the modification of a record (`ui.wizards.modify_user`), and
`OneTimeSecretPage` every secret shown once (a reset password, a new express code).
"""

from __future__ import annotations

import html
import itertools
import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import rules, validation
from app.domain.common import Role, UserState
from app.domain.errors import FieldError
from app.domain.models import User, UserCreate, UserCreated, UserPatch
from app.receipts.french import spelled_date
from app.receipts.render import a4_page_layout
from ui.context import AppContext
from ui.errors import FieldErrorLike, field_message
from ui.i18n import current_language
from ui.receipt_view import ReceiptView
from ui.widgets.form import ChoiceGroup
from ui.widgets.stale_dialog import rebase as rebase_values
from ui.widgets.wizard import EntryPage, RecapSection, TransactionWizard, WizardButton

log = logging.getLogger(__name__)

# ---- labels shared by the user screens -------------------------------------------------------


def role_label(role: Role | str) -> str:
    """«Utilisateur», «Responsable des services électroniques»… in the interface language."""
    value = role.value if isinstance(role, Role) else str(role)
    if value == Role.RSE.value:
        return QCoreApplication.translate("users", "Responsable des services électroniques")
    if value == Role.RA.value:
        return QCoreApplication.translate("users", "Représentant(e) autorisé(e)")
    if value == Role.UTILISATEUR.value:
        return QCoreApplication.translate("users", "Utilisateur")
    return value


def user_state_label(state: UserState | str) -> str:
    """«Actif», «Suspendu», «Révoqué» in the interface language."""
    value = state.value if isinstance(state, UserState) else str(state)
    if value == UserState.ACTIF.value:
        return QCoreApplication.translate("users", "Actif")
    if value == UserState.SUSPENDU.value:
        return QCoreApplication.translate("users", "Suspendu")
    if value == UserState.REVOQUE.value:
        return QCoreApplication.translate("users", "Révoqué")
    return value


def phone_display(phone: str, extension: str | None = None) -> str:
    """«514 522-6699 poste 1234», as the procedure's recap shows it."""
    digits = rules.digits_only(phone)
    text = f"{digits[:3]} {digits[3:6]}-{digits[6:]}" if len(digits) == 10 else phone.strip()
    extension = (extension or "").strip()
    if extension:
        return QCoreApplication.translate("users", "{0} poste {1}").format(text, extension)
    return text


def page_message(text: str) -> FieldError:
    """An error of the whole page (shown in its red box), already in the interface language."""
    return FieldError(field="", code="page", message_fr=text, message_en=text)


# ---- the entry page --------------------------------------------------------------------------

USER_FIELDS = ("last_name", "first_name", "email", "phone", "phone_extension", "role")


def user_values(user: User) -> dict[str, str]:
    """A record's values as the entry page compares them (phone as digits, no None)."""
    return {
        "last_name": user.last_name,
        "first_name": user.first_name,
        "email": user.email,
        "phone": rules.digits_only(user.phone),
        "phone_extension": user.phone_extension or "",
        "role": user.role.value,
    }


class UserEntryPage(EntryPage):
    """«Renseignements sur l'utilisateur», for a new record or (with `original`) a change.

    Creating: every field required, `request_body()` gives the `UserCreate`. Modifying: the
    fields are filled with `original`, the email confirmation is asked only when the email
    changes, and `patch()` gives a `UserPatch` of the changed fields only.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        original: User | None = None,
        own_record: bool = False,
    ) -> None:
        super().__init__(parent)
        self.modifying = original is not None
        self.original = original
        self._base: dict[str, str] = user_values(original) if original is not None else {}
        if self.modifying:
            intro = self.tr(
                "Modifiez les renseignements voulus, puis cliquez sur « Continuer ». Pour "
                "changer le courriel, inscrivez-le deux fois."
            )
        else:
            intro = self.tr(
                "Inscrivez les renseignements demandés sur l'utilisateur. Vous devez fournir un "
                "courriel afin qu'il puisse réinitialiser son mot de passe en cas d'oubli."
            )
        self.intro_label.setText(intro)
        self.intro_label.setVisible(True)
        self.heading = self.tr("Renseignements sur l'utilisateur")
        form = self.form
        form.add_section(self.heading)

        self.last_name = self._line_edit(100)
        self.first_name = self._line_edit(100)
        self.email = self._line_edit(254)
        self.email_confirmation = self._line_edit(254)
        self.phone = self._line_edit(20)
        self.phone.setMinimumWidth(160)
        self.phone.setMaximumWidth(160)
        self.phone_extension = self._line_edit(10)
        self.phone_extension.setFixedWidth(70)
        self.role = ChoiceGroup(
            [
                (Role.UTILISATEUR.value, self.tr("Utilisateur")),
                (Role.RSE.value, self.tr("Responsable des services électroniques")),
            ]
        )

        form.add_field("last_name", self.tr("&Nom de famille"), self.last_name, required=True)
        form.add_field("first_name", self.tr("Pr&énom"), self.first_name, required=True)
        form.add_field("email", self.tr("Co&urriel"), self.email, required=True)
        form.add_field(
            "email_confirmation",
            self.tr("Con&firmation du courriel"),
            self.email_confirmation,
            required=not self.modifying,
            hint=self.tr("(seulement si le courriel change)") if self.modifying else "",
            in_recap=False,
        )
        form.add_field(
            "phone",
            self.tr("&Téléphone (travail)"),
            self.phone,
            required=True,
            hint=self.tr("(10 chiffres)"),
            display=lambda: phone_display(self.phone.text(), self.phone_extension.text()),
        )
        form.add_companion("phone", "phone_extension", self.tr("p&oste"), self.phone_extension)
        form.add_field("role", self.tr("&Rôle"), self.role, required=True)
        self.phone_extension.setAccessibleName(self.tr("Poste"))
        self.phone_extension.setAccessibleDescription(self.tr("Au plus quatre chiffres"))

        if original is not None:
            self.set_values(self._base)
            if own_record or original.role not in (Role.UTILISATEUR, Role.RSE):
                # The service refuses it too (cannot_act_on_self); say so before anyone tries.
                self.role.setEnabled(False)
                self.role.setToolTip(self.tr("Vous ne pouvez pas changer votre propre rôle."))

        # A rule is checked as soon as the person leaves the field, not only at «Continuer».
        for name in ("last_name", "first_name", "email", "email_confirmation", "phone"):
            edit = getattr(self, name)
            edit.editingFinished.connect(lambda n=name: self.check_field(n))
        self.phone_extension.editingFinished.connect(lambda: self.check_field("phone_extension"))

    def _line_edit(self, max_length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(max_length)
        return edit

    # ---- values ------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        """What is typed now, as compared with a record (`user_values`)."""
        phone = self.phone.text().strip()
        digits = rules.digits_only(phone)
        return {
            "last_name": self.last_name.text().strip(),
            "first_name": self.first_name.text().strip(),
            "email": self.email.text().strip(),
            "phone": digits if len(digits) == 10 else phone,
            "phone_extension": self.phone_extension.text().strip(),
            "role": self._role_value(),
        }

    def _role_value(self) -> str:
        if not self.role.isEnabled() and self.modifying:
            return self._base.get("role", "")  # not the person's to change here
        return str(self.role.value() or "")

    def set_values(self, values: dict[str, str]) -> None:
        """Fill the fields; a field already showing an equivalent value is left as typed."""
        now = self.values()
        for name in USER_FIELDS:
            if name not in values or now.get(name) == values[name]:
                continue
            if name == "role":
                if values[name] in (Role.UTILISATEUR.value, Role.RSE.value):
                    self.role.set_value(values[name])
            else:
                getattr(self, name).setText(values[name])

    def request_body(self) -> UserCreate:
        """The record to create, as typed."""
        return UserCreate(
            last_name=self.last_name.text().strip(),
            first_name=self.first_name.text().strip(),
            email=self.email.text().strip(),
            email_confirmation=self.email_confirmation.text().strip(),
            phone=self.phone.text().strip(),
            phone_extension=self.phone_extension.text().strip() or None,
            role=str(self.role.value() or ""),
        )

    def changed_fields(self) -> list[str]:
        now = self.values()
        return [name for name in USER_FIELDS if now[name] != self._base.get(name, "")]

    def patch(self) -> UserPatch:
        """The fields changed against the record opened (or rebased on)."""
        now = self.values()
        changed = self.changed_fields()
        data: dict[str, str] = {}
        for name in ("last_name", "first_name", "role"):
            if name in changed:
                data[name] = now[name]
        if "email" in changed:
            data["email"] = now["email"]
            data["email_confirmation"] = self.email_confirmation.text().strip()
        if "phone" in changed or "phone_extension" in changed:
            # The service takes the extension with the phone: send both.
            data["phone"] = now["phone"]
            data["phone_extension"] = now["phone_extension"]
        return UserPatch(**data)

    def base(self) -> dict[str, str]:
        return dict(self._base)

    def rebase(self, current: User) -> None:
        """Put the person's changes on top of `current` (after someone else changed it)."""
        theirs = user_values(current)
        merged = rebase_values(self._base, self.values(), theirs)
        self._base = theirs
        self.original = current
        self.set_values({k: str(v) for k, v in merged.items()})

    # ---- the rules ---------------------------------------------------------------------------

    def errors_now(self) -> list[FieldError]:
        if not self.modifying:
            return validation.check_user_create(self.request_body())
        return validation.check_user_patch(self.patch())

    def validate(self) -> Sequence[FieldErrorLike]:
        errors: list[FieldErrorLike] = list(self.errors_now())
        if self.modifying and not errors and not self.changed_fields():
            errors.append(
                page_message(
                    self.tr(
                        "Aucun renseignement n'a été modifié : modifiez au moins un champ, "
                        "ou annulez."
                    )
                )
            )
        return errors

    def check_field(self, name: str) -> None:
        """Show or clear the errors of one field as the person leaves it.

        «Ce champ est obligatoire» waits for «Continuer»: tabbing through an empty form
        should not fill it with red.
        """
        found = [e for e in self.errors_now() if e.field == name and e.code != "required"]
        shown = self.form.errors()
        before = shown.pop(name, [])
        after = [field_message(e) for e in found]
        if before == after:
            return
        self.form.clear_errors()
        for other, messages in shown.items():
            for message in messages:
                self.form.set_error(other, message)
        for message in after:
            self.form.set_error(name, message)

    # ---- the recap ---------------------------------------------------------------------------

    def recap(self) -> list[RecapSection]:
        rows = self.form.recap()
        if not self.modifying or self.original is None:
            return [RecapSection(self.heading, rows)]
        sections = [
            RecapSection(
                self.heading, [(self.tr("Code d'utilisateur"), self.original.user_code), *rows]
            )
        ]
        labels = {
            "last_name": self.tr("Nom de famille"),
            "first_name": self.tr("Prénom"),
            "email": self.tr("Courriel"),
            "phone": self.tr("Téléphone (travail)"),
            "role": self.tr("Rôle"),
        }
        before = self.display_values(self._base)
        after = self.display_values(self.values())
        changes = [
            (labels[name], f"{before[name]} → {after[name]}")
            for name in labels
            if before[name] != after[name]
        ]
        if changes:
            sections.append(RecapSection(self.tr("Modifications demandées"), changes))
        return sections

    @staticmethod
    def display_values(values: dict[str, str]) -> dict[str, str]:
        """The values as the person reads them (phone with its extension, role by name)."""
        return {
            "last_name": values.get("last_name", ""),
            "first_name": values.get("first_name", ""),
            "email": values.get("email", ""),
            "phone": phone_display(values.get("phone", ""), values.get("phone_extension")),
            "role": role_label(values["role"]) if values.get("role") else "",
        }

    def snapshot(self) -> object:
        if self.modifying:
            # What would be sent: unchanged after a rebase, so a retry keeps its key.
            return self.patch().model_dump(exclude_unset=True)
        return super().snapshot()


# ---- a secret shown once ---------------------------------------------------------------------

ONE_TIME_STYLE = """
QFrame#secretBox { border: 2px solid #223654; background: #f1f5fa; }
QLabel[secretLabel="true"] { color: #4e5662; font-weight: bold; }
QLabel[secretValue="true"] { font-family: "DejaVu Sans Mono", "Consolas", monospace;
    font-size: 16pt; font-weight: bold; color: #223654; letter-spacing: 2px; }
QLabel#secretWarning { color: #6b3d00; background: #fff4e5; border-left: 4px solid #e58a00;
    padding: 8px; font-weight: bold; }
QLabel[pageIntro="true"] { color: #223654; }
QLabel#secretSubject { font-size: 12pt; font-weight: bold; color: #223654; }
"""


class OneTimeSecretPage(QWidget):
    """A code and a password (or a new express code) shown this once, with a printable sheet.

    The wizard offers «Imprimer» on this page (it calls `print_receipt()`): the sheet is a
    small A4 page with the same values and the `sheet_notes` (for the person it is handed to,
    so not shown on screen). Nothing here is logged or stored.
    """

    def __init__(
        self,
        *,
        intro: str,
        rows: Sequence[tuple[str, str]],
        warning: str,
        sheet_title: str,
        subject: str = "",
        sheet_notes: Sequence[str] = (),
        enterprise: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(ONE_TIME_STYLE)
        self._rows = list(rows)
        self._subject = subject
        self._sheet_title = sheet_title
        self._sheet_notes = list(sheet_notes)
        self._enterprise = enterprise
        self._printer: QPrinter | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.intro_label = QLabel(intro, self)
        self.intro_label.setWordWrap(True)
        self.intro_label.setProperty("pageIntro", True)
        layout.addWidget(self.intro_label)
        if subject:
            self.subject_label = QLabel(subject, self)
            self.subject_label.setObjectName("secretSubject")
            self.subject_label.setWordWrap(True)
            layout.addWidget(self.subject_label)

        box = QFrame(self)
        box.setObjectName("secretBox")
        grid = QGridLayout(box)
        grid.setContentsMargins(18, 14, 18, 14)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        self.value_labels: dict[str, QLabel] = {}
        for row, (label, value) in enumerate(self._rows):
            name = QLabel(label, box)
            name.setProperty("secretLabel", True)
            shown = QLabel(value, box)
            shown.setProperty("secretValue", True)
            shown.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            shown.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            shown.setAccessibleName(label)
            font = QFont("DejaVu Sans Mono")
            font.setStyleHint(QFont.StyleHint.Monospace)
            shown.setFont(font)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(shown, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.value_labels[label] = shown
        grid.setColumnStretch(1, 1)
        layout.addWidget(box)

        self.warning_label = QLabel("⚠ " + warning, self)
        self.warning_label.setObjectName("secretWarning")
        self.warning_label.setWordWrap(True)
        layout.addWidget(self.warning_label)
        layout.addStretch(1)

    def values(self) -> dict[str, str]:
        return dict(self._rows)

    def sheet_html(self) -> str:
        """The printable sheet: the title, the enterprise, the date, the values, the notes (the
        screen's warning «imprimez cette page» has no place on paper)."""

        def e(text: str) -> str:
            return html.escape(text, quote=False)  # text nodes only: no attribute takes them

        today = spelled_date(datetime.now().date(), current_language())
        rows = "".join(
            f"<tr><td style='padding:6px 18px 6px 0;color:#4e5662'><b>{e(label)}</b></td>"
            f"<td style='padding:6px 0;font-family:monospace;font-size:18pt'><b>{e(value)}</b>"
            "</td></tr>"
            for label, value in self._rows
        )
        notes = "".join(f"<p>{e(n)}</p>" for n in self._sheet_notes)
        enterprise = f"<p>{e(self._enterprise)}</p>" if self._enterprise else ""
        subject = f"<h3>{e(self._subject)}</h3>" if self._subject else ""
        return (
            "<html><body style='font-family:sans-serif;font-size:11pt;color:#222'>"
            f"<h2 style='color:#223654'>{e(self._sheet_title)}</h2>{enterprise}"
            f"<p>{e(today)}</p>{subject}"
            f"<table style='margin:12px 0;border:2px solid #223654' cellpadding='8'>{rows}"
            "</table>"
            f"{notes}</body></html>"
        )

    def sheet_document(self) -> QTextDocument:
        document = QTextDocument(self)
        document.setHtml(self.sheet_html())
        return document

    def print_receipt(self) -> None:
        """«Imprimer»: the print preview of the sheet (opened, never exec'd)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_page_layout())
        printer.setDocName(self._sheet_title)
        self._printer = printer  # the dialog does not own it
        document = self.sheet_document()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self._sheet_title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paintRequested.connect(document.print_)
        dialog.destroyed.connect(self._forget_preview)
        self.preview_dialog = dialog
        dialog.open()

    def _forget_preview(self) -> None:
        self.preview_dialog = None
        self._printer = None


# ---- the wizard ------------------------------------------------------------------------------


class DeferredContent(QWidget):
    """A step's content built when the step is first shown, one event-loop turn later.

    The wizard builds the receipt and the final pages the moment «Transmettre» succeeds; the
    receipt's QR code and HTML, and a styled page, take tens of milliseconds. Built one at a
    time, each in its own turn of the loop, the interface keeps answering (tests/ui: the
    no-stall probe). With `printable=True` the wizard offers «Imprimer», which asks the
    content's own `print_receipt()`.
    """

    built = Signal(QWidget)

    def __init__(self, build: Callable[[], QWidget], *, printable: bool = False) -> None:
        super().__init__()
        self._build = build
        self._scheduled = False
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if printable:
            # The wizard offers «Imprimer» when its content has this method.
            self.print_receipt = self._print

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.content is None and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self.build_now)

    def build_now(self) -> QWidget:
        """Build the content now if it is not built yet; return it."""
        if self.content is None:
            content = self._build()
            self.content = content
            layout = self.layout()
            assert layout is not None
            layout.addWidget(content)
            content.show()  # now, not at the next turn (what addWidget alone would do)
            self._chain_focus(content)
            self.built.emit(content)
        return self.content

    def _chain_focus(self, content: QWidget) -> None:
        # Tab goes through the content, then to the wizard's buttons (Imprimer, Continuer…).
        focusable = [
            w
            for w in content.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(content)
        ]
        wizard = self.parentWidget()
        while wizard is not None and not isinstance(wizard, TransactionWizard):
            wizard = wizard.parentWidget()
        buttons = (
            [b for b in (wizard.button(k) for k in WizardButton) if not b.isHidden()]
            if wizard is not None
            else []
        )
        chain = [*focusable, *buttons]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _print(self) -> None:
        printer = getattr(self.build_now(), "print_receipt", None)
        if callable(printer):
            printer()


def receipt_factory(owner: object) -> Callable[[object], QWidget]:
    """The receipt step of the user wizards: a `ReceiptView` kept on `owner.receipt_view`."""

    def build(result: object) -> QWidget:
        def make() -> QWidget:
            return ReceiptView(getattr(result, "receipt", None), language=current_language())

        page = DeferredContent(make)
        # Known to the owner once it is on screen.
        page.built.connect(lambda view: setattr(owner, "receipt_view", view))
        return page

    return build


def deferred_final(make: Callable[[object], QWidget]) -> Callable[[object], QWidget]:
    """A final page (`add_final_page`) built when first shown, printable."""

    def build(result: object) -> QWidget:
        return DeferredContent(lambda: make(result), printable=True)

    return build


class CreateUserWizard(TransactionWizard):
    """Création du dossier d'un utilisateur. Open it with `ctx.open_transaction(wizard)`: it
    closes itself through `ctx.close_transaction` on «Terminer» or «Annuler» and tells the
    other screens with `ctx.changed("users")` once transmitted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("CreateUserWizard", "Création du dossier d'un utilisateur"),
            lambda key: self._send(key),
            parent,
            receipt=receipt_factory(self),
        )
        self.ctx = ctx
        self.receipt_view: ReceiptView | None = None
        self.credentials_page: OneTimeSecretPage | None = None
        self.page = UserEntryPage()
        self.add_entry_page(self.page)
        self.add_final_page(
            self.tr("Code d'utilisateur et mot de passe temporaire"),
            deferred_final(self._credentials),
        )
        self.transmitted.connect(self._announce)
        self.finished.connect(self._close)
        self.cancelled.connect(self._close)

    async def _send(self, idempotency_key: str) -> UserCreated:
        return await self.ctx.api.create_user(
            self.page.request_body(), idempotency_key=idempotency_key
        )

    def _credentials(self, result: object) -> QWidget:
        assert isinstance(result, UserCreated)
        name = f"{result.user.first_name} {result.user.last_name}"
        page = OneTimeSecretPage(
            intro=self.tr(
                "Le dossier de {0} est créé. Communiquez-lui son code d'utilisateur et son mot "
                "de passe temporaire : c'est sa clé d'accès aux services. Le mot de passe "
                "temporaire devra être remplacé à la première connexion."
            ).format(name),
            subject=name,
            rows=[
                (self.tr("Code d'utilisateur"), result.user_code),
                (self.tr("Mot de passe temporaire"), result.temporary_password),
            ],
            warning=self.tr(
                "Ce mot de passe temporaire ne sera plus jamais affiché. Imprimez cette page "
                "ou notez-le avant de cliquer sur « Terminer »."
            ),
            sheet_title=self.tr("Clé d'accès aux services électroniques"),
            sheet_notes=[
                self.tr(
                    "Connectez-vous avec ce code d'utilisateur et ce mot de passe temporaire, "
                    "puis choisissez votre propre mot de passe. Gardez-le pour vous."
                )
            ],
            enterprise=self.ctx.me.enterprise.name,
        )
        self.credentials_page = page
        return page

    def _announce(self, _result: object) -> None:
        self.ctx.changed("users")
        self.ctx.changed("receipts")

    def _close(self, *_args: object) -> None:
        self.ctx.close_transaction(self)
