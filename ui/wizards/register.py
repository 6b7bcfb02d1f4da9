"""«Inscrire»: the enterprise's registration to a ministry, its questions answered, transmitted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.common import RegistrationState
from app.domain.errors import FieldError, field_error
from app.domain.models import Ministry, Question, Registration, RegistrationResult
from ui.context import AppContext
from ui.i18n import current_language
from ui.receipt_view import ReceiptView
from ui.widgets.form import ChoiceGroup
from ui.widgets.wizard import EntryPage, RecapSection, TransactionWizard

# The service keeps text answers up to this length (app.domain `text_too_long`).
TEXT_ANSWER_MAX = 500
YES = "oui"
NO = "non"


def answer_field(question: Question) -> str:
    """The form field of a question: the service's error field (`answers.<code>`)."""
    return f"answers.{question.code}"


class RegistrationQuestionsPage(EntryPage):
    """*Inscription des données*: the ministry chosen and its questions (yes/no or text).

    A yes/no question needs «Oui» or «Non»; a text question may stay empty (the catalogue asks
    them «s'il y a lieu») but holds at most 500 characters. Answers given in an earlier
    request (before a désinscription) are offered again.
    """

    def __init__(
        self,
        ministry: Ministry,
        previous: Registration | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            heading=self.tr("Demande d'inscription"),
            intro=self.tr(
                "Répondez aux questions du ministère ou de l'organisme, puis cliquez sur "
                "Continuer. Une fois la demande transmise, son état est « En traitement » ; "
                "vous recevrez un message dans les 24 heures qui suivent, lorsque l'inscription "
                "sera active."
            ),
        )
        self.ministry = ministry
        name = QLabel(ministry.name, self)
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.add_field(
            "ministry",
            self.tr("Ministère ou organisme"),
            name,
            display=lambda: ministry.name,
            value=lambda: ministry.code,
        )
        self.answers: dict[str, ChoiceGroup | QLineEdit] = {}
        earlier = previous.answers if previous is not None else {}
        if ministry.questions:
            self.form.add_section(self.tr("Questions du ministère ou de l'organisme"))
        for question in ministry.questions:
            field = answer_field(question)
            widget: ChoiceGroup | QLineEdit
            if question.kind == "yes_no":
                widget = ChoiceGroup([(YES, self.tr("Oui")), (NO, self.tr("Non"))])
                before = earlier.get(question.code, "").strip().casefold()
                if before in (YES, "yes"):
                    widget.set_value(YES)
                elif before in (NO, "no"):
                    widget.set_value(NO)
                for button in widget.buttons():
                    button.setAccessibleDescription(question.text)
            else:
                widget = QLineEdit()
                widget.setMaxLength(TEXT_ANSWER_MAX)
                widget.setText(earlier.get(question.code, ""))
            self.form.add_field(field, question.text, widget, required=question.kind == "yes_no")
            # A question is a sentence: let it wrap instead of widening the whole form.
            label = self.form.label(field)
            label.setWordWrap(True)
            label.setMinimumWidth(260)
            label.setMaximumWidth(360)
            self.answers[question.code] = widget
        if not ministry.questions:
            none = QLabel(
                self.tr("Ce ministère ou organisme ne pose aucune question : continuez."), self
            )
            none.setWordWrap(True)
            self.body.addWidget(none)

    def answer_values(self) -> dict[str, str]:
        """Answers by question code, as the service reads them («oui», «non», or text)."""
        out: dict[str, str] = {}
        for question in self.ministry.questions:
            widget = self.answers[question.code]
            if isinstance(widget, ChoiceGroup):
                value = widget.value()
                out[question.code] = str(value) if value is not None else ""
            else:
                out[question.code] = widget.text().strip()
        return out

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        values = self.answer_values()
        for question in self.ministry.questions:
            value = values[question.code]
            if question.kind == "yes_no" and value not in (YES, NO):
                errors.append(field_error(answer_field(question), "answers_invalid"))
            elif len(value) > TEXT_ANSWER_MAX:
                errors.append(field_error(answer_field(question), "text_too_long"))
        return errors

    def recap(self) -> list[RecapSection]:
        rows = self.form.recap()
        first = [rows[0]] if rows else []
        sections = [RecapSection(self.heading, first)]
        if self.ministry.questions:
            sections.append(
                RecapSection(
                    self.tr("Réponses aux questions"),
                    [(label, text or "—") for label, text in rows[1:]],
                )
            )
        return sections


class RegistrationReceipt(QWidget):
    """The receipt, and under its title what «En traitement» means for the person."""

    def __init__(self, result: RegistrationResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("registrationNote")
        self.note.setStyleSheet(
            "QLabel { background: #e6ecf4; border-left: 4px solid #095797; padding: 8px; "
            "color: #223654; }"
        )
        if result.registration.state is RegistrationState.ACTIF:
            self.note.setText(
                self.tr(
                    "L'inscription est active : vous pouvez maintenant accorder des droits sur "
                    "les services de ce ministère ou organisme dans vos procurations."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Votre demande est en traitement. Pour que l'inscription soit effective, "
                    "l'état doit être « Actif » : un message vous l'annoncera dans les 24 "
                    "heures. Entretemps, vous pouvez créer les dossiers des utilisateurs."
                )
            )
        self.receipt_view = ReceiptView(result.receipt, language=current_language())
        layout.addWidget(self.note)
        layout.addWidget(self.receipt_view, 1)


class RegisterWizard(TransactionWizard):
    """«Inscrire»: questions → Vérification des données → Accusé de réception.

    `transmitted(RegistrationResult)` fires once the service recorded the request; the host
    (RegistrationsView) refreshes its table and calls `ctx.changed("registrations")`.
    """

    def __init__(
        self,
        ctx: AppContext,
        ministry: Ministry,
        *,
        previous: Registration | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.ctx = ctx
        self.ministry = ministry
        super().__init__(
            QCoreApplication.translate(
                "RegisterWizard",
                "Inscription à des services offerts par un ministère ou un organisme",
            ),
            self._submit_request,
            parent,
            receipt=lambda result: RegistrationReceipt(result),
        )
        self.page = RegistrationQuestionsPage(ministry, previous)
        self.add_entry_page(self.page)

    async def _submit_request(self, idempotency_key: str) -> RegistrationResult:
        return await self.ctx.api.register(
            self.ministry.code, self.page.answer_values(), idempotency_key=idempotency_key
        )
